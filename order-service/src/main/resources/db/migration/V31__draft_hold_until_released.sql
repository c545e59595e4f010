-- Issue 15: whether the transaction's hold has no time limit at inventory-service (held until we commit or release
-- it). Then a /confirm that finds it held answers /on_confirm at once, and we release it ourselves once
-- hold_expires_at (our deadline) passes; the index is what that sweep reads.
alter table order_draft add column hold_until_released boolean not null default false;
create index order_draft_hold_due on order_draft (hold_expires_at) where stage = 'held' and hold_until_released;
