-- Machine translation drafts (issue #19): what the machine wrote for each segment of a job, asked once, so that
-- a hand-over with a draft left unedited is told apart and the reports count the drafts.
create table machine_draft (
    id uuid not null,
    request_number varchar(16) not null,
    target_language varchar(35) not null,
    segment_id varchar(100) not null,
    draft_text varchar(4000) not null,
    engine varchar(32) not null,
    drafted_at timestamp(6) with time zone not null,
    primary key (id),
    constraint machine_draft_once unique (request_number, target_language, segment_id)
);
