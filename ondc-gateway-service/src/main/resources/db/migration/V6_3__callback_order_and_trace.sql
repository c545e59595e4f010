-- Callback delivery in order, once: a transaction's callbacks are delivered one after another in the order they were
-- queued (the earliest undelivered one of a transaction is the only one that may be claimed), and each carries the
-- W3C trace of the flow that queued it. A callback that can never be sent (a URL that is not http(s)) is set aside:
-- gave_up_at with last_error, never retried.
alter table ondc_callback add column traceparent text;
create index ondc_callback_pending_by_transaction on ondc_callback (transaction_id, created_at, id)
    where delivered_at is null and gave_up_at is null;
