-- How much of a seller's catalogue item is where: on hand, held for carts and quotes, committed to orders.
-- available is what can still be sold. Written by a later issue (stock updates, holds and reservations).
create table stock_level (
    id                uuid primary key,
    seller_id         uuid        not null,
    catalogue_item_id uuid        not null,
    -- null: the seller keeps one stock for the item, not one per location
    location_id       uuid,
    on_hand           integer     not null default 0 check (on_hand >= 0),
    held              integer     not null default 0 check (held >= 0),
    committed         integer     not null default 0 check (committed >= 0),
    available         integer     generated always as (on_hand - held - committed) stored,
    updated_at        timestamptz not null default now(),
    unique nulls not distinct (seller_id, catalogue_item_id, location_id)
);
-- The seller's stock in page order (catalogue item, then id).
create index stock_level_by_seller on stock_level (seller_id, catalogue_item_id, id);
