-- Ratings from buyer apps' /rating (issue 14): one per rated thing of an order (its category and id), the latest
-- value kept (a buyer app that rates again replaces its rating). Whose it is is copied from the order, so the seller
-- API reads a storefront's ratings without a join.
create table order_rating (
    id             bigserial primary key,
    order_id       text        not null references seller_order (id),
    transaction_id text        not null,
    seller_id      uuid        not null,
    partner_id     text,
    storefront_id  uuid        not null,
    category       text        not null,
    rated_id       text        not null,
    value          smallint    not null check (value between 1 and 5),
    feedback       jsonb,
    bap_id         text        not null,
    message_id     text        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    unique (order_id, category, rated_id)
);

create index order_rating_storefront on order_rating (storefront_id, updated_at desc, id desc);
