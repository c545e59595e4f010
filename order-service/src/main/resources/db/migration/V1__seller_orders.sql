-- A seller's orders as the seller sees them: which storefront, which ONDC transaction, what state, how much.
-- Written by a later issue (the ONDC order flow); read by GET /api/sellers/{seller_id}/orders.
create table seller_order (
    id                  uuid primary key,
    seller_id           uuid          not null,
    storefront_id       uuid          not null,
    ondc_transaction_id text          not null,
    state               text          not null,
    -- in rupees
    total               numeric(14,2) not null,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now()
);
-- The seller's orders newest first, with or without a state filter (created_at desc, id desc is page order).
create index seller_order_by_seller on seller_order (seller_id, created_at desc, id desc);
create index seller_order_by_seller_state on seller_order (seller_id, state, created_at desc, id desc);
