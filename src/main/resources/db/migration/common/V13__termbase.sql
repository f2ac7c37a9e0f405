-- The termbase (issue #19): concepts with their terms per language. The directory's departments and partners are
-- entries of their own (directory_key), their names kept in step with the directory. Entries are retired, never
-- deleted, so the audit and the ids of earlier exports keep their meaning.
create table term_entry (
    id uuid not null,
    version bigint not null,
    directory_key varchar(80),
    subject_field varchar(200),
    definition varchar(2000),
    note varchar(2000),
    source varchar(500),
    changed_at timestamp(6) with time zone not null,
    changed_by varchar(64) not null,
    retired_at timestamp(6) with time zone,
    retired_by varchar(64),
    retirement_reason varchar(500),
    primary key (id),
    constraint term_entry_directory_key unique (directory_key)
);

create table term (
    entry_id uuid not null,
    position integer not null,
    language varchar(35) not null,
    text varchar(500) not null,
    part_of_speech varchar(32),
    status varchar(16) not null,
    from_directory boolean not null,
    primary key (entry_id, position),
    constraint term_entry foreign key (entry_id) references term_entry (id)
);
create index term_language on term (language);
