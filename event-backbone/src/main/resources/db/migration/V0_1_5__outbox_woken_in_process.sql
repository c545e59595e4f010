-- Shipped by the event-backbone library. A transaction that NOTIFYs holds a lock of the whole PostgreSQL server from
-- the start of its commit until its WAL is flushed, so every notifying commit of every database waits for the one
-- before and pays an fsync of its own (issue 15: pgbench on this machine, the same insert and commit at 8 clients,
-- 4,650 to 5,220 commits/s without a NOTIFY and 2,560 to 2,740 with one). A writer whose transaction was begun by
-- AfterCommit wakes the relay from its own process once it committed and marks its rows woken; only rows written
-- without it (a seller's REST call) still wake the relay through the trigger, now per row and only for those.
alter table outbox_event add column woken boolean not null default false;
drop trigger outbox_event_wake_relay on outbox_event;
create trigger outbox_event_wake_relay after insert on outbox_event for each row when (not new.woken)
    execute function wake_on_insert('haat_outbox');
