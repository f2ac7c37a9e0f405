-- Calendar invitations for interpretation bookings (issue #21): the booking's RFC 5545 sequence, one up at every
-- change (null where there is no interpretation, as for the event's other columns), and the iCalendar object a
-- mail carries with its iTIP method (REQUEST or CANCEL).
alter table translation_request add column booking_sequence integer;
update translation_request set booking_sequence = 0 where event_start is not null;
alter table mail_outbox add column calendar_method varchar(16);
alter table mail_outbox add column calendar_file_name varchar(100);
alter table mail_outbox add column calendar_body varchar(20000);
