-- Recurring interpretations (issue #21): a series of requests for the same meeting, each its own request with its
-- own booking, reminder and report, booked, changed or cancelled one by one or all together.
create table booking_series (
    id uuid not null,
    frequency varchar(16) not null,
    created_by varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    primary key (id)
);
create table booking_series_request (
    series_id uuid not null,
    position integer not null,
    request_number varchar(16) not null,
    primary key (series_id, position),
    constraint booking_series_request_series foreign key (series_id) references booking_series (id)
);
create unique index booking_series_request_number on booking_series_request (request_number);
