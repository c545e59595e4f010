-- Queueing a callback wakes delivery by the insert itself: ondc_callback's statement-level trigger NOTIFYs
-- 'haat_callbacks' (CallbackDelivery.WAKE_CHANNEL, which delivery LISTENs on) through event-backbone's wake_on_insert()
-- (its V0_1_3), delivered when the queueing transaction commits. That transaction no longer sends a NOTIFY statement of
-- its own (issue 15).
create trigger ondc_callback_wake_delivery after insert on ondc_callback for each statement execute function wake_on_insert('haat_callbacks');
