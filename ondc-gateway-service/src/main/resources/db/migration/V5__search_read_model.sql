-- What the gateway knows of catalogues to answer /search itself: storefronts and items as catalogue-service's
-- events carry them, and the available stock from inventory-service's. Replaced whole on every event.
create table search_storefront (
    storefront_id uuid primary key,
    seller_id     uuid        not null,
    document      jsonb       not null,
    updated_at    timestamptz not null
);

create table search_item (
    storefront_id     uuid        not null,
    catalogue_item_id uuid        not null,
    name              text        not null,
    document          jsonb       not null,
    updated_at        timestamptz not null,
    primary key (storefront_id, catalogue_item_id)
);
create index search_item_name on search_item (lower(name) text_pattern_ops);

create table search_stock (
    storefront_id     uuid        not null,
    catalogue_item_id uuid        not null,
    available         integer     not null,
    updated_at        timestamptz not null,
    primary key (storefront_id, catalogue_item_id)
);
