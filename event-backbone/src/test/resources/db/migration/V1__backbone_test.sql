-- The test consumer's effect: one row per event it applied (a second would break the primary key).
create table test_effect (
    event_id    uuid primary key,
    note        text not null,
    attempts    integer not null default 1
);
