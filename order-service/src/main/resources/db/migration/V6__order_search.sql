-- Orders found by the buyer's phone (GET /api/orders?buyer_phone=): the billing phone's last 10 digits, so that
-- "+91 98860 98860" and "9886098860" are one buyer; orders confirmed before this migration get theirs from the document.
alter table seller_order add column buyer_phone text;
update seller_order
   set buyer_phone = nullif(right(regexp_replace(coalesce(document -> 'billing' ->> 'phone', ''), '[^0-9]', '', 'g'), 10), '');
create index seller_order_buyer_phone on seller_order (buyer_phone) where buyer_phone is not null;
create index if not exists order_line_item on order_line (item_id);
