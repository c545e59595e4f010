-- What the beckn edge needs to log every inbound request and answer a repeat the same way.
alter table ondc_message add column bap_id text;
alter table ondc_message add column headers jsonb;
-- the synchronous answer given (ACK, or NACK with its error) and its HTTP status
alter table ondc_message add column answer jsonb;
alter table ondc_message add column http_status integer;
alter table ondc_message add column acked boolean;
alter table ondc_message add column signature_problem text;
-- A buyer app's message is accepted once: a repeat finds this row and gets the same answer, no second event.
create unique index ondc_message_accepted_once on ondc_message (bap_id, action, message_id)
    where direction = 'in' and acked;
