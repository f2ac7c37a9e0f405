# The lists at scale: 1,000,000 closed requests of past years bulk-inserted into Kakehashi's own tables
# (bench/sql/historic-requests.sql) and 10,000 open triage tasks made by submissions through the API; then the
# 95th percentile of the coordinator's task list, the coordinator's list of requests and a staff member's list of
# their department's requests. The lists' query strings are the constants below: the first page, as the pages
# ask for it. TASKS_PROFILE=1 also records the lists' load with Flight Recorder (profile-lists.jfr, summarised in
# profile-lists.txt as bench/run profile does).

TASK_LIST_QUERY=${TASK_LIST_QUERY:-tasks?sort=due}
REQUEST_LIST_QUERY=${REQUEST_LIST_QUERY:-requests}
HISTORIC_REQUESTS=${HISTORIC_REQUESTS:-1000000}
OPEN_TASKS=${OPEN_TASKS:-10000}
TASKS_PROFILE=${TASKS_PROFILE:-}
# requests each list answers unmeasured first, so that the figures are those of a server that has compiled the
# lists' code, as a server in use all day has (the first of each list run interpreted)
LIST_WARMUP=${LIST_WARMUP:-100}

harness_tasks_at_scale() {
    local results="$BENCH_OUT/tasks-at-scale.tsv" url loaded
    url=$(node_url 100)
    db_use_postgresql scale
    db_ensure_statement_statistics
    node_prepare scale
    NODE_JAVA_OPTIONS="${TASKS_PROFILE:+-XX:FlightRecorderOptions:stackdepth=512}" node_start scale 100 "$ROOT/target/server"
    node_await scale 100 > /dev/null
    loaded=$(date +%s)
    "${PSQL[@]}" -d "$DB_NAME" -v requests="$HISTORIC_REQUESTS" -f bench/sql/historic-requests.sql
    echo "historic requests inserted in $(($(date +%s) - loaded)) s" > "$BENCH_OUT/tasks-at-scale-load.txt"
    load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$(submission_body)" \
        idempotency=true clients=8 requests="$OPEN_TASKS" seconds=900 label="open tasks submitted" \
        >> "$BENCH_OUT/tasks-at-scale-load.txt"
    db_sql "analyze"
    db_sql "select 'open tasks ' || count(*) from act_ru_task" >> "$BENCH_OUT/tasks-at-scale-load.txt"
    db_sql "select 'requests ' || count(*) from translation_request" >> "$BENCH_OUT/tasks-at-scale-load.txt"
    [ -n "$TASKS_PROFILE" ] && jcmd "$(node_pid scale)" JFR.start name=lists settings=profile \
        filename="$BENCH_OUT/profile-lists.jfr" > /dev/null
    {
        echo -e "$RESULT_HEADER"
        load base="$url" user=emily password="$DEMO_PASSWORD" path="$TASK_LIST_QUERY" clients=4 warmup="$LIST_WARMUP" \
            requests=100 seconds=120 label="coordinator GET /api/$TASK_LIST_QUERY"
        load base="$url" user=emily password="$DEMO_PASSWORD" path="$REQUEST_LIST_QUERY" clients=4 warmup="$LIST_WARMUP" \
            requests=100 seconds=120 label="coordinator GET /api/$REQUEST_LIST_QUERY"
        load base="$url" user=sato password="$DEMO_PASSWORD" path="$REQUEST_LIST_QUERY" clients=4 warmup="$LIST_WARMUP" \
            requests=100 seconds=120 label="staff (my requests) GET /api/$REQUEST_LIST_QUERY"
    } > "$results"
    if [ -n "$TASKS_PROFILE" ]; then
        jcmd "$(node_pid scale)" JFR.stop name=lists > /dev/null
        java -cp "$BENCH_OUT/load-classes" org.kakehashi.load.HotPaths "$BENCH_OUT/profile-lists.jfr" 25 \
            > "$BENCH_OUT/profile-lists.txt"
    fi
    list_query_plans > "$BENCH_OUT/tasks-at-scale-plans.txt"
    node_stop scale
    db_drop_all
    echo
    echo "== lists at scale =="
    cat "$BENCH_OUT/tasks-at-scale-load.txt"
    table "$results"
}

# list_query_plans: how PostgreSQL runs the slowest statements of the lists, from pg_stat_statements
list_query_plans() {
    db_sql "select round(mean_exec_time::numeric, 1) || ' ms mean, ' || calls || ' calls: ' ||
                   left(regexp_replace(query, '\s+', ' ', 'g'), 400)
            from pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname = current_database() order by mean_exec_time * calls desc limit 8"
}
