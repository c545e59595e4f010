-- Shipped by the event-backbone library. The relay's wake-up is sent by the insert itself: a statement-level trigger
-- NOTIFYs 'haat_outbox' (Outbox.WAKE_CHANNEL, which the relay LISTENs on) whenever outbox rows are inserted. PostgreSQL
-- delivers a NOTIFY only when the transaction commits, never for a rollback, and folds a transaction's identical ones
-- into one. Before, every publishing transaction sent it as a statement of its own: one round trip more each (issue 15).
create function outbox_event_wake_relay() returns trigger language plpgsql as $$
begin
    perform pg_notify('haat_outbox', '');
    return null;
end
$$;
create trigger outbox_event_wake_relay after insert on outbox_event for each statement execute function outbox_event_wake_relay();
