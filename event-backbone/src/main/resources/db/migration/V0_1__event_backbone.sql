-- Shipped by the event-backbone library: every service that uses it gets these two tables.

-- Transactional outbox: a row is written in the same transaction as the state change it announces;
-- the relay publishes unsent rows to Kafka in id order and stamps sent_at.
create table outbox_event (
    id          bigserial primary key,
    event_id    uuid        not null unique,
    topic       text        not null,
    event_key   text        not null,
    event_type  text        not null,
    envelope    text        not null,
    created_at  timestamptz not null default now(),
    sent_at     timestamptz,
    attempts    integer     not null default 0,
    last_error  text
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;

-- Idempotent consumer: one row per (consumer, event) it has applied; inserted in the same
-- transaction as the effect, so a redelivered event is recognised and changes nothing.
create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
