--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: act_ge_bytearray; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ge_bytearray (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    deployment_id_ character varying(64),
    bytes_ bytea,
    generated_ boolean,
    tenant_id_ character varying(64),
    type_ integer,
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_ge_property; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ge_property (
    name_ character varying(64) NOT NULL,
    value_ character varying(300),
    rev_ integer
);


--
-- Name: act_ge_schema_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ge_schema_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone,
    version_ character varying(255)
);


--
-- Name: act_hi_actinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_actinst (
    id_ character varying(64) NOT NULL,
    parent_act_inst_id_ character varying(64),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64) NOT NULL,
    execution_id_ character varying(64) NOT NULL,
    act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    call_case_inst_id_ character varying(64),
    act_name_ character varying(255),
    act_type_ character varying(255) NOT NULL,
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    act_inst_state_ integer,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_attachment (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(255),
    name_ character varying(255),
    description_ character varying(4000),
    type_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    url_ character varying(4000),
    content_id_ character varying(64),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_batch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_batch (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    total_jobs_ integer,
    jobs_per_seed_ integer,
    invocations_per_job_ integer,
    seed_job_def_id_ character varying(64),
    monitor_job_def_id_ character varying(64),
    batch_job_def_id_ character varying(64),
    tenant_id_ character varying(64),
    create_user_id_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    exec_start_time_ timestamp without time zone
);


--
-- Name: act_hi_caseactinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_caseactinst (
    id_ character varying(64) NOT NULL,
    parent_act_inst_id_ character varying(64),
    case_def_id_ character varying(64) NOT NULL,
    case_inst_id_ character varying(64) NOT NULL,
    case_act_id_ character varying(255) NOT NULL,
    task_id_ character varying(64),
    call_proc_inst_id_ character varying(64),
    call_case_inst_id_ character varying(64),
    case_act_name_ character varying(255),
    case_act_type_ character varying(255),
    create_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    state_ integer,
    required_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: act_hi_caseinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_caseinst (
    id_ character varying(64) NOT NULL,
    case_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    case_def_id_ character varying(64) NOT NULL,
    create_time_ timestamp without time zone NOT NULL,
    close_time_ timestamp without time zone,
    duration_ bigint,
    state_ integer,
    create_user_id_ character varying(255),
    super_case_instance_id_ character varying(64),
    super_process_instance_id_ character varying(64),
    tenant_id_ character varying(64)
);


--
-- Name: act_hi_comment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_comment (
    id_ character varying(64) NOT NULL,
    type_ character varying(255),
    time_ timestamp without time zone NOT NULL,
    user_id_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    action_ character varying(255),
    message_ character varying(4000),
    full_msg_ bytea,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    rev_ integer DEFAULT 1 NOT NULL
);


--
-- Name: act_hi_dec_in; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_dec_in (
    id_ character varying(64) NOT NULL,
    dec_inst_id_ character varying(64) NOT NULL,
    clause_id_ character varying(64),
    clause_name_ character varying(255),
    var_type_ character varying(100),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_dec_out; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_dec_out (
    id_ character varying(64) NOT NULL,
    dec_inst_id_ character varying(64) NOT NULL,
    clause_id_ character varying(64),
    clause_name_ character varying(255),
    rule_id_ character varying(64),
    rule_order_ integer,
    var_name_ character varying(255),
    var_type_ character varying(100),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_decinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_decinst (
    id_ character varying(64) NOT NULL,
    dec_def_id_ character varying(64) NOT NULL,
    dec_def_key_ character varying(255) NOT NULL,
    dec_def_name_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    proc_inst_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    act_inst_id_ character varying(64),
    act_id_ character varying(255),
    eval_time_ timestamp without time zone NOT NULL,
    removal_time_ timestamp without time zone,
    collect_value_ double precision,
    user_id_ character varying(255),
    root_dec_inst_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    dec_req_id_ character varying(64),
    dec_req_key_ character varying(255),
    tenant_id_ character varying(64)
);


--
-- Name: act_hi_detail; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_detail (
    id_ character varying(64) NOT NULL,
    type_ character varying(255) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    act_inst_id_ character varying(64),
    var_inst_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(64),
    rev_ integer,
    time_ timestamp without time zone NOT NULL,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    operation_id_ character varying(64),
    removal_time_ timestamp without time zone,
    initial_ boolean
);


--
-- Name: act_hi_ext_task_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_ext_task_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    ext_task_id_ character varying(64) NOT NULL,
    retries_ integer,
    topic_name_ character varying(255),
    worker_id_ character varying(255),
    priority_ bigint DEFAULT 0 NOT NULL,
    error_msg_ character varying(4000),
    error_details_id_ character varying(64),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    tenant_id_ character varying(64),
    state_ integer,
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_identitylink; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_identitylink (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    type_ character varying(255),
    user_id_ character varying(255),
    group_id_ character varying(255),
    task_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    operation_type_ character varying(64),
    assigner_id_ character varying(64),
    proc_def_key_ character varying(255),
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_incident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_incident (
    id_ character varying(64) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    create_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    incident_msg_ character varying(4000),
    incident_type_ character varying(255) NOT NULL,
    activity_id_ character varying(255),
    failed_activity_id_ character varying(255),
    cause_incident_id_ character varying(64),
    root_cause_incident_id_ character varying(64),
    configuration_ character varying(255),
    history_configuration_ character varying(255),
    incident_state_ integer,
    tenant_id_ character varying(64),
    job_def_id_ character varying(64),
    annotation_ character varying(4000),
    removal_time_ timestamp without time zone
);


--
-- Name: act_hi_job_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_job_log (
    id_ character varying(64) NOT NULL,
    timestamp_ timestamp without time zone NOT NULL,
    job_id_ character varying(64) NOT NULL,
    job_duedate_ timestamp without time zone,
    job_retries_ integer,
    job_priority_ bigint DEFAULT 0 NOT NULL,
    job_exception_msg_ character varying(4000),
    job_exception_stack_id_ character varying(64),
    job_state_ integer,
    job_def_id_ character varying(64),
    job_def_type_ character varying(255),
    job_def_configuration_ character varying(255),
    act_id_ character varying(255),
    failed_act_id_ character varying(255),
    execution_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    process_instance_id_ character varying(64),
    process_def_id_ character varying(64),
    process_def_key_ character varying(255),
    deployment_id_ character varying(64),
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    hostname_ character varying(255),
    removal_time_ timestamp without time zone,
    batch_id_ character varying(64)
);


--
-- Name: act_hi_op_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_op_log (
    id_ character varying(64) NOT NULL,
    deployment_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    job_id_ character varying(64),
    job_def_id_ character varying(64),
    batch_id_ character varying(64),
    user_id_ character varying(255),
    timestamp_ timestamp without time zone NOT NULL,
    operation_type_ character varying(64),
    operation_id_ character varying(64),
    entity_type_ character varying(30),
    property_ character varying(64),
    org_value_ character varying(4000),
    new_value_ character varying(4000),
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    category_ character varying(64),
    external_task_id_ character varying(64),
    annotation_ character varying(4000)
);


--
-- Name: act_hi_procinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_procinst (
    id_ character varying(64) NOT NULL,
    proc_inst_id_ character varying(64) NOT NULL,
    business_key_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64) NOT NULL,
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    removal_time_ timestamp without time zone,
    duration_ bigint,
    start_user_id_ character varying(255),
    start_act_id_ character varying(255),
    end_act_id_ character varying(255),
    super_process_instance_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    super_case_instance_id_ character varying(64),
    case_inst_id_ character varying(64),
    delete_reason_ character varying(4000),
    tenant_id_ character varying(64),
    state_ character varying(255),
    restarted_proc_inst_id_ character varying(64)
);


--
-- Name: act_hi_taskinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_taskinst (
    id_ character varying(64) NOT NULL,
    task_def_key_ character varying(255),
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    act_inst_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    owner_ character varying(255),
    assignee_ character varying(255),
    start_time_ timestamp without time zone NOT NULL,
    end_time_ timestamp without time zone,
    duration_ bigint,
    delete_reason_ character varying(4000),
    priority_ integer,
    due_date_ timestamp without time zone,
    follow_up_date_ timestamp without time zone,
    tenant_id_ character varying(64),
    removal_time_ timestamp without time zone,
    task_state_ character varying(64)
);


--
-- Name: act_hi_varinst; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_hi_varinst (
    id_ character varying(64) NOT NULL,
    proc_def_key_ character varying(255),
    proc_def_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    execution_id_ character varying(64),
    act_inst_id_ character varying(64),
    case_def_key_ character varying(255),
    case_def_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_execution_id_ character varying(64),
    task_id_ character varying(64),
    name_ character varying(255) NOT NULL,
    var_type_ character varying(100),
    create_time_ timestamp without time zone,
    rev_ integer,
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    tenant_id_ character varying(64),
    state_ character varying(20),
    removal_time_ timestamp without time zone
);


--
-- Name: act_id_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_group (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255),
    type_ character varying(255)
);


--
-- Name: act_id_info; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_info (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    user_id_ character varying(64),
    type_ character varying(64),
    key_ character varying(255),
    value_ character varying(255),
    password_ bytea,
    parent_id_ character varying(255)
);


--
-- Name: act_id_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_membership (
    user_id_ character varying(64) NOT NULL,
    group_id_ character varying(64) NOT NULL
);


--
-- Name: act_id_tenant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_tenant (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    name_ character varying(255)
);


--
-- Name: act_id_tenant_member; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_tenant_member (
    id_ character varying(64) NOT NULL,
    tenant_id_ character varying(64) NOT NULL,
    user_id_ character varying(64),
    group_id_ character varying(64)
);


--
-- Name: act_id_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_id_user (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    first_ character varying(255),
    last_ character varying(255),
    email_ character varying(255),
    pwd_ character varying(255),
    salt_ character varying(255),
    lock_exp_time_ timestamp without time zone,
    attempts_ integer,
    picture_id_ character varying(64)
);


--
-- Name: act_re_camformdef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_camformdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    tenant_id_ character varying(64)
);


--
-- Name: act_re_case_def; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_case_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    tenant_id_ character varying(64),
    history_ttl_ integer
);


--
-- Name: act_re_decision_def; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_decision_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    dec_req_id_ character varying(64),
    dec_req_key_ character varying(255),
    tenant_id_ character varying(64),
    history_ttl_ integer,
    version_tag_ character varying(64)
);


--
-- Name: act_re_decision_req_def; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_decision_req_def (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    tenant_id_ character varying(64)
);


--
-- Name: act_re_deployment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_deployment (
    id_ character varying(64) NOT NULL,
    name_ character varying(255),
    deploy_time_ timestamp without time zone,
    source_ character varying(255),
    tenant_id_ character varying(64)
);


--
-- Name: act_re_procdef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_re_procdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    category_ character varying(255),
    name_ character varying(255),
    key_ character varying(255) NOT NULL,
    version_ integer NOT NULL,
    deployment_id_ character varying(64),
    resource_name_ character varying(4000),
    dgrm_resource_name_ character varying(4000),
    has_start_form_key_ boolean,
    suspension_state_ integer,
    tenant_id_ character varying(64),
    version_tag_ character varying(64),
    history_ttl_ integer,
    startable_ boolean DEFAULT true NOT NULL
);


--
-- Name: act_ru_authorization; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_authorization (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    type_ integer NOT NULL,
    group_id_ character varying(255),
    user_id_ character varying(255),
    resource_type_ integer NOT NULL,
    resource_id_ character varying(255),
    perms_ integer,
    removal_time_ timestamp without time zone,
    root_proc_inst_id_ character varying(64)
);


--
-- Name: act_ru_batch; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_batch (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    type_ character varying(255),
    total_jobs_ integer,
    jobs_created_ integer,
    jobs_per_seed_ integer,
    invocations_per_job_ integer,
    seed_job_def_id_ character varying(64),
    batch_job_def_id_ character varying(64),
    monitor_job_def_id_ character varying(64),
    suspension_state_ integer,
    configuration_ character varying(255),
    tenant_id_ character varying(64),
    create_user_id_ character varying(255),
    start_time_ timestamp without time zone,
    exec_start_time_ timestamp without time zone
);


--
-- Name: act_ru_case_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_case_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    case_inst_id_ character varying(64),
    super_case_exec_ character varying(64),
    super_exec_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    case_def_id_ character varying(64),
    act_id_ character varying(255),
    prev_state_ integer,
    current_state_ integer,
    required_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_case_sentry_part; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_case_sentry_part (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    case_inst_id_ character varying(64),
    case_exec_id_ character varying(64),
    sentry_id_ character varying(255),
    type_ character varying(255),
    source_case_exec_id_ character varying(64),
    standard_event_ character varying(255),
    source_ character varying(255),
    variable_event_ character varying(255),
    variable_name_ character varying(255),
    satisfied_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_event_subscr; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_event_subscr (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    event_type_ character varying(255) NOT NULL,
    event_name_ character varying(255),
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    activity_id_ character varying(255),
    configuration_ character varying(255),
    created_ timestamp without time zone NOT NULL,
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_execution (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    root_proc_inst_id_ character varying(64),
    proc_inst_id_ character varying(64),
    business_key_ character varying(255),
    parent_id_ character varying(64),
    proc_def_id_ character varying(64),
    super_exec_ character varying(64),
    super_case_exec_ character varying(64),
    case_inst_id_ character varying(64),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    is_active_ boolean,
    is_concurrent_ boolean,
    is_scope_ boolean,
    is_event_scope_ boolean,
    suspension_state_ integer,
    cached_ent_state_ integer,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    proc_def_key_ character varying(255)
);


--
-- Name: act_ru_ext_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_ext_task (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    worker_id_ character varying(255),
    topic_name_ character varying(255),
    retries_ integer,
    error_msg_ character varying(4000),
    error_details_id_ character varying(64),
    lock_exp_time_ timestamp without time zone,
    create_time_ timestamp without time zone,
    suspension_state_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    act_id_ character varying(255),
    act_inst_id_ character varying(64),
    tenant_id_ character varying(64),
    priority_ bigint DEFAULT 0 NOT NULL,
    last_failure_log_id_ character varying(64)
);


--
-- Name: act_ru_filter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_filter (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    resource_type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    owner_ character varying(255),
    query_ text NOT NULL,
    properties_ text
);


--
-- Name: act_ru_identitylink; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_identitylink (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    group_id_ character varying(255),
    type_ character varying(255),
    user_id_ character varying(255),
    task_id_ character varying(64),
    proc_def_id_ character varying(64),
    tenant_id_ character varying(64)
);


--
-- Name: act_ru_incident; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_incident (
    id_ character varying(64) NOT NULL,
    rev_ integer NOT NULL,
    incident_timestamp_ timestamp without time zone NOT NULL,
    incident_msg_ character varying(4000),
    incident_type_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    activity_id_ character varying(255),
    failed_activity_id_ character varying(255),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    cause_incident_id_ character varying(64),
    root_cause_incident_id_ character varying(64),
    configuration_ character varying(255),
    tenant_id_ character varying(64),
    job_def_id_ character varying(64),
    annotation_ character varying(4000)
);


--
-- Name: act_ru_job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_job (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    lock_exp_time_ timestamp without time zone,
    lock_owner_ character varying(255),
    exclusive_ boolean,
    execution_id_ character varying(64),
    root_proc_inst_id_ character varying(64),
    process_instance_id_ character varying(64),
    process_def_id_ character varying(64),
    process_def_key_ character varying(255),
    retries_ integer,
    exception_stack_id_ character varying(64),
    exception_msg_ character varying(4000),
    failed_act_id_ character varying(255),
    duedate_ timestamp without time zone,
    repeat_ character varying(255),
    repeat_offset_ bigint DEFAULT 0,
    handler_type_ character varying(255),
    handler_cfg_ character varying(4000),
    deployment_id_ character varying(64),
    suspension_state_ integer DEFAULT 1 NOT NULL,
    job_def_id_ character varying(64),
    priority_ bigint DEFAULT 0 NOT NULL,
    sequence_counter_ bigint,
    tenant_id_ character varying(64),
    create_time_ timestamp without time zone,
    last_failure_log_id_ character varying(64),
    batch_id_ character varying(64)
);


--
-- Name: act_ru_jobdef; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_jobdef (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    proc_def_id_ character varying(64),
    proc_def_key_ character varying(255),
    act_id_ character varying(255),
    job_type_ character varying(255) NOT NULL,
    job_configuration_ character varying(255),
    suspension_state_ integer,
    job_priority_ bigint,
    tenant_id_ character varying(64),
    deployment_id_ character varying(64)
);


--
-- Name: act_ru_meter_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_meter_log (
    id_ character varying(64) NOT NULL,
    name_ character varying(64) NOT NULL,
    reporter_ character varying(255),
    value_ bigint,
    timestamp_ timestamp without time zone,
    milliseconds_ bigint DEFAULT 0
);


--
-- Name: act_ru_task; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_task (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    case_execution_id_ character varying(64),
    case_inst_id_ character varying(64),
    case_def_id_ character varying(64),
    name_ character varying(255),
    parent_task_id_ character varying(64),
    description_ character varying(4000),
    task_def_key_ character varying(255),
    owner_ character varying(255),
    assignee_ character varying(255),
    delegation_ character varying(64),
    priority_ integer,
    create_time_ timestamp without time zone,
    last_updated_ timestamp without time zone,
    due_date_ timestamp without time zone,
    follow_up_date_ timestamp without time zone,
    suspension_state_ integer,
    tenant_id_ character varying(64),
    task_state_ character varying(64)
);


--
-- Name: act_ru_task_meter_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_task_meter_log (
    id_ character varying(64) NOT NULL,
    assignee_hash_ bigint,
    timestamp_ timestamp without time zone
);


--
-- Name: act_ru_variable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.act_ru_variable (
    id_ character varying(64) NOT NULL,
    rev_ integer,
    type_ character varying(255) NOT NULL,
    name_ character varying(255) NOT NULL,
    execution_id_ character varying(64),
    proc_inst_id_ character varying(64),
    proc_def_id_ character varying(64),
    case_execution_id_ character varying(64),
    case_inst_id_ character varying(64),
    task_id_ character varying(64),
    batch_id_ character varying(64),
    bytearray_id_ character varying(64),
    double_ double precision,
    long_ bigint,
    text_ character varying(4000),
    text2_ character varying(4000),
    var_scope_ character varying(64),
    sequence_counter_ bigint,
    is_concurrent_local_ boolean,
    tenant_id_ character varying(64)
);


--
-- Name: city_closed_day; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.city_closed_day (
    closed_on date NOT NULL,
    reason character varying(200) NOT NULL
);


--
-- Name: credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credential (
    username character varying(64) NOT NULL,
    changed_at timestamp(6) with time zone NOT NULL,
    failed_attempts integer NOT NULL,
    locked_until timestamp(6) with time zone,
    password_hash character varying(512) NOT NULL,
    version bigint NOT NULL
);


--
-- Name: delivery_download; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delivery_download (
    id uuid NOT NULL,
    downloaded_at timestamp(6) with time zone NOT NULL,
    downloaded_by character varying(254) NOT NULL,
    remote_address character varying(64),
    link_id uuid NOT NULL
);


--
-- Name: delivery_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delivery_link (
    id uuid NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    expires_at timestamp(6) with time zone NOT NULL,
    partner character varying(64),
    recipient character varying(254) NOT NULL,
    request_number character varying(16) NOT NULL,
    revoked_at timestamp(6) with time zone,
    revoked_by character varying(64),
    target_language character varying(35) NOT NULL,
    token_hash character varying(64) NOT NULL,
    document_id uuid NOT NULL
);


--
-- Name: department; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.department (
    code character varying(64) NOT NULL,
    name_en character varying(200) NOT NULL,
    name_ja character varying(200) NOT NULL,
    phone character varying(32)
);


--
-- Name: digest_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.digest_entry (
    id uuid NOT NULL,
    actor character varying(64),
    digested_at timestamp(6) with time zone,
    event character varying(32) NOT NULL,
    occurred_at timestamp(6) with time zone NOT NULL,
    request_number character varying(16) NOT NULL,
    target_language character varying(35),
    username character varying(64) NOT NULL
);


--
-- Name: login_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_session (
    key_hash character varying(64) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    csrf_token character varying(43) NOT NULL,
    expires_at timestamp(6) with time zone NOT NULL,
    last_used_at timestamp(6) with time zone NOT NULL,
    username character varying(64) NOT NULL
);


--
-- Name: mail_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mail_outbox (
    id uuid NOT NULL,
    attempts integer NOT NULL,
    html_body character varying(200000) NOT NULL,
    kind character varying(32) NOT NULL,
    last_error character varying(1000),
    next_attempt_at timestamp(6) with time zone NOT NULL,
    queued_at timestamp(6) with time zone NOT NULL,
    recipient character varying(254) NOT NULL,
    recipient_name character varying(200),
    request_number character varying(16),
    sent_at timestamp(6) with time zone,
    status character varying(8) NOT NULL,
    subject character varying(500) NOT NULL,
    text_body character varying(100000) NOT NULL,
    version bigint NOT NULL
);


--
-- Name: partner; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partner (
    code character varying(64) NOT NULL,
    language character varying(35) NOT NULL,
    name character varying(200) NOT NULL,
    time_zone character varying(64) NOT NULL
);


--
-- Name: person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person (
    username character varying(64) NOT NULL,
    deactivated_at timestamp(6) with time zone,
    department character varying(64),
    display_name character varying(200) NOT NULL,
    email character varying(254),
    mail_language character varying(35),
    mail_preference character varying(16),
    partner character varying(64)
);


--
-- Name: person_language_pair; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_language_pair (
    username character varying(64) NOT NULL,
    source_language character varying(35) NOT NULL,
    target_language character varying(35) NOT NULL
);


--
-- Name: person_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_role (
    username character varying(64) NOT NULL,
    role character varying(32)
);


--
-- Name: request_intake_finding; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.request_intake_finding (
    request_id uuid NOT NULL,
    detail character varying(64),
    kind character varying(32) NOT NULL
);


--
-- Name: request_number_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.request_number_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: request_number_year; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.request_number_year (
    fiscal_year integer NOT NULL,
    sequence_base bigint NOT NULL
);


--
-- Name: request_partner; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.request_partner (
    request_id uuid NOT NULL,
    partner character varying(64)
);


--
-- Name: request_partner_receipt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.request_partner_receipt (
    request_id uuid NOT NULL,
    partner character varying(64)
);


--
-- Name: request_timeline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.request_timeline (
    id uuid NOT NULL,
    actor character varying(64) NOT NULL,
    event character varying(32) NOT NULL,
    note character varying(4000),
    occurred_at timestamp(6) with time zone NOT NULL,
    target_language character varying(35),
    request_id uuid NOT NULL,
    "position" integer
);


--
-- Name: security_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.security_event (
    id uuid NOT NULL,
    actor character varying(64),
    detail character varying(500),
    kind character varying(24) NOT NULL,
    occurred_at timestamp(6) with time zone NOT NULL,
    remote_address character varying(64),
    subject character varying(64),
    CONSTRAINT security_event_kind_check CHECK (((kind)::text = ANY ((ARRAY['LOGIN_SUCCEEDED'::character varying, 'LOGIN_FAILED'::character varying, 'ACCOUNT_LOCKED'::character varying, 'LOGGED_OUT'::character varying, 'PASSWORD_CHANGED'::character varying, 'PERSON_CREATED'::character varying, 'ROLES_CHANGED'::character varying, 'PERSON_DEACTIVATED'::character varying, 'ACCESS_REFUSED'::character varying, 'CSRF_REFUSED'::character varying, 'RATE_LIMITED'::character varying])::text[])))
);


--
-- Name: server_secret; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_secret (
    name character varying(64) NOT NULL,
    secret_value character varying(128) NOT NULL
);


--
-- Name: stored_document; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stored_document (
    id uuid NOT NULL,
    file_name character varying(255) NOT NULL,
    sha256 character varying(64) NOT NULL,
    size_bytes bigint NOT NULL,
    stored_at timestamp(6) with time zone NOT NULL,
    type character varying(8) NOT NULL,
    content_id uuid NOT NULL,
    CONSTRAINT stored_document_type_check CHECK (((type)::text = ANY ((ARRAY['DOCX'::character varying, 'XLSX'::character varying, 'PPTX'::character varying, 'ODT'::character varying, 'HTML'::character varying, 'PDF'::character varying, 'XLIFF'::character varying, 'TEXT'::character varying])::text[])))
);


--
-- Name: stored_document_content; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stored_document_content (
    id uuid NOT NULL,
    bytes bytea NOT NULL
);


--
-- Name: submission_key; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.submission_key (
    id character varying(64) NOT NULL,
    created_at timestamp(6) with time zone NOT NULL,
    fingerprint character varying(64) NOT NULL,
    request_number character varying(16) NOT NULL
);


--
-- Name: translation_job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.translation_job (
    id uuid NOT NULL,
    reviewer character varying(64),
    reviewer_group character varying(32),
    status character varying(24) NOT NULL,
    target_language character varying(35) NOT NULL,
    translated_text character varying(1000000),
    translator character varying(64),
    translator_group character varying(32),
    translated_document_id uuid,
    request_id uuid NOT NULL,
    "position" integer
);


--
-- Name: translation_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.translation_request (
    id uuid NOT NULL,
    citizen_email character varying(254),
    citizen_name character varying(200),
    delivered_on date,
    department character varying(64),
    event_audience character varying(300),
    event_end timestamp(6) with time zone,
    event_mode character varying(16),
    event_place character varying(300),
    event_start timestamp(6) with time zone,
    event_zone character varying(64),
    event_report character varying(20000),
    form_nonce character varying(32),
    interpreter character varying(64),
    request_number character varying(16) NOT NULL,
    purpose character varying(24),
    received_on date,
    rejection_reason character varying(32),
    requester character varying(64) NOT NULL,
    source_language character varying(35) NOT NULL,
    status character varying(24) NOT NULL,
    status_token_hash character varying(64),
    submitted_at timestamp(6) with time zone NOT NULL,
    source_text character varying(1000000) NOT NULL,
    topic character varying(16),
    turnaround_business_days integer,
    type character varying(16) NOT NULL,
    version bigint NOT NULL,
    volume_characters bigint,
    volume_digits bigint,
    volume_estimated_hours double precision,
    volume_kana bigint,
    volume_kanji bigint,
    volume_latin_letters bigint,
    volume_latin_words bigint,
    volume_manuscript_pages bigint,
    volume_other bigint,
    volume_punctuation bigint,
    volume_unit character varying(16),
    volume_words bigint,
    wanted_by date NOT NULL,
    source_document_id uuid
);


--
-- Data for Name: act_ge_bytearray; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_bytearray VALUES ('2eac9e80-ef2c-11f1-bdb6-02fc00000001', 1, 'bpmn/job-routing.dmn', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c646566696e6974696f6e7320786d6c6e733d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f4d4f44454c2f220a20202020202020202020202020786d6c6e733a646d6e64693d2268747470733a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303139313131312f444d4e44492f220a20202020202020202020202020786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f444d4e2f32303138303532312f44432f220a20202020202020202020202020786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f646d6e220a2020202020202020202020202069643d226a6f62526f7574696e67446566696e6974696f6e7322206e616d653d224a6f6220726f7574696e6722206e616d6573706163653d2275726e3a6b616b6568617368693a646d6e223e0a20203c6465636973696f6e2069643d226a6f62526f7574696e6722206e616d653d2257686f207472616e736c6174657320616e642077686f20726576696577732061206a6f62222063616d756e64613a686973746f727954696d65546f4c6976653d2231383235223e0a202020203c6465736372697074696f6e3e50657220746172676574206c616e6775616765206f6620616e20616363657074656420726571756573743a207468652067726f75702074686174207472616e736c61746573202874686520696e2d686f7573650a202020202020636f6f7264696e61746f72206f7220616e2065787465726e616c206c696e67756973742920616e64207468652067726f7570207468617420726576696577732e20546865206669727374206d61746368696e672072756c652077696e732e204f66666963650a2020202020207374616666206368616e67652074686973207461626c653b20746865206e657874206465706c6f796d656e7420726f757465732062792069742c206e6f20636f6465206368616e6765732e3c2f6465736372697074696f6e3e0a202020203c6465636973696f6e5461626c652069643d226a6f62526f7574696e675461626c652220686974506f6c6963793d224649525354223e0a2020202020203c696e7075742069643d22736f757263654c616e6775616765496e70757422206c6162656c3d22536f75726365206c616e6775616765222063616d756e64613a696e7075745661726961626c653d22736f757263654c616e6775616765496e707574223e0a20202020202020203c696e70757445787072657373696f6e2069643d22736f757263654c616e677561676545787072657373696f6e2220747970655265663d22737472696e67223e0a202020202020202020203c746578743e737562737472696e67206265666f726528736f757263654c616e6775616765202b20222d222c20222d22293c2f746578743e0a20202020202020203c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d227461726765744c616e6775616765496e70757422206c6162656c3d22546172676574206c616e6775616765222063616d756e64613a696e7075745661726961626c653d227461726765744c616e6775616765496e707574223e0a20202020202020203c696e70757445787072657373696f6e2069643d227461726765744c616e677561676545787072657373696f6e2220747970655265663d22737472696e67223e0a202020202020202020203c746578743e737562737472696e67206265666f726528746172676574202b20222d222c20222d22293c2f746578743e0a20202020202020203c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d2263686172616374657273496e70757422206c6162656c3d2243686172616374657273222063616d756e64613a696e7075745661726961626c653d2263686172616374657273496e707574223e0a20202020202020203c696e70757445787072657373696f6e2069643d226368617261637465727345787072657373696f6e2220747970655265663d226c6f6e67223e0a202020202020202020203c746578743e636861726163746572733c2f746578743e0a20202020202020203c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c696e7075742069643d22707572706f7365496e70757422206c6162656c3d22507572706f7365222063616d756e64613a696e7075745661726961626c653d22707572706f7365496e707574223e0a20202020202020203c696e70757445787072657373696f6e2069643d22707572706f736545787072657373696f6e2220747970655265663d22737472696e67223e0a202020202020202020203c746578743e707572706f73653c2f746578743e0a20202020202020203c2f696e70757445787072657373696f6e3e0a2020202020203c2f696e7075743e0a2020202020203c6f75747075742069643d227472616e736c61746f7247726f75704f757470757422206c6162656c3d225472616e736c6174656420627922206e616d653d227472616e736c61746f7247726f75702220747970655265663d22737472696e67222f3e0a2020202020203c6f75747075742069643d22726576696577657247726f75704f757470757422206c6162656c3d22526576696577656420627922206e616d653d22726576696577657247726f75702220747970655265663d22737472696e67222f3e0a2020202020203c72756c652069643d226368696e657365476f6573546f5468654c696e6775697374223e0a20202020202020203c6465736372697074696f6e3e4368696e657365202853696d706c6966696564206f7220547261646974696f6e616c293a2074686520636f6e74726163746564206c696e67756973743c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d226368696e657365536f75726365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226368696e657365546172676574223e3c746578743e227a68223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226368696e65736543686172616374657273223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226368696e657365507572706f7365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226368696e6573655472616e736c61746f72223e3c746578743e226c696e6775697374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226368696e6573655265766965776572223e3c746578743e227265766965776572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d226c617267655465787473476f546f5468654c696e6775697374223e0a20202020202020203c6465736372697074696f6e3e4d6f7265207468616e2032302c3030302063686172616374657273206973206d6f7265207468616e2074686520636f6f7264696e61746f722063616e2074616b65206f6e3c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d226c61726765536f75726365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226c61726765546172676574223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226c6172676543686172616374657273223e3c746578743e2667743b2032303030303c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226c61726765507572706f7365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226c617267655472616e736c61746f72223e3c746578743e226c696e6775697374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226c617267655265766965776572223e3c746578743e227265766965776572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22656e676c6973685374617973496e486f757365223e0a20202020202020203c6465736372697074696f6e3e496e746f20456e676c6973683a2074686520636f6f7264696e61746f722028434952293c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d22656e676c697368536f75726365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d22656e676c697368546172676574223e3c746578743e22656e223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d22656e676c69736843686172616374657273223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d22656e676c697368507572706f7365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22656e676c6973685472616e736c61746f72223e3c746578743e22636f6f7264696e61746f72223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22656e676c6973685265766965776572223e3c746578743e227265766965776572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d22656e676c697368496e746f4a6170616e6573655374617973496e486f757365223e0a20202020202020203c6465736372697074696f6e3e46726f6d20456e676c69736820696e746f204a6170616e6573653a2074686520636f6f7264696e61746f723c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d22696e746f4a6170616e657365536f75726365223e3c746578743e22656e223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d22696e746f4a6170616e657365546172676574223e3c746578743e226a61223c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d22696e746f4a6170616e65736543686172616374657273223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d22696e746f4a6170616e657365507572706f7365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22696e746f4a6170616e6573655472616e736c61746f72223e3c746578743e22636f6f7264696e61746f72223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d22696e746f4a6170616e6573655265766965776572223e3c746578743e227265766965776572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a2020202020203c72756c652069643d2265766572797468696e67456c7365476f65734f7574223e0a20202020202020203c6465736372697074696f6e3e416e79206f7468657220706169723a20616e2065787465726e616c206c696e677569737420616e6420616e2065787465726e616c2072657669657765723c2f6465736372697074696f6e3e0a20202020202020203c696e707574456e7472792069643d226f74686572536f75726365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226f74686572546172676574223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226f7468657243686172616374657273223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c696e707574456e7472792069643d226f74686572507572706f7365223e3c746578743e3c2f746578743e3c2f696e707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226f746865725472616e736c61746f72223e3c746578743e226c696e6775697374223c2f746578743e3c2f6f7574707574456e7472793e0a20202020202020203c6f7574707574456e7472792069643d226f746865725265766965776572223e3c746578743e2265787465726e616c2d7265766965776572223c2f746578743e3c2f6f7574707574456e7472793e0a2020202020203c2f72756c653e0a202020203c2f6465636973696f6e5461626c653e0a20203c2f6465636973696f6e3e0a20203c646d6e64693a444d4e44493e0a202020203c646d6e64693a444d4e4469616772616d2069643d226a6f62526f7574696e674469616772616d223e0a2020202020203c646d6e64693a444d4e53686170652069643d226a6f62526f7574696e6753686170652220646d6e456c656d656e745265663d226a6f62526f7574696e67223e0a20202020202020203c64633a426f756e6473206865696768743d223830222077696474683d223138302220783d223136302220793d22313030222f3e0a2020202020203c2f646d6e64693a444d4e53686170653e0a202020203c2f646d6e64693a444d4e4469616772616d3e0a20203c2f646d6e64693a444d4e44493e0a3c2f646566696e6974696f6e733e0a', false, NULL, 1, '2026-12-03 15:14:06.586', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('2eac9e81-ef2c-11f1-bdb6-02fc00000001', 1, 'bpmn/translation-request.bpmn', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4449220a202020202020202020202020202020202020786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4443220a202020202020202020202020202020202020786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449220a202020202020202020202020202020202020786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e220a202020202020202020202020202020202020786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365220a20202020202020202020202020202020202069643d227472616e736c6174696f6e52657175657374446566696e6974696f6e73220a2020202020202020202020202020202020207461726765744e616d6573706163653d2275726e3a6b616b6568617368693a62706d6e220a2020202020202020202020202020202020206578706f727465723d224b616b656861736869202868616e642d7772697474656e2922206578706f7274657256657273696f6e3d2235223e0a20203c62706d6e3a6d6573736167652069643d22726571756573746572416e7377657265644d65737361676522206e616d653d22726571756573746572416e737765726564222f3e0a20203c62706d6e3a6d6573736167652069643d227265717565737443616e63656c6c65644d65737361676522206e616d653d227265717565737443616e63656c6c6564222f3e0a20203c62706d6e3a6d6573736167652069643d2264656c697665727952656365697665644d65737361676522206e616d653d2264656c69766572795265636569766564222f3e0a0a20203c62706d6e3a70726f636573732069643d227472616e736c6174696f6e5265717565737422206e616d653d225472616e736c6174696f6e20726571756573742220697345786563757461626c653d2274727565220a2020202020202020202020202020202063616d756e64613a686973746f727954696d65546f4c6976653d2231383235223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e41207472616e736c6174696f6e20726571756573742066726f6d207375626d697373696f6e20746f2064656c69766572792e2054686520627573696e657373206b6579206973207468652072657175657374206e756d6265723b0a2020202020204b616b6568617368692773206f776e207461626c657320686f6c6420746865207265717565737420616e64206974732074696d656c696e652c207468652070726f63657373206f6e6c79206d6f766573206974206f6e2e3c2f62706d6e3a646f63756d656e746174696f6e3e0a0a202020203c62706d6e3a73746172744576656e742069643d22726571756573745375626d697474656422206e616d653d2252657175657374207375626d6974746564223e0a2020202020203c62706d6e3a6f7574676f696e673e7375626d6974746564546f5472696167653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22747269616765526f756e6422206e616d653d2254726961676520726f756e64223e0a2020202020203c62706d6e3a696e636f6d696e673e7375626d6974746564546f5472696167653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a696e636f6d696e673e616e7377657265643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e726f756e64546f5472696167653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a202020203c62706d6e3a757365725461736b2069643d227472696167655265717565737422206e616d653d225472696167652072657175657374222063616d756e64613a63616e64696461746547726f7570733d22636f6f7264696e61746f72220a2020202020202020202020202020202020202063616d756e64613a647565446174653d22247b646561646c696e65732e7472696167654475657d223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b72656d696e6441737369676e65657d22206576656e743d2274696d656f7574222069643d2274726961676552656d696e646572223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d2274726961676552656d696e64657254696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e74726961676552656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b657363616c6174654f7665726475655461736b7d22206576656e743d2274696d656f7574222069643d227472696167654f766572647565223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227472696167654f76657264756554696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7472696167654475657d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e726f756e64546f5472696167653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e747269616765546f4465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a0a202020203c62706d6e3a6578636c7573697665476174657761792069643d227472696167654465636973696f6e22206e616d653d2241636365707465643f223e0a2020202020203c62706d6e3a696e636f6d696e673e747269616765546f4465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e61636365707465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e72656a65637465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e61736b65644261636b3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a202020203c62706d6e3a656e644576656e742069643d227265717565737452656a656374656422206e616d653d22526571756573742072656a6563746564223e0a2020202020203c62706d6e3a696e636f6d696e673e72656a65637465643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c62706d6e3a726563656976655461736b2069643d226177616974416e7377657222206e616d653d2241776169742074686520726571756573746572277320616e7377657222206d6573736167655265663d22726571756573746572416e7377657265644d657373616765223e0a2020202020203c62706d6e3a696e636f6d696e673e61736b65644261636b3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e616e7377657265643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a726563656976655461736b3e0a0a202020203c62706d6e3a626f756e646172794576656e742069643d22616e7377657252656d696e64657244756522206e616d653d2252656d696e6465722064756522206174746163686564546f5265663d226177616974416e73776572220a20202020202020202020202020202020202020202020202063616e63656c41637469766974793d2266616c7365223e0a2020202020203c62706d6e3a6f7574676f696e673e72656d696e646572546f52656d696e643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22616e7377657252656d696e64657254696d6572223e0a20202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e616e7377657252656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a0a202020203c62706d6e3a736572766963655461736b2069643d2272656d696e6452657175657374657222206e616d653d2252656d696e642074686520726571756573746572220a2020202020202020202020202020202020202020202063616d756e64613a6173796e634265666f72653d2274727565222063616d756e64613a64656c656761746545787072657373696f6e3d22247b72656d696e645265717565737465727d223e0a2020202020203c62706d6e3a696e636f6d696e673e72656d696e646572546f52656d696e643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e72656d696e646564546f456e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a0a202020203c62706d6e3a656e644576656e742069643d2272657175657374657252656d696e64656422206e616d653d225265717565737465722072656d696e646564223e0a2020202020203c62706d6e3a696e636f6d696e673e72656d696e646564546f456e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c62706d6e3a626f756e646172794576656e742069643d22616e737765724f76657264756522206e616d653d224e6f20616e7377657220696e2074696d6522206174746163686564546f5265663d226177616974416e73776572223e0a2020202020203c62706d6e3a6f7574676f696e673e6f766572647565546f4c617073653c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22616e737765724f76657264756554696d6572223e0a20202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e616e737765724c617073657d3c2f62706d6e3a74696d654475726174696f6e3e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a0a202020203c62706d6e3a736572766963655461736b2069643d226c617073655265717565737422206e616d653d224c61707365207468652072657175657374220a2020202020202020202020202020202020202020202063616d756e64613a6173796e634265666f72653d2274727565222063616d756e64613a64656c656761746545787072657373696f6e3d22247b6c61707365526571756573747d223e0a2020202020203c62706d6e3a696e636f6d696e673e6f766572647565546f4c617073653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6c6170736564546f456e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a0a202020203c62706d6e3a656e644576656e742069643d22726571756573744c617073656422206e616d653d2252657175657374206c6170736564223e0a2020202020203c62706d6e3a696e636f6d696e673e6c6170736564546f456e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c212d2d206f6e6520696e7374616e63652070657220746172676574206c616e67756167652c207369646520627920736964653b2065616368206b6565707320697473206f776e20726f7574696e672c207472616e736c61746f7220616e642076657264696374202d2d3e0a202020203c62706d6e3a73756250726f636573732069643d227472616e736c6174696f6e4a6f6222206e616d653d225472616e736c6174696f6e206a6f62223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c63616d756e64613a696e7075744f75747075743e0a202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d227472616e736c61746f7247726f7570222f3e0a202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d22726576696577657247726f7570222f3e0a202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d22726576696577657273222f3e0a202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d227472616e736c61746f72222f3e0a202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d22726576696577222f3e0a20202020202020203c2f63616d756e64613a696e7075744f75747075743e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e61636365707465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6a6f6273546f44656c69766572793c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6d756c7469496e7374616e63654c6f6f704368617261637465726973746963732063616d756e64613a636f6c6c656374696f6e3d22247b6a6f62546172676574732e6f6628657865637574696f6e2e70726f63657373427573696e6573734b6579297d220a20202020202020202020202020202020202020202020202020202020202020202020202020202020202020202063616d756e64613a656c656d656e745661726961626c653d22746172676574222f3e0a0a2020202020203c62706d6e3a73746172744576656e742069643d226a6f625374617274656422206e616d653d224a6f622073746172746564223e0a20202020202020203c62706d6e3a6f7574676f696e673e73746172746564546f526f7574696e673c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a73746172744576656e743e0a0a2020202020203c62706d6e3a627573696e65737352756c655461736b2069643d22726f7574654a6f6222206e616d653d22526f75746520746865206a6f62222063616d756e64613a6465636973696f6e5265663d226a6f62526f7574696e67220a202020202020202020202020202020202020202020202020202020202063616d756e64613a6d61704465636973696f6e526573756c743d2273696e676c65526573756c74222063616d756e64613a726573756c745661726961626c653d22726f757465223e0a20202020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a202020202020202020203c63616d756e64613a696e7075744f75747075743e0a2020202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d22726f757465222f3e0a2020202020202020202020203c63616d756e64613a6f7574707574506172616d65746572206e616d653d227472616e736c61746f7247726f7570223e247b726f7574652e7472616e736c61746f7247726f75707d3c2f63616d756e64613a6f7574707574506172616d657465723e0a2020202020202020202020203c63616d756e64613a6f7574707574506172616d65746572206e616d653d22726576696577657247726f7570223e247b726f7574652e726576696577657247726f75707d3c2f63616d756e64613a6f7574707574506172616d657465723e0a202020202020202020203c2f63616d756e64613a696e7075744f75747075743e0a20202020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c62706d6e3a696e636f6d696e673e73746172746564546f526f7574696e673c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e726f75746564546f5265636f72643c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a627573696e65737352756c655461736b3e0a0a2020202020203c62706d6e3a736572766963655461736b2069643d227265636f7264526f75746522206e616d653d225265636f72642074686520726f757465222063616d756e64613a64656c656761746545787072657373696f6e3d22247b7265636f7264526f7574657d223e0a20202020202020203c62706d6e3a696e636f6d696e673e726f75746564546f5265636f72643c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e7265636f72646564546f4b696e643c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a736572766963655461736b3e0a0a2020202020203c62706d6e3a6578636c7573697665476174657761792069643d226a6f624b696e6422206e616d653d225472616e736c617465206f7220636865636b3f223e0a20202020202020203c62706d6e3a696e636f6d696e673e7265636f72646564546f4b696e643c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e746f5472616e736c6174653c2f62706d6e3a6f7574676f696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e746f436865636b3c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a2020202020203c62706d6e3a6578636c7573697665476174657761792069643d227472616e736c6174696f6e526f756e6422206e616d653d225472616e736c6174696f6e20726f756e64223e0a20202020202020203c62706d6e3a696e636f6d696e673e746f5472616e736c6174653c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a696e636f6d696e673e6368616e6765735265717565737465643c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e726f756e64546f5472616e736c6174696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a2020202020203c212d2d2074686520666972737420726f756e6420676f657320746f2074686520726f757465642067726f75703b206120726f756e64206f66206368616e67657320676f6573206261636b20746f20746865207472616e736c61746f72202d2d3e0a2020202020203c62706d6e3a757365725461736b2069643d227472616e736c6174655265717565737422206e616d653d225472616e736c617465222063616d756e64613a63616e64696461746547726f7570733d22247b7472616e736c61746f7247726f75707d220a20202020202020202020202020202020202020202063616d756e64613a61737369676e65653d22247b7472616e736c61746f727d222063616d756e64613a647565446174653d22247b646561646c696e65732e7472616e736c6174696f6e4475657d223e0a20202020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a202020202020202020203c212d2d20746865206a6f62277320746172676574206c616e6775616765206f6e20746865207461736b2773206f776e20657865637574696f6e2c20776865726520746865207461736b206c697374207265616473206974207769746820746865207461736b202d2d3e0a202020202020202020203c63616d756e64613a696e7075744f75747075743e0a2020202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d22746172676574223e247b7461726765747d3c2f63616d756e64613a696e707574506172616d657465723e0a202020202020202020203c2f63616d756e64613a696e7075744f75747075743e0a202020202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b72656d696e6441737369676e65657d22206576656e743d2274696d656f7574222069643d227472616e736c6174696f6e52656d696e646572223e0a2020202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227472616e736c6174696f6e52656d696e64657254696d6572223e0a20202020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7472616e736c6174696f6e52656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a2020202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a202020202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b657363616c6174654f7665726475655461736b7d22206576656e743d2274696d656f7574222069643d227472616e736c6174696f6e4f766572647565223e0a2020202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227472616e736c6174696f6e4f76657264756554696d6572223e0a20202020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7472616e736c6174696f6e4475657d3c2f62706d6e3a74696d654475726174696f6e3e0a2020202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a20202020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c62706d6e3a696e636f6d696e673e726f756e64546f5472616e736c6174696f6e3c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e7472616e736c61746564546f5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a757365725461736b3e0a0a2020202020203c62706d6e3a6578636c7573697665476174657761792069643d22726576696577526f756e6422206e616d653d2252657669657720726f756e64223e0a20202020202020203c62706d6e3a696e636f6d696e673e7472616e736c61746564546f5265766965773c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a696e636f6d696e673e746f436865636b3c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e726f756e64546f5265766965776572733c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a2020202020203c212d2d2074686520726f757465642067726f75702c20756e6c657373206e6f626f647920696e20697420636f7665727320746865207061697220776974686f7574206265696e6720746865207472616e736c61746f72202d2d3e0a2020202020203c62706d6e3a736572766963655461736b2069643d2263686f6f736552657669657765727322206e616d653d2243686f6f73652074686520726576696577657273220a20202020202020202020202020202020202020202020202063616d756e64613a64656c656761746545787072657373696f6e3d22247b63686f6f73655265766965776572737d223e0a20202020202020203c62706d6e3a696e636f6d696e673e726f756e64546f5265766965776572733c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e63686f73656e546f5265766965773c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a736572766963655461736b3e0a0a2020202020203c62706d6e3a757365725461736b2069643d227265766965775472616e736c6174696f6e22206e616d653d22526576696577207472616e736c6174696f6e222063616d756e64613a63616e64696461746547726f7570733d22247b7265766965776572737d220a20202020202020202020202020202020202020202063616d756e64613a647565446174653d22247b646561646c696e65732e7265766965774475657d223e0a20202020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a202020202020202020203c212d2d20746865206a6f62277320746172676574206c616e6775616765206f6e20746865207461736b2773206f776e20657865637574696f6e2c20776865726520746865207461736b206c697374207265616473206974207769746820746865207461736b202d2d3e0a202020202020202020203c63616d756e64613a696e7075744f75747075743e0a2020202020202020202020203c63616d756e64613a696e707574506172616d65746572206e616d653d22746172676574223e247b7461726765747d3c2f63616d756e64613a696e707574506172616d657465723e0a202020202020202020203c2f63616d756e64613a696e7075744f75747075743e0a202020202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b72656d696e6441737369676e65657d22206576656e743d2274696d656f7574222069643d2272657669657752656d696e646572223e0a2020202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d2272657669657752656d696e64657254696d6572223e0a20202020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e72657669657752656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a2020202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a202020202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b657363616c6174654f7665726475655461736b7d22206576656e743d2274696d656f7574222069643d227265766965774f766572647565223e0a2020202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227265766965774f76657264756554696d6572223e0a20202020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7265766965774475657d3c2f62706d6e3a74696d654475726174696f6e3e0a2020202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a20202020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c62706d6e3a696e636f6d696e673e63686f73656e546f5265766965773c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e726576696577546f4465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a757365725461736b3e0a0a2020202020203c62706d6e3a6578636c7573697665476174657761792069643d227265766965774465636973696f6e22206e616d653d22417070726f7665643f223e0a20202020202020203c62706d6e3a696e636f6d696e673e726576696577546f4465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e617070726f7665643c2f62706d6e3a6f7574676f696e673e0a20202020202020203c62706d6e3a6f7574676f696e673e6368616e6765735265717565737465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a2020202020203c62706d6e3a656e644576656e742069643d226a6f62526561647922206e616d653d224a6f62207265616479223e0a20202020202020203c62706d6e3a696e636f6d696e673e617070726f7665643c2f62706d6e3a696e636f6d696e673e0a2020202020203c2f62706d6e3a656e644576656e743e0a0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d2273746172746564546f526f7574696e672220736f757263655265663d226a6f625374617274656422207461726765745265663d22726f7574654a6f62222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22726f75746564546f5265636f72642220736f757263655265663d22726f7574654a6f6222207461726765745265663d227265636f7264526f757465222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d227265636f72646564546f4b696e642220736f757263655265663d227265636f7264526f75746522207461726765745265663d226a6f624b696e64222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22746f5472616e736c61746522206e616d653d227472616e736c6174696f6e2220736f757263655265663d226a6f624b696e6422207461726765745265663d227472616e736c6174696f6e526f756e64223e0a20202020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b7265717565737454797065203d3d20275452414e534c4154494f4e277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a2020202020203c2f62706d6e3a73657175656e6365466c6f773e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22746f436865636b22206e616d653d22636865636b2220736f757263655265663d226a6f624b696e6422207461726765745265663d22726576696577526f756e64223e0a20202020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b7265717565737454797065203d3d2027434845434b494e47277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a2020202020203c2f62706d6e3a73657175656e6365466c6f773e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22726f756e64546f5472616e736c6174696f6e2220736f757263655265663d227472616e736c6174696f6e526f756e6422207461726765745265663d227472616e736c61746552657175657374222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d227472616e736c61746564546f5265766965772220736f757263655265663d227472616e736c6174655265717565737422207461726765745265663d22726576696577526f756e64222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22726f756e64546f5265766965776572732220736f757263655265663d22726576696577526f756e6422207461726765745265663d2263686f6f7365526576696577657273222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d2263686f73656e546f5265766965772220736f757263655265663d2263686f6f736552657669657765727322207461726765745265663d227265766965775472616e736c6174696f6e222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22726576696577546f4465636973696f6e2220736f757263655265663d227265766965775472616e736c6174696f6e22207461726765745265663d227265766965774465636973696f6e222f3e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22617070726f76656422206e616d653d22617070726f76652220736f757263655265663d227265766965774465636973696f6e22207461726765745265663d226a6f625265616479223e0a20202020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726576696577203d3d2027617070726f7665277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a2020202020203c2f62706d6e3a73657175656e6365466c6f773e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d226368616e67657352657175657374656422206e616d653d226368616e676573207265717565737465642220736f757263655265663d227265766965774465636973696f6e220a202020202020202020202020202020202020202020202020207461726765745265663d227472616e736c6174696f6e526f756e64223e0a20202020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b726576696577203d3d20276368616e676573277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a2020202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c2f62706d6e3a73756250726f636573733e0a0a202020203c62706d6e3a736572766963655461736b2069643d2264656c697665725472616e736c6174696f6e22206e616d653d2244656c69766572207472616e736c6174696f6e220a2020202020202020202020202020202020202020202063616d756e64613a6173796e634265666f72653d2274727565222063616d756e64613a64656c656761746545787072657373696f6e3d22247b64656c697665725472616e736c6174696f6e7d223e0a2020202020203c62706d6e3a696e636f6d696e673e6a6f6273546f44656c69766572793c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e64656c697665726564546f506172746e6572733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22706172746e65727343686f73656e22206e616d653d22416c736f20746f20706172746e6572733f223e0a2020202020203c62706d6e3a696e636f6d696e673e64656c697665726564546f506172746e6572733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6e6f506172746e6572733c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e746f506172746e6572733c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a202020203c62706d6e3a656e644576656e742069643d227265717565737444656c69766572656422206e616d653d22526571756573742064656c697665726564223e0a2020202020203c62706d6e3a696e636f6d696e673e6e6f506172746e6572733c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c212d2d20746865207365616d20666f72207468652064656c697665727920666561747572653a20706172746e65727320636f6e6669726d20726563656970742c20746865206c61737420636f6e6669726d6174696f6e20656e6473207468652077616974202d2d3e0a202020203c62706d6e3a726563656976655461736b2069643d226177616974506172746e65725265636569707422206e616d653d2241776169742074686520706172746e65727327207265636569707422206d6573736167655265663d2264656c697665727952656365697665644d657373616765223e0a2020202020203c62706d6e3a696e636f6d696e673e746f506172746e6572733c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265636569766564546f456e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a726563656976655461736b3e0a0a202020203c62706d6e3a626f756e646172794576656e742069643d227265636569707452656d696e64657244756522206e616d653d224e6f20726563656970742079657422206174746163686564546f5265663d226177616974506172746e657252656365697074220a20202020202020202020202020202020202020202020202063616e63656c41637469766974793d2266616c7365223e0a2020202020203c62706d6e3a6f7574676f696e673e7265636569707452656d696e646572546f52656d696e643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227265636569707452656d696e64657254696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706172746e657252656d696e646572732e647565417428657865637574696f6e297d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a626f756e646172794576656e743e0a0a202020203c62706d6e3a736572766963655461736b2069643d2272656d696e64506172746e65727322206e616d653d2252656d696e642074686520706172746e657273220a2020202020202020202020202020202020202020202063616d756e64613a6173796e634265666f72653d2274727565222063616d756e64613a64656c656761746545787072657373696f6e3d22247b72656d696e64506172746e6572737d223e0a2020202020203c62706d6e3a696e636f6d696e673e7265636569707452656d696e646572546f52656d696e643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e706172746e65727352656d696e646564546f456e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a0a202020203c62706d6e3a656e644576656e742069643d22706172746e65727352656d696e64656422206e616d653d22506172746e6572732072656d696e646564223e0a2020202020203c62706d6e3a696e636f6d696e673e706172746e65727352656d696e646564546f456e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c62706d6e3a656e644576656e742069643d2272656365697074436f6e6669726d656422206e616d653d225265636569707420636f6e6669726d6564223e0a2020202020203c62706d6e3a696e636f6d696e673e7265636569766564546f456e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c212d2d2074686520726571756573746572207769746864726177732074686520726571756573743a2074686520646f6d61696e207265636f7264732069742c207468652070726f63657373206a7573742073746f7073207768657265766572206974206973202d2d3e0a202020203c62706d6e3a73756250726f636573732069643d2263616e63656c6c6174696f6e22206e616d653d2243616e63656c6c6174696f6e222074726967676572656442794576656e743d2274727565223e0a2020202020203c62706d6e3a73746172744576656e742069643d227265717565737443616e63656c6c656422206e616d653d22526571756573742063616e63656c6c6564223e0a20202020202020203c62706d6e3a6f7574676f696e673e63616e63656c6c6564546f456e643c2f62706d6e3a6f7574676f696e673e0a20202020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d227265717565737443616e63656c6c65645472696767657222206d6573736167655265663d227265717565737443616e63656c6c65644d657373616765222f3e0a2020202020203c2f62706d6e3a73746172744576656e743e0a2020202020203c62706d6e3a656e644576656e742069643d227265717565737457697468647261776e22206e616d653d22526571756573742077697468647261776e223e0a20202020202020203c62706d6e3a696e636f6d696e673e63616e63656c6c6564546f456e643c2f62706d6e3a696e636f6d696e673e0a2020202020203c2f62706d6e3a656e644576656e743e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d2263616e63656c6c6564546f456e642220736f757263655265663d227265717565737443616e63656c6c656422207461726765745265663d227265717565737457697468647261776e222f3e0a202020203c2f62706d6e3a73756250726f636573733e0a0a202020203c62706d6e3a73657175656e6365466c6f772069643d227375626d6974746564546f5472696167652220736f757263655265663d22726571756573745375626d697474656422207461726765745265663d22747269616765526f756e64222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22726f756e64546f5472696167652220736f757263655265663d22747269616765526f756e6422207461726765745265663d2274726961676552657175657374222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22747269616765546f4465636973696f6e2220736f757263655265663d227472696167655265717565737422207461726765745265663d227472696167654465636973696f6e222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22616363657074656422206e616d653d226163636570742220736f757263655265663d227472696167654465636973696f6e22207461726765745265663d227472616e736c6174696f6e4a6f62223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b747269616765203d3d2027616363657074277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2272656a656374656422206e616d653d2272656a6563742220736f757263655265663d227472696167654465636973696f6e22207461726765745265663d227265717565737452656a6563746564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b747269616765203d3d202772656a656374277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2261736b65644261636b22206e616d653d2261736b206261636b2220736f757263655265663d227472696167654465636973696f6e22207461726765745265663d226177616974416e73776572223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b747269616765203d3d202761736b277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22616e7377657265642220736f757263655265663d226177616974416e7377657222207461726765745265663d22747269616765526f756e64222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2272656d696e646572546f52656d696e642220736f757263655265663d22616e7377657252656d696e64657244756522207461726765745265663d2272656d696e64526571756573746572222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2272656d696e646564546f456e642220736f757263655265663d2272656d696e6452657175657374657222207461726765745265663d2272657175657374657252656d696e646564222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f766572647565546f4c617073652220736f757263655265663d22616e737765724f76657264756522207461726765745265663d226c6170736552657175657374222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226c6170736564546f456e642220736f757263655265663d226c617073655265717565737422207461726765745265663d22726571756573744c6170736564222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226a6f6273546f44656c69766572792220736f757263655265663d227472616e736c6174696f6e4a6f6222207461726765745265663d2264656c697665725472616e736c6174696f6e222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2264656c697665726564546f506172746e6572732220736f757263655265663d2264656c697665725472616e736c6174696f6e22207461726765745265663d22706172746e65727343686f73656e222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226e6f506172746e65727322206e616d653d226e6f20706172746e6572732220736f757263655265663d22706172746e65727343686f73656e22207461726765745265663d227265717565737444656c697665726564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706172746e6572436f756e74203d3d20307d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22746f506172746e65727322206e616d653d22706172746e6572732220736f757263655265663d22706172746e65727343686f73656e22207461726765745265663d226177616974506172746e657252656365697074223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b706172746e6572436f756e74202667743b20307d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265636569766564546f456e642220736f757263655265663d226177616974506172746e65725265636569707422207461726765745265663d2272656365697074436f6e6669726d6564222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265636569707452656d696e646572546f52656d696e642220736f757263655265663d227265636569707452656d696e64657244756522207461726765745265663d2272656d696e64506172746e657273222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22706172746e65727352656d696e646564546f456e642220736f757263655265663d2272656d696e64506172746e65727322207461726765745265663d22706172746e65727352656d696e646564222f3e0a20203c2f62706d6e3a70726f636573733e0a0a20203c62706d6e64693a42504d4e4469616772616d2069643d227472616e736c6174696f6e526571756573744469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d227472616e736c6174696f6e52657175657374506c616e65222062706d6e456c656d656e743d227472616e736c6174696f6e52657175657374223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726571756573745375626d69747465645f6469222062706d6e456c656d656e743d22726571756573745375626d6974746564223e0a20202020202020203c64633a426f756e647320783d223135322220793d22333532222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22747269616765526f756e645f6469222062706d6e456c656d656e743d22747269616765526f756e64222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223232352220793d22333435222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22747269616765526571756573745f6469222062706d6e456c656d656e743d2274726961676552657175657374223e0a20202020202020203c64633a426f756e647320783d223331302220793d22333330222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227472696167654465636973696f6e5f6469222062706d6e456c656d656e743d227472696167654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223435352220793d22333435222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265717565737452656a65637465645f6469222062706d6e456c656d656e743d227265717565737452656a6563746564223e0a20202020202020203c64633a426f756e647320783d223436322220793d22343732222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226177616974416e737765725f6469222062706d6e456c656d656e743d226177616974416e73776572223e0a20202020202020203c64633a426f756e647320783d223433302220793d22323030222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22616e7377657252656d696e6465724475655f6469222062706d6e456c656d656e743d22616e7377657252656d696e646572447565223e0a20202020202020203c64633a426f756e647320783d223439372220793d22313832222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656d696e645265717565737465725f6469222062706d6e456c656d656e743d2272656d696e64526571756573746572223e0a20202020202020203c64633a426f756e647320783d223536302220793d223830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272657175657374657252656d696e6465645f6469222062706d6e456c656d656e743d2272657175657374657252656d696e646564223e0a20202020202020203c64633a426f756e647320783d223731322220793d22313032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22616e737765724f7665726475655f6469222062706d6e456c656d656e743d22616e737765724f766572647565223e0a20202020202020203c64633a426f756e647320783d223433322220793d22313832222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226c61707365526571756573745f6469222062706d6e456c656d656e743d226c6170736552657175657374223e0a20202020202020203c64633a426f756e647320783d223330302220793d223830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726571756573744c61707365645f6469222062706d6e456c656d656e743d22726571756573744c6170736564223e0a20202020202020203c64633a426f756e647320783d223231322220793d22313032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227472616e736c6174696f6e4a6f625f6469222062706d6e456c656d656e743d227472616e736c6174696f6e4a6f6222206973457870616e6465643d2274727565223e0a20202020202020203c64633a426f756e647320783d223534302220793d22323430222077696474683d223131383022206865696768743d22333030222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226a6f62537461727465645f6469222062706d6e456c656d656e743d226a6f6253746172746564223e0a20202020202020203c64633a426f756e647320783d223537322220793d22333732222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726f7574654a6f625f6469222062706d6e456c656d656e743d22726f7574654a6f62223e0a20202020202020203c64633a426f756e647320783d223634302220793d22333530222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265636f7264526f7574655f6469222062706d6e456c656d656e743d227265636f7264526f757465223e0a20202020202020203c64633a426f756e647320783d223737352220793d22333530222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226a6f624b696e645f6469222062706d6e456c656d656e743d226a6f624b696e64222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223931352220793d22333635222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227472616e736c6174696f6e526f756e645f6469222062706d6e456c656d656e743d227472616e736c6174696f6e526f756e64222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223939352220793d22333635222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227472616e736c617465526571756573745f6469222062706d6e456c656d656e743d227472616e736c61746552657175657374223e0a20202020202020203c64633a426f756e647320783d22313037352220793d22333530222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22726576696577526f756e645f6469222062706d6e456c656d656e743d22726576696577526f756e64222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313231302220793d22333635222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2263686f6f73655265766965776572735f6469222062706d6e456c656d656e743d2263686f6f7365526576696577657273223e0a20202020202020203c64633a426f756e647320783d22313239302220793d22333530222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265766965775472616e736c6174696f6e5f6469222062706d6e456c656d656e743d227265766965775472616e736c6174696f6e223e0a20202020202020203c64633a426f756e647320783d22313432352220793d22333530222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265766965774465636973696f6e5f6469222062706d6e456c656d656e743d227265766965774465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313536352220793d22333635222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226a6f6252656164795f6469222062706d6e456c656d656e743d226a6f625265616479223e0a20202020202020203c64633a426f756e647320783d22313635322220793d22333732222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2264656c697665725472616e736c6174696f6e5f6469222062706d6e456c656d656e743d2264656c697665725472616e736c6174696f6e223e0a20202020202020203c64633a426f756e647320783d22313736302220793d22333530222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22706172746e65727343686f73656e5f6469222062706d6e456c656d656e743d22706172746e65727343686f73656e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d22313930352220793d22333635222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265717565737444656c6976657265645f6469222062706d6e456c656d656e743d227265717565737444656c697665726564223e0a20202020202020203c64633a426f756e647320783d22323030322220793d22333732222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226177616974506172746e6572526563656970745f6469222062706d6e456c656d656e743d226177616974506172746e657252656365697074223e0a20202020202020203c64633a426f756e647320783d22313838302220793d22343830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656365697074436f6e6669726d65645f6469222062706d6e456c656d656e743d2272656365697074436f6e6669726d6564223e0a20202020202020203c64633a426f756e647320783d22323033322220793d22353032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265636569707452656d696e6465724475655f6469222062706d6e456c656d656e743d227265636569707452656d696e646572447565223e0a20202020202020203c64633a426f756e647320783d22313931322220793d22353432222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656d696e64506172746e6572735f6469222062706d6e456c656d656e743d2272656d696e64506172746e657273223e0a20202020202020203c64633a426f756e647320783d22313838302220793d22363030222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22706172746e65727352656d696e6465645f6469222062706d6e456c656d656e743d22706172746e65727352656d696e646564223e0a20202020202020203c64633a426f756e647320783d22323033322220793d22363232222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2263616e63656c6c6174696f6e5f6469222062706d6e456c656d656e743d2263616e63656c6c6174696f6e22206973457870616e6465643d2274727565223e0a20202020202020203c64633a426f756e647320783d223331302220793d22353630222077696474683d2233303022206865696768743d22313430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265717565737443616e63656c6c65645f6469222062706d6e456c656d656e743d227265717565737443616e63656c6c6564223e0a20202020202020203c64633a426f756e647320783d223335322220793d22363132222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265717565737457697468647261776e5f6469222062706d6e456c656d656e743d227265717565737457697468647261776e223e0a20202020202020203c64633a426f756e647320783d223531322220793d22363132222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2263616e63656c6c6564546f456e645f6469222062706d6e456c656d656e743d2263616e63656c6c6564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d223338382220793d22363330222f3e0a20202020202020203c64693a776179706f696e7420783d223531322220793d22363330222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227375626d6974746564546f5472696167655f6469222062706d6e456c656d656e743d227375626d6974746564546f547269616765223e0a20202020202020203c64693a776179706f696e7420783d223138382220793d22333730222f3e0a20202020202020203c64693a776179706f696e7420783d223232352220793d22333730222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726f756e64546f5472696167655f6469222062706d6e456c656d656e743d22726f756e64546f547269616765223e0a20202020202020203c64693a776179706f696e7420783d223237352220793d22333730222f3e0a20202020202020203c64693a776179706f696e7420783d223331302220793d22333730222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22747269616765546f4465636973696f6e5f6469222062706d6e456c656d656e743d22747269616765546f4465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d223431302220793d22333730222f3e0a20202020202020203c64693a776179706f696e7420783d223435352220793d22333730222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2272656a65637465645f6469222062706d6e456c656d656e743d2272656a6563746564223e0a20202020202020203c64693a776179706f696e7420783d223438302220793d22333935222f3e0a20202020202020203c64693a776179706f696e7420783d223438302220793d22343732222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2261736b65644261636b5f6469222062706d6e456c656d656e743d2261736b65644261636b223e0a20202020202020203c64693a776179706f696e7420783d223438302220793d22333435222f3e0a20202020202020203c64693a776179706f696e7420783d223438302220793d22323830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22616e7377657265645f6469222062706d6e456c656d656e743d22616e737765726564223e0a20202020202020203c64693a776179706f696e7420783d223433302220793d22323430222f3e0a20202020202020203c64693a776179706f696e7420783d223235302220793d22323430222f3e0a20202020202020203c64693a776179706f696e7420783d223235302220793d22333435222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2272656d696e646572546f52656d696e645f6469222062706d6e456c656d656e743d2272656d696e646572546f52656d696e64223e0a20202020202020203c64693a776179706f696e7420783d223531352220793d22313832222f3e0a20202020202020203c64693a776179706f696e7420783d223531352220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223536302220793d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2272656d696e646564546f456e645f6469222062706d6e456c656d656e743d2272656d696e646564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d223636302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223731322220793d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f766572647565546f4c617073655f6469222062706d6e456c656d656e743d226f766572647565546f4c61707365223e0a20202020202020203c64693a776179706f696e7420783d223435302220793d22313832222f3e0a20202020202020203c64693a776179706f696e7420783d223435302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223430302220793d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226c6170736564546f456e645f6469222062706d6e456c656d656e743d226c6170736564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d223330302220793d22313230222f3e0a20202020202020203c64693a776179706f696e7420783d223234382220793d22313230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2261636365707465645f6469222062706d6e456c656d656e743d226163636570746564223e0a20202020202020203c64693a776179706f696e7420783d223530352220793d22333730222f3e0a20202020202020203c64693a776179706f696e7420783d223534302220793d22333730222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2273746172746564546f526f7574696e675f6469222062706d6e456c656d656e743d2273746172746564546f526f7574696e67223e0a20202020202020203c64693a776179706f696e7420783d223630382220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d223634302220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726f75746564546f5265636f72645f6469222062706d6e456c656d656e743d22726f75746564546f5265636f7264223e0a20202020202020203c64693a776179706f696e7420783d223734302220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d223737352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265636f72646564546f4b696e645f6469222062706d6e456c656d656e743d227265636f72646564546f4b696e64223e0a20202020202020203c64693a776179706f696e7420783d223837352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d223931352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f5472616e736c6174655f6469222062706d6e456c656d656e743d22746f5472616e736c617465223e0a20202020202020203c64693a776179706f696e7420783d223936352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d223939352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f436865636b5f6469222062706d6e456c656d656e743d22746f436865636b223e0a20202020202020203c64693a776179706f696e7420783d223934302220793d22343135222f3e0a20202020202020203c64693a776179706f696e7420783d223934302220793d22343930222f3e0a20202020202020203c64693a776179706f696e7420783d22313233352220793d22343930222f3e0a20202020202020203c64693a776179706f696e7420783d22313233352220793d22343135222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726f756e64546f5472616e736c6174696f6e5f6469222062706d6e456c656d656e743d22726f756e64546f5472616e736c6174696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313034352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313037352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227472616e736c61746564546f5265766965775f6469222062706d6e456c656d656e743d227472616e736c61746564546f526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313137352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313231302220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726f756e64546f5265766965776572735f6469222062706d6e456c656d656e743d22726f756e64546f526576696577657273223e0a20202020202020203c64693a776179706f696e7420783d22313236302220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313239302220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2263686f73656e546f5265766965775f6469222062706d6e456c656d656e743d2263686f73656e546f526576696577223e0a20202020202020203c64693a776179706f696e7420783d22313339302220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313432352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22726576696577546f4465636973696f6e5f6469222062706d6e456c656d656e743d22726576696577546f4465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d22313532352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313536352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22617070726f7665645f6469222062706d6e456c656d656e743d22617070726f766564223e0a20202020202020203c64693a776179706f696e7420783d22313631352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313635322220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226368616e6765735265717565737465645f6469222062706d6e456c656d656e743d226368616e676573526571756573746564223e0a20202020202020203c64693a776179706f696e7420783d22313539302220793d22333635222f3e0a20202020202020203c64693a776179706f696e7420783d22313539302220793d22323930222f3e0a20202020202020203c64693a776179706f696e7420783d22313032302220793d22323930222f3e0a20202020202020203c64693a776179706f696e7420783d22313032302220793d22333635222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226a6f6273546f44656c69766572795f6469222062706d6e456c656d656e743d226a6f6273546f44656c6976657279223e0a20202020202020203c64693a776179706f696e7420783d22313732302220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313736302220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2264656c697665726564546f506172746e6572735f6469222062706d6e456c656d656e743d2264656c697665726564546f506172746e657273223e0a20202020202020203c64693a776179706f696e7420783d22313836302220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22313930352220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226e6f506172746e6572735f6469222062706d6e456c656d656e743d226e6f506172746e657273223e0a20202020202020203c64693a776179706f696e7420783d22313935352220793d22333930222f3e0a20202020202020203c64693a776179706f696e7420783d22323030322220793d22333930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22746f506172746e6572735f6469222062706d6e456c656d656e743d22746f506172746e657273223e0a20202020202020203c64693a776179706f696e7420783d22313933302220793d22343135222f3e0a20202020202020203c64693a776179706f696e7420783d22313933302220793d22343830222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265636569766564546f456e645f6469222062706d6e456c656d656e743d227265636569766564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d22313938302220793d22353230222f3e0a20202020202020203c64693a776179706f696e7420783d22323033322220793d22353230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265636569707452656d696e646572546f52656d696e645f6469222062706d6e456c656d656e743d227265636569707452656d696e646572546f52656d696e64223e0a20202020202020203c64693a776179706f696e7420783d22313933302220793d22353738222f3e0a20202020202020203c64693a776179706f696e7420783d22313933302220793d22363030222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22706172746e65727352656d696e646564546f456e645f6469222062706d6e456c656d656e743d22706172746e65727352656d696e646564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d22313938302220793d22363430222f3e0a20202020202020203c64693a776179706f696e7420783d22323033322220793d22363430222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-12-03 15:14:06.586', NULL, NULL);
INSERT INTO public.act_ge_bytearray VALUES ('2eac9e82-ef2c-11f1-bdb6-02fc00000001', 1, 'bpmn/interpretation-request.bpmn', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', '\x3c3f786d6c2076657273696f6e3d22312e302220656e636f64696e673d225554462d38223f3e0a3c62706d6e3a646566696e6974696f6e7320786d6c6e733a62706d6e3d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4d4f44454c220a202020202020202020202020202020202020786d6c6e733a62706d6e64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f42504d4e2f32303130303532342f4449220a202020202020202020202020202020202020786d6c6e733a64633d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4443220a202020202020202020202020202020202020786d6c6e733a64693d22687474703a2f2f7777772e6f6d672e6f72672f737065632f44442f32303130303532342f4449220a202020202020202020202020202020202020786d6c6e733a63616d756e64613d22687474703a2f2f63616d756e64612e6f72672f736368656d612f312e302f62706d6e220a202020202020202020202020202020202020786d6c6e733a7873693d22687474703a2f2f7777772e77332e6f72672f323030312f584d4c536368656d612d696e7374616e6365220a20202020202020202020202020202020202069643d22696e746572707265746174696f6e52657175657374446566696e6974696f6e73220a2020202020202020202020202020202020207461726765744e616d6573706163653d2275726e3a6b616b6568617368693a62706d6e220a2020202020202020202020202020202020206578706f727465723d224b616b656861736869202868616e642d7772697474656e2922206578706f7274657256657273696f6e3d2231223e0a20203c62706d6e3a6d6573736167652069643d22696e746572707265746174696f6e43616e63656c6c65644d65737361676522206e616d653d227265717565737443616e63656c6c6564222f3e0a0a20203c62706d6e3a70726f636573732069643d22696e746572707265746174696f6e5265717565737422206e616d653d22496e746572707265746174696f6e20726571756573742220697345786563757461626c653d2274727565220a2020202020202020202020202020202063616d756e64613a686973746f727954696d65546f4c6976653d2231383235223e0a202020203c62706d6e3a646f63756d656e746174696f6e3e416e20696e74657270726574657220617420616e206576656e743a207472696167652c20626f6f6b696e6720776974686f757420646f75626c652d626f6f6b696e672c20612072656d696e646572206265666f7265207468650a2020202020206576656e742c20616e642074686520696e7465727072657465722773207265706f72742077697468696e2061207765656b2061667465722069742e2054686520627573696e657373206b6579206973207468652072657175657374206e756d6265722e3c2f62706d6e3a646f63756d656e746174696f6e3e0a0a202020203c62706d6e3a73746172744576656e742069643d22696e746572707265746174696f6e5375626d697474656422206e616d653d22496e746572707265746174696f6e20726571756573746564223e0a2020202020203c62706d6e3a6f7574676f696e673e7375626d6974746564546f5472696167653c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a73746172744576656e743e0a0a202020203c62706d6e3a757365725461736b2069643d22747269616765496e746572707265746174696f6e22206e616d653d2254726961676520696e746572707265746174696f6e2072657175657374222063616d756e64613a63616e64696461746547726f7570733d22636f6f7264696e61746f72220a2020202020202020202020202020202020202063616d756e64613a647565446174653d22247b646561646c696e65732e7472696167654475657d223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b72656d696e6441737369676e65657d22206576656e743d2274696d656f7574222069643d22696e746572707265746174696f6e54726961676552656d696e646572223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22696e746572707265746174696f6e54726961676552656d696e64657254696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e74726961676552656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b657363616c6174654f7665726475655461736b7d22206576656e743d2274696d656f7574222069643d22696e746572707265746174696f6e5472696167654f766572647565223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22696e746572707265746174696f6e5472696167654f76657264756554696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7472696167654475657d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e7375626d6974746564546f5472696167653c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e747269616765546f4465636973696f6e3c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a0a202020203c62706d6e3a6578636c7573697665476174657761792069643d22696e746572707265746174696f6e5472696167654465636973696f6e22206e616d653d2241636365707465643f223e0a2020202020203c62706d6e3a696e636f6d696e673e747269616765546f4465636973696f6e3c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e696e746572707265746174696f6e41636365707465643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a6f7574676f696e673e696e746572707265746174696f6e52656a6563746564466c6f773c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a6578636c7573697665476174657761793e0a0a202020203c62706d6e3a656e644576656e742069643d22696e746572707265746174696f6e52656a656374656422206e616d653d22496e746572707265746174696f6e2072656a6563746564223e0a2020202020203c62706d6e3a696e636f6d696e673e696e746572707265746174696f6e52656a6563746564466c6f773c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c212d2d20636f6d706c6574696e6720697420626f6f6b732074686520696e7465727072657465723b206120646f75626c6520626f6f6b696e672069732072656675736564206265666f726520746865207461736b20636f6d706c65746573202d2d3e0a202020203c62706d6e3a757365725461736b2069643d227363686564756c65496e746572707265746174696f6e22206e616d653d22426f6f6b2074686520696e746572707265746572222063616d756e64613a63616e64696461746547726f7570733d22636f6f7264696e61746f72220a2020202020202020202020202020202020202063616d756e64613a647565446174653d22247b646561646c696e65732e7472696167654475657d223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b72656d696e6441737369676e65657d22206576656e743d2274696d656f7574222069643d22626f6f6b696e6752656d696e646572223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22626f6f6b696e6752656d696e64657254696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e74726961676552656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b657363616c6174654f7665726475655461736b7d22206576656e743d2274696d656f7574222069643d22626f6f6b696e674f766572647565223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d22626f6f6b696e674f76657264756554696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7472696167654475657d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e696e746572707265746174696f6e41636365707465643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7363686564756c6564546f52656d696e6465723c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226576656e7452656d696e64657244756522206e616d653d22446179206265666f726520746865206576656e74223e0a2020202020203c62706d6e3a696e636f6d696e673e7363686564756c6564546f52656d696e6465723c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e72656d696e646572546f52656d696e643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226576656e7452656d696e64657254696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b696e746572707265746174696f6e54696d65732e72656d696e646572417428657865637574696f6e2e70726f63657373427573696e6573734b6579297d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a0a202020203c62706d6e3a736572766963655461736b2069643d2272656d696e64496e74657270726574657222206e616d653d2252656d696e642074686520696e746572707265746572220a2020202020202020202020202020202020202020202063616d756e64613a6173796e634265666f72653d2274727565222063616d756e64613a64656c656761746545787072657373696f6e3d22247b72656d696e64496e7465727072657465727d223e0a2020202020203c62706d6e3a696e636f6d696e673e72656d696e646572546f52656d696e643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e72656d696e646564546f4576656e74456e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a0a202020203c62706d6e3a696e7465726d65646961746543617463684576656e742069643d226576656e744f76657222206e616d653d224576656e74206f766572223e0a2020202020203c62706d6e3a696e636f6d696e673e72656d696e646564546f4576656e74456e643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e6f766572546f48656c643c2f62706d6e3a6f7574676f696e673e0a2020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d226576656e744f76657254696d6572223e0a20202020202020203c62706d6e3a74696d6544617465207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b696e746572707265746174696f6e54696d65732e656e64417428657865637574696f6e2e70726f63657373427573696e6573734b6579297d3c2f62706d6e3a74696d65446174653e0a2020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a202020203c2f62706d6e3a696e7465726d65646961746543617463684576656e743e0a0a202020203c62706d6e3a736572766963655461736b2069643d226d61726b48656c6422206e616d653d225265636f726420746865206576656e742068656c64220a2020202020202020202020202020202020202020202063616d756e64613a6173796e634265666f72653d2274727565222063616d756e64613a64656c656761746545787072657373696f6e3d22247b6d61726b48656c647d223e0a2020202020203c62706d6e3a696e636f6d696e673e6f766572546f48656c643c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e68656c64546f5265706f72743c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a736572766963655461736b3e0a0a202020203c62706d6e3a757365725461736b2069643d227265706f72744576656e7422206e616d653d225265706f7274206f6e20746865206576656e74222063616d756e64613a63616e64696461746547726f7570733d22636f6f7264696e61746f72220a2020202020202020202020202020202020202063616d756e64613a61737369676e65653d22247b696e7465727072657465727d222063616d756e64613a647565446174653d22247b646561646c696e65732e7265706f72744475657d223e0a2020202020203c62706d6e3a657874656e73696f6e456c656d656e74733e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b72656d696e6441737369676e65657d22206576656e743d2274696d656f7574222069643d227265706f727452656d696e646572223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227265706f727452656d696e64657254696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7265706f727452656d696e6465727d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a20202020202020203c63616d756e64613a7461736b4c697374656e65722064656c656761746545787072657373696f6e3d22247b657363616c6174654f7665726475655461736b7d22206576656e743d2274696d656f7574222069643d227265706f72744f766572647565223e0a202020202020202020203c62706d6e3a74696d65724576656e74446566696e6974696f6e2069643d227265706f72744f76657264756554696d6572223e0a2020202020202020202020203c62706d6e3a74696d654475726174696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b646561646c696e65732e7265706f72744475657d3c2f62706d6e3a74696d654475726174696f6e3e0a202020202020202020203c2f62706d6e3a74696d65724576656e74446566696e6974696f6e3e0a20202020202020203c2f63616d756e64613a7461736b4c697374656e65723e0a2020202020203c2f62706d6e3a657874656e73696f6e456c656d656e74733e0a2020202020203c62706d6e3a696e636f6d696e673e68656c64546f5265706f72743c2f62706d6e3a696e636f6d696e673e0a2020202020203c62706d6e3a6f7574676f696e673e7265706f72746564546f456e643c2f62706d6e3a6f7574676f696e673e0a202020203c2f62706d6e3a757365725461736b3e0a0a202020203c62706d6e3a656e644576656e742069643d22696e746572707265746174696f6e5265706f7274656422206e616d653d22496e746572707265746174696f6e207265706f72746564223e0a2020202020203c62706d6e3a696e636f6d696e673e7265706f72746564546f456e643c2f62706d6e3a696e636f6d696e673e0a202020203c2f62706d6e3a656e644576656e743e0a0a202020203c62706d6e3a73756250726f636573732069643d22696e746572707265746174696f6e43616e63656c6c6174696f6e22206e616d653d2243616e63656c6c6174696f6e222074726967676572656442794576656e743d2274727565223e0a2020202020203c62706d6e3a73746172744576656e742069643d22696e746572707265746174696f6e43616e63656c6c656422206e616d653d22526571756573742063616e63656c6c6564223e0a20202020202020203c62706d6e3a6f7574676f696e673e696e746572707265746174696f6e43616e63656c6c6564546f456e643c2f62706d6e3a6f7574676f696e673e0a20202020202020203c62706d6e3a6d6573736167654576656e74446566696e6974696f6e2069643d22696e746572707265746174696f6e43616e63656c6c65645472696767657222206d6573736167655265663d22696e746572707265746174696f6e43616e63656c6c65644d657373616765222f3e0a2020202020203c2f62706d6e3a73746172744576656e743e0a2020202020203c62706d6e3a656e644576656e742069643d22696e746572707265746174696f6e57697468647261776e22206e616d653d22526571756573742077697468647261776e223e0a20202020202020203c62706d6e3a696e636f6d696e673e696e746572707265746174696f6e43616e63656c6c6564546f456e643c2f62706d6e3a696e636f6d696e673e0a2020202020203c2f62706d6e3a656e644576656e743e0a2020202020203c62706d6e3a73657175656e6365466c6f772069643d22696e746572707265746174696f6e43616e63656c6c6564546f456e642220736f757263655265663d22696e746572707265746174696f6e43616e63656c6c6564220a202020202020202020202020202020202020202020202020207461726765745265663d22696e746572707265746174696f6e57697468647261776e222f3e0a202020203c2f62706d6e3a73756250726f636573733e0a0a202020203c62706d6e3a73657175656e6365466c6f772069643d227375626d6974746564546f5472696167652220736f757263655265663d22696e746572707265746174696f6e5375626d697474656422207461726765745265663d22747269616765496e746572707265746174696f6e222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22747269616765546f4465636973696f6e2220736f757263655265663d22747269616765496e746572707265746174696f6e22207461726765745265663d22696e746572707265746174696f6e5472696167654465636973696f6e222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22696e746572707265746174696f6e416363657074656422206e616d653d226163636570742220736f757263655265663d22696e746572707265746174696f6e5472696167654465636973696f6e220a20202020202020202020202020202020202020202020207461726765745265663d227363686564756c65496e746572707265746174696f6e223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b747269616765203d3d2027616363657074277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d22696e746572707265746174696f6e52656a6563746564466c6f7722206e616d653d2272656a6563742220736f757263655265663d22696e746572707265746174696f6e5472696167654465636973696f6e220a20202020202020202020202020202020202020202020207461726765745265663d22696e746572707265746174696f6e52656a6563746564223e0a2020202020203c62706d6e3a636f6e646974696f6e45787072657373696f6e207873693a747970653d2262706d6e3a74466f726d616c45787072657373696f6e223e247b747269616765203d3d202772656a656374277d3c2f62706d6e3a636f6e646974696f6e45787072657373696f6e3e0a202020203c2f62706d6e3a73657175656e6365466c6f773e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227363686564756c6564546f52656d696e6465722220736f757263655265663d227363686564756c65496e746572707265746174696f6e22207461726765745265663d226576656e7452656d696e646572447565222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2272656d696e646572546f52656d696e642220736f757263655265663d226576656e7452656d696e64657244756522207461726765745265663d2272656d696e64496e746572707265746572222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2272656d696e646564546f4576656e74456e642220736f757263655265663d2272656d696e64496e74657270726574657222207461726765745265663d226576656e744f766572222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d226f766572546f48656c642220736f757263655265663d226576656e744f76657222207461726765745265663d226d61726b48656c64222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d2268656c64546f5265706f72742220736f757263655265663d226d61726b48656c6422207461726765745265663d227265706f72744576656e74222f3e0a202020203c62706d6e3a73657175656e6365466c6f772069643d227265706f72746564546f456e642220736f757263655265663d227265706f72744576656e7422207461726765745265663d22696e746572707265746174696f6e5265706f72746564222f3e0a20203c2f62706d6e3a70726f636573733e0a0a20203c62706d6e64693a42504d4e4469616772616d2069643d22696e746572707265746174696f6e526571756573744469616772616d223e0a202020203c62706d6e64693a42504d4e506c616e652069643d22696e746572707265746174696f6e52657175657374506c616e65222062706d6e456c656d656e743d22696e746572707265746174696f6e52657175657374223e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e5375626d69747465645f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e5375626d6974746564223e0a20202020202020203c64633a426f756e647320783d223135322220793d22323032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22747269616765496e746572707265746174696f6e5f6469222062706d6e456c656d656e743d22747269616765496e746572707265746174696f6e223e0a20202020202020203c64633a426f756e647320783d223234302220793d22313830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e5472696167654465636973696f6e5f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e5472696167654465636973696f6e222069734d61726b657256697369626c653d2274727565223e0a20202020202020203c64633a426f756e647320783d223339352220793d22313935222077696474683d22353022206865696768743d223530222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e52656a65637465645f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e52656a6563746564223e0a20202020202020203c64633a426f756e647320783d223430322220793d22333232222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227363686564756c65496e746572707265746174696f6e5f6469222062706d6e456c656d656e743d227363686564756c65496e746572707265746174696f6e223e0a20202020202020203c64633a426f756e647320783d223530302220793d22313830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226576656e7452656d696e6465724475655f6469222062706d6e456c656d656e743d226576656e7452656d696e646572447565223e0a20202020202020203c64633a426f756e647320783d223635322220793d22323032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d2272656d696e64496e7465727072657465725f6469222062706d6e456c656d656e743d2272656d696e64496e746572707265746572223e0a20202020202020203c64633a426f756e647320783d223734302220793d22313830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226576656e744f7665725f6469222062706d6e456c656d656e743d226576656e744f766572223e0a20202020202020203c64633a426f756e647320783d223839322220793d22323032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d226d61726b48656c645f6469222062706d6e456c656d656e743d226d61726b48656c64223e0a20202020202020203c64633a426f756e647320783d223938302220793d22313830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d227265706f72744576656e745f6469222062706d6e456c656d656e743d227265706f72744576656e74223e0a20202020202020203c64633a426f756e647320783d22313133302220793d22313830222077696474683d2231303022206865696768743d223830222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e5265706f727465645f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e5265706f72746564223e0a20202020202020203c64633a426f756e647320783d22313238322220793d22323032222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e43616e63656c6c6174696f6e5f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e43616e63656c6c6174696f6e22206973457870616e6465643d2274727565223e0a20202020202020203c64633a426f756e647320783d223234302220793d22343230222077696474683d2233303022206865696768743d22313430222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e43616e63656c6c65645f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e43616e63656c6c6564223e0a20202020202020203c64633a426f756e647320783d223238322220793d22343732222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e53686170652069643d22696e746572707265746174696f6e57697468647261776e5f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e57697468647261776e223e0a20202020202020203c64633a426f756e647320783d223434322220793d22343732222077696474683d22333622206865696768743d223336222f3e0a2020202020203c2f62706d6e64693a42504d4e53686170653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22696e746572707265746174696f6e43616e63656c6c6564546f456e645f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e43616e63656c6c6564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d223331382220793d22343930222f3e0a20202020202020203c64693a776179706f696e7420783d223434322220793d22343930222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227375626d6974746564546f5472696167655f6469222062706d6e456c656d656e743d227375626d6974746564546f547269616765223e0a20202020202020203c64693a776179706f696e7420783d223138382220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223234302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22747269616765546f4465636973696f6e5f6469222062706d6e456c656d656e743d22747269616765546f4465636973696f6e223e0a20202020202020203c64693a776179706f696e7420783d223334302220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223339352220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22696e746572707265746174696f6e41636365707465645f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e4163636570746564223e0a20202020202020203c64693a776179706f696e7420783d223434352220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223530302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d22696e746572707265746174696f6e52656a6563746564466c6f775f6469222062706d6e456c656d656e743d22696e746572707265746174696f6e52656a6563746564466c6f77223e0a20202020202020203c64693a776179706f696e7420783d223432302220793d22323435222f3e0a20202020202020203c64693a776179706f696e7420783d223432302220793d22333232222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227363686564756c6564546f52656d696e6465725f6469222062706d6e456c656d656e743d227363686564756c6564546f52656d696e646572223e0a20202020202020203c64693a776179706f696e7420783d223630302220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223635322220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2272656d696e646572546f52656d696e645f6469222062706d6e456c656d656e743d2272656d696e646572546f52656d696e64223e0a20202020202020203c64693a776179706f696e7420783d223638382220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223734302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2272656d696e646564546f4576656e74456e645f6469222062706d6e456c656d656e743d2272656d696e646564546f4576656e74456e64223e0a20202020202020203c64693a776179706f696e7420783d223834302220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223839322220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d226f766572546f48656c645f6469222062706d6e456c656d656e743d226f766572546f48656c64223e0a20202020202020203c64693a776179706f696e7420783d223932382220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d223938302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d2268656c64546f5265706f72745f6469222062706d6e456c656d656e743d2268656c64546f5265706f7274223e0a20202020202020203c64693a776179706f696e7420783d22313038302220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d22313133302220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a2020202020203c62706d6e64693a42504d4e456467652069643d227265706f72746564546f456e645f6469222062706d6e456c656d656e743d227265706f72746564546f456e64223e0a20202020202020203c64693a776179706f696e7420783d22313233302220793d22323230222f3e0a20202020202020203c64693a776179706f696e7420783d22313238322220793d22323230222f3e0a2020202020203c2f62706d6e64693a42504d4e456467653e0a202020203c2f62706d6e64693a42504d4e506c616e653e0a20203c2f62706d6e64693a42504d4e4469616772616d3e0a3c2f62706d6e3a646566696e6974696f6e733e0a', false, NULL, 1, '2026-12-03 15:14:06.586', NULL, NULL);


--
-- Data for Name: act_ge_property; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_property VALUES ('schema.version', 'fox', 1);
INSERT INTO public.act_ge_property VALUES ('schema.history', 'create(fox)', 1);
INSERT INTO public.act_ge_property VALUES ('next.dbid', '1', 1);
INSERT INTO public.act_ge_property VALUES ('deployment.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('history.cleanup.job.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('startup.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('installationId.lock', '0', 1);
INSERT INTO public.act_ge_property VALUES ('historyLevel', '1', 1);
INSERT INTO public.act_ge_property VALUES ('camunda.installation.id', '1a6f5635-2353-4bde-8460-f1b81b6dffe2', 1);


--
-- Data for Name: act_ge_schema_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ge_schema_log VALUES ('0', '2026-12-03 15:14:05.866054', '7.23.0');


--
-- Data for Name: act_hi_actinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:33979e55-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:14.837', '2026-12-03 15:14:14.849', 12, 4, 1, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('triageRound:33999a26-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:14.85', '2026-12-03 15:14:14.851', 1, 4, 3, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('translateRequest:346bb758-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '346bb757-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', '346ca1bc-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Translate', 'userTask', 'emily', '2026-12-03 15:14:16.233', '2026-12-03 15:14:16.59', 357, 4, 21, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('jobKind:346b9045-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'jobKind', NULL, NULL, NULL, 'Translate or check?', 'exclusiveGateway', NULL, '2026-12-03 15:14:16.226', '2026-12-03 15:14:16.226', 0, 4, 17, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('jobStarted:3440136f-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'jobStarted', NULL, NULL, NULL, 'Job started', 'startEvent', NULL, '2026-12-03 15:14:15.941', '2026-12-03 15:14:15.942', 1, 4, 11, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('recordRoute:3469e294-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'recordRoute', NULL, NULL, NULL, 'Record the route', 'serviceTask', NULL, '2026-12-03 15:14:16.215', '2026-12-03 15:14:16.225', 10, 4, 15, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('routeJob:34403a81-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '34403a80-ef2c-11f1-bdb6-02fc00000001', 'routeJob', NULL, NULL, NULL, 'Route the job', 'businessRuleTask', NULL, '2026-12-03 15:14:15.942', '2026-12-03 15:14:16.213', 271, 4, 13, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('translationRound:346bb756-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'translationRound', NULL, NULL, NULL, 'Translation round', 'exclusiveGateway', NULL, '2026-12-03 15:14:16.227', '2026-12-03 15:14:16.227', 0, 4, 19, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('triageDecision:3439d1cf-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'triageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:15.9', '2026-12-03 15:14:15.901', 1, 4, 7, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:3399e848-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '3399c137-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '33a077fb-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', 'emily', '2026-12-03 15:14:14.894', '2026-12-03 15:14:15.89', 996, 4, 5, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('jobReady:34edb8aa-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'jobReady', NULL, NULL, NULL, 'Job ready', 'noneEndEvent', NULL, '2026-12-03 15:14:17.08', '2026-12-03 15:14:17.08', 0, 1, 31, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('chooseReviewers:34a3de60-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'chooseReviewers', NULL, NULL, NULL, 'Choose the reviewers', 'serviceTask', NULL, '2026-12-03 15:14:16.595', '2026-12-03 15:14:16.636', 41, 4, 25, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('reviewRound:34a3de5f-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'reviewRound', NULL, NULL, NULL, 'Review round', 'exclusiveGateway', NULL, '2026-12-03 15:14:16.595', '2026-12-03 15:14:16.595', 0, 4, 23, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('reviewDecision:34ed4379-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'reviewDecision', NULL, NULL, NULL, 'Approved?', 'exclusiveGateway', NULL, '2026-12-03 15:14:17.076', '2026-12-03 15:14:17.079', 3, 4, 29, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('3439f8e1-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '3439f8e0-ef2c-11f1-bdb6-02fc00000001', 'translationJob#multiInstanceBody', NULL, NULL, NULL, NULL, 'multiInstanceBody', NULL, '2026-12-03 15:14:15.902', '2026-12-03 15:14:17.094', 1192, 4, 9, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('reviewTranslation:34aa1ff2-ef2c-11f1-bdb6-02fc00000001', 'translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '34aa1ff1-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', '34ab0a56-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Review translation', 'userTask', 'tanaka', '2026-12-03 15:14:16.641', '2026-12-03 15:14:17.065', 424, 4, 27, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('translationJob:343fec59-ef2c-11f1-bdb6-02fc00000001', '3439f8e1-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '343fec58-ef2c-11f1-bdb6-02fc00000001', 'translationJob', NULL, NULL, NULL, 'Translation job', 'subProcess', NULL, '2026-12-03 15:14:15.941', '2026-12-03 15:14:17.083', 1142, 1, 10, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('deliverTranslation:34fdbe3c-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'deliverTranslation', NULL, NULL, NULL, 'Deliver translation', 'serviceTask', NULL, '2026-12-03 15:14:17.184', '2026-12-03 15:14:17.577', 393, 4, 35, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('partnersChosen:3539b5cd-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'partnersChosen', NULL, NULL, NULL, 'Also to partners?', 'exclusiveGateway', NULL, '2026-12-03 15:14:17.577', '2026-12-03 15:14:17.578', 1, 4, 37, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('receiptConfirmed:359d80b2-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'receiptConfirmed', NULL, NULL, NULL, 'Receipt confirmed', 'noneEndEvent', NULL, '2026-12-03 15:14:18.231', '2026-12-03 15:14:18.231', 0, 1, 41, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('awaitPartnerReceipt:353aee50-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '3539dcde-ef2c-11f1-bdb6-02fc00000001', 'awaitPartnerReceipt', NULL, NULL, NULL, 'Await the partners'' receipt', 'receiveTask', NULL, '2026-12-03 15:14:17.623', '2026-12-03 15:14:18.225', 602, 4, 39, NULL, '2031-12-02 15:14:18.231');
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:35af5b0a-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:18.348', '2026-12-03 15:14:18.348', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:35af5b0b-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:18.348', '2026-12-03 15:14:18.348', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('35e426b6-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e426b5-ef2c-11f1-bdb6-02fc00000001', 'translationJob#multiInstanceBody', NULL, NULL, NULL, NULL, 'multiInstanceBody', NULL, '2026-12-03 15:14:18.694', '2026-12-03 15:14:19.214', 520, 4, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobKind:35e86c8a-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'jobKind', NULL, NULL, NULL, 'Translate or check?', 'exclusiveGateway', NULL, '2026-12-03 15:14:18.722', '2026-12-03 15:14:18.723', 1, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobStarted:35e5d474-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'jobStarted', NULL, NULL, NULL, 'Job started', 'startEvent', NULL, '2026-12-03 15:14:18.705', '2026-12-03 15:14:18.705', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('recordRoute:35e7f759-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'recordRoute', NULL, NULL, NULL, 'Record the route', 'serviceTask', NULL, '2026-12-03 15:14:18.719', '2026-12-03 15:14:18.722', 3, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('routeJob:35e5d476-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5d475-ef2c-11f1-bdb6-02fc00000001', 'routeJob', NULL, NULL, NULL, 'Route the job', 'businessRuleTask', NULL, '2026-12-03 15:14:18.705', '2026-12-03 15:14:18.718', 13, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationRound:35e8939b-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'translationRound', NULL, NULL, NULL, 'Translation round', 'exclusiveGateway', NULL, '2026-12-03 15:14:18.723', '2026-12-03 15:14:18.723', 0, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageDecision:35e426b4-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'triageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:18.694', '2026-12-03 15:14:18.694', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:35af5b0d-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af5b0c-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '35afa930-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', 'emily', '2026-12-03 15:14:18.35', '2026-12-03 15:14:18.691', 341, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('chooseReviewers:360e9235-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'chooseReviewers', NULL, NULL, NULL, 'Choose the reviewers', 'serviceTask', NULL, '2026-12-03 15:14:18.972', '2026-12-03 15:14:18.987', 15, 4, 25, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', '35e426b6-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'translationJob', NULL, NULL, NULL, 'Translation job', 'subProcess', NULL, '2026-12-03 15:14:18.704', '2026-12-03 15:14:19.213', 509, 1, 10, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewRound:360e9234-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'reviewRound', NULL, NULL, NULL, 'Review round', 'exclusiveGateway', NULL, '2026-12-03 15:14:18.972', '2026-12-03 15:14:18.972', 0, 4, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translateRequest:35e8939d-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e8939c-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', '35e908d1-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Translate', 'userTask', 'emily', '2026-12-03 15:14:18.726', '2026-12-03 15:14:18.969', 243, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobReady:3633313f-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'jobReady', NULL, NULL, NULL, 'Job ready', 'noneEndEvent', NULL, '2026-12-03 15:14:19.212', '2026-12-03 15:14:19.212', 0, 1, 31, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewDecision:3633313e-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e5ad5d-ef2c-11f1-bdb6-02fc00000001', 'reviewDecision', NULL, NULL, NULL, 'Approved?', 'exclusiveGateway', NULL, '2026-12-03 15:14:19.212', '2026-12-03 15:14:19.212', 0, 4, 29, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewTranslation:3610dc27-ef2c-11f1-bdb6-02fc00000001', 'translationJob:35e5ad5e-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '3610dc26-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', '361262cb-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Review translation', 'userTask', 'tanaka', '2026-12-03 15:14:18.997', '2026-12-03 15:14:19.21', 213, 4, 27, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('awaitPartnerReceipt:3645cee5-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '3643d313-ef2c-11f1-bdb6-02fc00000001', 'awaitPartnerReceipt', NULL, NULL, NULL, 'Await the partners'' receipt', 'receiveTask', NULL, '2026-12-03 15:14:19.354', NULL, NULL, 0, 39, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('deliverTranslation:363d4361-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'deliverTranslation', NULL, NULL, NULL, 'Deliver translation', 'serviceTask', NULL, '2026-12-03 15:14:19.278', '2026-12-03 15:14:19.319', 41, 4, 35, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('partnersChosen:364384f2-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'partnersChosen', NULL, NULL, NULL, 'Also to partners?', 'exclusiveGateway', NULL, '2026-12-03 15:14:19.319', '2026-12-03 15:14:19.32', 1, 4, 37, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('chooseReviewers:37e526bd-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'chooseReviewers', NULL, NULL, NULL, 'Choose the reviewers', 'serviceTask', NULL, '2026-12-03 15:14:22.056', '2026-12-03 15:14:22.1', 44, 4, 25, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewRound:37e4ffac-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'reviewRound', NULL, NULL, NULL, 'Review round', 'exclusiveGateway', NULL, '2026-12-03 15:14:22.055', '2026-12-03 15:14:22.056', 1, 4, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewTranslation:37ebdd7f-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', '37eca0d3-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Review translation', 'userTask', NULL, '2026-12-03 15:14:22.105', NULL, NULL, 0, 27, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:37fa838f-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa838e-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '37faf8c2-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', 'emily', '2026-12-03 15:14:22.199', '2026-12-03 15:14:22.393', 194, 4, 5, NULL, '2031-12-02 15:14:22.396');
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:3694b23e-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:19.851', '2026-12-03 15:14:19.851', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:3694d951-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '3694d950-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '36968704-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', NULL, '2026-12-03 15:14:19.86', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:3694d94f-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:19.852', '2026-12-03 15:14:19.852', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:36abe3cd-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:20.003', '2026-12-03 15:14:20.003', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:36abe3ce-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.003', '2026-12-03 15:14:20.004', 1, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:36fa03e7-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36fa03e6-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '36fbb19a-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', 'emily', '2026-12-03 15:14:20.526', '2026-12-03 15:14:20.777', 251, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('awaitAnswer:36e2ab4a-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36e2ab48-ef2c-11f1-bdb6-02fc00000001', 'awaitAnswer', NULL, NULL, NULL, 'Await the requester''s answer', 'receiveTask', NULL, '2026-12-03 15:14:20.367', NULL, NULL, 0, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageDecision:36e28437-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'triageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.361', '2026-12-03 15:14:20.362', 1, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:36ac0ae0-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36ac0adf-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '36aea2f3-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', 'emily', '2026-12-03 15:14:20.02', '2026-12-03 15:14:20.354', 334, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:36f9dcd4-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:20.514', '2026-12-03 15:14:20.514', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:36f9dcd5-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.514', '2026-12-03 15:14:20.515', 1, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('37229a90-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37229a8f-ef2c-11f1-bdb6-02fc00000001', 'translationJob#multiInstanceBody', NULL, NULL, NULL, NULL, 'multiInstanceBody', NULL, '2026-12-03 15:14:20.781', NULL, NULL, 0, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobKind:3728dc37-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'jobKind', NULL, NULL, NULL, 'Translate or check?', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.822', '2026-12-03 15:14:20.822', 0, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobKind:372cacdd-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37297880-ef2c-11f1-bdb6-02fc00000001', 'jobKind', NULL, NULL, NULL, 'Translate or check?', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.847', '2026-12-03 15:14:20.847', 0, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobStarted:37242141-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'jobStarted', NULL, NULL, NULL, 'Job started', 'startEvent', NULL, '2026-12-03 15:14:20.791', '2026-12-03 15:14:20.791', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobStarted:37297887-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37297880-ef2c-11f1-bdb6-02fc00000001', 'jobStarted', NULL, NULL, NULL, 'Job started', 'startEvent', NULL, '2026-12-03 15:14:20.826', '2026-12-03 15:14:20.826', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('recordRoute:37283ff6-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'recordRoute', NULL, NULL, NULL, 'Record the route', 'serviceTask', NULL, '2026-12-03 15:14:20.818', '2026-12-03 15:14:20.822', 4, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('recordRoute:372be98c-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37297880-ef2c-11f1-bdb6-02fc00000001', 'recordRoute', NULL, NULL, NULL, 'Record the route', 'serviceTask', NULL, '2026-12-03 15:14:20.842', '2026-12-03 15:14:20.847', 5, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('routeJob:37242143-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37242142-ef2c-11f1-bdb6-02fc00000001', 'routeJob', NULL, NULL, NULL, 'Route the job', 'businessRuleTask', NULL, '2026-12-03 15:14:20.792', '2026-12-03 15:14:20.818', 26, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('routeJob:37297889-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37297888-ef2c-11f1-bdb6-02fc00000001', 'routeJob', NULL, NULL, NULL, 'Route the job', 'businessRuleTask', NULL, '2026-12-03 15:14:20.827', '2026-12-03 15:14:20.842', 15, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translateRequest:372cace0-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '372cacdf-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', '372cd3f4-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Translate', 'userTask', NULL, '2026-12-03 15:14:20.848', NULL, NULL, 0, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', '37229a90-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'translationJob', NULL, NULL, NULL, 'Translation job', 'subProcess', NULL, '2026-12-03 15:14:20.791', NULL, NULL, 0, 10, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', '37229a90-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37297880-ef2c-11f1-bdb6-02fc00000001', 'translationJob', NULL, NULL, NULL, 'Translation job', 'subProcess', NULL, '2026-12-03 15:14:20.826', NULL, NULL, 0, 10, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationRound:3728dc38-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'translationRound', NULL, NULL, NULL, 'Translation round', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.822', '2026-12-03 15:14:20.822', 0, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationRound:372cacde-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37297880-ef2c-11f1-bdb6-02fc00000001', 'translationRound', NULL, NULL, NULL, 'Translation round', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.847', '2026-12-03 15:14:20.847', 0, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageDecision:3722737e-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'triageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:20.78', '2026-12-03 15:14:20.781', 1, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewTranslation:374cb80a-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '374cb809-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', '374d062e-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Review translation', 'userTask', 'tanaka', '2026-12-03 15:14:21.059', '2026-12-03 15:14:21.287', 228, 4, 27, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('chooseReviewers:374abc38-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'chooseReviewers', NULL, NULL, NULL, 'Choose the reviewers', 'serviceTask', NULL, '2026-12-03 15:14:21.044', '2026-12-03 15:14:21.057', 13, 4, 25, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewRound:374abc37-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'reviewRound', NULL, NULL, NULL, 'Review round', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.044', '2026-12-03 15:14:21.044', 0, 4, 23, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translateRequest:3729034a-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3728dc39-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', '3729516e-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Translate', 'userTask', 'emily', '2026-12-03 15:14:20.825', '2026-12-03 15:14:21.043', 218, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('reviewDecision:37715611-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'reviewDecision', NULL, NULL, NULL, 'Approved?', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.297', '2026-12-03 15:14:21.297', 0, 4, 29, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translateRequest:37717d24-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37717d23-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', '37728e98-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Translate', 'userTask', 'emily', '2026-12-03 15:14:21.305', NULL, NULL, 0, 33, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationRound:37715612-ef2c-11f1-bdb6-02fc00000001', 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3724213a-ef2c-11f1-bdb6-02fc00000001', 'translationRound', NULL, NULL, NULL, 'Translation round', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.297', '2026-12-03 15:14:21.298', 1, 4, 31, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:37857a62-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:21.429', '2026-12-03 15:14:21.429', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:37857a63-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.429', '2026-12-03 15:14:21.43', 1, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('remindInterpreter:393b1a42-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'remindInterpreter', NULL, NULL, NULL, 'Remind the interpreter', 'serviceTask', NULL, '2026-12-03 15:14:24.297', '2026-12-03 15:14:24.316', 19, 4, 11, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('37b4a0be-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', 'translationJob#multiInstanceBody', NULL, NULL, NULL, NULL, 'multiInstanceBody', NULL, '2026-12-03 15:14:21.739', NULL, NULL, 0, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobKind:37b95bc2-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'jobKind', NULL, NULL, NULL, 'Translate or check?', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.769', '2026-12-03 15:14:21.77', 1, 4, 17, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('jobStarted:37b6276c-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'jobStarted', NULL, NULL, NULL, 'Job started', 'startEvent', NULL, '2026-12-03 15:14:21.748', '2026-12-03 15:14:21.748', 0, 4, 11, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('recordRoute:37b8e691-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'recordRoute', NULL, NULL, NULL, 'Record the route', 'serviceTask', NULL, '2026-12-03 15:14:21.766', '2026-12-03 15:14:21.769', 3, 4, 15, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('routeJob:37b6276e-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b6276d-ef2c-11f1-bdb6-02fc00000001', 'routeJob', NULL, NULL, NULL, 'Route the job', 'businessRuleTask', NULL, '2026-12-03 15:14:21.749', '2026-12-03 15:14:21.765', 16, 4, 13, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', '37b4a0be-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'translationJob', NULL, NULL, NULL, 'Translation job', 'subProcess', NULL, '2026-12-03 15:14:21.748', NULL, NULL, 0, 10, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('translationRound:37b982d3-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b62765-ef2c-11f1-bdb6-02fc00000001', 'translationRound', NULL, NULL, NULL, 'Translation round', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.77', '2026-12-03 15:14:21.77', 0, 4, 19, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageDecision:37b4a0bc-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'triageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:21.738', '2026-12-03 15:14:21.738', 0, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:3785a175-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785a174-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '37870108-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', 'emily', '2026-12-03 15:14:21.439', '2026-12-03 15:14:21.737', 298, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('eventOver:393e2784-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '393e0073-ef2c-11f1-bdb6-02fc00000001', 'eventOver', NULL, NULL, NULL, 'Event over', 'intermediateTimer', NULL, '2026-12-03 15:14:24.322', '2026-12-03 15:14:59.347', 35025, 4, 13, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('translateRequest:37b982d5-ef2c-11f1-bdb6-02fc00000001', 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b982d4-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', '37b9f809-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Translate', 'userTask', 'emily', '2026-12-03 15:14:21.773', '2026-12-03 15:14:22.052', 279, 4, 21, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:37fa838c-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:22.196', '2026-12-03 15:14:22.196', 0, 4, 1, NULL, '2031-12-02 15:14:22.396');
INSERT INTO public.act_hi_actinst VALUES ('triageRound:37fa838d-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:22.196', '2026-12-03 15:14:22.196', 0, 4, 3, NULL, '2031-12-02 15:14:22.396');
INSERT INTO public.act_hi_actinst VALUES ('requestRejected:38190817-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'requestRejected', NULL, NULL, NULL, 'Request rejected', 'noneEndEvent', NULL, '2026-12-03 15:14:22.396', '2026-12-03 15:14:22.396', 0, 1, 9, NULL, '2031-12-02 15:14:22.396');
INSERT INTO public.act_hi_actinst VALUES ('triageDecision:3818e106-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', 'triageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:22.395', '2026-12-03 15:14:22.396', 1, 4, 7, NULL, '2031-12-02 15:14:22.396');
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:3823dd8f-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:22.467', '2026-12-03 15:14:22.467', 0, 4, 1, NULL, '2031-12-02 15:14:22.652');
INSERT INTO public.act_hi_actinst VALUES ('triageRound:3823dd90-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:22.467', '2026-12-03 15:14:22.467', 0, 4, 3, NULL, '2031-12-02 15:14:22.652');
INSERT INTO public.act_hi_actinst VALUES ('cancellation:38401828-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '38401827-ef2c-11f1-bdb6-02fc00000001', 'cancellation', NULL, NULL, NULL, 'Cancellation', 'subProcess', NULL, '2026-12-03 15:14:22.652', '2026-12-03 15:14:22.652', 0, 1, 7, NULL, '2031-12-02 15:14:22.652');
INSERT INTO public.act_hi_actinst VALUES ('requestCancelled:38401829-ef2c-11f1-bdb6-02fc00000001', 'cancellation:38401828-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '38401827-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, NULL, NULL, 'Request cancelled', 'messageStartEvent', NULL, '2026-12-03 15:14:22.652', '2026-12-03 15:14:22.652', 0, 4, 8, NULL, '2031-12-02 15:14:22.652');
INSERT INTO public.act_hi_actinst VALUES ('requestWithdrawn:3840182a-ef2c-11f1-bdb6-02fc00000001', 'cancellation:38401828-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '38401827-ef2c-11f1-bdb6-02fc00000001', 'requestWithdrawn', NULL, NULL, NULL, 'Request withdrawn', 'noneEndEvent', NULL, '2026-12-03 15:14:22.652', '2026-12-03 15:14:22.652', 0, 1, 10, NULL, '2031-12-02 15:14:22.652');
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:382404a2-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '382404a1-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '38253d25-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', NULL, '2026-12-03 15:14:22.476', '2026-12-03 15:14:22.641', 165, 2, 5, NULL, '2031-12-02 15:14:22.652');
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:38580d02-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:14:22.809', '2026-12-03 15:14:22.81', 1, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:38583415-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '38583414-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '38594588-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', NULL, '2026-12-03 15:14:22.817', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:38583413-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:14:22.81', '2026-12-03 15:14:22.81', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('interpretationSubmitted:38761c5c-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationSubmitted', NULL, NULL, NULL, 'Interpretation requested', 'startEvent', NULL, '2026-12-03 15:14:23.006', '2026-12-03 15:14:23.006', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageInterpretation:38761c5e-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5d-ef2c-11f1-bdb6-02fc00000001', 'triageInterpretation', '38769191-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage interpretation request', 'userTask', NULL, '2026-12-03 15:14:23.008', NULL, NULL, 0, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('interpretationSubmitted:38847445-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationSubmitted', NULL, NULL, NULL, 'Interpretation requested', 'startEvent', NULL, '2026-12-03 15:14:23.101', '2026-12-03 15:14:23.101', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('38af7bee-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationTriageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:23.382', '2026-12-03 15:14:23.382', 0, 4, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageInterpretation:38849b57-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38849b56-ef2c-11f1-bdb6-02fc00000001', 'triageInterpretation', '3884e97a-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage interpretation request', 'userTask', 'emily', '2026-12-03 15:14:23.103', '2026-12-03 15:14:23.378', 275, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('eventReminderDue:38d3ccd8-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38d3ccd7-ef2c-11f1-bdb6-02fc00000001', 'eventReminderDue', NULL, NULL, NULL, 'Day before the event', 'intermediateTimer', NULL, '2026-12-03 15:14:23.644', NULL, NULL, 0, 9, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('scheduleInterpretation:38af7bf0-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38af7bef-ef2c-11f1-bdb6-02fc00000001', 'scheduleInterpretation', '38aff123-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Book the interpreter', 'userTask', 'emily', '2026-12-03 15:14:23.384', '2026-12-03 15:14:23.615', 231, 4, 7, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageInterpretation:38e9028e-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e9028d-ef2c-11f1-bdb6-02fc00000001', 'triageInterpretation', '38e9ecf1-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage interpretation request', 'userTask', 'emily', '2026-12-03 15:14:23.764', '2026-12-03 15:14:23.989', 225, 4, 3, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('eventReminderDue:393044cf-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '393044ce-ef2c-11f1-bdb6-02fc00000001', 'eventReminderDue', NULL, NULL, NULL, 'Day before the event', 'intermediateTimer', NULL, '2026-12-03 15:14:24.237', '2026-12-03 15:14:24.274', 37, 4, 9, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('interpretationSubmitted:38e9028c-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationSubmitted', NULL, NULL, NULL, 'Interpretation requested', 'startEvent', NULL, '2026-12-03 15:14:23.759', '2026-12-03 15:14:23.759', 0, 4, 1, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('markHeld:4e214ab7-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'markHeld', NULL, NULL, NULL, 'Record the event held', 'serviceTask', NULL, '2026-12-03 15:14:59.36', '2026-12-03 15:14:59.366', 6, 4, 15, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('390d0555-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationTriageDecision', NULL, NULL, NULL, 'Accepted?', 'exclusiveGateway', NULL, '2026-12-03 15:14:23.995', '2026-12-03 15:14:23.995', 0, 4, 5, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('scheduleInterpretation:390d0557-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '390d0556-ef2c-11f1-bdb6-02fc00000001', 'scheduleInterpretation', '390defba-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Book the interpreter', 'userTask', 'emily', '2026-12-03 15:14:24.001', '2026-12-03 15:14:24.222', 221, 4, 7, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('interpretationReported:4e4fd4cf-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationReported', NULL, NULL, NULL, 'Interpretation reported', 'noneEndEvent', NULL, '2026-12-03 15:14:59.665', '2026-12-03 15:14:59.665', 0, 1, 19, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('reportEvent:4e225c29-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '4e223518-ef2c-11f1-bdb6-02fc00000001', 'reportEvent', '4e22aa4c-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Report on the event', 'userTask', 'tanaka', '2026-12-03 15:14:59.368', '2026-12-03 15:14:59.663', 295, 4, 17, NULL, '2031-12-02 15:14:59.665');
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:50505fc7-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:15:03.024', '2026-12-03 15:15:03.024', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:50505fca-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '50505fc9-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '505086dd-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', NULL, '2026-12-03 15:15:03.025', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:50505fc8-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:15:03.024', '2026-12-03 15:15:03.024', 0, 4, 3, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('requestSubmitted:507aa426-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'requestSubmitted', NULL, NULL, NULL, 'Request submitted', 'startEvent', NULL, '2026-12-03 15:15:03.301', '2026-12-03 15:15:03.301', 0, 4, 1, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRequest:507b1959-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507af248-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', '507bdcac-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, 'Triage request', 'userTask', NULL, '2026-12-03 15:15:03.309', NULL, NULL, 0, 5, NULL, NULL);
INSERT INTO public.act_hi_actinst VALUES ('triageRound:507af247-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'triageRound', NULL, NULL, NULL, 'Triage round', 'exclusiveGateway', NULL, '2026-12-03 15:15:03.303', '2026-12-03 15:15:03.303', 0, 4, 3, NULL, NULL);


--
-- Data for Name: act_hi_attachment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_batch; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_caseactinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_caseinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_comment; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_dec_in; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_dec_out; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_decinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_detail; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_ext_task_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_job_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_op_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_hi_procinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_procinst VALUES ('33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '2026-00001', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:14.807', '2026-12-03 15:14:18.231', '2031-12-02 15:14:18.231', 3424, NULL, 'requestSubmitted', 'receiptConfirmed', NULL, '33910f9e-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'COMPLETED', NULL);
INSERT INTO public.act_hi_procinst VALUES ('35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '2026-00002', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:18.347', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '2026-00003', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:19.85', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '2026-00004', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:19.996', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '2026-00005', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:20.508', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '2026-00006', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:21.428', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '2026-00007', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:22.195', '2026-12-03 15:14:22.396', '2031-12-02 15:14:22.396', 201, NULL, 'requestSubmitted', 'requestRejected', NULL, '37fa5c75-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'COMPLETED', NULL);
INSERT INTO public.act_hi_procinst VALUES ('3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '2026-00008', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:22.466', '2026-12-03 15:14:22.652', '2031-12-02 15:14:22.652', 186, NULL, 'requestSubmitted', 'cancellation', NULL, '3823b678-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'COMPLETED', NULL);
INSERT INTO public.act_hi_procinst VALUES ('3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '2026-00009', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:22.809', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '2026-00010', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:23.006', NULL, NULL, NULL, NULL, 'interpretationSubmitted', NULL, NULL, '38761c5a-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '2026-00011', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:23.1', NULL, NULL, NULL, NULL, 'interpretationSubmitted', NULL, NULL, '38847443-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '2026-00012', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:14:23.759', '2026-12-03 15:14:59.665', '2031-12-02 15:14:59.665', 35906, NULL, 'interpretationSubmitted', 'interpretationReported', NULL, '38e8db7a-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'COMPLETED', NULL);
INSERT INTO public.act_hi_procinst VALUES ('505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '2026-00013', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:15:03.023', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);
INSERT INTO public.act_hi_procinst VALUES ('507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '2026-00014', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '2026-12-03 15:15:03.301', NULL, NULL, NULL, NULL, 'requestSubmitted', NULL, NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'ACTIVE', NULL);


--
-- Data for Name: act_hi_taskinst; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_hi_taskinst VALUES ('3729516e-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '3728dc39-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translateRequest:3729034a-ef2c-11f1-bdb6-02fc00000001', 'Translate', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:20.826', '2026-12-03 15:14:21.042', 216, 'completed', 50, '2026-12-10 15:14:20.826', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('361262cb-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '3610dc26-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'reviewTranslation:3610dc27-ef2c-11f1-bdb6-02fc00000001', 'Review translation', NULL, NULL, NULL, 'tanaka', '2026-12-03 15:14:18.998', '2026-12-03 15:14:19.209', 211, 'completed', 50, '2026-12-07 15:14:18.998', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('36968704-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '3694d950-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:3694d951-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, NULL, '2026-12-03 15:14:19.865', NULL, NULL, NULL, 50, '2026-12-07 15:14:19.864', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('33a077fb-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '3399c137-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:3399e848-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:14.905', '2026-12-03 15:14:15.888', 983, 'completed', 50, '2026-12-07 15:14:14.896', NULL, NULL, '2031-12-02 15:14:18.231', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('346ca1bc-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '346bb757-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translateRequest:346bb758-ef2c-11f1-bdb6-02fc00000001', 'Translate', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:16.235', '2026-12-03 15:14:16.588', 353, 'completed', 50, '2026-12-10 15:14:16.234', NULL, NULL, '2031-12-02 15:14:18.231', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('34ab0a56-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '33910f9e-ef2c-11f1-bdb6-02fc00000001', '34aa1ff1-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'reviewTranslation:34aa1ff2-ef2c-11f1-bdb6-02fc00000001', 'Review translation', NULL, NULL, NULL, 'tanaka', '2026-12-03 15:14:16.642', '2026-12-03 15:14:17.06', 418, 'completed', 50, '2026-12-07 15:14:16.642', NULL, NULL, '2031-12-02 15:14:18.231', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('35afa930-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af5b0c-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:35af5b0d-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:18.351', '2026-12-03 15:14:18.69', 339, 'completed', 50, '2026-12-07 15:14:18.35', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('35e908d1-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35e8939c-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translateRequest:35e8939d-ef2c-11f1-bdb6-02fc00000001', 'Translate', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:18.726', '2026-12-03 15:14:18.968', 242, 'completed', 50, '2026-12-10 15:14:18.726', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('36aea2f3-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36ac0adf-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:36ac0ae0-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:20.021', '2026-12-03 15:14:20.353', 332, 'completed', 50, '2026-12-07 15:14:20.021', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('37728e98-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '37717d23-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translateRequest:37717d24-ef2c-11f1-bdb6-02fc00000001', 'Translate', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:21.306', NULL, NULL, NULL, 50, '2026-12-10 15:14:21.305', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('372cd3f4-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '372cacdf-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translateRequest:372cace0-ef2c-11f1-bdb6-02fc00000001', 'Translate', NULL, NULL, NULL, NULL, '2026-12-03 15:14:20.849', NULL, NULL, NULL, 50, '2026-12-10 15:14:20.848', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('36fbb19a-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36fa03e6-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:36fa03e7-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:20.528', '2026-12-03 15:14:20.776', 248, 'completed', 50, '2026-12-07 15:14:20.527', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('37870108-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785a174-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:3785a175-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:21.441', '2026-12-03 15:14:21.736', 295, 'completed', 50, '2026-12-07 15:14:21.439', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('374d062e-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '374cb809-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'reviewTranslation:374cb80a-ef2c-11f1-bdb6-02fc00000001', 'Review translation', NULL, NULL, NULL, 'tanaka', '2026-12-03 15:14:21.059', '2026-12-03 15:14:21.286', 227, 'completed', 50, '2026-12-07 15:14:21.059', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('37b9f809-ef2c-11f1-bdb6-02fc00000001', 'translateRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37b982d4-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translateRequest:37b982d5-ef2c-11f1-bdb6-02fc00000001', 'Translate', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:21.774', '2026-12-03 15:14:22.051', 277, 'completed', 50, '2026-12-10 15:14:21.773', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('37eca0d3-ef2c-11f1-bdb6-02fc00000001', 'reviewTranslation', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'reviewTranslation:37ebdd7f-ef2c-11f1-bdb6-02fc00000001', 'Review translation', NULL, NULL, NULL, NULL, '2026-12-03 15:14:22.106', NULL, NULL, NULL, 50, '2026-12-07 15:14:22.106', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('37faf8c2-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa5c75-ef2c-11f1-bdb6-02fc00000001', '37fa838e-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:37fa838f-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:22.2', '2026-12-03 15:14:22.391', 191, 'completed', 50, '2026-12-07 15:14:22.199', NULL, NULL, '2031-12-02 15:14:22.396', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('38253d25-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '3823b678-ef2c-11f1-bdb6-02fc00000001', '382404a1-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:382404a2-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, NULL, '2026-12-03 15:14:22.478', '2026-12-03 15:14:22.645', 167, 'deleted', 50, '2026-12-07 15:14:22.477', NULL, NULL, '2031-12-02 15:14:22.652', 'Deleted');
INSERT INTO public.act_hi_taskinst VALUES ('38594588-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '38583414-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:38583415-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, NULL, '2026-12-03 15:14:22.817', NULL, NULL, NULL, 50, '2026-12-07 15:14:22.817', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('38769191-ef2c-11f1-bdb6-02fc00000001', 'triageInterpretation', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5d-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageInterpretation:38761c5e-ef2c-11f1-bdb6-02fc00000001', 'Triage interpretation request', NULL, NULL, NULL, NULL, '2026-12-03 15:14:23.009', NULL, NULL, NULL, 50, '2026-12-07 15:14:23.009', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('3884e97a-ef2c-11f1-bdb6-02fc00000001', 'triageInterpretation', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38849b56-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageInterpretation:38849b57-ef2c-11f1-bdb6-02fc00000001', 'Triage interpretation request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:23.104', '2026-12-03 15:14:23.374', 270, 'completed', 50, '2026-12-07 15:14:23.103', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('4e22aa4c-ef2c-11f1-bdb6-02fc00000001', 'reportEvent', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '4e223518-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'reportEvent:4e225c29-ef2c-11f1-bdb6-02fc00000001', 'Report on the event', NULL, NULL, NULL, 'tanaka', '2026-12-03 15:14:59.369', '2026-12-03 15:14:59.662', 293, 'completed', 50, '2026-12-10 15:14:59.369', NULL, NULL, '2031-12-02 15:14:59.665', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('38aff123-ef2c-11f1-bdb6-02fc00000001', 'scheduleInterpretation', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38af7bef-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'scheduleInterpretation:38af7bf0-ef2c-11f1-bdb6-02fc00000001', 'Book the interpreter', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:23.385', '2026-12-03 15:14:23.614', 229, 'completed', 50, '2026-12-07 15:14:23.385', NULL, NULL, NULL, 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('38e9ecf1-ef2c-11f1-bdb6-02fc00000001', 'triageInterpretation', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e9028d-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageInterpretation:38e9028e-ef2c-11f1-bdb6-02fc00000001', 'Triage interpretation request', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:23.765', '2026-12-03 15:14:23.988', 223, 'completed', 50, '2026-12-07 15:14:23.765', NULL, NULL, '2031-12-02 15:14:59.665', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('390defba-ef2c-11f1-bdb6-02fc00000001', 'scheduleInterpretation', 'interpretationRequest', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '38e8db7a-ef2c-11f1-bdb6-02fc00000001', '390d0556-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'scheduleInterpretation:390d0557-ef2c-11f1-bdb6-02fc00000001', 'Book the interpreter', NULL, NULL, NULL, 'emily', '2026-12-03 15:14:24.002', '2026-12-03 15:14:24.219', 217, 'completed', 50, '2026-12-07 15:14:24.001', NULL, NULL, '2031-12-02 15:14:59.665', 'Completed');
INSERT INTO public.act_hi_taskinst VALUES ('505086dd-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '50505fc9-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:50505fca-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, NULL, '2026-12-03 15:15:03.026', NULL, NULL, NULL, 50, '2026-12-07 15:15:03.026', NULL, NULL, NULL, 'Created');
INSERT INTO public.act_hi_taskinst VALUES ('507bdcac-ef2c-11f1-bdb6-02fc00000001', 'triageRequest', 'translationRequest', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507af248-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'triageRequest:507b1959-ef2c-11f1-bdb6-02fc00000001', 'Triage request', NULL, NULL, NULL, NULL, '2026-12-03 15:15:03.309', NULL, NULL, NULL, 50, '2026-12-07 15:15:03.309', NULL, NULL, NULL, 'Created');


--
-- Data for Name: act_hi_varinst; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_group; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_info; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_membership; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_tenant; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_tenant_member; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_id_user; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_camformdef; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_case_def; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_decision_def; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_decision_def VALUES ('jobRouting:1:2efd7dbd-ef2c-11f1-bdb6-02fc00000001', 1, 'urn:kakehashi:dmn', 'Who translates and who reviews a job', 'jobRouting', 1, '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 'bpmn/job-routing.dmn', NULL, NULL, NULL, NULL, 1825, NULL);


--
-- Data for Name: act_re_decision_req_def; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_re_deployment; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_deployment VALUES ('2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 'kakehashi', '2026-12-03 15:14:06.519', NULL, NULL);


--
-- Data for Name: act_re_procdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_re_procdef VALUES ('interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 1, 'urn:kakehashi:bpmn', 'Interpretation request', 'interpretationRequest', 1, '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 'bpmn/interpretation-request.bpmn', NULL, false, 1, NULL, NULL, 1825, true);
INSERT INTO public.act_re_procdef VALUES ('translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 1, 'urn:kakehashi:bpmn', 'Translation request', 'translationRequest', 1, '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 'bpmn/translation-request.bpmn', NULL, false, 1, NULL, NULL, 1825, true);


--
-- Data for Name: act_ru_authorization; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_batch; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_case_execution; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_case_sentry_part; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_event_subscr; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_event_subscr VALUES ('35af33f4-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:14:18.347', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('3645a7d4-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'deliveryReceived', '3643d313-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'awaitPartnerReceipt', NULL, '2026-12-03 15:14:19.333', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('36948b28-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:14:19.85', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('36aad257-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:14:19.995', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('36e2ab49-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requesterAnswered', '36e2ab48-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'awaitAnswer', NULL, '2026-12-03 15:14:20.362', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('36f8f26e-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:14:20.508', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('3785534c-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:14:21.428', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('38580cfc-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:14:22.808', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('38761c5b-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationCancelled', NULL, '2026-12-03 15:14:23.006', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('38847444-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationCancelled', NULL, '2026-12-03 15:14:23.1', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('505038b1-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:15:03.023', NULL);
INSERT INTO public.act_ru_event_subscr VALUES ('507a7d10-ef2c-11f1-bdb6-02fc00000001', 1, 'message', 'requestCancelled', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'requestCancelled', NULL, '2026-12-03 15:15:03.3', NULL);


--
-- Data for Name: act_ru_execution; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_execution VALUES ('36e2ab48-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'awaitAnswer', 'awaitAnswer:36e2ab4a-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 5, 9, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('36aaab46-ef2c-11f1-bdb6-02fc00000001', 2, '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '2026-00004', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 8, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37229a8f-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '37229a90-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 16, 9, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3643d313-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'awaitPartnerReceipt', 'awaitPartnerReceipt:3645cee5-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 5, 39, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('35af33f3-ef2c-11f1-bdb6-02fc00000001', 4, '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '2026-00002', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 38, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('36946417-ef2c-11f1-bdb6-02fc00000001', 1, '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '2026-00003', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 4, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3694d950-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'triageRequest', 'triageRequest:3694d951-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 6, 5, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3723fa24-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '37229a8f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', false, true, false, false, 1, 16, 9, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3723fa25-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '37229a8f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', false, true, false, false, 1, 16, 9, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37297880-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '3723fa25-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translationJob:37297881-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 16, 20, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('372cacdf-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '37297880-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'translateRequest', 'translateRequest:372cace0-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 22, 21, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 2, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '2026-00005', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '37229a90-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 8, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37b4a0bd-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '37b4a0be-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 16, 9, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37717d23-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '3724213a-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'translateRequest', 'translateRequest:37717d24-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 22, 33, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3724213a-ef2c-11f1-bdb6-02fc00000001', 3, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', NULL, '3723fa24-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translationJob:3724213b-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 16, 32, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37b62762-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', NULL, '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', false, true, false, false, 1, 16, 9, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3785534b-ef2c-11f1-bdb6-02fc00000001', 2, '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '2026-00006', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '37b4a0be-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 8, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37ebdd7e-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', NULL, '37b62765-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'reviewTranslation', 'reviewTranslation:37ebdd7f-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 22, 27, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('37b62765-ef2c-11f1-bdb6-02fc00000001', 2, NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', NULL, '37b62762-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, 'translationJob:37b62766-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 16, 26, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('3857e5eb-ef2c-11f1-bdb6-02fc00000001', 1, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '2026-00009', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 4, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('38583414-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'triageRequest', 'triageRequest:38583415-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 6, 5, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('38761c5a-ef2c-11f1-bdb6-02fc00000001', 1, '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '2026-00010', NULL, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '38761c5a-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 1, 2, NULL, 'interpretationRequest');
INSERT INTO public.act_ru_execution VALUES ('38761c5d-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '38761c5a-ef2c-11f1-bdb6-02fc00000001', NULL, '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'triageInterpretation', 'triageInterpretation:38761c5e-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 6, 3, NULL, 'interpretationRequest');
INSERT INTO public.act_ru_execution VALUES ('38d3ccd7-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '38847443-ef2c-11f1-bdb6-02fc00000001', NULL, '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'eventReminderDue', 'eventReminderDue:38d3ccd8-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 4, 9, NULL, 'interpretationRequest');
INSERT INTO public.act_ru_execution VALUES ('38847443-ef2c-11f1-bdb6-02fc00000001', 3, '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '2026-00011', NULL, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '38847443-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 8, NULL, 'interpretationRequest');
INSERT INTO public.act_ru_execution VALUES ('505038b0-ef2c-11f1-bdb6-02fc00000001', 1, '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '2026-00013', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 4, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('50505fc9-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'triageRequest', 'triageRequest:50505fca-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 6, 5, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('507a7d0f-ef2c-11f1-bdb6-02fc00000001', 1, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '2026-00014', NULL, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', false, false, true, false, 1, 17, 4, NULL, 'translationRequest');
INSERT INTO public.act_ru_execution VALUES ('507af248-ef2c-11f1-bdb6-02fc00000001', 1, NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'triageRequest', 'triageRequest:507b1959-ef2c-11f1-bdb6-02fc00000001', true, false, true, false, 1, 6, 5, NULL, 'translationRequest');


--
-- Data for Name: act_ru_ext_task; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_filter; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_identitylink; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_identitylink VALUES ('3696ae15-ef2c-11f1-bdb6-02fc00000001', 1, 'coordinator', 'candidate', NULL, '36968704-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('372cfb05-ef2c-11f1-bdb6-02fc00000001', 1, 'linguist', 'candidate', NULL, '372cd3f4-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('3772b5aa-ef2c-11f1-bdb6-02fc00000001', 1, 'coordinator', 'candidate', NULL, '37728e98-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('37ecc7e4-ef2c-11f1-bdb6-02fc00000001', 1, 'reviewer', 'candidate', NULL, '37eca0d3-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('38594589-ef2c-11f1-bdb6-02fc00000001', 1, 'coordinator', 'candidate', NULL, '38594588-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('38769192-ef2c-11f1-bdb6-02fc00000001', 1, 'coordinator', 'candidate', NULL, '38769191-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('5050adee-ef2c-11f1-bdb6-02fc00000001', 1, 'coordinator', 'candidate', NULL, '505086dd-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);
INSERT INTO public.act_ru_identitylink VALUES ('507bdcad-ef2c-11f1-bdb6-02fc00000001', 1, 'coordinator', 'candidate', NULL, '507bdcac-ef2c-11f1-bdb6-02fc00000001', NULL, NULL);


--
-- Data for Name: act_ru_incident; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_job VALUES ('3648dc26-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '3643d313-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-10 21:00:00', NULL, 0, 'timer-transition', 'receiptReminderDue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38780-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:19.354', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('36959ca2-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '3694d950-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-07 15:14:19.856', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38775-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:19.857', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('369611d3-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '3694d950-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-06 15:14:19.858', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38774-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:19.86', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('36e2d25b-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '36e2ab48-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-10 15:14:20.363', NULL, 0, 'timer-transition', 'answerReminderDue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed3877e-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:20.363', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('36e36e9c-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '36e2ab48-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-17 15:14:20.367', NULL, 0, 'timer-transition', 'answerOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed3877f-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:20.367', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('372cd3f2-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '372cacdf-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-10 15:14:20.848', NULL, 0, 'timer-task-listener', 'translateRequest$taskListener~translationOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38779-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:20.848', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('372cd3f3-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '372cacdf-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-09 15:14:20.848', NULL, 0, 'timer-task-listener', 'translateRequest$taskListener~translationReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38778-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:20.848', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('3771f256-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '37717d23-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-10 15:14:21.301', NULL, 0, 'timer-task-listener', 'translateRequest$taskListener~translationOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38779-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:21.301', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('37728e97-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '37717d23-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-09 15:14:21.304', NULL, 0, 'timer-task-listener', 'translateRequest$taskListener~translationReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38778-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:21.305', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('37ec2ba1-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-06 15:14:22.102', NULL, 0, 'timer-task-listener', 'reviewTranslation$taskListener~reviewReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed3877a-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:22.102', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('37ec79c2-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-07 15:14:22.104', NULL, 0, 'timer-task-listener', 'reviewTranslation$taskListener~reviewOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed3877b-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:22.104', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('38585b26-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '38583414-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-07 15:14:22.811', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38775-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:22.811', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('38594587-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '38583414-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-06 15:14:22.816', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38774-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:22.817', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('38766a7f-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '38761c5d-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 3, NULL, NULL, NULL, '2026-12-06 15:14:23.007', NULL, 0, 'timer-task-listener', 'triageInterpretation$taskListener~interpretationTriageReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed4c002-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:23.008', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('38766a80-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '38761c5d-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 3, NULL, NULL, NULL, '2026-12-07 15:14:23.008', NULL, 0, 'timer-task-listener', 'triageInterpretation$taskListener~interpretationTriageOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed4c003-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:23.008', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('38d77659-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '38d3ccd7-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 3, NULL, NULL, NULL, '2033-11-14 05:00:00', NULL, 0, 'timer-intermediate-transition', 'eventReminderDue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed4c00a-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:14:23.644', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('505086db-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '50505fc9-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-07 15:15:03.025', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38775-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:15:03.025', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('505086dc-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '50505fc9-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-06 15:15:03.025', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38774-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:15:03.025', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('507b406a-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '507af248-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-07 15:15:03.305', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageOverdue', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38775-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:15:03.305', NULL, NULL);
INSERT INTO public.act_ru_job VALUES ('507bdcab-ef2c-11f1-bdb6-02fc00000001', 1, 'timer', NULL, NULL, true, '507af248-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 3, NULL, NULL, NULL, '2026-12-06 15:15:03.309', NULL, 0, 'timer-task-listener', 'triageRequest$taskListener~triageReminder', '2ea8a6df-ef2c-11f1-bdb6-02fc00000001', 1, '2ed38774-ef2c-11f1-bdb6-02fc00000001', 0, 1, NULL, '2026-12-03 15:15:03.309', NULL, NULL);


--
-- Data for Name: act_ru_jobdef; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_jobdef VALUES ('2ed38774-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'triageRequest', 'timer-task-listener', 'DURATION: ${deadlines.triageReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed38775-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'triageRequest', 'timer-task-listener', 'DURATION: ${deadlines.triageDue}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed38776-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'remindRequester', 'async-continuation', 'async-before', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed38777-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'lapseRequest', 'async-continuation', 'async-before', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed38778-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translateRequest', 'timer-task-listener', 'DURATION: ${deadlines.translationReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed38779-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'translateRequest', 'timer-task-listener', 'DURATION: ${deadlines.translationDue}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed3877a-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'reviewTranslation', 'timer-task-listener', 'DURATION: ${deadlines.reviewReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed3877b-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'reviewTranslation', 'timer-task-listener', 'DURATION: ${deadlines.reviewDue}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed3877c-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'deliverTranslation', 'async-continuation', 'async-before', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed3877d-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'remindPartners', 'async-continuation', 'async-before', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed3877e-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'answerReminderDue', 'timer-transition', 'DURATION: ${deadlines.answerReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed3877f-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'answerOverdue', 'timer-transition', 'DURATION: ${deadlines.answerLapse}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed38780-ef2c-11f1-bdb6-02fc00000001', 1, 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', 'translationRequest', 'receiptReminderDue', 'timer-transition', 'DATE: ${partnerReminders.dueAt(execution)}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c002-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'triageInterpretation', 'timer-task-listener', 'DURATION: ${deadlines.triageReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c003-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'triageInterpretation', 'timer-task-listener', 'DURATION: ${deadlines.triageDue}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c004-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'scheduleInterpretation', 'timer-task-listener', 'DURATION: ${deadlines.triageReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c005-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'scheduleInterpretation', 'timer-task-listener', 'DURATION: ${deadlines.triageDue}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c006-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'remindInterpreter', 'async-continuation', 'async-before', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c007-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'markHeld', 'async-continuation', 'async-before', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c008-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'reportEvent', 'timer-task-listener', 'DURATION: ${deadlines.reportReminder}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c009-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'reportEvent', 'timer-task-listener', 'DURATION: ${deadlines.reportDue}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c00a-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'eventReminderDue', 'timer-intermediate-transition', 'DATE: ${interpretationTimes.reminderAt(execution.processBusinessKey)}', 1, NULL, NULL, NULL);
INSERT INTO public.act_ru_jobdef VALUES ('2ed4c00b-ef2c-11f1-bdb6-02fc00000001', 1, 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest', 'eventOver', 'timer-intermediate-transition', 'DATE: ${interpretationTimes.endAt(execution.processBusinessKey)}', 1, NULL, NULL, NULL);


--
-- Data for Name: act_ru_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: act_ru_task; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_task VALUES ('36968704-ef2c-11f1-bdb6-02fc00000001', 1, '3694d950-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Triage request', NULL, NULL, 'triageRequest', NULL, NULL, NULL, 50, '2026-12-03 15:14:19.863', NULL, '2026-12-07 15:14:19.864', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('372cd3f4-ef2c-11f1-bdb6-02fc00000001', 1, '372cacdf-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Translate', NULL, NULL, 'translateRequest', NULL, NULL, NULL, 50, '2026-12-03 15:14:20.848', NULL, '2026-12-10 15:14:20.848', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('37728e98-ef2c-11f1-bdb6-02fc00000001', 1, '37717d23-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Translate', NULL, NULL, 'translateRequest', NULL, 'emily', NULL, 50, '2026-12-03 15:14:21.305', NULL, '2026-12-10 15:14:21.305', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('37eca0d3-ef2c-11f1-bdb6-02fc00000001', 1, '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Review translation', NULL, NULL, 'reviewTranslation', NULL, NULL, NULL, 50, '2026-12-03 15:14:22.105', NULL, '2026-12-07 15:14:22.106', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('38594588-ef2c-11f1-bdb6-02fc00000001', 1, '38583414-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Triage request', NULL, NULL, 'triageRequest', NULL, NULL, NULL, 50, '2026-12-03 15:14:22.817', NULL, '2026-12-07 15:14:22.817', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('38769191-ef2c-11f1-bdb6-02fc00000001', 1, '38761c5d-ef2c-11f1-bdb6-02fc00000001', '38761c5a-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Triage interpretation request', NULL, NULL, 'triageInterpretation', NULL, NULL, NULL, 50, '2026-12-03 15:14:23.009', NULL, '2026-12-07 15:14:23.009', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('505086dd-ef2c-11f1-bdb6-02fc00000001', 1, '50505fc9-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Triage request', NULL, NULL, 'triageRequest', NULL, NULL, NULL, 50, '2026-12-03 15:15:03.025', NULL, '2026-12-07 15:15:03.026', NULL, 1, NULL, 'Created');
INSERT INTO public.act_ru_task VALUES ('507bdcac-ef2c-11f1-bdb6-02fc00000001', 1, '507af248-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, 'Triage request', NULL, NULL, 'triageRequest', NULL, NULL, NULL, 50, '2026-12-03 15:15:03.309', NULL, '2026-12-07 15:15:03.309', NULL, 1, NULL, 'Created');


--
-- Data for Name: act_ru_task_meter_log; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_task_meter_log VALUES ('342d75bd-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:15.819');
INSERT INTO public.act_ru_task_meter_log VALUES ('34986cae-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:16.519');
INSERT INTO public.act_ru_task_meter_log VALUES ('34df39b8-ef2c-11f1-bdb6-02fc00000001', 185457036159132943, '2026-12-03 15:14:16.984');
INSERT INTO public.act_ru_task_meter_log VALUES ('35dbc242-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:18.639');
INSERT INTO public.act_ru_task_meter_log VALUES ('360a4c73-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:18.944');
INSERT INTO public.act_ru_task_meter_log VALUES ('362ffced-ef2c-11f1-bdb6-02fc00000001', 185457036159132943, '2026-12-03 15:14:19.191');
INSERT INTO public.act_ru_task_meter_log VALUES ('36d95c75-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:20.3');
INSERT INTO public.act_ru_task_meter_log VALUES ('371e2dbc-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:20.752');
INSERT INTO public.act_ru_task_meter_log VALUES ('37467676-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:21.016');
INSERT INTO public.act_ru_task_meter_log VALUES ('376b1480-ef2c-11f1-bdb6-02fc00000001', 185457036159132943, '2026-12-03 15:14:21.256');
INSERT INTO public.act_ru_task_meter_log VALUES ('3772b5a9-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:21.305');
INSERT INTO public.act_ru_task_meter_log VALUES ('37b0820a-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:21.711');
INSERT INTO public.act_ru_task_meter_log VALUES ('37df816b-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:22.019');
INSERT INTO public.act_ru_task_meter_log VALUES ('38142614-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:22.363');
INSERT INTO public.act_ru_task_meter_log VALUES ('38a89e1c-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:23.337');
INSERT INTO public.act_ru_task_meter_log VALUES ('38c8a945-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:23.547');
INSERT INTO public.act_ru_task_meter_log VALUES ('3908e6a3-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:23.968');
INSERT INTO public.act_ru_task_meter_log VALUES ('392b14ac-ef2c-11f1-bdb6-02fc00000001', -5752533051680491767, '2026-12-03 15:14:24.192');
INSERT INTO public.act_ru_task_meter_log VALUES ('4e22aa4d-ef2c-11f1-bdb6-02fc00000001', 185457036159132943, '2026-12-03 15:14:59.369');


--
-- Data for Name: act_ru_variable; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.act_ru_variable VALUES ('35af33f5-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 10, '10', NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('35af33f6-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('35af33f7-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('35af33f8-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('35af33f9-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('35e33c53-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'triage', '35af33f3-ef2c-11f1-bdb6-02fc00000001', '35af33f3-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'accept', NULL, '35af33f3-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36948b29-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 27, '27', NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36948b2a-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36948b2b-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3694b23c-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3694b23d-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '36946417-ef2c-11f1-bdb6-02fc00000001', '36946417-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '36946417-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36aad258-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 11, '11', NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36aad259-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36aad25a-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36abbcbb-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36abbcbc-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36e08866-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'triage', '36aaab46-ef2c-11f1-bdb6-02fc00000001', '36aaab46-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ask', NULL, '36aaab46-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36f98eaf-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 6, '6', NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36f9b5c0-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36f9b5c1-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36f9dcd2-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('36f9dcd3-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3721620d-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'triage', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'accept', NULL, '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3723fa21-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'nrOfInstances', '37229a8f-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 2, '2', NULL, '37229a8f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3723fa22-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'nrOfCompletedInstances', '37229a8f-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '37229a8f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3723fa23-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'nrOfActiveInstances', '37229a8f-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 2, '2', NULL, '37229a8f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3723fa26-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'loopCounter', '3723fa25-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '3723fa25-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37242137-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'target', '3723fa25-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'zh-Hans', NULL, '3723fa25-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37242138-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'loopCounter', '3723fa24-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '3723fa24-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37242139-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'target', '3723fa24-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'en', NULL, '3723fa24-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('3724213c-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'translatorGroup', '3724213a-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'coordinator', NULL, '3724213a-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3724213d-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'reviewerGroup', '3724213a-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'reviewer', NULL, '3724213a-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37297882-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'translatorGroup', '37297880-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'linguist', NULL, '37297880-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37297883-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'reviewerGroup', '37297880-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'reviewer', NULL, '37297880-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37297884-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'reviewers', '37297880-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '37297880-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37297885-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'translator', '37297880-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '37297880-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37297886-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'review', '37297880-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '37297880-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('372cace1-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'target', '372cacdf-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'zh-Hans', NULL, '372cacdf-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('3724213e-ef2c-11f1-bdb6-02fc00000001', 2, 'string', 'reviewers', '3724213a-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'reviewer', NULL, '3724213a-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3724213f-ef2c-11f1-bdb6-02fc00000001', 2, 'string', 'translator', '3724213a-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'emily', NULL, '3724213a-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3771a435-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'target', '37717d23-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'en', NULL, '37717d23-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37242140-ef2c-11f1-bdb6-02fc00000001', 2, 'string', 'review', '3724213a-ef2c-11f1-bdb6-02fc00000001', '36f8cb5d-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'changes', NULL, '3724213a-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('3785534d-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 12, '12', NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37857a5e-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37857a5f-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37857a60-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37857a61-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b42b8b-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'triage', '3785534b-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'accept', NULL, '3785534b-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b6004f-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'nrOfInstances', '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b60050-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'nrOfCompletedInstances', '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b62761-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'nrOfActiveInstances', '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 1, '1', NULL, '37b4a0bd-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b62763-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'loopCounter', '37b62762-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '37b62762-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b62764-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'target', '37b62762-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'en', NULL, '37b62762-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b62767-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'translatorGroup', '37b62765-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'coordinator', NULL, '37b62765-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b62768-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'reviewerGroup', '37b62765-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'reviewer', NULL, '37b62765-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b6276b-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'review', '37b62765-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '37b62765-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37ebdd80-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'target', '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'en', NULL, '37ebdd7e-ef2c-11f1-bdb6-02fc00000001', 1, true, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b62769-ef2c-11f1-bdb6-02fc00000001', 2, 'string', 'reviewers', '37b62765-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'reviewer', NULL, '37b62765-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('37b6276a-ef2c-11f1-bdb6-02fc00000001', 2, 'string', 'translator', '37b62765-ef2c-11f1-bdb6-02fc00000001', '3785534b-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'emily', NULL, '37b62765-ef2c-11f1-bdb6-02fc00000001', 2, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38580cfd-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 9, '9', NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38580cfe-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'CHECKING', NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38580cff-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38580d00-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38580d01-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '3857e5eb-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38ad590d-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'triage', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'accept', NULL, '38847443-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('38d2bb66-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'interpreter', '38847443-ef2c-11f1-bdb6-02fc00000001', '38847443-ef2c-11f1-bdb6-02fc00000001', 'interpretationRequest:1:2ed4c001-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'emily', NULL, '38847443-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('505038b2-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 21, '21', NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('505038b3-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('50505fc4-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('50505fc5-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('50505fc6-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '505038b0-ef2c-11f1-bdb6-02fc00000001', '505038b0-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '505038b0-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('507aa421-ef2c-11f1-bdb6-02fc00000001', 1, 'long', 'characters', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 27, '27', NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('507aa422-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'requestType', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'TRANSLATION', NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('507aa423-ef2c-11f1-bdb6-02fc00000001', 1, 'null', 'purpose', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('507aa424-ef2c-11f1-bdb6-02fc00000001', 1, 'integer', 'partnerCount', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, 0, '0', NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);
INSERT INTO public.act_ru_variable VALUES ('507aa425-ef2c-11f1-bdb6-02fc00000001', 1, 'string', 'sourceLanguage', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 'translationRequest:1:2ed36063-ef2c-11f1-bdb6-02fc00000001', NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'ja', NULL, '507a7d0f-ef2c-11f1-bdb6-02fc00000001', 1, false, NULL);


--
-- Data for Name: city_closed_day; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.city_closed_day VALUES ('2027-04-26', '市制記念日');


--
-- Data for Name: credential; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.credential VALUES ('admin', '2026-12-03 15:14:08.288475+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:sWB3gVZuG3DSXUAxL8cU3rRw59vBygqCu7kd1vY34P8=:n9PBVDlEwdhyYaU2jeEK0zTMHV7ag4Px9cv4z8ld084=', 0);
INSERT INTO public.credential VALUES ('aroha', '2026-12-03 15:14:08.538153+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:2k7wThJyygTtogVh3wfQYbN2J75GL0q2vUaZso55imQ=:+X6YpYCg6+oPwuG1h0szB+2bTvze6GOX+Nx4QG0tb2g=', 0);
INSERT INTO public.credential VALUES ('emily', '2026-12-03 15:14:08.67496+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:JICX49dO9CV+W/Z7RPj7RX++iGxT13NBb09Ab3A+Tk4=:WZ7yCyfyyPd1JcVYCmBkqedExfKKqE982E2tiiETpgI=', 0);
INSERT INTO public.credential VALUES ('kimura', '2026-12-03 15:14:08.784368+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:xM58t4PX5mDQOLCm7uajDTRv2/9fjgsvk9GPTIVp4Ig=:qy1GtBW3Oqtnsr47ZItw7OESVKg8o43cuoWdrL58vog=', 0);
INSERT INTO public.credential VALUES ('lin', '2026-12-03 15:14:08.893396+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:8bIS9dBtotH6x9Wduh+QvzsuGaaFtvPeacDwbPsjkIY=:0sKOKqt3DgeuPTXY6szycuxc61GgX1GKmgbMNp6329s=', 0);
INSERT INTO public.credential VALUES ('sato', '2026-12-03 15:14:08.986348+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:Z5bvPUrsLLV0fosVa6h0S4szuyKX68tuYmpCEepZEVM=:ygj6iP9qtsz599ypawtj3l9YpfgWoDiQPjFudBrUyLg=', 0);
INSERT INTO public.credential VALUES ('suzuki', '2026-12-03 15:14:09.097591+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:7L2qJ6gSA6wqx9qh7FFVa8R9ntsSsXWuX+buiN2w+2A=:aDvF9HW7Xhtws//u3uxSDAdh+YWnlHYYX7IvaLVZjcI=', 0);
INSERT INTO public.credential VALUES ('tanaka', '2026-12-03 15:14:09.200157+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:20v0xnFGLoqOLBpG9YFflxJ21tcwS6+5x2rR/kttOVc=:gk4cdoGjD/nbLEsFayVNngim39g9yV/6yjh6y5LpV6U=', 0);
INSERT INTO public.credential VALUES ('wang', '2026-12-03 15:14:09.308895+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:VPl4E/LfotP8p7Aqpg2R728Q7c7YYLBL3kfYAYPQnpY=:CXkHxt0u9+Cs0Zcozl7/UDorLXioEFGisRbD6w0+zKk=', 0);
INSERT INTO public.credential VALUES ('watanabe', '2026-12-03 15:14:09.404326+00', 0, NULL, 'PBKDF2WithHmacSHA256:210000:ujndaLamBaYkTiJQThXsdNgSvF3y24iX8VDvvqjatWQ=:vZ/5M1drK3lE9VsgFIMdCQJrzAHa+r+YuvpgQojWAQM=', 0);


--
-- Data for Name: delivery_download; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: delivery_link; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.delivery_link VALUES ('fccf2430-aded-44e3-aeee-c0d4a1941671', '2026-12-03 15:14:17.25819+00', '2026-12-17 15:14:17.25819+00', NULL, 'sato', '2026-00001', NULL, NULL, 'en', '00a1e0761e93fc7dd985dbe5dcfc11e57a37963fbee80a5b2a0b10bb91c949fc', 'fa620f7b-6fd9-4e90-9d43-50498b68fed8');
INSERT INTO public.delivery_link VALUES ('cef6e3fc-891b-47be-b293-fede79e77dcf', '2026-12-03 15:14:17.547995+00', '2026-12-17 15:14:17.547995+00', 'napier', 'aroha', '2026-00001', NULL, NULL, 'en', '6544bffb7c7c157ac4ec95425128861c59bfeed83e59e9880046998d4dc1e41a', 'fa620f7b-6fd9-4e90-9d43-50498b68fed8');
INSERT INTO public.delivery_link VALUES ('93732fcc-16c4-4f52-9c1b-41f8a1aaa796', '2026-12-03 15:14:19.304145+00', '2026-12-17 15:14:19.304145+00', NULL, 'sato', '2026-00002', NULL, NULL, 'en', '6a81255843950c52be82ecb9b9ed4f14f1b82e5880f7b7d1feddf785e94e784d', '2d12d994-8e25-4c60-94bf-06727a6795be');
INSERT INTO public.delivery_link VALUES ('abeef84d-e561-4021-8648-27678cd3ca46', '2026-12-03 15:14:19.311398+00', '2026-12-17 15:14:19.311398+00', 'napier', 'aroha', '2026-00002', NULL, NULL, 'en', '6d78cda9fde60875bdf1c1af71d1be14b68a4c4d2914c87a0d368bf8765e4a50', '2d12d994-8e25-4c60-94bf-06727a6795be');


--
-- Data for Name: department; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.department VALUES ('mirai-souzou', 'Future Creation Strategy Office', '未来創造戦略室', NULL);
INSERT INTO public.department VALUES ('sougou-fukushi', 'General Welfare Division', '総合福祉課', NULL);
INSERT INTO public.department VALUES ('gyousei-kanri', 'Administrative Management Office', '行政監理室', NULL);


--
-- Data for Name: digest_entry; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.digest_entry VALUES ('0c98ae33-da80-4faa-bd86-be24d0489d28', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:14.590174+00', '2026-00001', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('a5f33d27-d60e-405a-bb3e-237b87dd8cf7', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:14.590174+00', '2026-00001', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('7c96e7da-b786-465d-b346-96c70626ae60', 'emily', NULL, 'TRANSLATION_SUBMITTED', '2026-12-03 15:14:16.56619+00', '2026-00001', 'en', 'tanaka');
INSERT INTO public.digest_entry VALUES ('dc54ee17-7c54-4a96-9f04-c700d7adb188', 'tanaka', NULL, 'APPROVED', '2026-12-03 15:14:17.025687+00', '2026-00001', 'en', 'emily');
INSERT INTO public.digest_entry VALUES ('109af018-d3b8-4b8c-9e15-1bd76fb12d5b', 'kakehashi', NULL, 'DELIVERED', '2026-12-03 15:14:17.209991+00', '2026-00001', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('5a961069-e8ad-462e-83d2-1588bfa4e5a0', 'kakehashi', NULL, 'DELIVERED', '2026-12-03 15:14:17.209991+00', '2026-00001', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('6928592c-8749-43d7-903e-3dafe1c2ce8a', 'aroha', NULL, 'RECEIPT_CONFIRMED', '2026-12-03 15:14:18.204736+00', '2026-00001', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('0c2757f7-ee5d-4318-a5e7-77e62817f69e', 'aroha', NULL, 'RECEIPT_CONFIRMED', '2026-12-03 15:14:18.204736+00', '2026-00001', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('4d0a8490-8083-4a43-bd06-da62f1159f8c', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:18.342902+00', '2026-00002', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('d3a66f84-dc7d-4690-a7b4-6c66c9b612ae', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:18.342902+00', '2026-00002', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('40a65f1e-0e3d-4b05-ae9b-0b3d10e666bd', 'emily', NULL, 'TRANSLATION_SUBMITTED', '2026-12-03 15:14:18.959361+00', '2026-00002', 'en', 'tanaka');
INSERT INTO public.digest_entry VALUES ('715fe71f-4095-4d8b-ac09-31ec006f54d9', 'tanaka', NULL, 'APPROVED', '2026-12-03 15:14:19.202577+00', '2026-00002', 'en', 'emily');
INSERT INTO public.digest_entry VALUES ('c7a23345-591e-4a97-8f04-05aaf0723801', 'kakehashi', NULL, 'DELIVERED', '2026-12-03 15:14:19.292588+00', '2026-00002', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('e512c6ed-0524-4966-8429-929bb7fb803e', 'kakehashi', NULL, 'DELIVERED', '2026-12-03 15:14:19.292588+00', '2026-00002', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('f19e8a10-8f9a-400b-bd82-75d44feb5a91', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:19.841223+00', '2026-00003', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('b1baac14-2fd0-4d0a-b054-253dc75bba49', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:19.841223+00', '2026-00003', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('c4fb7d64-4396-4a3b-8325-d0177fe37860', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:19.98943+00', '2026-00004', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('7b5de6d0-3493-4534-b5ea-87d25e4e96ff', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:19.98943+00', '2026-00004', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('54ca5c50-7dcd-4a9b-b405-f1bb2c19b573', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:20.496048+00', '2026-00005', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('b080904a-5b9a-4f55-b1f4-08f1a83d9e59', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:20.496048+00', '2026-00005', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('32e869c8-d67c-4bd1-a3e8-551642985d1c', 'emily', NULL, 'TRANSLATION_SUBMITTED', '2026-12-03 15:14:21.029701+00', '2026-00005', 'en', 'tanaka');
INSERT INTO public.digest_entry VALUES ('957c870e-a291-45b6-8035-86827aa07a0c', 'tanaka', NULL, 'CHANGES_REQUESTED', '2026-12-03 15:14:21.27658+00', '2026-00005', 'en', 'emily');
INSERT INTO public.digest_entry VALUES ('3e94c25e-f810-487b-9393-31e208c4b3f3', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:21.421745+00', '2026-00006', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('0fe8efd4-d16d-4425-a357-a5ded5d13a09', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:21.421745+00', '2026-00006', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('9041d0cb-03b0-4ad2-a689-0ab2acc318f0', 'emily', NULL, 'TRANSLATION_SUBMITTED', '2026-12-03 15:14:22.040776+00', '2026-00006', 'en', 'tanaka');
INSERT INTO public.digest_entry VALUES ('822eaf47-1841-46d6-9347-16aff6c17694', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.189976+00', '2026-00007', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('1baf4873-d5f3-49a2-902b-636d9a35e576', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.189976+00', '2026-00007', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('a562f3d7-09c9-4cff-b6b2-f9095e4a0bc7', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.46214+00', '2026-00008', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('05c4ecde-ac08-45ba-9766-299c6a57a7c5', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.46214+00', '2026-00008', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('39f108cd-5ad1-47fc-a353-5981f6fa25c3', 'sato', NULL, 'CANCELLED', '2026-12-03 15:14:22.626779+00', '2026-00008', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('be29b37f-e3fd-4af3-b420-2fed90b8e526', 'sato', NULL, 'CANCELLED', '2026-12-03 15:14:22.626779+00', '2026-00008', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('050dbf15-8189-4152-87e2-42fe40dc1272', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.80057+00', '2026-00009', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('be012673-1708-4a49-bb77-6c15e5cdc76f', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.80057+00', '2026-00009', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('3800ef21-514e-4907-9429-34c9cde2a87a', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.997539+00', '2026-00010', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('8864c604-0812-401a-ac7a-4be5f6899877', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:22.997539+00', '2026-00010', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('99723ef4-887b-4899-b315-a0f656912a60', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:23.0946+00', '2026-00011', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('a4bf9ac9-7b15-47d7-8f46-c63667dc5e51', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:23.0946+00', '2026-00011', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('70a39afd-1e70-4739-ae9e-6a260f53a88a', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:23.749069+00', '2026-00012', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('0dc13afd-850e-4f1b-ace4-8a13a0c8a566', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:14:23.749069+00', '2026-00012', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('343f3870-2af1-4981-b909-d8117afdd28a', 'tanaka', NULL, 'REPORTED', '2026-12-03 15:14:59.655903+00', '2026-00012', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('c41c341c-982f-40ec-bbbd-684fe7af7cb1', 'citizen:ea811b2c777f', NULL, 'SUBMITTED', '2026-12-03 15:15:03.020653+00', '2026-00013', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('08a66594-a040-4319-be8c-dfda9a2f4b05', 'citizen:ea811b2c777f', NULL, 'SUBMITTED', '2026-12-03 15:15:03.020653+00', '2026-00013', NULL, 'tanaka');
INSERT INTO public.digest_entry VALUES ('37806945-1240-461d-a6d8-b5f875dadf6a', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:15:03.29308+00', '2026-00014', NULL, 'emily');
INSERT INTO public.digest_entry VALUES ('91ca6548-2235-4b3d-909c-d6da68b3e0df', 'sato', NULL, 'SUBMITTED', '2026-12-03 15:15:03.29308+00', '2026-00014', NULL, 'tanaka');


--
-- Data for Name: login_session; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.login_session VALUES ('af7d1a9457742339f42fd54735e702922c85df0d9c86b30a9106b0ae8f081b80', '2026-12-03 15:14:13.457197+00', 'vBfUL3VxIOqWDc62XM3OmEhEdyqDBmVhx_Cx50F3WUM', '2026-12-04 03:14:13.457197+00', '2026-12-03 15:14:13.457197+00', 'sato');
INSERT INTO public.login_session VALUES ('d629c36a1d65f8a7a47774a878701ec2f2953df50d6c1e349c3d1db997a563de', '2026-12-03 15:14:15.312634+00', 'gKhs0PvtFS_MlvQM5DTxRMj8g47JUAC5rRH5hqI5bDM', '2026-12-04 03:14:15.312634+00', '2026-12-03 15:14:15.312634+00', 'emily');
INSERT INTO public.login_session VALUES ('4baf31124b9ad9cdd389c898523693bed793f43f4c13225687e5d084b8094e38', '2026-12-03 15:14:16.770621+00', 'sBgzaDd_xwRQoxtdOZHUnB4RvYU8MnTIZAgsZB3Ez5c', '2026-12-04 03:14:16.770621+00', '2026-12-03 15:14:16.770621+00', 'tanaka');
INSERT INTO public.login_session VALUES ('ab2fcffac83f55569e2df98824b57c3a273a757ec3ccc858bfa462d104acc2af', '2026-12-03 15:14:18.120835+00', '0frOl1MITNA_sJ-B41bGKdb3f1hqMNNwPd9Xr3L_vSI', '2026-12-04 03:14:18.120835+00', '2026-12-03 15:14:18.120835+00', 'aroha');
INSERT INTO public.login_session VALUES ('6aac9005761f69b7dcb5afc82795c9eb4835a71a85276dacb762108dce517204', '2026-12-03 15:15:03.43987+00', 'C4Z6PPD6ClXvukyehq40dYvZ3VXHdFRISxVkBXVb5-4', '2026-12-04 03:15:03.43987+00', '2026-12-03 15:15:03.43987+00', 'admin');


--
-- Data for Name: mail_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mail_outbox VALUES ('a99fa177-cda8-44b0-8118-7805b0e2681e', 5, '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>【架け橋】依頼2026-00001の翻訳（1件）を納品します</title></head><body><p>佐藤 様</p><p>依頼2026-00001の翻訳1件をお届けします。令和8年12月17日まで、下のリンクからダウンロードできます。</p><ul><li><a href="http://localhost:8080/api/deliveries/QSLprl3MVLmrvccIc74vTw">英語: 翻訳_2026-00001_en.txt</a></li><li><a href="http://localhost:8080/request.html?number=2026-00001">依頼のページを開く</a></li></ul><p>--<br>国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。</p></body></html>', 'delivered', 'org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 3025; timeout 10000;
  nested exception is:
	java.net.ConnectException: Connection refused', '2026-12-03 15:15:21.216875+00', '2026-12-03 15:14:17.527053+00', 'sato@city.example.jp', '佐藤', '2026-00001', NULL, 'QUEUED', '【架け橋】依頼2026-00001の翻訳（1件）を納品します', '佐藤 様

依頼2026-00001の翻訳1件をお届けします。令和8年12月17日まで、下のリンクからダウンロードできます。

英語: 翻訳_2026-00001_en.txt:
http://localhost:8080/api/deliveries/QSLprl3MVLmrvccIc74vTw

依頼のページを開く:
http://localhost:8080/request.html?number=2026-00001

--
国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。
', 5);
INSERT INTO public.mail_outbox VALUES ('8988baae-43e2-4d84-9163-cc64c9925baf', 5, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>[Kakehashi] A translation for you (request 2026-00001)</title></head><body><p>Dear Aroha (Napier),</p><p>The International Relations Office sends you a translation (request 2026-00001). Please download it by 17 December 2026 and confirm receipt on your page:</p><ul><li><a href="http://localhost:8080/api/deliveries/aqA-LXGUOoiXMoa0FeAP8g">English: 翻訳_2026-00001_en.txt</a></li><li><a href="http://localhost:8080/partner.html">Confirm receipt on your page</a></li></ul><p>--<br>International Relations Office, through Kakehashi. This mail was sent automatically; replies are not read.</p></body></html>', 'delivered-partner', 'org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 3025; timeout 10000;
  nested exception is:
	java.net.ConnectException: Connection refused', '2026-12-03 15:15:21.21926+00', '2026-12-03 15:14:17.570918+00', 'aroha@napier.example.nz', 'Aroha (Napier)', '2026-00001', NULL, 'QUEUED', '[Kakehashi] A translation for you (request 2026-00001)', 'Dear Aroha (Napier),

The International Relations Office sends you a translation (request 2026-00001). Please download it by 17 December 2026 and confirm receipt on your page:

English: 翻訳_2026-00001_en.txt:
http://localhost:8080/api/deliveries/aqA-LXGUOoiXMoa0FeAP8g

Confirm receipt on your page:
http://localhost:8080/partner.html

--
International Relations Office, through Kakehashi. This mail was sent automatically; replies are not read.
', 5);
INSERT INTO public.mail_outbox VALUES ('2dcd9e16-eb63-42e9-938f-90a99ed1a78a', 5, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>[Kakehashi] A translation for you (request 2026-00002)</title></head><body><p>Dear Aroha (Napier),</p><p>The International Relations Office sends you a translation (request 2026-00002). Please download it by 17 December 2026 and confirm receipt on your page:</p><ul><li><a href="http://localhost:8080/api/deliveries/Cm-jzVjFvS9fhDMrbEdIVg">English: 翻訳_2026-00002_en.txt</a></li><li><a href="http://localhost:8080/partner.html">Confirm receipt on your page</a></li></ul><p>--<br>International Relations Office, through Kakehashi. This mail was sent automatically; replies are not read.</p></body></html>', 'delivered-partner', 'org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 3025; timeout 10000;
  nested exception is:
	java.net.ConnectException: Connection refused', '2026-12-03 15:15:22.236288+00', '2026-12-03 15:14:19.313718+00', 'aroha@napier.example.nz', 'Aroha (Napier)', '2026-00002', NULL, 'QUEUED', '[Kakehashi] A translation for you (request 2026-00002)', 'Dear Aroha (Napier),

The International Relations Office sends you a translation (request 2026-00002). Please download it by 17 December 2026 and confirm receipt on your page:

English: 翻訳_2026-00002_en.txt:
http://localhost:8080/api/deliveries/Cm-jzVjFvS9fhDMrbEdIVg

Confirm receipt on your page:
http://localhost:8080/partner.html

--
International Relations Office, through Kakehashi. This mail was sent automatically; replies are not read.
', 5);
INSERT INTO public.mail_outbox VALUES ('0ef5e74b-bbdb-43c0-85aa-dbeda7a59a72', 5, '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>【架け橋】依頼2026-00004について確認させてください</title></head><body><p>佐藤 様</p><p>依頼2026-00004について、国際交流員から次の質問があります：「掲載先はどこですか？」依頼のページから回答してください。回答をいただき次第、作業を進めます。</p><ul><li><a href="http://localhost:8080/request.html?number=2026-00004">依頼のページを開く</a></li></ul><p>--<br>国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。</p></body></html>', 'question-asked', 'org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 3025; timeout 10000;
  nested exception is:
	java.net.ConnectException: Connection refused', '2026-12-03 15:15:23.245881+00', '2026-12-03 15:14:20.339702+00', 'sato@city.example.jp', '佐藤', '2026-00004', NULL, 'QUEUED', '【架け橋】依頼2026-00004について確認させてください', '佐藤 様

依頼2026-00004について、国際交流員から次の質問があります：「掲載先はどこですか？」依頼のページから回答してください。回答をいただき次第、作業を進めます。

依頼のページを開く:
http://localhost:8080/request.html?number=2026-00004

--
国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。
', 5);
INSERT INTO public.mail_outbox VALUES ('28a616a2-a85c-45b8-be97-3c45a109f270', 5, '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>【架け橋】依頼2026-00002の翻訳（1件）を納品します</title></head><body><p>佐藤 様</p><p>依頼2026-00002の翻訳1件をお届けします。令和8年12月17日まで、下のリンクからダウンロードできます。</p><ul><li><a href="http://localhost:8080/api/deliveries/gVAtToGzpxxUnfjuHC7ZrA">英語: 翻訳_2026-00002_en.txt</a></li><li><a href="http://localhost:8080/request.html?number=2026-00002">依頼のページを開く</a></li></ul><p>--<br>国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。</p></body></html>', 'delivered', 'org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 3025; timeout 10000;
  nested exception is:
	java.net.ConnectException: Connection refused', '2026-12-03 15:15:22.234172+00', '2026-12-03 15:14:19.307592+00', 'sato@city.example.jp', '佐藤', '2026-00002', NULL, 'QUEUED', '【架け橋】依頼2026-00002の翻訳（1件）を納品します', '佐藤 様

依頼2026-00002の翻訳1件をお届けします。令和8年12月17日まで、下のリンクからダウンロードできます。

英語: 翻訳_2026-00002_en.txt:
http://localhost:8080/api/deliveries/gVAtToGzpxxUnfjuHC7ZrA

依頼のページを開く:
http://localhost:8080/request.html?number=2026-00002

--
国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。
', 5);
INSERT INTO public.mail_outbox VALUES ('03b6c3db-fe4a-4897-89a2-1cdeaea925ff', 5, '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>【架け橋】依頼2026-00007はお受けできません</title></head><body><p>佐藤 様</p><p>依頼2026-00007はお受けできません。宗教・政治・営利目的の文書は翻訳をお受けしていません。 行事の案内は宗教法人にご相談ください。</p><ul><li><a href="http://localhost:8080/request.html?number=2026-00007">依頼のページを開く</a></li></ul><p>--<br>国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。</p></body></html>', 'rejected', 'org.eclipse.angus.mail.util.MailConnectException: Couldn''t connect to host, port: localhost, 3025; timeout 10000;
  nested exception is:
	java.net.ConnectException: Connection refused', '2026-12-03 15:15:25.264192+00', '2026-12-03 15:14:22.387361+00', 'sato@city.example.jp', '佐藤', '2026-00007', NULL, 'QUEUED', '【架け橋】依頼2026-00007はお受けできません', '佐藤 様

依頼2026-00007はお受けできません。宗教・政治・営利目的の文書は翻訳をお受けしていません。 行事の案内は宗教法人にご相談ください。

依頼のページを開く:
http://localhost:8080/request.html?number=2026-00007

--
国際交流室（架け橋）。このメールは自動送信です。返信はお読みできません。
', 5);


--
-- Data for Name: partner; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.partner VALUES ('napier', 'en-NZ', 'Napier City Council', 'Pacific/Auckland');


--
-- Data for Name: person; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person VALUES ('admin', NULL, NULL, '管理者', NULL, NULL, NULL, NULL);
INSERT INTO public.person VALUES ('kimura', NULL, 'gyousei-kanri', '木村', NULL, NULL, NULL, NULL);
INSERT INTO public.person VALUES ('wang', NULL, NULL, '王', NULL, NULL, NULL, NULL);
INSERT INTO public.person VALUES ('lin', NULL, NULL, '林', NULL, NULL, NULL, NULL);
INSERT INTO public.person VALUES ('sato', NULL, 'sougou-fukushi', '佐藤', 'sato@city.example.jp', 'ja', NULL, NULL);
INSERT INTO public.person VALUES ('suzuki', NULL, 'gyousei-kanri', '鈴木', 'suzuki@city.example.jp', 'ja', NULL, NULL);
INSERT INTO public.person VALUES ('watanabe', NULL, 'mirai-souzou', '渡辺', 'watanabe@city.example.jp', 'ja', NULL, NULL);
INSERT INTO public.person VALUES ('emily', NULL, 'mirai-souzou', 'Emily (CIR)', 'emily@city.example.jp', 'en', NULL, NULL);
INSERT INTO public.person VALUES ('tanaka', NULL, 'mirai-souzou', '田中', 'tanaka@city.example.jp', 'ja', NULL, NULL);
INSERT INTO public.person VALUES ('aroha', NULL, NULL, 'Aroha (Napier)', 'aroha@napier.example.nz', 'en', NULL, 'napier');


--
-- Data for Name: person_language_pair; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_language_pair VALUES ('emily', 'ja', 'en');
INSERT INTO public.person_language_pair VALUES ('tanaka', 'ja', 'en');
INSERT INTO public.person_language_pair VALUES ('tanaka', 'ja', 'zh-Hans');
INSERT INTO public.person_language_pair VALUES ('lin', 'ja', 'zh-Hant');
INSERT INTO public.person_language_pair VALUES ('lin', 'ja', 'zh-Hans');


--
-- Data for Name: person_role; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.person_role VALUES ('admin', 'ADMIN');
INSERT INTO public.person_role VALUES ('sato', 'REQUESTER');
INSERT INTO public.person_role VALUES ('suzuki', 'REQUESTER');
INSERT INTO public.person_role VALUES ('watanabe', 'OFFICE_MANAGER');
INSERT INTO public.person_role VALUES ('kimura', 'REQUESTER');
INSERT INTO public.person_role VALUES ('wang', 'EXTERNAL_REVIEWER');
INSERT INTO public.person_role VALUES ('emily', 'COORDINATOR');
INSERT INTO public.person_role VALUES ('emily', 'REVIEWER');
INSERT INTO public.person_role VALUES ('tanaka', 'COORDINATOR');
INSERT INTO public.person_role VALUES ('tanaka', 'REVIEWER');
INSERT INTO public.person_role VALUES ('aroha', 'PARTNER');
INSERT INTO public.person_role VALUES ('lin', 'LINGUIST');


--
-- Data for Name: request_intake_finding; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.request_intake_finding VALUES ('44e45913-2e2f-46ee-9130-bed3e9ad9fc0', '0|7', 'SHORT_LEAD_TIME');


--
-- Data for Name: request_number_year; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.request_number_year VALUES (2026, 1);


--
-- Data for Name: request_partner; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.request_partner VALUES ('5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 'napier');
INSERT INTO public.request_partner VALUES ('0ea6eb3b-1717-49d5-a03d-396e25245ec2', 'napier');


--
-- Data for Name: request_partner_receipt; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.request_partner_receipt VALUES ('5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 'napier');


--
-- Data for Name: request_timeline; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.request_timeline VALUES ('6b35c0e2-190a-4612-ade7-44df7132047d', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:14.590174+00', NULL, '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 0);
INSERT INTO public.request_timeline VALUES ('37201391-024f-44e5-916b-e28cab9156ef', 'emily', 'ACCEPTED', NULL, '2026-12-03 15:14:15.875528+00', NULL, '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 1);
INSERT INTO public.request_timeline VALUES ('b6c2f2d3-6472-49a1-884e-5e8598f8183d', 'kakehashi', 'ROUTED', 'coordinator / reviewer', '2026-12-03 15:14:16.224517+00', 'en', '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 2);
INSERT INTO public.request_timeline VALUES ('e009573b-5b78-4107-9b6b-efee024975ca', 'emily', 'TRANSLATION_SUBMITTED', NULL, '2026-12-03 15:14:16.56619+00', 'en', '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 3);
INSERT INTO public.request_timeline VALUES ('469ca3eb-9ebd-485f-a132-c770e4dc18e2', 'kakehashi', 'REVIEWERS_CHOSEN', 'reviewer', '2026-12-03 15:14:16.635619+00', 'en', '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 4);
INSERT INTO public.request_timeline VALUES ('722996b6-061f-4bd0-80cb-46bedbe084f4', 'tanaka', 'APPROVED', NULL, '2026-12-03 15:14:17.025687+00', 'en', '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 5);
INSERT INTO public.request_timeline VALUES ('098f771a-9e32-49b7-98f7-77bffbcfa3dc', 'kakehashi', 'DELIVERED', NULL, '2026-12-03 15:14:17.209991+00', NULL, '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 6);
INSERT INTO public.request_timeline VALUES ('d2051e94-dd3a-47be-9186-24af2ebe993c', 'aroha', 'RECEIPT_CONFIRMED', 'napier', '2026-12-03 15:14:18.204736+00', NULL, '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 7);
INSERT INTO public.request_timeline VALUES ('f783d624-5a47-4858-8ba7-1072d51438ca', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:18.342902+00', NULL, '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 0);
INSERT INTO public.request_timeline VALUES ('5a7b528b-8ffd-49c3-a2ae-65a15b662722', 'emily', 'ACCEPTED', NULL, '2026-12-03 15:14:18.684407+00', NULL, '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 1);
INSERT INTO public.request_timeline VALUES ('42f4cc9b-e12d-4596-a474-ea98b8224cf3', 'kakehashi', 'ROUTED', 'coordinator / reviewer', '2026-12-03 15:14:18.722446+00', 'en', '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 2);
INSERT INTO public.request_timeline VALUES ('51436974-002c-4c06-ab40-f99eda8de470', 'emily', 'TRANSLATION_SUBMITTED', NULL, '2026-12-03 15:14:18.959361+00', 'en', '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 3);
INSERT INTO public.request_timeline VALUES ('fbd084bd-bc27-4f97-bbdd-ccc85de1f49d', 'kakehashi', 'REVIEWERS_CHOSEN', 'reviewer', '2026-12-03 15:14:18.987012+00', 'en', '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 4);
INSERT INTO public.request_timeline VALUES ('e74c916e-4abc-417e-a43b-9fe2df696f8d', 'tanaka', 'APPROVED', NULL, '2026-12-03 15:14:19.202577+00', 'en', '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 5);
INSERT INTO public.request_timeline VALUES ('6dc30e42-7e1a-4136-b6b7-f72283f49ad6', 'kakehashi', 'DELIVERED', NULL, '2026-12-03 15:14:19.292588+00', NULL, '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 6);
INSERT INTO public.request_timeline VALUES ('42e919f3-e7d7-4026-9609-7b0942ce1f78', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:19.841223+00', NULL, 'ca2c6f27-a3ac-43c3-963b-344115cf962b', 0);
INSERT INTO public.request_timeline VALUES ('871907b9-a8e7-498e-bb02-9cdcc559d233', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:19.98943+00', NULL, 'e5fc92ac-fc99-42b5-8a43-1ae16d1b6fad', 0);
INSERT INTO public.request_timeline VALUES ('2a41ea12-f225-433f-a0d1-6583da98a0a6', 'emily', 'QUESTION_ASKED', '掲載先はどこですか？', '2026-12-03 15:14:20.327836+00', NULL, 'e5fc92ac-fc99-42b5-8a43-1ae16d1b6fad', 1);
INSERT INTO public.request_timeline VALUES ('77cfb45e-6a16-45ba-9224-28b6d2ae6ef1', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:20.496048+00', NULL, 'd1e1b2da-43db-428b-9db8-44469a708a8c', 0);
INSERT INTO public.request_timeline VALUES ('c73662ee-c428-4941-ad6e-12519760399d', 'emily', 'ACCEPTED', NULL, '2026-12-03 15:14:20.769325+00', NULL, 'd1e1b2da-43db-428b-9db8-44469a708a8c', 1);
INSERT INTO public.request_timeline VALUES ('31862d16-873a-4e56-9c8a-3e87f21f4b98', 'kakehashi', 'ROUTED', 'coordinator / reviewer', '2026-12-03 15:14:20.822047+00', 'en', 'd1e1b2da-43db-428b-9db8-44469a708a8c', 2);
INSERT INTO public.request_timeline VALUES ('73cbe568-9ceb-47b1-bb44-5c47907e0414', 'kakehashi', 'ROUTED', 'linguist / reviewer', '2026-12-03 15:14:20.847269+00', 'zh-Hans', 'd1e1b2da-43db-428b-9db8-44469a708a8c', 3);
INSERT INTO public.request_timeline VALUES ('6e526b07-bfe3-4a39-abf0-f35fa6997446', 'emily', 'TRANSLATION_SUBMITTED', NULL, '2026-12-03 15:14:21.029701+00', 'en', 'd1e1b2da-43db-428b-9db8-44469a708a8c', 4);
INSERT INTO public.request_timeline VALUES ('69ead1d2-33e6-45b6-b05a-b3bf030e1832', 'kakehashi', 'REVIEWERS_CHOSEN', 'reviewer', '2026-12-03 15:14:21.056764+00', 'en', 'd1e1b2da-43db-428b-9db8-44469a708a8c', 5);
INSERT INTO public.request_timeline VALUES ('9ee76ad6-fe75-4429-b045-2f7e29824cb3', 'tanaka', 'CHANGES_REQUESTED', 'Say "service counters".', '2026-12-03 15:14:21.27658+00', 'en', 'd1e1b2da-43db-428b-9db8-44469a708a8c', 6);
INSERT INTO public.request_timeline VALUES ('888aa612-d24b-42a3-89f2-4e777fc8f3f9', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:21.421745+00', NULL, 'ab9a0eb4-9919-46ca-af15-ed9c3682a141', 0);
INSERT INTO public.request_timeline VALUES ('03cdde43-38c9-45b6-addb-8657fd05f13b', 'emily', 'ACCEPTED', NULL, '2026-12-03 15:14:21.729101+00', NULL, 'ab9a0eb4-9919-46ca-af15-ed9c3682a141', 1);
INSERT INTO public.request_timeline VALUES ('9e69753b-b646-418e-a109-bc6b3afcdd1f', 'kakehashi', 'ROUTED', 'coordinator / reviewer', '2026-12-03 15:14:21.769474+00', 'en', 'ab9a0eb4-9919-46ca-af15-ed9c3682a141', 2);
INSERT INTO public.request_timeline VALUES ('6a2d145b-8cbd-4154-af60-43096813d97b', 'emily', 'TRANSLATION_SUBMITTED', NULL, '2026-12-03 15:14:22.040776+00', 'en', 'ab9a0eb4-9919-46ca-af15-ed9c3682a141', 3);
INSERT INTO public.request_timeline VALUES ('09171ff4-2fd4-4442-8cd5-bed801fb991d', 'kakehashi', 'REVIEWERS_CHOSEN', 'reviewer', '2026-12-03 15:14:22.100221+00', 'en', 'ab9a0eb4-9919-46ca-af15-ed9c3682a141', 4);
INSERT INTO public.request_timeline VALUES ('b85b844f-451a-4df1-8413-1dc309889ad3', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:22.189976+00', NULL, '11ca6be3-4318-4214-a956-14c7e66c2e1b', 0);
INSERT INTO public.request_timeline VALUES ('d6980517-7860-4d3f-9c1d-40d5a9f4412b', 'emily', 'REJECTED', '行事の案内は宗教法人にご相談ください。', '2026-12-03 15:14:22.3794+00', NULL, '11ca6be3-4318-4214-a956-14c7e66c2e1b', 1);
INSERT INTO public.request_timeline VALUES ('90fcb866-63c1-4e67-8fa6-4bcf67ea3f04', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:22.46214+00', NULL, '40651d40-bc32-4e2a-a354-e443eb086058', 0);
INSERT INTO public.request_timeline VALUES ('4097f38a-09d6-40d1-a3a5-0dc0e29a13ef', 'sato', 'CANCELLED', '講演会が中止になりました。', '2026-12-03 15:14:22.626779+00', NULL, '40651d40-bc32-4e2a-a354-e443eb086058', 1);
INSERT INTO public.request_timeline VALUES ('e75d4029-c6ad-4434-90c0-02c5b023c643', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:22.80057+00', NULL, '50187e82-7b8f-457a-8d67-e2f30d9ae229', 0);
INSERT INTO public.request_timeline VALUES ('cba02c74-6e75-40cc-942f-794dc9b4a330', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:22.997539+00', NULL, '40e72c17-a156-48ad-ab89-214758b8c512', 0);
INSERT INTO public.request_timeline VALUES ('550542d3-171e-4e79-b5ee-4490341c2bf5', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:23.0946+00', NULL, 'cc2b67a8-ea72-4c23-a9e0-e9aac0c0e25d', 0);
INSERT INTO public.request_timeline VALUES ('71e687d3-f889-4d0d-9a97-fbf49b55cae1', 'emily', 'ACCEPTED', NULL, '2026-12-03 15:14:23.362395+00', NULL, 'cc2b67a8-ea72-4c23-a9e0-e9aac0c0e25d', 1);
INSERT INTO public.request_timeline VALUES ('5823177f-3c38-41b8-9857-a7abb6d9f68f', 'emily', 'SCHEDULED', 'emily', '2026-12-03 15:14:23.60596+00', NULL, 'cc2b67a8-ea72-4c23-a9e0-e9aac0c0e25d', 2);
INSERT INTO public.request_timeline VALUES ('d04990d3-e452-45e1-ba02-20ee8c0e5ba0', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:14:23.749069+00', NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 0);
INSERT INTO public.request_timeline VALUES ('cf9142d4-e78e-472a-aaf6-a768ec86341b', 'emily', 'ACCEPTED', NULL, '2026-12-03 15:14:23.98385+00', NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 1);
INSERT INTO public.request_timeline VALUES ('0b7d75f9-311f-4e14-a94d-0285d1a9823f', 'emily', 'SCHEDULED', 'tanaka', '2026-12-03 15:14:24.215791+00', NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 2);
INSERT INTO public.request_timeline VALUES ('a756a3fd-12f6-4769-9a8c-4dc8ab53fb9f', 'kakehashi', 'INTERPRETER_REMINDED', 'tanaka', '2026-12-03 15:14:24.316149+00', NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 3);
INSERT INTO public.request_timeline VALUES ('145f5e15-e0d6-4564-ab20-16f96b078ded', 'kakehashi', 'HELD', NULL, '2026-12-03 15:14:59.366039+00', NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 4);
INSERT INTO public.request_timeline VALUES ('bc4d6b86-5a58-4a47-91c4-6fcfc390509d', 'tanaka', 'REPORTED', NULL, '2026-12-03 15:14:59.655903+00', NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 5);
INSERT INTO public.request_timeline VALUES ('b78fa3ca-5a8e-4320-8ca4-da0d041317df', 'citizen:ea811b2c777f', 'SUBMITTED', NULL, '2026-12-03 15:15:03.020653+00', NULL, '2a88324b-3e21-41a4-a87f-8c32ccdfe593', 0);
INSERT INTO public.request_timeline VALUES ('a172583e-b348-4149-9782-bc21089bfd47', 'sato', 'SUBMITTED', NULL, '2026-12-03 15:15:03.29308+00', NULL, 'ed2d42fe-0d93-4833-a3d0-619f45d715c6', 0);


--
-- Data for Name: security_event; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.security_event VALUES ('cad0df24-48f5-41e3-a2ba-41d91b3c4723', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:08.291537+00', 'tests', 'admin');
INSERT INTO public.security_event VALUES ('f302c691-d3f9-458f-a79b-db452f4c9250', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:08.538975+00', 'tests', 'aroha');
INSERT INTO public.security_event VALUES ('b156cffd-b07e-4653-92ef-161826bce653', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:08.675602+00', 'tests', 'emily');
INSERT INTO public.security_event VALUES ('bef3c58e-d3d9-4311-8cbb-4649b68cdf01', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:08.785719+00', 'tests', 'kimura');
INSERT INTO public.security_event VALUES ('cb30880f-d7dd-400a-801f-5fa8d080b1b5', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:08.89415+00', 'tests', 'lin');
INSERT INTO public.security_event VALUES ('e17d7609-face-459c-8fba-0225357545a6', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:08.987695+00', 'tests', 'sato');
INSERT INTO public.security_event VALUES ('ebd56e77-63ec-44ac-b8a1-9567203e12da', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:09.09836+00', 'tests', 'suzuki');
INSERT INTO public.security_event VALUES ('764e6471-121a-4645-b382-c50e2caaff65', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:09.200933+00', 'tests', 'tanaka');
INSERT INTO public.security_event VALUES ('21be6315-c323-4f03-b1ac-2f99d974bdce', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:09.309563+00', 'tests', 'wang');
INSERT INTO public.security_event VALUES ('7185d99f-30da-4713-aa08-3861edd4b4ca', 'tests', NULL, 'PASSWORD_CHANGED', '2026-12-03 15:14:09.405117+00', 'tests', 'watanabe');
INSERT INTO public.security_event VALUES ('0654a0c3-b9a7-484a-950e-d791e8e75ed8', NULL, NULL, 'LOGIN_SUCCEEDED', '2026-12-03 15:14:13.415119+00', '127.0.0.1', 'sato');
INSERT INTO public.security_event VALUES ('fd4a757b-4628-4e26-82b6-50e013979299', NULL, NULL, 'LOGIN_SUCCEEDED', '2026-12-03 15:14:15.294328+00', '127.0.0.1', 'emily');
INSERT INTO public.security_event VALUES ('0a870722-4ad4-4ddd-ad78-26df53ac9b84', NULL, NULL, 'LOGIN_SUCCEEDED', '2026-12-03 15:14:16.761086+00', '127.0.0.1', 'tanaka');
INSERT INTO public.security_event VALUES ('9407c3e5-b29b-4c56-9bc4-642157e8357d', NULL, NULL, 'LOGIN_SUCCEEDED', '2026-12-03 15:14:18.114941+00', '127.0.0.1', 'aroha');
INSERT INTO public.security_event VALUES ('033cf35a-5f35-4c5e-90f9-efaac85ab870', NULL, NULL, 'LOGIN_SUCCEEDED', '2026-12-03 15:15:03.434984+00', '127.0.0.1', 'admin');


--
-- Data for Name: server_secret; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.server_secret VALUES ('citizen-form', 'GMaPugUTrcreAZ4AOLAM68vGqVGtSe1mIfH2bQe6htI=');


--
-- Data for Name: stored_document; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stored_document VALUES ('fa620f7b-6fd9-4e90-9d43-50498b68fed8', '翻訳_2026-00001_en.txt', 'ce9fa31cbaaf7f90cbdbc6e57fc1da3f7fa83af9aaa674bf2f383e9ba194cff7', 51, '2026-12-03 15:14:17.236487+00', 'TEXT', '2a489474-b3a1-49d6-adeb-7e9c89b66e5b');
INSERT INTO public.stored_document VALUES ('2d12d994-8e25-4c60-94bf-06727a6795be', '翻訳_2026-00002_en.txt', 'a9857a04b35258cb8c7e6ce9421781d66b84308e0910780b268c0910746fedfc', 17, '2026-12-03 15:14:19.302083+00', 'TEXT', '37b8be95-0f93-4d81-90b5-e70a53b3d643');
INSERT INTO public.stored_document VALUES ('2385cb23-5fe9-4bb2-bcf7-5a511f012d6c', 'soudan.txt', 'd56c96a90f217db49c6bbbcbb366c3771afbf8e22e850e129b26534d26cbfe23', 58, '2026-12-03 15:15:03.292944+00', 'TEXT', 'b41fcac6-0eea-4681-bf2c-ac1df8dbb861');


--
-- Data for Name: stored_document_content; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.stored_document_content VALUES ('2a489474-b3a1-49d6-adeb-7e9c89b66e5b', '\x5369737465722d636974792065786368616e67653a207468652073747564656e747320617272697665206f6e2033204d61792e');
INSERT INTO public.stored_document_content VALUES ('37b8be95-0f93-4d81-90b5-e70a53b3d643', '\x546865206369747920666573746976616c');
INSERT INTO public.stored_document_content VALUES ('b41fcac6-0eea-4681-bf2c-ac1df8dbb861', '\x82d082c682e882c5945982f182c582a282dc82b982f182a981480d0a918d8d87959f8e8389db82c982b2918a926b82ad82be82b382a281420d0a');


--
-- Data for Name: submission_key; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.submission_key VALUES ('08da0865a196c4ce1e5d57c0fd1800eba923ce6a60ac5065dd3f0903df8adbb9', '2026-12-03 15:14:22.83957+00', '7abc1eff85ec8919b02fc0e39f6ff1e08199c95992a9d3b318fe64a85eaf7514', '2026-00009');


--
-- Data for Name: translation_job; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.translation_job VALUES ('251fa5cc-7b74-4b15-b19b-887219fc402d', 'tanaka', 'reviewer', 'READY', 'en', 'Sister-city exchange: the students arrive on 3 May.', 'emily', 'coordinator', NULL, '5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', 0);
INSERT INTO public.translation_job VALUES ('5072a43e-ec6d-43a4-b33a-47e229ddafbe', 'tanaka', 'reviewer', 'READY', 'en', 'The city festival', 'emily', 'coordinator', NULL, '0ea6eb3b-1717-49d5-a03d-396e25245ec2', 0);
INSERT INTO public.translation_job VALUES ('8b813868-65b8-4118-9d66-c9ede87fe6bd', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, 'ca2c6f27-a3ac-43c3-963b-344115cf962b', 0);
INSERT INTO public.translation_job VALUES ('6b4e9e84-ccf2-49cc-9489-7fd3e6cf0fc6', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, 'e5fc92ac-fc99-42b5-8a43-1ae16d1b6fad', 0);
INSERT INTO public.translation_job VALUES ('3a583920-744f-4634-a22a-941372028842', NULL, 'reviewer', 'IN_TRANSLATION', 'zh-Hans', NULL, NULL, 'linguist', NULL, 'd1e1b2da-43db-428b-9db8-44469a708a8c', 1);
INSERT INTO public.translation_job VALUES ('f685010c-47ec-4658-a36c-f3dc9c872864', 'tanaka', 'reviewer', 'CHANGES_REQUESTED', 'en', 'Our counters', 'emily', 'coordinator', NULL, 'd1e1b2da-43db-428b-9db8-44469a708a8c', 0);
INSERT INTO public.translation_job VALUES ('d837eff6-6b07-4b42-9e75-e85f152e0fba', NULL, 'reviewer', 'IN_REVIEW', 'en', 'Joining the National Health Insurance', 'emily', 'coordinator', NULL, 'ab9a0eb4-9919-46ca-af15-ed9c3682a141', 0);
INSERT INTO public.translation_job VALUES ('954a8a49-ad6b-4253-b0fb-1b33fc9df218', NULL, NULL, 'DROPPED', 'en', NULL, NULL, NULL, NULL, '11ca6be3-4318-4214-a956-14c7e66c2e1b', 0);
INSERT INTO public.translation_job VALUES ('8ba972ca-24d9-48f9-ba49-99a2762065b6', NULL, NULL, 'DROPPED', 'en', NULL, NULL, NULL, NULL, '40651d40-bc32-4e2a-a354-e443eb086058', 0);
INSERT INTO public.translation_job VALUES ('675a2ce4-6436-4921-b0d9-aed23bc561b5', NULL, NULL, 'WAITING', 'en', 'Notice of the disaster drill', NULL, NULL, NULL, '50187e82-7b8f-457a-8d67-e2f30d9ae229', 0);
INSERT INTO public.translation_job VALUES ('ebf98ed6-8a81-496c-a50b-0196aa856bc2', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, '40e72c17-a156-48ad-ab89-214758b8c512', 0);
INSERT INTO public.translation_job VALUES ('c496701e-5d0a-493c-ab7b-f1bc958498b4', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, 'cc2b67a8-ea72-4c23-a9e0-e9aac0c0e25d', 0);
INSERT INTO public.translation_job VALUES ('feb6fd2d-55f1-4347-a9be-c3fe4ae778a8', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, '44e45913-2e2f-46ee-9130-bed3e9ad9fc0', 0);
INSERT INTO public.translation_job VALUES ('1f42515c-fd25-4ad4-bf1f-9d5cddfd266a', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, '2a88324b-3e21-41a4-a87f-8c32ccdfe593', 0);
INSERT INTO public.translation_job VALUES ('8cd22192-64e6-4024-bde7-e364b1388ad8', NULL, NULL, 'WAITING', 'en', NULL, NULL, NULL, NULL, 'ed2d42fe-0d93-4833-a3d0-619f45d715c6', 0);


--
-- Data for Name: translation_request; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.translation_request VALUES ('2a88324b-3e21-41a4-a87f-8c32ccdfe593', 'maria@example.org', 'Maria Santos', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'LbnsseillLJVpyQQCwqXYQ', NULL, '2026-00013', NULL, '2026-12-04', NULL, 'citizen:ea811b2c777f', 'ja', 'SUBMITTED', 'ea811b2c777f3a0de11ad51dcaf1248ccf097fef3c5e9ebcccd730517813e9ab', '2026-12-03 15:15:03.020653+00', '国民健康保険の加入手続きについてのお知らせ', NULL, NULL, 'TRANSLATION', 1, 21, 0, 0, 10, 11, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-02', NULL);
INSERT INTO public.translation_request VALUES ('ed2d42fe-0d93-4833-a3d0-619f45d715c6', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00014', NULL, '2026-12-04', NULL, 'sato', 'ja', 'SUBMITTED', NULL, '2026-12-03 15:15:03.29308+00', 'ひとりで悩んでいませんか？
総合福祉課にご相談ください。
', NULL, NULL, 'TRANSLATION', 0, 27, 0, 0, 17, 8, 0, 0, 1, 0, 2, 'CHARACTERS', NULL, '2027-01-02', '2385cb23-5fe9-4bb2-bcf7-5a511f012d6c');
INSERT INTO public.translation_request VALUES ('ab9a0eb4-9919-46ca-af15-ed9c3682a141', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00006', NULL, '2026-12-04', NULL, 'sato', 'ja', 'IN_PROGRESS', NULL, '2026-12-03 15:14:21.421745+00', '国民健康保険の加入手続き', NULL, NULL, 'TRANSLATION', 4, 12, 0, 0, 2, 10, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('11ca6be3-4318-4214-a956-14c7e66c2e1b', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00007', NULL, '2026-12-04', 'refused-topic', 'sato', 'ja', 'REJECTED', NULL, '2026-12-03 15:14:22.189976+00', '宗教行事のご案内', NULL, NULL, 'TRANSLATION', 1, 8, 0, 0, 2, 6, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('5c5f0f4f-b043-47b8-bdb9-9e1fd6138b7b', NULL, NULL, '2026-12-04', 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00001', NULL, '2026-12-04', NULL, 'sato', 'ja', 'DELIVERED', NULL, '2026-12-03 15:14:14.590174+00', '姉妹都市交流：5月3日に生徒が到着します。', NULL, 0, 'TRANSLATION', 7, 21, 2, 0, 5, 12, 0, 0, 1, 0, 2, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('40651d40-bc32-4e2a-a354-e443eb086058', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00008', NULL, '2026-12-04', NULL, 'sato', 'ja', 'CANCELLED', NULL, '2026-12-03 15:14:22.46214+00', '中止になった講演会', NULL, NULL, 'TRANSLATION', 1, 9, 0, 0, 4, 5, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('50187e82-7b8f-457a-8d67-e2f30d9ae229', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00009', NULL, '2026-12-04', NULL, 'sato', 'ja', 'SUBMITTED', NULL, '2026-12-03 15:14:22.80057+00', '防災訓練のお知らせ', NULL, NULL, 'CHECKING', 0, 9, 0, 0, 4, 5, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('40e72c17-a156-48ad-ab89-214758b8c512', NULL, NULL, NULL, 'sougou-fukushi', 'Napier City Council delegation', '2033-11-15 03:00:00+00', 'CONSECUTIVE', '市役所 第1会議室', '2033-11-15 01:00:00+00', 'Asia/Tokyo', NULL, NULL, NULL, '2026-00010', NULL, '2026-12-04', NULL, 'sato', 'ja', 'SUBMITTED', NULL, '2026-12-03 15:14:22.997539+00', '視察の行程表', NULL, NULL, 'INTERPRETATION', 0, 6, 0, 0, 1, 5, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2033-11-15', NULL);
INSERT INTO public.translation_request VALUES ('0ea6eb3b-1717-49d5-a03d-396e25245ec2', NULL, NULL, '2026-12-04', 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00002', NULL, '2026-12-04', NULL, 'sato', 'ja', 'DELIVERED', NULL, '2026-12-03 15:14:18.342902+00', '市民まつりのお知らせ', NULL, 0, 'TRANSLATION', 6, 10, 0, 0, 7, 3, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('ca2c6f27-a3ac-43c3-963b-344115cf962b', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00003', NULL, '2026-12-04', NULL, 'sato', 'ja', 'SUBMITTED', NULL, '2026-12-03 15:14:19.841223+00', 'ひとりで悩んでいませんか？総合福祉課にご相談ください。', NULL, NULL, 'TRANSLATION', 0, 27, 0, 0, 17, 8, 0, 0, 1, 0, 2, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('e5fc92ac-fc99-42b5-8a43-1ae16d1b6fad', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00004', NULL, '2026-12-04', NULL, 'sato', 'ja', 'AWAITING_ANSWER', NULL, '2026-12-03 15:14:19.98943+00', 'ごみの出し方のお知らせ', NULL, NULL, 'TRANSLATION', 1, 11, 0, 0, 8, 3, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('cc2b67a8-ea72-4c23-a9e0-e9aac0c0e25d', NULL, NULL, NULL, 'sougou-fukushi', 'Napier City Council delegation', '2033-11-15 07:00:00+00', 'CONSECUTIVE', '苫小牧港', '2033-11-15 05:00:00+00', 'Asia/Tokyo', NULL, NULL, 'emily', '2026-00011', NULL, '2026-12-04', NULL, 'sato', 'ja', 'SCHEDULED', NULL, '2026-12-03 15:14:23.0946+00', '視察の行程表', NULL, NULL, 'INTERPRETATION', 2, 6, 0, 0, 1, 5, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2033-11-15', NULL);
INSERT INTO public.translation_request VALUES ('d1e1b2da-43db-428b-9db8-44469a708a8c', NULL, NULL, NULL, 'sougou-fukushi', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-00005', NULL, '2026-12-04', NULL, 'sato', 'ja', 'IN_PROGRESS', NULL, '2026-12-03 15:14:20.496048+00', '窓口のご案内', NULL, NULL, 'TRANSLATION', 6, 6, 0, 0, 2, 4, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2027-01-12', NULL);
INSERT INTO public.translation_request VALUES ('44e45913-2e2f-46ee-9130-bed3e9ad9fc0', NULL, NULL, NULL, 'sougou-fukushi', 'Napier City Council delegation', '2026-12-03 15:14:45+00', 'CONSECUTIVE', 'オンライン', '2026-12-03 15:14:43+00', 'Asia/Tokyo', '問題なく終了しました。', NULL, 'tanaka', '2026-00012', NULL, '2026-12-04', NULL, 'sato', 'ja', 'REPORTED', NULL, '2026-12-03 15:14:23.749069+00', '視察の行程表', NULL, NULL, 'INTERPRETATION', 5, 6, 0, 0, 1, 5, 0, 0, 1, 0, 0, 'CHARACTERS', NULL, '2026-12-04', NULL);


--
-- Name: request_number_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.request_number_sequence', 15, true);


--
-- Name: act_ge_bytearray act_ge_bytearray_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_bytearray
    ADD CONSTRAINT act_ge_bytearray_pkey PRIMARY KEY (id_);


--
-- Name: act_ge_property act_ge_property_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_property
    ADD CONSTRAINT act_ge_property_pkey PRIMARY KEY (name_);


--
-- Name: act_ge_schema_log act_ge_schema_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_schema_log
    ADD CONSTRAINT act_ge_schema_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_actinst act_hi_actinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_actinst
    ADD CONSTRAINT act_hi_actinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_attachment act_hi_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_attachment
    ADD CONSTRAINT act_hi_attachment_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_batch act_hi_batch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_batch
    ADD CONSTRAINT act_hi_batch_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_caseactinst act_hi_caseactinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_caseactinst
    ADD CONSTRAINT act_hi_caseactinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_caseinst act_hi_caseinst_case_inst_id__key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_caseinst
    ADD CONSTRAINT act_hi_caseinst_case_inst_id__key UNIQUE (case_inst_id_);


--
-- Name: act_hi_caseinst act_hi_caseinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_caseinst
    ADD CONSTRAINT act_hi_caseinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_comment act_hi_comment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_comment
    ADD CONSTRAINT act_hi_comment_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_dec_in act_hi_dec_in_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_dec_in
    ADD CONSTRAINT act_hi_dec_in_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_dec_out act_hi_dec_out_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_dec_out
    ADD CONSTRAINT act_hi_dec_out_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_decinst act_hi_decinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_decinst
    ADD CONSTRAINT act_hi_decinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_detail act_hi_detail_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_detail
    ADD CONSTRAINT act_hi_detail_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_ext_task_log act_hi_ext_task_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_ext_task_log
    ADD CONSTRAINT act_hi_ext_task_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_identitylink act_hi_identitylink_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_identitylink
    ADD CONSTRAINT act_hi_identitylink_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_incident act_hi_incident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_incident
    ADD CONSTRAINT act_hi_incident_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_job_log act_hi_job_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_job_log
    ADD CONSTRAINT act_hi_job_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_op_log act_hi_op_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_op_log
    ADD CONSTRAINT act_hi_op_log_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_procinst act_hi_procinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_procinst
    ADD CONSTRAINT act_hi_procinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_procinst act_hi_procinst_proc_inst_id__key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_procinst
    ADD CONSTRAINT act_hi_procinst_proc_inst_id__key UNIQUE (proc_inst_id_);


--
-- Name: act_hi_taskinst act_hi_taskinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_taskinst
    ADD CONSTRAINT act_hi_taskinst_pkey PRIMARY KEY (id_);


--
-- Name: act_hi_varinst act_hi_varinst_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_hi_varinst
    ADD CONSTRAINT act_hi_varinst_pkey PRIMARY KEY (id_);


--
-- Name: act_id_group act_id_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_group
    ADD CONSTRAINT act_id_group_pkey PRIMARY KEY (id_);


--
-- Name: act_id_info act_id_info_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_info
    ADD CONSTRAINT act_id_info_pkey PRIMARY KEY (id_);


--
-- Name: act_id_membership act_id_membership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_membership
    ADD CONSTRAINT act_id_membership_pkey PRIMARY KEY (user_id_, group_id_);


--
-- Name: act_id_tenant_member act_id_tenant_member_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_id_tenant_member_pkey PRIMARY KEY (id_);


--
-- Name: act_id_tenant act_id_tenant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant
    ADD CONSTRAINT act_id_tenant_pkey PRIMARY KEY (id_);


--
-- Name: act_id_user act_id_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_user
    ADD CONSTRAINT act_id_user_pkey PRIMARY KEY (id_);


--
-- Name: act_re_camformdef act_re_camformdef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_camformdef
    ADD CONSTRAINT act_re_camformdef_pkey PRIMARY KEY (id_);


--
-- Name: act_re_case_def act_re_case_def_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_case_def
    ADD CONSTRAINT act_re_case_def_pkey PRIMARY KEY (id_);


--
-- Name: act_re_decision_def act_re_decision_def_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_decision_def
    ADD CONSTRAINT act_re_decision_def_pkey PRIMARY KEY (id_);


--
-- Name: act_re_decision_req_def act_re_decision_req_def_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_decision_req_def
    ADD CONSTRAINT act_re_decision_req_def_pkey PRIMARY KEY (id_);


--
-- Name: act_re_deployment act_re_deployment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_deployment
    ADD CONSTRAINT act_re_deployment_pkey PRIMARY KEY (id_);


--
-- Name: act_re_procdef act_re_procdef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_procdef
    ADD CONSTRAINT act_re_procdef_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_authorization act_ru_authorization_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_authorization
    ADD CONSTRAINT act_ru_authorization_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_batch act_ru_batch_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_ru_batch_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_case_execution act_ru_case_execution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_ru_case_execution_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_case_sentry_part act_ru_case_sentry_part_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_sentry_part
    ADD CONSTRAINT act_ru_case_sentry_part_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_event_subscr act_ru_event_subscr_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_event_subscr
    ADD CONSTRAINT act_ru_event_subscr_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_execution act_ru_execution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_ru_execution_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_ext_task act_ru_ext_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_ext_task
    ADD CONSTRAINT act_ru_ext_task_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_filter act_ru_filter_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_filter
    ADD CONSTRAINT act_ru_filter_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_identitylink act_ru_identitylink_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_identitylink
    ADD CONSTRAINT act_ru_identitylink_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_incident act_ru_incident_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_ru_incident_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_job act_ru_job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_job
    ADD CONSTRAINT act_ru_job_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_jobdef act_ru_jobdef_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_jobdef
    ADD CONSTRAINT act_ru_jobdef_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_meter_log act_ru_meter_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_meter_log
    ADD CONSTRAINT act_ru_meter_log_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_task_meter_log act_ru_task_meter_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task_meter_log
    ADD CONSTRAINT act_ru_task_meter_log_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_task act_ru_task_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_ru_task_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_variable act_ru_variable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_ru_variable_pkey PRIMARY KEY (id_);


--
-- Name: act_ru_authorization act_uniq_auth_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_authorization
    ADD CONSTRAINT act_uniq_auth_group UNIQUE (type_, group_id_, resource_type_, resource_id_);


--
-- Name: act_ru_authorization act_uniq_auth_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_authorization
    ADD CONSTRAINT act_uniq_auth_user UNIQUE (type_, user_id_, resource_type_, resource_id_);


--
-- Name: act_id_tenant_member act_uniq_tenant_memb_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_uniq_tenant_memb_group UNIQUE (tenant_id_, group_id_);


--
-- Name: act_id_tenant_member act_uniq_tenant_memb_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_uniq_tenant_memb_user UNIQUE (tenant_id_, user_id_);


--
-- Name: act_ru_variable act_uniq_variable; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_uniq_variable UNIQUE (var_scope_, name_);


--
-- Name: city_closed_day city_closed_day_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.city_closed_day
    ADD CONSTRAINT city_closed_day_pkey PRIMARY KEY (closed_on);


--
-- Name: credential credential_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credential
    ADD CONSTRAINT credential_pkey PRIMARY KEY (username);


--
-- Name: delivery_download delivery_download_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery_download
    ADD CONSTRAINT delivery_download_pkey PRIMARY KEY (id);


--
-- Name: delivery_link delivery_link_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery_link
    ADD CONSTRAINT delivery_link_pkey PRIMARY KEY (id);


--
-- Name: department department_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.department
    ADD CONSTRAINT department_pkey PRIMARY KEY (code);


--
-- Name: digest_entry digest_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.digest_entry
    ADD CONSTRAINT digest_entry_pkey PRIMARY KEY (id);


--
-- Name: login_session login_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_session
    ADD CONSTRAINT login_session_pkey PRIMARY KEY (key_hash);


--
-- Name: mail_outbox mail_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mail_outbox
    ADD CONSTRAINT mail_outbox_pkey PRIMARY KEY (id);


--
-- Name: partner partner_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partner
    ADD CONSTRAINT partner_pkey PRIMARY KEY (code);


--
-- Name: person_language_pair person_language_pair_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_language_pair
    ADD CONSTRAINT person_language_pair_pkey PRIMARY KEY (username, source_language, target_language);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (username);


--
-- Name: request_number_year request_number_year_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.request_number_year
    ADD CONSTRAINT request_number_year_pkey PRIMARY KEY (fiscal_year);


--
-- Name: request_timeline request_timeline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.request_timeline
    ADD CONSTRAINT request_timeline_pkey PRIMARY KEY (id);


--
-- Name: security_event security_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.security_event
    ADD CONSTRAINT security_event_pkey PRIMARY KEY (id);


--
-- Name: server_secret server_secret_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_secret
    ADD CONSTRAINT server_secret_pkey PRIMARY KEY (name);


--
-- Name: stored_document_content stored_document_content_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stored_document_content
    ADD CONSTRAINT stored_document_content_pkey PRIMARY KEY (id);


--
-- Name: stored_document stored_document_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stored_document
    ADD CONSTRAINT stored_document_pkey PRIMARY KEY (id);


--
-- Name: submission_key submission_key_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.submission_key
    ADD CONSTRAINT submission_key_pkey PRIMARY KEY (id);


--
-- Name: translation_job translation_job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_job
    ADD CONSTRAINT translation_job_pkey PRIMARY KEY (id);


--
-- Name: translation_request translation_request_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_request
    ADD CONSTRAINT translation_request_pkey PRIMARY KEY (id);


--
-- Name: translation_request ukbsm1gsi6pdkd1llnx5gorjsgc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_request
    ADD CONSTRAINT ukbsm1gsi6pdkd1llnx5gorjsgc UNIQUE (source_document_id);


--
-- Name: translation_request ukh55l178vbimar2jeflsl3y56y; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_request
    ADD CONSTRAINT ukh55l178vbimar2jeflsl3y56y UNIQUE (status_token_hash);


--
-- Name: delivery_link uklog8r2144n5wdbleft9cqhxw3; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery_link
    ADD CONSTRAINT uklog8r2144n5wdbleft9cqhxw3 UNIQUE (token_hash);


--
-- Name: stored_document uklyw5ssy1sgdoxmxy6y7kpugk9; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stored_document
    ADD CONSTRAINT uklyw5ssy1sgdoxmxy6y7kpugk9 UNIQUE (content_id);


--
-- Name: translation_job uknexfu86pogl7gk24weudo8q2y; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_job
    ADD CONSTRAINT uknexfu86pogl7gk24weudo8q2y UNIQUE (translated_document_id);


--
-- Name: translation_request uknqb3c6ht0fqoldjt6wn8ps123; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_request
    ADD CONSTRAINT uknqb3c6ht0fqoldjt6wn8ps123 UNIQUE (request_number);


--
-- Name: translation_request ukso4mchbqcyn5mt0srnqpoptbj; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_request
    ADD CONSTRAINT ukso4mchbqcyn5mt0srnqpoptbj UNIQUE (form_nonce);


--
-- Name: act_hi_bat_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_bat_rm_time ON public.act_hi_batch USING btree (removal_time_);


--
-- Name: act_hi_ext_task_log_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_proc_def_key ON public.act_hi_ext_task_log USING btree (proc_def_key_);


--
-- Name: act_hi_ext_task_log_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_procdef ON public.act_hi_ext_task_log USING btree (proc_def_id_);


--
-- Name: act_hi_ext_task_log_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_procinst ON public.act_hi_ext_task_log USING btree (proc_inst_id_);


--
-- Name: act_hi_ext_task_log_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_rm_time ON public.act_hi_ext_task_log USING btree (removal_time_);


--
-- Name: act_hi_ext_task_log_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_root_pi ON public.act_hi_ext_task_log USING btree (root_proc_inst_id_);


--
-- Name: act_hi_ext_task_log_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_hi_ext_task_log_tenant_id ON public.act_hi_ext_task_log USING btree (tenant_id_);


--
-- Name: act_idx_athrz_procedef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_athrz_procedef ON public.act_ru_identitylink USING btree (proc_def_id_);


--
-- Name: act_idx_auth_group_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_group_id ON public.act_ru_authorization USING btree (group_id_);


--
-- Name: act_idx_auth_resource_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_resource_id ON public.act_ru_authorization USING btree (resource_id_);


--
-- Name: act_idx_auth_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_rm_time ON public.act_ru_authorization USING btree (removal_time_);


--
-- Name: act_idx_auth_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_auth_root_pi ON public.act_ru_authorization USING btree (root_proc_inst_id_);


--
-- Name: act_idx_batch_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_id ON public.act_ru_variable USING btree (batch_id_);


--
-- Name: act_idx_batch_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_job_def ON public.act_ru_batch USING btree (batch_job_def_id_);


--
-- Name: act_idx_batch_monitor_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_monitor_job_def ON public.act_ru_batch USING btree (monitor_job_def_id_);


--
-- Name: act_idx_batch_seed_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_batch_seed_job_def ON public.act_ru_batch USING btree (seed_job_def_id_);


--
-- Name: act_idx_bytear_depl; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytear_depl ON public.act_ge_bytearray USING btree (deployment_id_);


--
-- Name: act_idx_bytearray_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytearray_name ON public.act_ge_bytearray USING btree (name_);


--
-- Name: act_idx_bytearray_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytearray_rm_time ON public.act_ge_bytearray USING btree (removal_time_);


--
-- Name: act_idx_bytearray_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_bytearray_root_pi ON public.act_ge_bytearray USING btree (root_proc_inst_id_);


--
-- Name: act_idx_case_def_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_def_tenant_id ON public.act_re_case_def USING btree (tenant_id_);


--
-- Name: act_idx_case_exe_case_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exe_case_def ON public.act_ru_case_execution USING btree (case_def_id_);


--
-- Name: act_idx_case_exe_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exe_case_inst ON public.act_ru_case_execution USING btree (case_inst_id_);


--
-- Name: act_idx_case_exe_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exe_parent ON public.act_ru_case_execution USING btree (parent_id_);


--
-- Name: act_idx_case_exec_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exec_buskey ON public.act_ru_case_execution USING btree (business_key_);


--
-- Name: act_idx_case_exec_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_exec_tenant_id ON public.act_ru_case_execution USING btree (tenant_id_);


--
-- Name: act_idx_case_sentry_case_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_sentry_case_exec ON public.act_ru_case_sentry_part USING btree (case_exec_id_);


--
-- Name: act_idx_case_sentry_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_case_sentry_case_inst ON public.act_ru_case_sentry_part USING btree (case_inst_id_);


--
-- Name: act_idx_dec_def_req_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_dec_def_req_id ON public.act_re_decision_def USING btree (dec_req_id_);


--
-- Name: act_idx_dec_def_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_dec_def_tenant_id ON public.act_re_decision_def USING btree (tenant_id_);


--
-- Name: act_idx_dec_req_def_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_dec_req_def_tenant_id ON public.act_re_decision_req_def USING btree (tenant_id_);


--
-- Name: act_idx_deployment_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_deployment_name ON public.act_re_deployment USING btree (name_);


--
-- Name: act_idx_deployment_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_deployment_tenant_id ON public.act_re_deployment USING btree (tenant_id_);


--
-- Name: act_idx_event_subscr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr ON public.act_ru_event_subscr USING btree (execution_id_);


--
-- Name: act_idx_event_subscr_config_; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr_config_ ON public.act_ru_event_subscr USING btree (configuration_);


--
-- Name: act_idx_event_subscr_evt_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr_evt_name ON public.act_ru_event_subscr USING btree (event_name_);


--
-- Name: act_idx_event_subscr_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_event_subscr_tenant_id ON public.act_ru_event_subscr USING btree (tenant_id_);


--
-- Name: act_idx_exe_parent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_parent ON public.act_ru_execution USING btree (parent_id_);


--
-- Name: act_idx_exe_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_procdef ON public.act_ru_execution USING btree (proc_def_id_);


--
-- Name: act_idx_exe_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_procinst ON public.act_ru_execution USING btree (proc_inst_id_);


--
-- Name: act_idx_exe_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_root_pi ON public.act_ru_execution USING btree (root_proc_inst_id_);


--
-- Name: act_idx_exe_super; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exe_super ON public.act_ru_execution USING btree (super_exec_);


--
-- Name: act_idx_exec_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exec_buskey ON public.act_ru_execution USING btree (business_key_);


--
-- Name: act_idx_exec_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_exec_tenant_id ON public.act_ru_execution USING btree (tenant_id_);


--
-- Name: act_idx_ext_task_err_details; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_err_details ON public.act_ru_ext_task USING btree (error_details_id_);


--
-- Name: act_idx_ext_task_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_exec ON public.act_ru_ext_task USING btree (execution_id_);


--
-- Name: act_idx_ext_task_priority; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_priority ON public.act_ru_ext_task USING btree (priority_);


--
-- Name: act_idx_ext_task_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_tenant_id ON public.act_ru_ext_task USING btree (tenant_id_);


--
-- Name: act_idx_ext_task_topic; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ext_task_topic ON public.act_ru_ext_task USING btree (topic_name_);


--
-- Name: act_idx_hi_act_inst_comp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_comp ON public.act_hi_actinst USING btree (execution_id_, act_id_, end_time_, id_);


--
-- Name: act_idx_hi_act_inst_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_end ON public.act_hi_actinst USING btree (end_time_);


--
-- Name: act_idx_hi_act_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_proc_def_key ON public.act_hi_actinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_act_inst_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_procinst ON public.act_hi_actinst USING btree (proc_inst_id_, act_id_);


--
-- Name: act_idx_hi_act_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_rm_time ON public.act_hi_actinst USING btree (removal_time_);


--
-- Name: act_idx_hi_act_inst_start_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_start_end ON public.act_hi_actinst USING btree (start_time_, end_time_);


--
-- Name: act_idx_hi_act_inst_stats; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_stats ON public.act_hi_actinst USING btree (proc_def_id_, proc_inst_id_, act_id_, end_time_, act_inst_state_);


--
-- Name: act_idx_hi_act_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_act_inst_tenant_id ON public.act_hi_actinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_actinst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_actinst_root_pi ON public.act_hi_actinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_ai_pdefid_end_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ai_pdefid_end_time ON public.act_hi_actinst USING btree (proc_def_id_, end_time_);


--
-- Name: act_idx_hi_attachment_content; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_content ON public.act_hi_attachment USING btree (content_id_);


--
-- Name: act_idx_hi_attachment_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_procinst ON public.act_hi_attachment USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_attachment_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_rm_time ON public.act_hi_attachment USING btree (removal_time_);


--
-- Name: act_idx_hi_attachment_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_root_pi ON public.act_hi_attachment USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_attachment_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_attachment_task ON public.act_hi_attachment USING btree (task_id_);


--
-- Name: act_idx_hi_cas_a_i_comp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_comp ON public.act_hi_caseactinst USING btree (case_act_id_, end_time_, id_);


--
-- Name: act_idx_hi_cas_a_i_create; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_create ON public.act_hi_caseactinst USING btree (create_time_);


--
-- Name: act_idx_hi_cas_a_i_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_end ON public.act_hi_caseactinst USING btree (end_time_);


--
-- Name: act_idx_hi_cas_a_i_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_a_i_tenant_id ON public.act_hi_caseactinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_cas_i_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_i_buskey ON public.act_hi_caseinst USING btree (business_key_);


--
-- Name: act_idx_hi_cas_i_close; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_i_close ON public.act_hi_caseinst USING btree (close_time_);


--
-- Name: act_idx_hi_cas_i_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_cas_i_tenant_id ON public.act_hi_caseinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_casevar_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_casevar_case_inst ON public.act_hi_varinst USING btree (case_inst_id_);


--
-- Name: act_idx_hi_comment_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_procinst ON public.act_hi_comment USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_comment_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_rm_time ON public.act_hi_comment USING btree (removal_time_);


--
-- Name: act_idx_hi_comment_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_root_pi ON public.act_hi_comment USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_comment_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_comment_task ON public.act_hi_comment USING btree (task_id_);


--
-- Name: act_idx_hi_dec_in_clause; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_clause ON public.act_hi_dec_in USING btree (dec_inst_id_, clause_id_);


--
-- Name: act_idx_hi_dec_in_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_inst ON public.act_hi_dec_in USING btree (dec_inst_id_);


--
-- Name: act_idx_hi_dec_in_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_rm_time ON public.act_hi_dec_in USING btree (removal_time_);


--
-- Name: act_idx_hi_dec_in_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_in_root_pi ON public.act_hi_dec_in USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_dec_inst_act; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_act ON public.act_hi_decinst USING btree (act_id_);


--
-- Name: act_idx_hi_dec_inst_act_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_act_inst ON public.act_hi_decinst USING btree (act_inst_id_);


--
-- Name: act_idx_hi_dec_inst_ci; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_ci ON public.act_hi_decinst USING btree (case_inst_id_);


--
-- Name: act_idx_hi_dec_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_id ON public.act_hi_decinst USING btree (dec_def_id_);


--
-- Name: act_idx_hi_dec_inst_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_key ON public.act_hi_decinst USING btree (dec_def_key_);


--
-- Name: act_idx_hi_dec_inst_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_pi ON public.act_hi_decinst USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_dec_inst_req_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_req_id ON public.act_hi_decinst USING btree (dec_req_id_);


--
-- Name: act_idx_hi_dec_inst_req_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_req_key ON public.act_hi_decinst USING btree (dec_req_key_);


--
-- Name: act_idx_hi_dec_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_rm_time ON public.act_hi_decinst USING btree (removal_time_);


--
-- Name: act_idx_hi_dec_inst_root_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_root_id ON public.act_hi_decinst USING btree (root_dec_inst_id_);


--
-- Name: act_idx_hi_dec_inst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_root_pi ON public.act_hi_decinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_dec_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_tenant_id ON public.act_hi_decinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_dec_inst_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_inst_time ON public.act_hi_decinst USING btree (eval_time_);


--
-- Name: act_idx_hi_dec_out_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_inst ON public.act_hi_dec_out USING btree (dec_inst_id_);


--
-- Name: act_idx_hi_dec_out_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_rm_time ON public.act_hi_dec_out USING btree (removal_time_);


--
-- Name: act_idx_hi_dec_out_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_root_pi ON public.act_hi_dec_out USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_dec_out_rule; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_dec_out_rule ON public.act_hi_dec_out USING btree (rule_order_, clause_id_);


--
-- Name: act_idx_hi_detail_act_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_act_inst ON public.act_hi_detail USING btree (act_inst_id_);


--
-- Name: act_idx_hi_detail_bytear; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_bytear ON public.act_hi_detail USING btree (bytearray_id_);


--
-- Name: act_idx_hi_detail_case_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_case_exec ON public.act_hi_detail USING btree (case_execution_id_);


--
-- Name: act_idx_hi_detail_case_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_case_inst ON public.act_hi_detail USING btree (case_inst_id_);


--
-- Name: act_idx_hi_detail_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_name ON public.act_hi_detail USING btree (name_);


--
-- Name: act_idx_hi_detail_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_proc_def_key ON public.act_hi_detail USING btree (proc_def_key_);


--
-- Name: act_idx_hi_detail_proc_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_proc_inst ON public.act_hi_detail USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_detail_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_rm_time ON public.act_hi_detail USING btree (removal_time_);


--
-- Name: act_idx_hi_detail_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_root_pi ON public.act_hi_detail USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_detail_task_bytear; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_task_bytear ON public.act_hi_detail USING btree (bytearray_id_, task_id_);


--
-- Name: act_idx_hi_detail_task_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_task_id ON public.act_hi_detail USING btree (task_id_);


--
-- Name: act_idx_hi_detail_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_tenant_id ON public.act_hi_detail USING btree (tenant_id_);


--
-- Name: act_idx_hi_detail_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_time ON public.act_hi_detail USING btree (time_);


--
-- Name: act_idx_hi_detail_var_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_detail_var_inst_id ON public.act_hi_detail USING btree (var_inst_id_);


--
-- Name: act_idx_hi_exttasklog_errordet; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_exttasklog_errordet ON public.act_hi_ext_task_log USING btree (error_details_id_);


--
-- Name: act_idx_hi_ident_link_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_link_rm_time ON public.act_hi_identitylink USING btree (removal_time_);


--
-- Name: act_idx_hi_ident_link_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_link_task ON public.act_hi_identitylink USING btree (task_id_);


--
-- Name: act_idx_hi_ident_lnk_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_group ON public.act_hi_identitylink USING btree (group_id_);


--
-- Name: act_idx_hi_ident_lnk_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_proc_def_key ON public.act_hi_identitylink USING btree (proc_def_key_);


--
-- Name: act_idx_hi_ident_lnk_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_root_pi ON public.act_hi_identitylink USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_ident_lnk_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_tenant_id ON public.act_hi_identitylink USING btree (tenant_id_);


--
-- Name: act_idx_hi_ident_lnk_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_timestamp ON public.act_hi_identitylink USING btree (timestamp_);


--
-- Name: act_idx_hi_ident_lnk_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_ident_lnk_user ON public.act_hi_identitylink USING btree (user_id_);


--
-- Name: act_idx_hi_incident_create_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_create_time ON public.act_hi_incident USING btree (create_time_);


--
-- Name: act_idx_hi_incident_end_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_end_time ON public.act_hi_incident USING btree (end_time_);


--
-- Name: act_idx_hi_incident_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_proc_def_key ON public.act_hi_incident USING btree (proc_def_key_);


--
-- Name: act_idx_hi_incident_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_procinst ON public.act_hi_incident USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_incident_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_rm_time ON public.act_hi_incident USING btree (removal_time_);


--
-- Name: act_idx_hi_incident_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_root_pi ON public.act_hi_incident USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_incident_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_incident_tenant_id ON public.act_hi_incident USING btree (tenant_id_);


--
-- Name: act_idx_hi_job_log_ex_stack; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_ex_stack ON public.act_hi_job_log USING btree (job_exception_stack_id_);


--
-- Name: act_idx_hi_job_log_job_conf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_job_conf ON public.act_hi_job_log USING btree (job_def_configuration_);


--
-- Name: act_idx_hi_job_log_job_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_job_def_id ON public.act_hi_job_log USING btree (job_def_id_);


--
-- Name: act_idx_hi_job_log_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_proc_def_key ON public.act_hi_job_log USING btree (process_def_key_);


--
-- Name: act_idx_hi_job_log_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_procdef ON public.act_hi_job_log USING btree (process_def_id_);


--
-- Name: act_idx_hi_job_log_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_procinst ON public.act_hi_job_log USING btree (process_instance_id_);


--
-- Name: act_idx_hi_job_log_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_rm_time ON public.act_hi_job_log USING btree (removal_time_);


--
-- Name: act_idx_hi_job_log_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_root_pi ON public.act_hi_job_log USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_job_log_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_job_log_tenant_id ON public.act_hi_job_log USING btree (tenant_id_);


--
-- Name: act_idx_hi_op_log_entity_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_entity_type ON public.act_hi_op_log USING btree (entity_type_);


--
-- Name: act_idx_hi_op_log_op_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_op_type ON public.act_hi_op_log USING btree (operation_type_);


--
-- Name: act_idx_hi_op_log_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_procdef ON public.act_hi_op_log USING btree (proc_def_id_);


--
-- Name: act_idx_hi_op_log_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_procinst ON public.act_hi_op_log USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_op_log_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_rm_time ON public.act_hi_op_log USING btree (removal_time_);


--
-- Name: act_idx_hi_op_log_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_root_pi ON public.act_hi_op_log USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_op_log_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_task ON public.act_hi_op_log USING btree (task_id_);


--
-- Name: act_idx_hi_op_log_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_timestamp ON public.act_hi_op_log USING btree (timestamp_);


--
-- Name: act_idx_hi_op_log_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_op_log_user_id ON public.act_hi_op_log USING btree (user_id_);


--
-- Name: act_idx_hi_pi_pdefid_end_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pi_pdefid_end_time ON public.act_hi_procinst USING btree (proc_def_id_, end_time_);


--
-- Name: act_idx_hi_pro_i_buskey; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_i_buskey ON public.act_hi_procinst USING btree (business_key_);


--
-- Name: act_idx_hi_pro_inst_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_end ON public.act_hi_procinst USING btree (end_time_);


--
-- Name: act_idx_hi_pro_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_proc_def_key ON public.act_hi_procinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_pro_inst_proc_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_proc_time ON public.act_hi_procinst USING btree (start_time_, end_time_);


--
-- Name: act_idx_hi_pro_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_rm_time ON public.act_hi_procinst USING btree (removal_time_);


--
-- Name: act_idx_hi_pro_inst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_root_pi ON public.act_hi_procinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_pro_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_inst_tenant_id ON public.act_hi_procinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_pro_rst_pro_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_pro_rst_pro_inst_id ON public.act_hi_procinst USING btree (restarted_proc_inst_id_);


--
-- Name: act_idx_hi_procvar_name_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_procvar_name_type ON public.act_hi_varinst USING btree (name_, var_type_);


--
-- Name: act_idx_hi_procvar_proc_inst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_procvar_proc_inst ON public.act_hi_varinst USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_task_inst_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_end ON public.act_hi_taskinst USING btree (end_time_);


--
-- Name: act_idx_hi_task_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_proc_def_key ON public.act_hi_taskinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_task_inst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_rm_time ON public.act_hi_taskinst USING btree (removal_time_);


--
-- Name: act_idx_hi_task_inst_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_start ON public.act_hi_taskinst USING btree (start_time_);


--
-- Name: act_idx_hi_task_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_task_inst_tenant_id ON public.act_hi_taskinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_taskinst_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_taskinst_procinst ON public.act_hi_taskinst USING btree (proc_inst_id_);


--
-- Name: act_idx_hi_taskinst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_taskinst_root_pi ON public.act_hi_taskinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_hi_taskinstid_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_taskinstid_procinst ON public.act_hi_taskinst USING btree (id_, proc_inst_id_);


--
-- Name: act_idx_hi_var_inst_proc_def_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_var_inst_proc_def_key ON public.act_hi_varinst USING btree (proc_def_key_);


--
-- Name: act_idx_hi_var_inst_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_var_inst_tenant_id ON public.act_hi_varinst USING btree (tenant_id_);


--
-- Name: act_idx_hi_var_pi_name_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_var_pi_name_type ON public.act_hi_varinst USING btree (proc_inst_id_, name_, var_type_);


--
-- Name: act_idx_hi_varinst_act_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_act_inst_id ON public.act_hi_varinst USING btree (act_inst_id_);


--
-- Name: act_idx_hi_varinst_bytear; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_bytear ON public.act_hi_varinst USING btree (bytearray_id_);


--
-- Name: act_idx_hi_varinst_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_name ON public.act_hi_varinst USING btree (name_);


--
-- Name: act_idx_hi_varinst_rm_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_rm_time ON public.act_hi_varinst USING btree (removal_time_);


--
-- Name: act_idx_hi_varinst_root_pi; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_hi_varinst_root_pi ON public.act_hi_varinst USING btree (root_proc_inst_id_);


--
-- Name: act_idx_ident_lnk_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ident_lnk_group ON public.act_ru_identitylink USING btree (group_id_);


--
-- Name: act_idx_ident_lnk_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_ident_lnk_user ON public.act_ru_identitylink USING btree (user_id_);


--
-- Name: act_idx_inc_causeincid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_causeincid ON public.act_ru_incident USING btree (cause_incident_id_);


--
-- Name: act_idx_inc_configuration; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_configuration ON public.act_ru_incident USING btree (configuration_);


--
-- Name: act_idx_inc_exid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_exid ON public.act_ru_incident USING btree (execution_id_);


--
-- Name: act_idx_inc_job_def; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_job_def ON public.act_ru_incident USING btree (job_def_id_);


--
-- Name: act_idx_inc_procdefid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_procdefid ON public.act_ru_incident USING btree (proc_def_id_);


--
-- Name: act_idx_inc_procinstid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_procinstid ON public.act_ru_incident USING btree (proc_inst_id_);


--
-- Name: act_idx_inc_rootcauseincid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_rootcauseincid ON public.act_ru_incident USING btree (root_cause_incident_id_);


--
-- Name: act_idx_inc_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_inc_tenant_id ON public.act_ru_incident USING btree (tenant_id_);


--
-- Name: act_idx_job_exception; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_exception ON public.act_ru_job USING btree (exception_stack_id_);


--
-- Name: act_idx_job_execution_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_execution_id ON public.act_ru_job USING btree (execution_id_);


--
-- Name: act_idx_job_handler; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_handler ON public.act_ru_job USING btree (handler_type_, handler_cfg_);


--
-- Name: act_idx_job_handler_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_handler_type ON public.act_ru_job USING btree (handler_type_);


--
-- Name: act_idx_job_job_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_job_def_id ON public.act_ru_job USING btree (job_def_id_);


--
-- Name: act_idx_job_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_procinst ON public.act_ru_job USING btree (process_instance_id_);


--
-- Name: act_idx_job_root_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_root_procinst ON public.act_ru_job USING btree (root_proc_inst_id_);


--
-- Name: act_idx_job_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_job_tenant_id ON public.act_ru_job USING btree (tenant_id_);


--
-- Name: act_idx_jobdef_proc_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_jobdef_proc_def_id ON public.act_ru_jobdef USING btree (proc_def_id_);


--
-- Name: act_idx_jobdef_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_jobdef_tenant_id ON public.act_ru_jobdef USING btree (tenant_id_);


--
-- Name: act_idx_memb_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_memb_group ON public.act_id_membership USING btree (group_id_);


--
-- Name: act_idx_memb_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_memb_user ON public.act_id_membership USING btree (user_id_);


--
-- Name: act_idx_meter_log; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log ON public.act_ru_meter_log USING btree (name_, timestamp_);


--
-- Name: act_idx_meter_log_ms; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_ms ON public.act_ru_meter_log USING btree (milliseconds_);


--
-- Name: act_idx_meter_log_name_ms; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_name_ms ON public.act_ru_meter_log USING btree (name_, milliseconds_);


--
-- Name: act_idx_meter_log_report; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_report ON public.act_ru_meter_log USING btree (name_, reporter_, milliseconds_);


--
-- Name: act_idx_meter_log_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_meter_log_time ON public.act_ru_meter_log USING btree (timestamp_);


--
-- Name: act_idx_procdef_deployment_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_procdef_deployment_id ON public.act_re_procdef USING btree (deployment_id_);


--
-- Name: act_idx_procdef_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_procdef_tenant_id ON public.act_re_procdef USING btree (tenant_id_);


--
-- Name: act_idx_procdef_ver_tag; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_procdef_ver_tag ON public.act_re_procdef USING btree (version_tag_);


--
-- Name: act_idx_task_assignee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_assignee ON public.act_ru_task USING btree (assignee_);


--
-- Name: act_idx_task_case_def_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_case_def_id ON public.act_ru_task USING btree (case_def_id_);


--
-- Name: act_idx_task_case_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_case_exec ON public.act_ru_task USING btree (case_execution_id_);


--
-- Name: act_idx_task_create; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_create ON public.act_ru_task USING btree (create_time_);


--
-- Name: act_idx_task_exec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_exec ON public.act_ru_task USING btree (execution_id_);


--
-- Name: act_idx_task_last_updated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_last_updated ON public.act_ru_task USING btree (last_updated_);


--
-- Name: act_idx_task_meter_log_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_meter_log_time ON public.act_ru_task_meter_log USING btree (timestamp_);


--
-- Name: act_idx_task_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_owner ON public.act_ru_task USING btree (owner_);


--
-- Name: act_idx_task_procdef; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_procdef ON public.act_ru_task USING btree (proc_def_id_);


--
-- Name: act_idx_task_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_procinst ON public.act_ru_task USING btree (proc_inst_id_);


--
-- Name: act_idx_task_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_task_tenant_id ON public.act_ru_task USING btree (tenant_id_);


--
-- Name: act_idx_tenant_memb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tenant_memb ON public.act_id_tenant_member USING btree (tenant_id_);


--
-- Name: act_idx_tenant_memb_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tenant_memb_group ON public.act_id_tenant_member USING btree (group_id_);


--
-- Name: act_idx_tenant_memb_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tenant_memb_user ON public.act_id_tenant_member USING btree (user_id_);


--
-- Name: act_idx_tskass_task; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_tskass_task ON public.act_ru_identitylink USING btree (task_id_);


--
-- Name: act_idx_var_bytearray; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_bytearray ON public.act_ru_variable USING btree (bytearray_id_);


--
-- Name: act_idx_var_case_exe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_case_exe ON public.act_ru_variable USING btree (case_execution_id_);


--
-- Name: act_idx_var_case_inst_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_case_inst_id ON public.act_ru_variable USING btree (case_inst_id_);


--
-- Name: act_idx_var_exe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_exe ON public.act_ru_variable USING btree (execution_id_);


--
-- Name: act_idx_var_procinst; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_var_procinst ON public.act_ru_variable USING btree (proc_inst_id_);


--
-- Name: act_idx_variable_task_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_variable_task_id ON public.act_ru_variable USING btree (task_id_);


--
-- Name: act_idx_variable_task_name_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_variable_task_name_type ON public.act_ru_variable USING btree (task_id_, name_, type_);


--
-- Name: act_idx_variable_tenant_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX act_idx_variable_tenant_id ON public.act_ru_variable USING btree (tenant_id_);


--
-- Name: delivery_download_link; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delivery_download_link ON public.delivery_download USING btree (link_id);


--
-- Name: delivery_link_request; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delivery_link_request ON public.delivery_link USING btree (request_number);


--
-- Name: digest_entry_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX digest_entry_due ON public.digest_entry USING btree (digested_at, username);


--
-- Name: kakehashi_task_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX kakehashi_task_due ON public.act_ru_task USING btree (due_date_, create_time_, id_);


--
-- Name: mail_outbox_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mail_outbox_due ON public.mail_outbox USING btree (status, next_attempt_at);


--
-- Name: request_intake_finding_request; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX request_intake_finding_request ON public.request_intake_finding USING btree (request_id);


--
-- Name: security_event_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX security_event_at ON public.security_event USING btree (occurred_at);


--
-- Name: translation_job_request; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_job_request ON public.translation_job USING btree (request_id);


--
-- Name: translation_request_delivered_on; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_request_delivered_on ON public.translation_request USING btree (delivered_on);


--
-- Name: translation_request_department_submitted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_request_department_submitted_at ON public.translation_request USING btree (department, submitted_at);


--
-- Name: translation_request_event_start; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_request_event_start ON public.translation_request USING btree (event_start);


--
-- Name: translation_request_received_on; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_request_received_on ON public.translation_request USING btree (received_on);


--
-- Name: translation_request_submitted_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX translation_request_submitted_at ON public.translation_request USING btree (submitted_at);


--
-- Name: act_ru_identitylink act_fk_athrz_procedef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_identitylink
    ADD CONSTRAINT act_fk_athrz_procedef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_batch act_fk_batch_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_fk_batch_job_def FOREIGN KEY (batch_job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ru_batch act_fk_batch_monitor_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_fk_batch_monitor_job_def FOREIGN KEY (monitor_job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ru_batch act_fk_batch_seed_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_batch
    ADD CONSTRAINT act_fk_batch_seed_job_def FOREIGN KEY (seed_job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ge_bytearray act_fk_bytearr_depl; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ge_bytearray
    ADD CONSTRAINT act_fk_bytearr_depl FOREIGN KEY (deployment_id_) REFERENCES public.act_re_deployment(id_);


--
-- Name: act_ru_case_execution act_fk_case_exe_case_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_fk_case_exe_case_def FOREIGN KEY (case_def_id_) REFERENCES public.act_re_case_def(id_);


--
-- Name: act_ru_case_execution act_fk_case_exe_case_inst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_fk_case_exe_case_inst FOREIGN KEY (case_inst_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_case_execution act_fk_case_exe_parent; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_execution
    ADD CONSTRAINT act_fk_case_exe_parent FOREIGN KEY (parent_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_case_sentry_part act_fk_case_sentry_case_exec; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_sentry_part
    ADD CONSTRAINT act_fk_case_sentry_case_exec FOREIGN KEY (case_exec_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_case_sentry_part act_fk_case_sentry_case_inst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_case_sentry_part
    ADD CONSTRAINT act_fk_case_sentry_case_inst FOREIGN KEY (case_inst_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_re_decision_def act_fk_dec_req; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_re_decision_def
    ADD CONSTRAINT act_fk_dec_req FOREIGN KEY (dec_req_id_) REFERENCES public.act_re_decision_req_def(id_);


--
-- Name: act_ru_event_subscr act_fk_event_exec; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_event_subscr
    ADD CONSTRAINT act_fk_event_exec FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_execution act_fk_exe_parent; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_parent FOREIGN KEY (parent_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_execution act_fk_exe_procdef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_procdef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_execution act_fk_exe_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_execution act_fk_exe_super; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_execution
    ADD CONSTRAINT act_fk_exe_super FOREIGN KEY (super_exec_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_ext_task act_fk_ext_task_error_details; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_ext_task
    ADD CONSTRAINT act_fk_ext_task_error_details FOREIGN KEY (error_details_id_) REFERENCES public.act_ge_bytearray(id_);


--
-- Name: act_ru_ext_task act_fk_ext_task_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_ext_task
    ADD CONSTRAINT act_fk_ext_task_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_incident act_fk_inc_cause; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_cause FOREIGN KEY (cause_incident_id_) REFERENCES public.act_ru_incident(id_);


--
-- Name: act_ru_incident act_fk_inc_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_incident act_fk_inc_job_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_job_def FOREIGN KEY (job_def_id_) REFERENCES public.act_ru_jobdef(id_);


--
-- Name: act_ru_incident act_fk_inc_procdef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_procdef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_incident act_fk_inc_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_incident act_fk_inc_rcause; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_incident
    ADD CONSTRAINT act_fk_inc_rcause FOREIGN KEY (root_cause_incident_id_) REFERENCES public.act_ru_incident(id_);


--
-- Name: act_ru_job act_fk_job_exception; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_job
    ADD CONSTRAINT act_fk_job_exception FOREIGN KEY (exception_stack_id_) REFERENCES public.act_ge_bytearray(id_);


--
-- Name: act_id_membership act_fk_memb_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_membership
    ADD CONSTRAINT act_fk_memb_group FOREIGN KEY (group_id_) REFERENCES public.act_id_group(id_);


--
-- Name: act_id_membership act_fk_memb_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_membership
    ADD CONSTRAINT act_fk_memb_user FOREIGN KEY (user_id_) REFERENCES public.act_id_user(id_);


--
-- Name: act_ru_task act_fk_task_case_def; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_case_def FOREIGN KEY (case_def_id_) REFERENCES public.act_re_case_def(id_);


--
-- Name: act_ru_task act_fk_task_case_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_case_exe FOREIGN KEY (case_execution_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_task act_fk_task_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_task act_fk_task_procdef; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_procdef FOREIGN KEY (proc_def_id_) REFERENCES public.act_re_procdef(id_);


--
-- Name: act_ru_task act_fk_task_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_task
    ADD CONSTRAINT act_fk_task_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_id_tenant_member act_fk_tenant_memb; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_fk_tenant_memb FOREIGN KEY (tenant_id_) REFERENCES public.act_id_tenant(id_);


--
-- Name: act_id_tenant_member act_fk_tenant_memb_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_fk_tenant_memb_group FOREIGN KEY (group_id_) REFERENCES public.act_id_group(id_);


--
-- Name: act_id_tenant_member act_fk_tenant_memb_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_id_tenant_member
    ADD CONSTRAINT act_fk_tenant_memb_user FOREIGN KEY (user_id_) REFERENCES public.act_id_user(id_);


--
-- Name: act_ru_identitylink act_fk_tskass_task; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_identitylink
    ADD CONSTRAINT act_fk_tskass_task FOREIGN KEY (task_id_) REFERENCES public.act_ru_task(id_);


--
-- Name: act_ru_variable act_fk_var_batch; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_batch FOREIGN KEY (batch_id_) REFERENCES public.act_ru_batch(id_);


--
-- Name: act_ru_variable act_fk_var_bytearray; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_bytearray FOREIGN KEY (bytearray_id_) REFERENCES public.act_ge_bytearray(id_);


--
-- Name: act_ru_variable act_fk_var_case_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_case_exe FOREIGN KEY (case_execution_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_variable act_fk_var_case_inst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_case_inst FOREIGN KEY (case_inst_id_) REFERENCES public.act_ru_case_execution(id_);


--
-- Name: act_ru_variable act_fk_var_exe; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_exe FOREIGN KEY (execution_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: act_ru_variable act_fk_var_procinst; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.act_ru_variable
    ADD CONSTRAINT act_fk_var_procinst FOREIGN KEY (proc_inst_id_) REFERENCES public.act_ru_execution(id_);


--
-- Name: translation_job fk4vseb1e1v7ypf0uvmh29d0u25; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_job
    ADD CONSTRAINT fk4vseb1e1v7ypf0uvmh29d0u25 FOREIGN KEY (translated_document_id) REFERENCES public.stored_document(id);


--
-- Name: delivery_download fk5rugromsohxk4cxbelal0v5am; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery_download
    ADD CONSTRAINT fk5rugromsohxk4cxbelal0v5am FOREIGN KEY (link_id) REFERENCES public.delivery_link(id);


--
-- Name: person_role fk69d0kutnb0i2nx9k5ag69mc71; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_role
    ADD CONSTRAINT fk69d0kutnb0i2nx9k5ag69mc71 FOREIGN KEY (username) REFERENCES public.person(username);


--
-- Name: person_language_pair fk722dtr2bpr5r2k1g9b89cpqkw; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_language_pair
    ADD CONSTRAINT fk722dtr2bpr5r2k1g9b89cpqkw FOREIGN KEY (username) REFERENCES public.person(username);


--
-- Name: login_session fkaaxy9gxa7qojyf5d9gknicsyc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_session
    ADD CONSTRAINT fkaaxy9gxa7qojyf5d9gknicsyc FOREIGN KEY (username) REFERENCES public.person(username);


--
-- Name: request_timeline fkb4rjxeox7hvtcv40vxywplo43; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.request_timeline
    ADD CONSTRAINT fkb4rjxeox7hvtcv40vxywplo43 FOREIGN KEY (request_id) REFERENCES public.translation_request(id);


--
-- Name: translation_job fkbiyss2bdd4ge7lhsjjbtla02d; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_job
    ADD CONSTRAINT fkbiyss2bdd4ge7lhsjjbtla02d FOREIGN KEY (request_id) REFERENCES public.translation_request(id);


--
-- Name: request_partner_receipt fkeaaoqpvfy95vtf20v7kucko5b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.request_partner_receipt
    ADD CONSTRAINT fkeaaoqpvfy95vtf20v7kucko5b FOREIGN KEY (request_id) REFERENCES public.translation_request(id);


--
-- Name: request_intake_finding fkgsk4jnfhev9fgayyelhbltx9m; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.request_intake_finding
    ADD CONSTRAINT fkgsk4jnfhev9fgayyelhbltx9m FOREIGN KEY (request_id) REFERENCES public.translation_request(id);


--
-- Name: translation_request fkjmmah8r97o2jo0ec08mo3nie2; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.translation_request
    ADD CONSTRAINT fkjmmah8r97o2jo0ec08mo3nie2 FOREIGN KEY (source_document_id) REFERENCES public.stored_document(id);


--
-- Name: delivery_link fkm0h4u47ib9j43eocljxm72b5h; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delivery_link
    ADD CONSTRAINT fkm0h4u47ib9j43eocljxm72b5h FOREIGN KEY (document_id) REFERENCES public.stored_document(id);


--
-- Name: stored_document fkms4w7wvip4gpdnkkr4wg2dltp; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stored_document
    ADD CONSTRAINT fkms4w7wvip4gpdnkkr4wg2dltp FOREIGN KEY (content_id) REFERENCES public.stored_document_content(id);


--
-- Name: request_partner fkw6wxbnpotg2q2ib5fwrbcm19; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.request_partner
    ADD CONSTRAINT fkw6wxbnpotg2q2ib5fwrbcm19 FOREIGN KEY (request_id) REFERENCES public.translation_request(id);


--
-- PostgreSQL database dump complete
--


