-- The batch test consumer's effect: one row per event it applied, in the order it applied them (seq).
create table test_batch_effect (
    seq         bigserial primary key,
    event_id    uuid not null unique,
    item        text not null,
    n           integer not null,
    attempts    integer not null default 1
);
