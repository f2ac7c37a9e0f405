-- The quality checks' findings (issue #19), one row per finding of a job however often it is raised, with its
-- override. finding_key is the SHA-256 of the finding's kind, segment and expected text.
create table quality_finding (
    id uuid not null,
    request_number varchar(16) not null,
    target_language varchar(35) not null,
    finding_key varchar(64) not null,
    kind varchar(24) not null,
    segment_id varchar(100) not null,
    expected varchar(1000),
    found varchar(1000),
    stage varchar(16) not null,
    raised_at timestamp(6) with time zone not null,
    raised_by varchar(64) not null,
    overridden_at timestamp(6) with time zone,
    overridden_by varchar(64),
    override_reason varchar(500),
    primary key (id),
    constraint quality_finding_once unique (request_number, target_language, finding_key)
);
create index quality_finding_raised on quality_finding (raised_at);
