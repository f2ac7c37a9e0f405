-- Wrong passwords slow down one source for one account instead of locking the account for everyone (issue #16):
-- the lock columns go, and an account locked at the upgrade is open again.
create table login_throttle (
    username varchar(64) not null,
    remote_address varchar(64) not null,
    wrong_in_a_row integer not null,
    last_wrong_at timestamp(6) with time zone not null,
    next_try_at timestamp(6) with time zone not null,
    primary key (username, remote_address)
);
create index login_throttle_last_wrong on login_throttle (last_wrong_at);

alter table credential drop column failed_attempts;
alter table credential drop column locked_until;
