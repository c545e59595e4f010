-- An order's settlement (issue 17, docs/settlement.md): its state (pending, settled, disputed) and what the network
-- last said of it: the collector's /recon with our /on_recon answer, the settlement agency's report. The amounts are
-- reckoned from the order as it stands, not kept. One row per order, made with it; existing orders get theirs here.
create table order_settlement (
    id            text primary key references seller_order (id),
    seller_id     uuid not null,
    partner_id    text,
    storefront_id uuid not null,
    state         text not null default 'pending' check (state in ('pending', 'settled', 'disputed')),
    recon         jsonb,
    report        jsonb,
    reason        text,
    settled_at    timestamptz,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

-- Lists are by seller (or partner), newest first, optionally by state.
create index order_settlement_seller on order_settlement (seller_id, created_at desc, id desc);
create index order_settlement_partner on order_settlement (partner_id, created_at desc, id desc) where partner_id is not null;
create index order_settlement_state on order_settlement (state, created_at desc);

insert into order_settlement (id, seller_id, partner_id, storefront_id, state, created_at, updated_at)
select id, seller_id, partner_id, storefront_id, 'pending', created_at, created_at from seller_order;
