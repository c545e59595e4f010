-- The purge of old processed-event marks (ProcessedEventPurge) finds them by when they were made. processed_at is
-- now() at each insert, so the index is written at its right edge. Built in the migration's transaction: on a
-- database whose table already holds millions of marks that blocks the consumers' marks while it builds, so build it
-- first by hand with CREATE INDEX CONCURRENTLY under this name (docs/operations.md); this statement then does nothing.
-- (Flyway holds its lock in a transaction, so a CONCURRENTLY here would wait for Flyway itself for ever.)
create index if not exists processed_event_processed_at on processed_event (processed_at);
