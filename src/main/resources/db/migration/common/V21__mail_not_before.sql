-- A mail to a sister-city partner waits for the partner's next office hour (issue #20): not_before is the first
-- moment it may go out, not_before_zone the time zone of the office whose hours it waits for, so the office sees
-- "held until 09:00 in Napier". Mails queued before, and all mails to the city's staff and to citizens, have
-- null: they go out at once.
--
-- No new index: a held mail is queued with next_attempt_at at its not_before, so the dispatcher's poll stays the
-- range scan of mail_outbox_due (status, next_attempt_at) and a held mail is outside that range until it is due;
-- the dispatcher's "not_before is null or past" is checked on the few rows the scan returns.
alter table mail_outbox add column not_before timestamp(6) with time zone;
alter table mail_outbox add column not_before_zone varchar(64);
