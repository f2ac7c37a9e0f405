-- The office's settings as an administrator changed them; a setting without a row has its system property's
-- value or its default (issue #16).
create table office_setting (
    name varchar(64) not null,
    setting_value varchar(200) not null,
    primary key (name)
);
