-- Setu's create-seller body carries the buyer platform's own seller_id (kept as our id, so the seller has one id
-- everywhere) and a consent_object; the consent is kept as sent, so nothing a partner sent is dropped.
alter table seller add column consent_object text;
