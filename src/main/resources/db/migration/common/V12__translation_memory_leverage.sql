-- What the memory held of each delivered job's source at its delivery (issue #18), for the fiscal-year report's
-- share of each language pair's volume that came from memory: exact matches and fuzzy ones (70-99 %).
create table translation_memory_leverage (
    id uuid not null,
    request_number varchar(16) not null,
    source_language varchar(35) not null,
    target_language varchar(35) not null,
    unit varchar(16) not null,
    volume bigint not null,
    exact_volume bigint not null,
    fuzzy_volume bigint not null,
    recorded_at timestamp(6) with time zone not null,
    primary key (id),
    constraint translation_memory_leverage_job unique (request_number, target_language)
);
