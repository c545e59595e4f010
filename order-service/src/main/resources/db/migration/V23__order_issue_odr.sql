-- The online dispute resolution provider a grievance went on to when the buyer escalated it again (issue type
-- DISPUTE): {name, url, short_desc} as named then; null until then.
alter table order_issue add column odr jsonb;
