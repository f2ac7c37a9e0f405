-- Absences (issue #21): the days a person of the team is away, the first and the last inclusive, as the city's
-- calendar dates. A person away today is given no task, and the tasks they hold that fall due after a day of their
-- absence are shown to the coordinator as at risk.
create table absence (
    id uuid not null,
    username varchar(64) not null,
    first_day date not null,
    last_day date not null,
    note varchar(200),
    primary key (id),
    constraint absence_person foreign key (username) references person (username),
    constraint absence_days check (last_day >= first_day)
);
create index absence_person_days on absence (username, first_day, last_day);
