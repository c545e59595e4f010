-- The retail version (core_version) the buyer app confirmed the order in: its unsolicited /on_status follow that
-- version's rules (1.2.5 stamps each fulfilment state change; 1.2.0's schema has no such field). Null for orders
-- confirmed before this column: they are answered as 1.2.0.
alter table order_draft add column core_version text;
alter table seller_order add column core_version text;
