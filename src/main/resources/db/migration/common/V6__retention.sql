-- Retention (issue #16): when a citizen's personal data was erased from their closed request, when a stored file
-- was erased, and the day each daily job last ran, so that one node runs it once a day.
alter table translation_request add column personal_data_erased_at timestamp(6) with time zone;
alter table stored_document add column erased_at timestamp(6) with time zone;

create table daily_run (
    name varchar(32) not null,
    last_run_on date,
    primary key (name)
);
insert into daily_run (name, last_run_on) values ('retention', null);
