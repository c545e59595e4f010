-- A callback queued in a transaction begun by event-backbone's AfterCommit (every consumer's) wakes delivery from the
-- gateway's own process once that transaction committed, and is marked woken; the trigger NOTIFYs only for the others.
-- A NOTIFY holds a lock of the whole server from its transaction's commit until the WAL is flushed, so every notifying
-- commit waited for the one before (event-backbone's V0_1_5 says more; issue 15).
alter table ondc_callback add column woken boolean not null default false;
drop trigger ondc_callback_wake_delivery on ondc_callback;
create trigger ondc_callback_wake_delivery after insert on ondc_callback for each row when (not new.woken)
    execute function wake_on_insert('haat_callbacks');
