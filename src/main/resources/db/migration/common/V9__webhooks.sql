-- Webhooks (issue #17): the endpoints an administrator registers, the events each wants, and the outbox of
-- messages to them, sent after the commit that wrote them and retried with back-off.
create table webhook_endpoint (
    id uuid not null,
    url varchar(2000) not null,
    description varchar(200),
    secret varchar(64) not null,
    active boolean not null,
    registered_at timestamp(6) with time zone not null,
    registered_by varchar(64) not null,
    primary key (id)
);

create table webhook_endpoint_event (
    endpoint_id uuid not null,
    event varchar(32) not null,
    primary key (endpoint_id, event),
    constraint webhook_endpoint_event_endpoint foreign key (endpoint_id) references webhook_endpoint (id)
);
create index webhook_endpoint_event_event on webhook_endpoint_event (event);

create table webhook_message (
    id uuid not null,
    version bigint not null,
    endpoint_id uuid not null,
    event varchar(32) not null,
    request_number varchar(16) not null,
    payload varchar(4000) not null,
    status varchar(8) not null,
    attempts integer not null,
    next_attempt_at timestamp(6) with time zone not null,
    last_error varchar(1000),
    queued_at timestamp(6) with time zone not null,
    sent_at timestamp(6) with time zone,
    primary key (id),
    constraint webhook_message_endpoint foreign key (endpoint_id) references webhook_endpoint (id)
);
create index webhook_message_due on webhook_message (status, next_attempt_at);
