-- Issue 4: stock per storefront and catalogue item, the storefronts it learns from catalogue-service, and holds.

-- Storefronts as catalogue-service announces them (storefront.upserted / storefront.deleted): which seller,
-- and so which tenant, a storefront belongs to. partner_id is the seller's owner partner when the event names
-- it; otherwise the seller directory answers.
create table storefront (
    storefront_id uuid primary key,
    seller_id     uuid        not null,
    partner_id    text,
    name          text,
    deleted_at    timestamptz,
    updated_at    timestamptz not null default now()
);
create index storefront_by_seller on storefront (seller_id);

-- The stock's location is the storefront: a Setu storefront is one pickup location ("the geographic location
-- for inventory storage"), so (storefront_id, catalogue_item_id) is item x location. Nothing wrote stock_level
-- before this migration, so no row lacks a storefront.
alter table stock_level rename column location_id to storefront_id;
alter table stock_level drop constraint if exists stock_level_seller_id_catalogue_item_id_location_id_key;
alter table stock_level alter column storefront_id set not null;
alter table stock_level
    -- the catalogue item's unit: quantity counts units of unit_value unit_denomination (2000 x 300 GM)
    add column unit_denomination text,
    add column unit_value        integer check (unit_value > 0),
    -- raised by every change, so a reader of stock.changed can tell newer from older
    add column version           bigint not null default 0,
    -- set by catalogue-item.deleted: no new stock changes or holds, but existing holds still commit or release
    add column deleted_at        timestamptz,
    add constraint stock_level_item unique (storefront_id, catalogue_item_id),
    -- every write is a conditional UPDATE that keeps these; the constraints are the last line of defence
    add constraint stock_level_available_not_negative check (on_hand - held - committed >= 0),
    add constraint stock_level_on_hand_at_most check (on_hand <= 1000000000);

-- Holds for orders: quantities of a storefront's items set aside under a reference (an order or ONDC
-- transaction id) until expires_at, then committed to the order or released.
create table stock_hold (
    id            uuid primary key,
    storefront_id uuid        not null,
    reference     text        not null,
    status        text        not null check (status in ('held', 'committed', 'released', 'expired')),
    expires_at    timestamptz not null,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    unique (storefront_id, reference)
);
-- What the expiry sweeper looks for.
create index stock_hold_expiring on stock_hold (expires_at) where status = 'held';

create table stock_hold_item (
    hold_id           uuid    not null references stock_hold (id) on delete cascade,
    catalogue_item_id uuid    not null,
    quantity          integer not null check (quantity > 0),
    primary key (hold_id, catalogue_item_id)
);
