-- Shipped by the event-backbone library. One trigger function for every loop woken by inserts into the table it
-- reads: wake_on_insert() NOTIFYs the channel its trigger names. outbox_event's trigger (V0_1_2) moves to it; the
-- gateway's callback queue uses it too. PostgreSQL delivers a NOTIFY only when the transaction commits, never for a
-- rollback, and folds a transaction's identical ones into one.
create function wake_on_insert() returns trigger language plpgsql as $$
begin
    perform pg_notify(tg_argv[0], '');
    return null;
end
$$;
drop trigger outbox_event_wake_relay on outbox_event;
drop function outbox_event_wake_relay();
create trigger outbox_event_wake_relay after insert on outbox_event for each statement execute function wake_on_insert('haat_outbox');
