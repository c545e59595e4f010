-- /on_* callbacks to buyer apps: built once from a domain result, then delivered (signed) with retries
-- until delivered or past their deadline. Every attempt's outcome is also in ondc_message (direction out).
create table ondc_callback (
    id               uuid primary key,
    transaction_id   text        not null,
    message_id       text        not null,
    action           text        not null,
    url              text        not null,
    body             text        not null, -- the exact bytes that are signed and sent
    created_at       timestamptz not null default now(),
    deliver_until    timestamptz not null,
    next_attempt_at  timestamptz not null,
    attempts         integer     not null default 0,
    delivered_at     timestamptz,
    gave_up_at       timestamptz,
    last_status      integer,
    last_error       text
);
create index ondc_callback_due on ondc_callback (next_attempt_at) where delivered_at is null and gave_up_at is null;
create index ondc_callback_by_transaction on ondc_callback (transaction_id, created_at);
