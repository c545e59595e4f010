-- The ONDC order flow (issue 6). seller_order (V1) was never written; it is replaced by one keyed by the buyer
-- app's own order id (ONDC order ids are strings, not UUIDs).
drop table seller_order;

-- What order-service knows of catalogues, from catalogue-service's events: the documents as the events carry them,
-- replaced whole, never by an older event.
create table catalogue_storefront (
    storefront_id uuid primary key,
    seller_id     uuid        not null,
    partner_id    text,
    document      jsonb       not null,
    deleted       boolean     not null default false,
    event_at      timestamptz not null
);

create table catalogue_item (
    storefront_id     uuid        not null,
    catalogue_item_id uuid        not null,
    seller_id         uuid        not null,
    document          jsonb       not null,
    deleted           boolean     not null default false,
    event_at          timestamptz not null,
    primary key (storefront_id, catalogue_item_id)
);

-- Available stock from inventory-service's stock.changed; version drops older states.
create table item_stock (
    storefront_id     uuid    not null,
    catalogue_item_id uuid    not null,
    available         integer not null,
    version           bigint  not null,
    primary key (storefront_id, catalogue_item_id)
);

-- One ONDC transaction on its way to an order: what was quoted at /select and /init, the stock hold, the /confirm.
create table order_draft (
    transaction_id     text primary key,
    storefront_id      uuid        not null,
    seller_id          uuid        not null,
    bap_id             text        not null,
    stage              text        not null,
    quote              jsonb,
    init_message_id    text,
    init_order         jsonb,
    hold_reference     text,
    hold_seq           integer     not null default 0,
    hold_expires_at    timestamptz,
    order_id           text,
    confirm_message_id text,
    confirm_order      jsonb,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- Confirmed orders: the ONDC order as last sent to the buyer app (document), its states, and whose it is.
create table seller_order (
    id               text primary key,
    transaction_id   text          not null unique,
    storefront_id    uuid          not null,
    seller_id        uuid          not null,
    partner_id       text,
    bap_id           text          not null,
    state            text          not null,
    fulfilment_state text          not null,
    total            numeric(14,2) not null,
    document         jsonb         not null,
    invoice_token    text          not null,
    created_at       timestamptz   not null,
    updated_at       timestamptz   not null
);
create index seller_order_by_seller on seller_order (seller_id, created_at desc, id desc);
create index seller_order_by_partner on seller_order (partner_id, created_at desc, id desc);
create index seller_order_by_storefront on seller_order (storefront_id, created_at desc, id desc);

-- Every state change of an order, with its time and cause.
create table order_history (
    id               bigserial primary key,
    order_id         text        not null references seller_order (id),
    state            text        not null,
    fulfilment_state text        not null,
    cause            text        not null,
    at               timestamptz not null
);
create index order_history_by_order on order_history (order_id, id);
