# The database down under load: 8 clients submit continuously (Idempotency-Key, answers in a ledger) while
# PostgreSQL is stopped for a few seconds and started again, the server left running. The answers meanwhile must
# be clean refusals (503), nothing may be half-made, and submissions must succeed again without a restart.

DB_DOWN_SECONDS=${DB_DOWN_SECONDS:-6}

harness_db_down() {
    local ledger="$BENCH_OUT/db-down.ledger" readiness="$BENCH_OUT/db-down-readiness.log" loader watcher cluster
    local down_at stopped_at starting_at up_at cut_commits
    cluster="$(ls /etc/postgresql | sort -V | tail -n 1)"
    rm -f "$ledger" "$readiness"
    db_use_postgresql db_down
    node_prepare db-down
    node_start db-down 100 "$ROOT/target/server"
    node_await db-down 100 > /dev/null
    {
        echo -e "$RESULT_HEADER"
        load base="$(node_url 100)" user=sato password="$DEMO_PASSWORD" method=POST path=requests \
            body="$(submission_body)" idempotency=true clients=8 requests=1000000 seconds=40 ledger="$ledger" \
            label=db-down
    } > "$BENCH_OUT/db-down-load.tsv" &
    loader=$!
    node_readiness 100 "$readiness" &
    watcher=$!
    sleep 10
    down_at=$(date +%s%3N)
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop -m fast
    stopped_at=$(date +%s%3N)
    sleep "$DB_DOWN_SECONDS"
    starting_at=$(date +%s%3N)
    pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
    up_at=$(date +%s%3N)
    wait "$loader"
    kill "$watcher"
    # a commit that reached PostgreSQL as it stopped may be made with its answer cut: the server cannot know and
    # refuses (503); the client's retry under the same Idempotency-Key gets the request, as the staff form's does
    cut_commits=$(grep -c 'ARJUNA016039' "$NODES/db-down/log/server.log" || true)
    {
        echo -e "check\tcount\texpected"
        echo -e "commits whose answer the stop cut (ARJUNA016039 in the server's log)\t$cut_commits\t"
        CUT_COMMITS=$cut_commits ledger_checks "$ledger"
        db_sql "select 'answers while the database was down, by status: ' || string_agg(status || '=' || n, ' ')
                from (select status, count(*) n from bench_ledger where at_ms between $down_at and $up_at
                      group by status order by status) s" | sed 's/$/\t\t/'
        db_sql "select 'answered 5xx other than 503 (not a clean refusal)', count(*), 0
                from bench_ledger where status >= 500 and status <> 503" | tr '|' '\t'
        db_sql "select 'first 2xx after the database came back, ms', min(at_ms) - $up_at, ''
                from bench_ledger where at_ms > $up_at and status between 200 and 299" | tr '|' '\t'
        db_sql "select '2xx after the database came back', count(*), '> 0'
                from bench_ledger where at_ms > $up_at and status between 200 and 299" | tr '|' '\t'
        echo -e "readiness (:9990/health/ready) from the database's stop to its start\t$(readiness_between "$readiness" "$stopped_at" "$starting_at")\tonly 503"
        echo -e "readiness from 5 s after it started again\t$(readiness_between "$readiness" $((up_at + 5000)) $((up_at + 15000)))\tonly 200"
    } > "$BENCH_OUT/db-down.tsv"
    grep -m1 -A3 'ERROR\|SEVERE' "$NODES/db-down/log/server.log" > "$BENCH_OUT/db-down-first-error.txt" || true
    node_stop db-down
    db_drop_all
    echo
    echo "== PostgreSQL stopped for ${DB_DOWN_SECONDS} s under load, the server left running =="
    table "$BENCH_OUT/db-down-load.tsv"
    table "$BENCH_OUT/db-down.tsv"
}
