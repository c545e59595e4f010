-- Shipped by the api-support library: every service with a seller-facing API gets this table.

-- Which partner owns which seller, learnt from seller.created on haat.catalogue.events. Tenant checks of
-- partner tokens read it: a partner may act for the sellers whose partner_id is its haat_partner_id.
-- It is eventually consistent (a seller is known here a moment after catalogue-service created it);
-- catalogue-service, which owns sellers, checks its own seller table instead.
create table seller_directory (
    seller_id   uuid primary key,
    partner_id  text,
    name        text        not null,
    created_at  timestamptz not null,
    recorded_at timestamptz not null default now()
);
create index seller_directory_partner on seller_directory (partner_id);
