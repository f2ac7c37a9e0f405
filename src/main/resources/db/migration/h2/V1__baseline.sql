-- Kakehashi's tables as the last release before versioned migrations made them on H2 (Hibernate 6.6's
-- automatic update from the entities at commit 2fe9c6e), with the request-number sequence that release created at
-- start, and the worklist's index on Camunda's task table (made by CamundaSchema, version 0.1). A database made
-- by that release is recorded at this version without running it (baselineOnMigrate); a new one starts here.

create sequence request_number_sequence;

-- the worklist's order by due date: the database reads the tasks in the list's order and stops at the page,
-- instead of sorting every task the caller may see
create index kakehashi_task_due on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_);

create table city_closed_day (
    closed_on date not null,
    reason varchar(200) not null,
    primary key (closed_on)
);

create table credential (
    username varchar(64) not null,
    changed_at timestamp(6) with time zone not null,
    failed_attempts integer not null,
    locked_until timestamp(6) with time zone,
    password_hash varchar(512) not null,
    version bigint not null,
    primary key (username)
);

create table delivery_download (
    id uuid not null,
    downloaded_at timestamp(6) with time zone not null,
    downloaded_by varchar(254) not null,
    remote_address varchar(64),
    link_id uuid not null,
    primary key (id)
);

create table delivery_link (
    id uuid not null,
    created_at timestamp(6) with time zone not null,
    expires_at timestamp(6) with time zone not null,
    partner varchar(64),
    recipient varchar(254) not null,
    request_number varchar(16) not null,
    revoked_at timestamp(6) with time zone,
    revoked_by varchar(64),
    target_language varchar(35) not null,
    token_hash varchar(64) not null,
    document_id uuid not null,
    primary key (id)
);

create table department (
    code varchar(64) not null,
    name_en varchar(200) not null,
    name_ja varchar(200) not null,
    phone varchar(32),
    primary key (code)
);

create table digest_entry (
    id uuid not null,
    actor varchar(64),
    digested_at timestamp(6) with time zone,
    event varchar(32) not null,
    occurred_at timestamp(6) with time zone not null,
    request_number varchar(16) not null,
    target_language varchar(35),
    username varchar(64) not null,
    primary key (id)
);

create table login_session (
    key_hash varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    csrf_token varchar(43) not null,
    expires_at timestamp(6) with time zone not null,
    last_used_at timestamp(6) with time zone not null,
    username varchar(64) not null,
    primary key (key_hash)
);

create table mail_outbox (
    id uuid not null,
    attempts integer not null,
    html_body varchar(200000) not null,
    kind varchar(32) not null,
    last_error varchar(1000),
    next_attempt_at timestamp(6) with time zone not null,
    queued_at timestamp(6) with time zone not null,
    recipient varchar(254) not null,
    recipient_name varchar(200),
    request_number varchar(16),
    sent_at timestamp(6) with time zone,
    status varchar(8) not null,
    subject varchar(500) not null,
    text_body varchar(100000) not null,
    version bigint not null,
    primary key (id)
);

create table partner (
    code varchar(64) not null,
    language varchar(35) not null,
    name varchar(200) not null,
    time_zone varchar(64) not null,
    primary key (code)
);

create table person (
    username varchar(64) not null,
    deactivated_at timestamp(6) with time zone,
    department varchar(64),
    display_name varchar(200) not null,
    email varchar(254),
    mail_language varchar(35),
    mail_preference varchar(16),
    partner varchar(64),
    primary key (username)
);

create table person_language_pair (
    username varchar(64) not null,
    source_language varchar(35) not null,
    target_language varchar(35) not null,
    primary key (username, source_language, target_language)
);

create table person_role (
    username varchar(64) not null,
    role varchar(32)
);

create table request_intake_finding (
    request_id uuid not null,
    detail varchar(64),
    kind varchar(32) not null
);

create table request_number_year (
    fiscal_year integer not null,
    sequence_base bigint not null,
    primary key (fiscal_year)
);

create table request_partner (
    request_id uuid not null,
    partner varchar(64)
);

create table request_partner_receipt (
    request_id uuid not null,
    partner varchar(64)
);

create table request_timeline (
    id uuid not null,
    actor varchar(64) not null,
    event varchar(32) not null,
    note varchar(4000),
    occurred_at timestamp(6) with time zone not null,
    target_language varchar(35),
    request_id uuid not null,
    position integer,
    primary key (id)
);

create table security_event (
    id uuid not null,
    actor varchar(64),
    detail varchar(500),
    kind enum ('ACCESS_REFUSED','ACCOUNT_LOCKED','CSRF_REFUSED','LOGGED_OUT','LOGIN_FAILED','LOGIN_SUCCEEDED','PASSWORD_CHANGED','PERSON_CREATED','PERSON_DEACTIVATED','RATE_LIMITED','ROLES_CHANGED') not null,
    occurred_at timestamp(6) with time zone not null,
    remote_address varchar(64),
    subject varchar(64),
    primary key (id)
);

create table server_secret (
    name varchar(64) not null,
    secret_value varchar(128) not null,
    primary key (name)
);

create table stored_document (
    id uuid not null,
    file_name varchar(255) not null,
    sha256 varchar(64) not null,
    size_bytes bigint not null,
    stored_at timestamp(6) with time zone not null,
    type enum ('DOCX','HTML','ODT','PDF','PPTX','TEXT','XLIFF','XLSX') not null,
    content_id uuid not null,
    primary key (id)
);

create table stored_document_content (
    id uuid not null,
    bytes blob not null,
    primary key (id)
);

create table submission_key (
    id varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    fingerprint varchar(64) not null,
    request_number varchar(16) not null,
    primary key (id)
);

create table translation_job (
    id uuid not null,
    reviewer varchar(64),
    reviewer_group varchar(32),
    status varchar(24) not null,
    target_language varchar(35) not null,
    translated_text varchar(1000000),
    translator varchar(64),
    translator_group varchar(32),
    translated_document_id uuid,
    request_id uuid not null,
    position integer,
    primary key (id)
);

create table translation_request (
    id uuid not null,
    citizen_email varchar(254),
    citizen_name varchar(200),
    delivered_on date,
    department varchar(64),
    event_audience varchar(300),
    event_end timestamp(6) with time zone,
    event_mode varchar(16),
    event_place varchar(300),
    event_start timestamp(6) with time zone,
    event_zone varchar(64),
    event_report varchar(20000),
    form_nonce varchar(32),
    interpreter varchar(64),
    request_number varchar(16) not null,
    purpose varchar(24),
    received_on date,
    rejection_reason varchar(32),
    requester varchar(64) not null,
    source_language varchar(35) not null,
    status varchar(24) not null,
    status_token_hash varchar(64),
    submitted_at timestamp(6) with time zone not null,
    source_text varchar(1000000) not null,
    topic varchar(16),
    turnaround_business_days integer,
    type varchar(16) not null,
    version bigint not null,
    volume_characters bigint,
    volume_digits bigint,
    volume_estimated_hours float(53),
    volume_kana bigint,
    volume_kanji bigint,
    volume_latin_letters bigint,
    volume_latin_words bigint,
    volume_manuscript_pages bigint,
    volume_other bigint,
    volume_punctuation bigint,
    volume_unit varchar(16),
    volume_words bigint,
    wanted_by date not null,
    source_document_id uuid,
    primary key (id)
);

create index delivery_download_link
   on delivery_download (link_id);

create index delivery_link_request
   on delivery_link (request_number);

create index digest_entry_due
   on digest_entry (digested_at, username);

create index mail_outbox_due
   on mail_outbox (status, next_attempt_at);

create index request_intake_finding_request
   on request_intake_finding (request_id);

create index security_event_at
   on security_event (occurred_at);

create index translation_job_request
   on translation_job (request_id);

create index translation_request_received_on
   on translation_request (received_on);

create index translation_request_delivered_on
   on translation_request (delivered_on);

create index translation_request_event_start
   on translation_request (event_start);

create index translation_request_submitted_at
   on translation_request (submitted_at);

create index translation_request_department_submitted_at
   on translation_request (department, submitted_at);

alter table translation_request
   add constraint UKbsm1gsi6pdkd1llnx5gorjsgc
   unique (source_document_id);

alter table translation_request
   add constraint UKh55l178vbimar2jeflsl3y56y
   unique (status_token_hash);

alter table delivery_link
   add constraint UKlog8r2144n5wdbleft9cqhxw3
   unique (token_hash);

alter table stored_document
   add constraint UKlyw5ssy1sgdoxmxy6y7kpugk9
   unique (content_id);

alter table translation_job
   add constraint UKnexfu86pogl7gk24weudo8q2y
   unique (translated_document_id);

alter table translation_request
   add constraint UKnqb3c6ht0fqoldjt6wn8ps123
   unique (request_number);

alter table translation_request
   add constraint UKso4mchbqcyn5mt0srnqpoptbj
   unique (form_nonce);

alter table delivery_download
   add constraint FK5rugromsohxk4cxbelal0v5am
   foreign key (link_id)
   references delivery_link;

alter table delivery_link
   add constraint FKm0h4u47ib9j43eocljxm72b5h
   foreign key (document_id)
   references stored_document;

alter table login_session
   add constraint FKaaxy9gxa7qojyf5d9gknicsyc
   foreign key (username)
   references person;

alter table person_language_pair
   add constraint FK722dtr2bpr5r2k1g9b89cpqkw
   foreign key (username)
   references person;

alter table person_role
   add constraint FK69d0kutnb0i2nx9k5ag69mc71
   foreign key (username)
   references person;

alter table request_intake_finding
   add constraint FKgsk4jnfhev9fgayyelhbltx9m
   foreign key (request_id)
   references translation_request;

alter table request_partner
   add constraint FKw6wxbnpotg2q2ib5fwrbcm19
   foreign key (request_id)
   references translation_request;

alter table request_partner_receipt
   add constraint FKeaaoqpvfy95vtf20v7kucko5b
   foreign key (request_id)
   references translation_request;

alter table request_timeline
   add constraint FKb4rjxeox7hvtcv40vxywplo43
   foreign key (request_id)
   references translation_request;

alter table stored_document
   add constraint FKms4w7wvip4gpdnkkr4wg2dltp
   foreign key (content_id)
   references stored_document_content;

alter table translation_job
   add constraint FK4vseb1e1v7ypf0uvmh29d0u25
   foreign key (translated_document_id)
   references stored_document;

alter table translation_job
   add constraint FKbiyss2bdd4ge7lhsjjbtla02d
   foreign key (request_id)
   references translation_request;

alter table translation_request
   add constraint FKjmmah8r97o2jo0ec08mo3nie2
   foreign key (source_document_id)
   references stored_document;
