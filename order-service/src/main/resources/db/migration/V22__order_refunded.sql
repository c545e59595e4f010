-- Money given back on an order outside its quote (issue 14): an IGM issue resolved with a refund. The quote stays
-- what the buyer was charged for the goods (a part-cancel's or a return's refund is in the quote and its trail); this
-- is the sum of the refunds the seller granted on issues, never more than the order's total.
alter table seller_order add column refunded numeric(14, 2) not null default 0 check (refunded >= 0);
