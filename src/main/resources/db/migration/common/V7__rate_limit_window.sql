-- The public form's rate limit counted in the database, so that every node of a cluster counts the same client's
-- requests in one window (issue #16).
create table rate_limit_window (
    bucket varchar(200) not null,
    window_start timestamp(6) with time zone not null,
    used integer not null,
    primary key (bucket)
);
create index rate_limit_window_start on rate_limit_window (window_start);
