-- Idempotency-Key on POST/PUT: the first answer to a (client, key) is kept and replayed to retries.
create table idempotency_key (
    client_id     text        not null,
    key           text        not null,
    fingerprint   text        not null,
    status        integer,
    body          text,
    location      text,
    created_at    timestamptz not null default now(),
    primary key (client_id, key)
);
create index idempotency_key_created_at on idempotency_key (created_at);
