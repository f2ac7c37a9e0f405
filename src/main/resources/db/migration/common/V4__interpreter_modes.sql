-- Who interprets, and in which modes (issue #16). Until now every active coordinator and linguist with a
-- language pair was offered for every mode: they keep all three, so no booking choice changes by the upgrade.
create table interpreter (
    username varchar(64) not null,
    primary key (username),
    constraint interpreter_person foreign key (username) references person (username)
);

create table interpreter_mode (
    username varchar(64) not null,
    interpreting_mode varchar(16) not null,
    primary key (username, interpreting_mode),
    constraint interpreter_mode_interpreter foreign key (username) references interpreter (username)
);

insert into interpreter (username)
select distinct p.username
from person p
join person_role r on r.username = p.username
where r.role in ('COORDINATOR', 'LINGUIST')
  and exists (select 1 from person_language_pair l where l.username = p.username);

insert into interpreter_mode (username, interpreting_mode)
select i.username, m.interpreting_mode
from interpreter i
cross join (select 'CONSECUTIVE' as interpreting_mode
            union all select 'ESCORT'
            union all select 'REMOTE') m;
