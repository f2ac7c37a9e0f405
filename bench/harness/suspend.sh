# Graceful suspension and shutdown under load: 8 clients submit continuously (Idempotency-Key, answers in a
# ledger) while the management interface suspends the server (:suspend), resumes it, and then shuts it down with a
# suspend timeout (:shutdown(suspend-timeout=…)). Requests already accepted must complete; new ones must be refused
# with 503, never half-made; the answer a suspended server gives is kept for inspection.

harness_suspend() {
    local ledger="$BENCH_OUT/suspend.ledger" readiness="$BENCH_OUT/suspend-readiness.log" loader watcher url cli
    local suspended shutdown suspended_at resume_asked_at resumed_at
    rm -f "$ledger" "$readiness"
    url=$(node_url 100)
    db_use_postgresql suspend
    node_prepare suspend
    node_start suspend 100 "$ROOT/target/server"
    node_await suspend 100 > /dev/null
    load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$(submission_body)" \
        idempotency=true clients=8 requests=1000000 seconds=75 ledger="$ledger" label=suspend > "$BENCH_OUT/suspend-load.tsv" &
    loader=$!
    node_readiness 100 "$readiness" &
    watcher=$!
    sleep 8
    cli=$(millis_of node_cli 100 --command=':read-attribute(name=suspend-state)')
    suspended=$(millis_of node_cli 100 --command=':suspend(suspend-timeout=20)')
    suspended_at=$(date +%s%3N)
    curl -s -i -X POST "$url/api/requests" -H 'Content-Type: application/json' -d '{}' > "$BENCH_OUT/suspended-answer.txt"
    sleep 5
    # the CLI's own start takes seconds on a busy machine: suspended until it is asked, resumed once it returned
    resume_asked_at=$(date +%s%3N)
    node_cli 100 --command=':resume' > /dev/null
    resumed_at=$(date +%s%3N)
    sleep 8
    kill "$watcher"
    node_cli 100 --command=':shutdown(suspend-timeout=20)' > /dev/null
    shutdown=$(node_await_exit suspend 60)
    wait "$loader"
    {
        echo -e "check\tcount\texpected"
        echo -e ":suspend(suspend-timeout=20) returned after, ms (with the CLI's start)\t$suspended\t"
        echo -e "a CLI read of the same server (the CLI's start alone), ms\t$cli\t"
        echo -e ":shutdown(suspend-timeout=20) to the JVM's exit, ms\t$shutdown\t"
        echo -e "readiness (:9990/health/ready) while suspended\t$(readiness_between "$readiness" "$suspended_at" "$resume_asked_at")\tonly 503"
        echo -e "readiness from 2 s after resuming\t$(readiness_between "$readiness" $((resumed_at + 2000)) $((resumed_at + 8000)))\tonly 200"
        ledger_checks "$ledger"
    } > "$BENCH_OUT/suspend.tsv"
    db_drop_all
    echo
    echo "== suspend, resume and shutdown(suspend-timeout) under load =="
    table "$BENCH_OUT/suspend-load.tsv"
    table "$BENCH_OUT/suspend.tsv"
    echo "-- what a suspended server answers (target/bench/suspended-answer.txt):"
    head -c 600 "$BENCH_OUT/suspended-answer.txt"
    echo
}

# millis_of COMMAND...: runs the command, its output dropped, and prints how long it took in milliseconds
millis_of() {
    local start
    start=$(date +%s%3N)
    "$@" > /dev/null
    echo $(($(date +%s%3N) - start))
}
