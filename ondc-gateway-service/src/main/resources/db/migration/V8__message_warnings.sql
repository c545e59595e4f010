-- What the request checks let through but noted (an extra field, an enum value ONDC's spec does not list, a format
-- miss): ONDC's network accepts these, so they are ACKed, and kept here with the message for the seller and operator.
alter table ondc_message add column warnings jsonb;
