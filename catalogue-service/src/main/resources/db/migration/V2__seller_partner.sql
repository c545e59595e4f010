-- The partner that registered a seller owns it: its partner tokens may act for the seller. Sellers created
-- before partners owned sellers have none, and so belong to no partner (only their own tokens reach them).
alter table seller add column partner_id text;
create index seller_partner on seller (partner_id);
