-- Shipped by the event-backbone library. An outbox row that can never be published (larger than the broker takes, a
-- topic that cannot exist) is set aside: dead_at is stamped, last_error says why, and the relay passes over it, so it
-- never holds up the rows behind it. It stays until an operator replays it (dead_at = null) or deletes it.
alter table outbox_event add column dead_at timestamptz;
drop index outbox_event_unsent;
create index outbox_event_unsent on outbox_event (id) where sent_at is null and dead_at is null;
create index outbox_event_dead on outbox_event (dead_at) where dead_at is not null;
