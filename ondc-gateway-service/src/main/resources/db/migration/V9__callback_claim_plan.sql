-- The claim (CallbackRepository.claimDue) asks, for each due callback, which is the earliest pending one of its
-- transaction: a probe of ondc_callback_pending_by_transaction by transaction_id. With the due index under the same
-- predicate, the planner could answer that probe from the due index instead, reading every pending row once per
-- candidate, and it did whenever its statistics had been taken while nothing was pending (one row estimated): 10 ms a
-- claim at 600 pending, and growing with the square of a backlog (issue 15, measured in a scratch database). The due
-- index now also carries a term that is always true (attempts >= 0) and that only the claim's candidates state, so the
-- probe cannot use it.
drop index ondc_callback_due;
create index ondc_callback_due on ondc_callback (next_attempt_at) where delivered_at is null and gave_up_at is null and attempts >= 0;
