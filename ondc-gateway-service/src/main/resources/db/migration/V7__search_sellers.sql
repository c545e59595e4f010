-- The sellers behind the listed storefronts, from catalogue-service's seller.* events: what /on_search says of the
-- seller itself (its FSSAI licence, which ONDC requires of food sellers). Replaced whole on every event.
create table search_seller (
    seller_id    uuid primary key,
    fssai_number text,
    updated_at   timestamptz not null,
    deleted_at   timestamptz
);
