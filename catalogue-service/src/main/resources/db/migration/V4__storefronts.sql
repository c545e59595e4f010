-- A storefront: one location of a seller (store or warehouse) that buyers see on the network. The nested
-- parts (pickup, billing, hours, policies, serviceability) are kept as the JSON the API answers with: they are
-- read and written whole, never queried by their inside.
create table storefront (
    id          uuid primary key,
    seller_id   uuid        not null references seller (id) on delete cascade,
    name        text        not null,
    categories  text        not null,
    document    text        not null,
    created_at  timestamptz not null,
    updated_at  timestamptz not null
);
create index storefront_seller on storefront (seller_id, id);
