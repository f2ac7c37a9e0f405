# Where a submission's time goes, on PostgreSQL at 8 clients (PROFILE_CLIENTS): a Flight Recorder recording of the
# server (deep stacks) summarised by bench/load's HotPaths — CPU samples and time blocked on the database, under each of
# Kakehashi's and Camunda's methods — and what the database's sessions wait for, sampled from pg_stat_activity.

PROFILE_CLIENTS=${PROFILE_CLIENTS:-8}

harness_profile() {
    local recording="$BENCH_OUT/profile-submit.jfr" body
    body="$(submission_body)"
    db_use_postgresql profile
    node_prepare profile
    NODE_JAVA_OPTIONS="-XX:FlightRecorderOptions:stackdepth=512" node_start profile 100 "$ROOT/target/server"
    node_await profile 100 > /dev/null
    load base="$(node_url 100)" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$body" \
        idempotency=true clients=8 requests=400 label=warm-up > /dev/null
    jcmd "$(node_pid profile)" JFR.start name=submit settings=profile filename="$recording" > /dev/null
    sample_waits > "$BENCH_OUT/profile-waits.raw" &
    local sampler=$!
    load base="$(node_url 100)" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$body" \
        idempotency=true clients="$PROFILE_CLIENTS" requests=100000 seconds=30 label=profiled | tee "$BENCH_OUT/profile.tsv"
    kill "$sampler"
    jcmd "$(node_pid profile)" JFR.stop name=submit > /dev/null
    node_stop profile
    db_drop_all
    {
        echo "== what the database sessions of the submissions waited for (samples of pg_stat_activity) =="
        sort "$BENCH_OUT/profile-waits.raw" | uniq -c | sort -rn | head -15
        java -cp "$BENCH_OUT/load-classes" org.kakehashi.load.HotPaths "$recording" 25
    } | tee "$BENCH_OUT/profile.txt"
}

# sample_waits: every 0.2 s, the wait event and statement of each active session of the database
sample_waits() {
    while true; do
        db_sql "select coalesce(wait_event_type || ':' || wait_event, 'CPU') || '  ' || left(regexp_replace(query, '\s+', ' ', 'g'), 90)
                from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()"
        sleep 0.2
    done
}
