-- The office's style notes (issue #19): one page the coordinators edit and hand on with the handover pack.
create table style_notes (
    id integer not null,
    version bigint not null,
    text varchar(20000) not null,
    changed_at timestamp(6) with time zone,
    changed_by varchar(64),
    primary key (id)
);
insert into style_notes (id, version, text) values (1, 0, '');
