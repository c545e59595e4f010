-- Discovery by city and domain, incremental catalogue refresh (ONDC retail 1.2.x), and extra callback headers.

-- Where a storefront is listed: its city's STD code ("std:080") and ONDC retail domains ("ONDC:RET11"), worked out
-- when its event is applied (from the event's city_code/domains, else from its city name and categories). Null on
-- rows written before this migration: the search then works them out from the document.
alter table search_storefront add column city_code text;
alter table search_storefront add column domains text[];
-- Incremental refresh needs what changed when, so deletes leave a tombstone instead of removing the row.
-- changed_at: when this gateway applied a change a buyer app can see (the database clock, so a push window never
-- misses a change that arrived late); listed_changed_at: when a storefront became listed or unlisted.
alter table search_storefront add column deleted_at timestamptz;
-- when this gateway first saw the storefront: an incremental refresh never brings a new provider (ONDC), a full one does
alter table search_storefront add column created_at timestamptz not null default now();
alter table search_storefront add column listed_changed_at timestamptz not null default now();
alter table search_item add column deleted_at timestamptz;
alter table search_item add column changed_at timestamptz not null default now();
-- A stock change is visible to buyers only when an item goes in or out of stock (ONDC lists 99 or 0).
alter table search_stock add column listed_changed_at timestamptz not null default now();
create index search_storefront_listed_changed on search_storefront (listed_changed_at);
create index search_item_changed on search_item (changed_at);
create index search_stock_listed_changed on search_stock (listed_changed_at);
create index search_storefront_city on search_storefront (city_code);

-- Buyer apps that asked for incremental pushes (/search with catalog_inc mode=start), one per buyer app, domain and
-- city; pushed_until is the end of the last window pushed.
create table search_subscription (
    bap_id         text        not null,
    domain         text        not null,
    city           text        not null,
    transaction_id text        not null,
    bap_uri        text        not null,
    pushed_until   timestamptz not null,
    created_at     timestamptz not null default now(),
    primary key (bap_id, domain, city)
);

-- Extra HTTP headers a callback is sent with (X-ONDC-Search-Response: full|inc on /on_search).
alter table ondc_callback add column headers jsonb;
-- The insert's own time, not its transaction's: pages queued in one transaction then order by created_at, and the
-- latest callback of a transaction (the one with the highest context timestamp) is found without reading the rest.
alter table ondc_callback alter column created_at set default clock_timestamp();
