-- Issue 15: a hold order-service asks for at /init has no time limit of its own (expires_at null). order-service keeps
-- the deadline and releases the hold itself, so a /confirm that finds its hold held can answer /on_confirm at once:
-- nothing but order-service's own request can take those units back before the commit it sent arrives.
alter table stock_hold alter column expires_at drop not null;
