-- Queueing a callback wakes delivery by the insert itself: a statement-level trigger NOTIFYs 'haat_callbacks'
-- (CallbackDelivery.WAKE_CHANNEL, which delivery LISTENs on), as event-backbone's V0_1_2 does for the outbox relay.
-- PostgreSQL delivers a NOTIFY only when the transaction commits, never for a rollback, and folds a transaction's
-- identical ones into one; the queueing transaction no longer sends it as a statement of its own (issue 15).
create function ondc_callback_wake_delivery() returns trigger language plpgsql as $$
begin
    perform pg_notify('haat_callbacks', '');
    return null;
end
$$;
create trigger ondc_callback_wake_delivery after insert on ondc_callback for each statement execute function ondc_callback_wake_delivery();
