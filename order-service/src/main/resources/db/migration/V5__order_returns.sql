-- The buyer's return requests (issue 13): one row per request, its fulfilment (type Return, its state) in
-- order_fulfilment under the same fulfilment id (R1, ...), the units asked for and why.
create table order_return (
    id                uuid primary key,
    order_id          text        not null references seller_order (id),
    fulfilment_id     text        not null,
    item_id           text        not null,
    catalogue_item_id uuid        not null,
    quantity          integer     not null check (quantity > 0),
    reason_id         text        not null,
    created_at        timestamptz not null,
    unique (order_id, fulfilment_id)
);
