# kill -9 under load: 8 clients submit continuously, each submission with an Idempotency-Key of its own and its
# answer written to a ledger; the server is killed with SIGKILL mid-stream and started again while the clients go
# on. Then PostgreSQL must show every answered submission exactly once with exactly one process instance, and
# nothing half-made (a request without its process, a process without its request, a key without either).

KILL_AFTER_SECONDS=${KILL_AFTER_SECONDS:-10}

harness_kill() {
    local ledger="$BENCH_OUT/kill.ledger" loader restart
    rm -f "$ledger"
    db_use_postgresql kill
    node_prepare kill
    node_start kill 100 "$ROOT/target/server"
    node_await kill 100 > /dev/null
    load base="$(node_url 100)" user=sato password="$DEMO_PASSWORD" method=POST path=requests \
        body="$(submission_body)" idempotency=true clients=8 requests=1000000 seconds=$((KILL_AFTER_SECONDS + 40)) \
        ledger="$ledger" label=kill-9 > "$BENCH_OUT/kill-load.tsv" &
    loader=$!
    sleep "$KILL_AFTER_SECONDS"
    node_kill9 kill
    node_start kill 100 "$ROOT/target/server"
    restart=$(node_await kill 100)
    wait "$loader"
    node_stop kill
    {
        echo -e "check\tcount\texpected"
        ledger_checks "$ledger" "restart after SIGKILL, ms" "$restart"
    } > "$BENCH_OUT/kill.tsv"
    db_drop_all
    echo
    echo "== kill -9 under load =="
    table "$BENCH_OUT/kill-load.tsv"
    table "$BENCH_OUT/kill.tsv"
}

# ledger_checks LEDGER [LABEL VALUE]: the database against what the clients were answered, as check/count/expected
# rows, for the requests and processes made since the ledger's first line (the demo office's are older). Loads the
# ledger into a table of the database and leaves the database to the caller. With CUT_COMMITS=N, up to N refused
# submissions may have been made: commits the database received as it went away, whose answer never came back.
ledger_checks() {
    local ledger=$1 refused_made_expected=${CUT_COMMITS:+≤ $CUT_COMMITS}
    db_sql "create table bench_ledger (at_ms bigint, node int, idempotency_key text, status int, number text)"
    db_sql "\\copy bench_ledger from '$ledger' with (format text, delimiter ' ', null '-')"
    [ $# -lt 3 ] || echo -e "$2\t$3\t"
    cat <<SQL | db_sql "$(cat)" | tr '|' '\t'
with answered as (select distinct number from bench_ledger where status between 200 and 299),
     requests as (select request_number as number, count(*) as n from translation_request
                  where submitted_at >= (select to_timestamp(min(at_ms) / 1000.0) - interval '10 seconds' from bench_ledger)
                  group by request_number),
     processes as (select business_key_ as number, count(*) as n from act_hi_procinst
                   where start_time_ >= (select to_timestamp(min(at_ms) / 1000.0) - interval '10 seconds' from bench_ledger)
                   group by business_key_),
     running as (select business_key_ as number, count(*) as n from act_ru_execution
                 where parent_id_ is null and business_key_ is not null group by business_key_)
select 'submissions answered 2xx', count(*), '' from answered
union all select 'submissions answered 5xx', (select count(*) from bench_ledger where status >= 500), ''
union all select 'submissions without an answer', (select count(*) from bench_ledger where status = 0), ''
union all select 'answered 2xx but no request row', count(*), '0' from answered a
    where not exists (select 1 from requests r where r.number = a.number)
union all select 'answered 2xx but not exactly one request row', count(*), '0' from answered a
    join requests r on r.number = a.number where r.n <> 1
union all select 'answered 2xx but not exactly one process instance', count(*), '0' from answered a
    left join processes p on p.number = a.number where coalesce(p.n, 0) <> 1
union all select 'answered 2xx but not exactly one running process', count(*), '0' from answered a
    left join running p on p.number = a.number where coalesce(p.n, 0) <> 1
union all select 'requests without a process instance', count(*), '0' from requests r
    where not exists (select 1 from processes p where p.number = r.number)
union all select 'process instances without a request', count(*), '0' from processes p
    where not exists (select 1 from requests r where r.number = p.number)
union all select 'answered 2xx but not under its Idempotency-Key', count(*), '0' from bench_ledger l
    where l.status between 200 and 299 and not exists (select 1 from translation_request r
        where r.request_number = l.number
          and r.idempotency_key = encode(sha256(convert_to('sato' || chr(10) || l.idempotency_key, 'UTF8')), 'hex'))
union all select 'refused (4xx, 5xx) but made', count(*), '${refused_made_expected:-0}' from bench_ledger l
    join translation_request r
      on r.idempotency_key = encode(sha256(convert_to('sato' || chr(10) || l.idempotency_key, 'UTF8')), 'hex')
    where l.status >= 400
union all select 'unanswered submissions that were made (answer lost)', count(*), '' from bench_ledger l
    join translation_request r
      on r.idempotency_key = encode(sha256(convert_to('sato' || chr(10) || l.idempotency_key, 'UTF8')), 'hex')
    where l.status = 0
union all select 'incidents', count(*), '0' from act_ru_incident
SQL
}
