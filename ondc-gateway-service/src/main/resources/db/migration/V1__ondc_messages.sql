-- The transaction log of the beckn edge: every ONDC message received or sent, verbatim, with whether its
-- signature verified. Written by a later issue (the beckn endpoints and callbacks); a seller reads its own
-- rows through GET /api/sellers/{seller_id}/ondc-messages.
create table ondc_message (
    id             uuid primary key,
    transaction_id text        not null,
    message_id     text        not null,
    -- the beckn action: search, on_search, select, ...
    action         text        not null,
    direction      text        not null check (direction in ('in', 'out')),
    -- null until the message is tied to a seller (a broadcast search names none)
    seller_id      uuid,
    received_at    timestamptz not null default now(),
    body           jsonb       not null,
    -- whether the sender's signature verified; null for messages Haat sent
    signature_ok   boolean
);
-- A seller's messages newest first (received_at desc, id desc is page order).
create index ondc_message_by_seller on ondc_message (seller_id, received_at desc, id desc) where seller_id is not null;
create index ondc_message_by_transaction on ondc_message (transaction_id, received_at);
