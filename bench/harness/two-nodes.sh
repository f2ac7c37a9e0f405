# Two identical nodes started at once on one empty PostgreSQL database (port offsets 100 and 200): Flyway's lock
# lets one of them make the schema while the other waits, and each migration is recorded once. Each node runs
# Camunda's job executor:
# submissions through both; a coordinator completes triage on the node that did not take the request; the triage
# task's reminder and escalation timers are shortened (kakehashi.deadline.triage-reminder and -due) so that they
# fall due during the test on whichever node acquires them. Then each timer must have acted exactly once, with no
# incident, no deadlock, no optimistic-locking failure in any answer. Last, a person logs in through node A, A is
# killed with SIGKILL, and the same session cookie and anti-forgery token must go on working on node B (login
# sessions live in the database); the harness fails when one of these checks misses its expected answer.

TWO_NODE_REMINDER=${TWO_NODE_REMINDER:-PT15S}
TWO_NODE_DUE=${TWO_NODE_DUE:-PT30S}

harness_two_nodes() {
    local ledger="$BENCH_OUT/two-nodes.ledger" a b
    rm -f "$ledger"
    a=$(node_url 100)
    b=$(node_url 200)
    db_use_postgresql two_nodes
    node_prepare node-a
    node_prepare node-b
    node_start node-a 100 "$ROOT/target/server" -Dkakehashi.deadline.triage-reminder="$TWO_NODE_REMINDER" \
        -Dkakehashi.deadline.triage-due="$TWO_NODE_DUE"
    node_start node-b 200 "$ROOT/target/server" -Dkakehashi.deadline.triage-reminder="$TWO_NODE_REMINDER" \
        -Dkakehashi.deadline.triage-due="$TWO_NODE_DUE"
    node_await node-a 100 > /dev/null
    node_await node-b 200 > /dev/null
    {
        echo -e "check\tcount\texpected"
        migration_checks
    } > "$BENCH_OUT/two-nodes-migration.tsv"
    sample_job_owners > "$BENCH_OUT/two-nodes-job-owners.raw" &
    local sampler=$!
    {
        echo -e "$RESULT_HEADER"
        load base="$a,$b" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$(submission_body)" \
            idempotency=true clients=4 requests=300 ledger="$ledger" label="submissions through both"
    } > "$BENCH_OUT/two-nodes-load.tsv"
    java -cp "$BENCH_OUT/load-classes" org.kakehashi.load.TriageRun base="$a,$b" user=emily \
        password="$DEMO_PASSWORD" ledger="$ledger" limit=150 > "$BENCH_OUT/two-nodes-triage.txt"
    # every timer of the untriaged requests falls due within the escalation time after the last submission
    sleep $(( ${TWO_NODE_DUE//[^0-9]/} + 25 ))
    kill "$sampler"
    {
        echo -e "check\tcount\texpected"
        echo -e "job executors seen holding jobs\t$(sort -u "$BENCH_OUT/two-nodes-job-owners.raw" | grep -c .)\t2"
        echo -e "optimistic-locking failures logged\t$(cat "$NODES"/node-{a,b}/log/server.log | grep -c OptimisticLocking)\t"
        ledger_checks "$ledger"
        timer_checks
    } > "$BENCH_OUT/two-nodes.tsv"
    {
        echo -e "check\tcount\texpected"
        failover_checks "$a" "$b"
    } > "$BENCH_OUT/two-nodes-failover.tsv"
    node_stop node-a
    node_stop node-b
    db_drop_all
    echo
    echo "== two nodes starting at once on an empty database =="
    table "$BENCH_OUT/two-nodes-migration.tsv"
    echo
    echo "== two nodes on one database =="
    table "$BENCH_OUT/two-nodes-load.tsv"
    cat "$BENCH_OUT/two-nodes-triage.txt"
    table "$BENCH_OUT/two-nodes.tsv"
    echo
    echo "== a login session when its node dies =="
    table "$BENCH_OUT/two-nodes-failover.tsv"
    checks_met "$BENCH_OUT/two-nodes-failover.tsv"
    checks_met "$BENCH_OUT/two-nodes-migration.tsv"
}

# migration_checks: after both nodes started at once, every migration is recorded once and succeeded, one node
# applied them and the other found nothing left (its log says 0 migrations applied now), and both deployed
migration_checks() {
    local applied expected
    applied=$(db_sql "select count(*) from kakehashi_schema_history where success")
    # Camunda's tables (0.1, made in Java) and every SQL migration PostgreSQL gets
    expected=$(($(ls "$ROOT"/src/main/resources/db/migration/{common,postgresql}/V*.sql | wc -l) + 1))
    echo -e "migrations recorded as applied (0.1 and each of db/migration)\t$applied\t$expected"
    echo -e "migrations recorded more than once\t$(db_sql "select count(*) from (select version from kakehashi_schema_history group by version having count(*) > 1) twice")\t0"
    echo -e "nodes whose deployment applied them\t$(grep -l 'migrations applied now' "$NODES"/node-{a,b}/log/server.log | xargs grep -L '(0 migrations applied now)' | grep -c .)\t1"
    echo -e "nodes that waited and found the schema made\t$(grep -l '(0 migrations applied now)' "$NODES"/node-{a,b}/log/server.log | grep -c .)\t1"
}

# sample_job_owners: the job executors (lock owners) that hold jobs, sampled every 0.2 s
sample_job_owners() {
    while true; do
        db_sql "select distinct lock_owner_ from act_ru_job where lock_owner_ is not null"
        sleep 0.2
    done
}

# failover_checks A B: a person logs in through node A, A is killed (SIGKILL), and the session goes on on node B
# with the same cookie and anti-forgery token; a logout on B ends it. Prints check/count/expected rows.
failover_checks() {
    local a=$1 b=$2 login cookie token
    login=$(curl -s -D - -H 'Content-Type: application/json' \
        -d "{\"username\":\"sato\",\"password\":\"$DEMO_PASSWORD\"}" "$a/api/session")
    cookie=$(sed -n 's/^Set-Cookie: \(KAKEHASHI_SESSION=[^;]*\).*/\1/ip' <<< "$login" | tail -n 1)
    token=$(sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p' <<< "$login")
    echo -e "login on node A, then its session on node B: status\t$(answer_status "$b/api/session" -H "Cookie: $cookie")\t200"
    node_kill9 node-a
    echo -e "node A killed (SIGKILL): A's session on node B, status\t$(answer_status "$b/api/session" -H "Cookie: $cookie")\t200"
    echo -e "node A killed: B answers the session's anti-forgery token of the login on A\t$(
        curl -s -H "Cookie: $cookie" "$b/api/session" | grep -c "\"csrfToken\":\"$token\"")\t1"
    echo -e "node A killed: a submission on B with A's session and token, status\t$(answer_status "$b/api/requests" \
        -H "Cookie: $cookie" -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' -d "$(submission_body)")\t201"
    echo -e "node A killed: the same without the token, status\t$(answer_status "$b/api/requests" \
        -H "Cookie: $cookie" -H 'Content-Type: application/json' -d "$(submission_body)")\t403"
    echo -e "logout on node B, status\t$(answer_status "$b/api/session" -X DELETE -H "Cookie: $cookie" \
        -H "X-CSRF-Token: $token")\t204"
    echo -e "the logged-out session on node B, status\t$(answer_status "$b/api/session" -H "Cookie: $cookie")\t401"
}

# answer_status URL [CURL OPTIONS...]: the HTTP status of one call
answer_status() {
    curl -s -o /dev/null -w '%{http_code}' "$@"
}

# timer_checks: each request's triage reminder and escalation recorded at most once, and once for every request
# whose triage was still open when they fell due
timer_checks() {
    cat <<SQL | db_sql "$(cat)" | tr '|' '\t'
with answered as (select distinct number from bench_ledger where status between 200 and 299),
     steps as (select r.request_number as number,
                      count(*) filter (where t.event = 'TASK_REMINDER') as reminders,
                      count(*) filter (where t.event = 'TASK_OVERDUE') as escalations,
                      count(*) filter (where t.event = 'ACCEPTED') as accepted
               from translation_request r join request_timeline t on t.request_id = r.id
               where r.request_number in (select number from answered) group by r.request_number)
select 'requests accepted on the other node', count(*) filter (where accepted = 1), '' from steps
union all select 'requests reminded more than once', count(*) filter (where reminders > 1), '0' from steps
union all select 'requests escalated more than once', count(*) filter (where escalations > 1), '0' from steps
union all select 'untriaged requests not reminded once', count(*) filter (where accepted = 0 and reminders <> 1), '0' from steps
union all select 'untriaged requests not escalated once', count(*) filter (where accepted = 0 and escalations <> 1), '0' from steps
union all select 'jobs failed (exception or no retries left)', count(*), '0' from act_ru_job
    where exception_msg_ is not null or retries_ = 0
union all select 'deadlocks', deadlocks, '0' from pg_stat_database where datname = current_database()
SQL
}
