-- The translation memory (issue #18): every delivered translation aligned with its source, and the memories an
-- office imports from TMX. An entry is never deleted: a coordinator's removal marks it, for the audit.
-- Every change takes the next revision from translation_memory_state under its row lock, so revisions are
-- committed in their order and each node's index catches up by "revision greater than the one I hold".
-- memory_id names this database's memory, so that an index built from another database (a new one, or one
-- replaced under the server) is told apart and built again.
create table translation_memory_state (
    id integer not null,
    revision bigint not null,
    memory_id varchar(36),
    primary key (id)
);
insert into translation_memory_state (id, revision) values (1, 0);

create table translation_memory_entry (
    id uuid not null,
    revision bigint not null,
    source_language varchar(35) not null,
    target_language varchar(35) not null,
    source_text varchar(4000) not null,
    source_hash varchar(64) not null,
    target_text varchar(4000) not null,
    origin varchar(16) not null,
    request_number varchar(16),
    department varchar(64),
    translator varchar(64),
    reviewer varchar(64),
    translated_on date,
    recorded_at timestamp(6) with time zone not null,
    removed_at timestamp(6) with time zone,
    removed_by varchar(64),
    removal_reason varchar(500),
    primary key (id)
);
create index translation_memory_entry_revision on translation_memory_entry (revision);
create index translation_memory_entry_source on translation_memory_entry (source_hash);
create index translation_memory_entry_request on translation_memory_entry (request_number);
