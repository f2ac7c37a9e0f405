-- The office set up through the product (issue #16).

-- Every change an administrator makes, with the thing before and after.
create table administrative_change (
    id uuid not null,
    occurred_at timestamp(6) with time zone not null,
    actor varchar(64) not null,
    subject_kind varchar(16) not null,
    subject varchar(64) not null,
    before_state varchar(4000),
    after_state varchar(4000),
    primary key (id)
);
create index administrative_change_at on administrative_change (occurred_at);

-- A department's name in languages other than Japanese and English, for residents' and partners' pages.
create table department_name (
    department_code varchar(64) not null,
    language varchar(35) not null,
    name varchar(200) not null,
    primary key (department_code, language),
    constraint department_name_department foreign key (department_code) references department (code)
);

-- A partner's country, office hours in its own time zone and the languages its office reads besides its own.
-- Partners set up before keep no hours until an administrator enters them.
alter table partner add column country varchar(2);
alter table partner add column office_opens time;
alter table partner add column office_closes time;
create table partner_language (
    partner_code varchar(64) not null,
    language varchar(35) not null,
    primary key (partner_code, language),
    constraint partner_language_partner foreign key (partner_code) references partner (code)
);
