# Statements and commits per submission on PostgreSQL, ours against the bare engine start: pg_stat_statements
# (every statement the server sent to this database, BEGIN and COMMIT counted apart) and pg_stat_database's
# xact_commit, around a run of sequential calls. The server's own background work (job acquisition, the mail
# outbox's poll) is measured in an idle window and taken off in proportion to time.

SQL_CALLS=${SQL_CALLS:-300}
# PostgreSQL 15 publishes a backend's transaction counts when it goes idle, at most 10 s later
STATISTICS_DELAY=11

harness_sql() {
    db_use_postgresql sql
    db_ensure_statement_statistics
    node_prepare sql
    node_start sql 100 "$ROOT/target/server"
    node_await sql 100 > /dev/null
    sql_per_submission "$(node_url 100)"
    node_stop sql
    db_drop_all
    table "$BENCH_OUT/sql.tsv"
}

# sql_per_submission URL: writes target/bench/sql.tsv and the statements of each kind to sql-ours.txt, sql-bare.txt
sql_per_submission() {
    local url=$1 body idle
    body="$(submission_body)"
    load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$body" idempotency=true \
        clients=4 requests=200 label=warm-up > /dev/null
    load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=benchmark/bare-start \
        clients=4 requests=200 label=warm-up > /dev/null
    idle=$(sql_window idle sleep 20)
    {
        echo -e "kind\tcalls\tseconds\tstatements\tBEGIN\tCOMMIT\tROLLBACK\txact_commit\tstatements/call\tcommits/call"
        echo -e "idle\t0\t$idle"
        sql_row ours "$idle" "$(sql_window ours load base="$url" user=sato password="$DEMO_PASSWORD" method=POST \
            path=requests body="$body" idempotency=true clients=1 requests="$SQL_CALLS" label=ours)"
        sql_row bare "$idle" "$(sql_window bare load base="$url" user=sato password="$DEMO_PASSWORD" method=POST \
            path=benchmark/bare-start clients=1 requests="$SQL_CALLS" label=bare)"
    } > "$BENCH_OUT/sql.tsv"
    awk -F'\t' 'NR > 2 { r[$1] = $9 } END { printf "statements ours/bare\t%.2f\n", r["ours"] / r["bare"] }' \
        "$BENCH_OUT/sql.tsv" >> "$BENCH_OUT/sql.tsv"
}

# sql_window KIND COMMAND...: runs the command between two readings of the database's statistics; prints its
# seconds, and the statements, BEGIN, COMMIT, ROLLBACK of that time and the commits of it and the delay after it
sql_window() {
    local kind=$1 start commits_before commits_after
    shift
    sleep "$STATISTICS_DELAY"
    commits_before=$(db_sql "select xact_commit from pg_stat_database where datname = current_database()")
    db_sql "select pg_stat_statements_reset()" > /dev/null
    start=$(date +%s%3N)
    "$@" > /dev/null
    local seconds
    seconds=$(awk -v ms=$(($(date +%s%3N) - start)) 'BEGIN { printf "%.1f", ms / 1000 }')
    db_sql "select calls, query from pg_stat_statements s join pg_database d on d.oid = s.dbid
            where d.datname = current_database() order by calls desc" > "$BENCH_OUT/sql-$kind.txt"
    local counts
    counts=$(db_sql "select coalesce(sum(calls) filter (where query !~* '^(begin|commit|rollback)'), 0),
                            coalesce(sum(calls) filter (where query ~* '^begin'), 0),
                            coalesce(sum(calls) filter (where query ~* '^commit'), 0),
                            coalesce(sum(calls) filter (where query ~* '^rollback'), 0)
                     from pg_stat_statements s join pg_database d on d.oid = s.dbid
                     where d.datname = current_database()" | tr '|' '\t')
    sleep "$STATISTICS_DELAY"
    commits_after=$(db_sql "select xact_commit from pg_stat_database where datname = current_database()")
    echo -e "$seconds\t$counts\t$((commits_after - commits_before))"
}

# sql_row KIND IDLE_WINDOW WINDOW: the window less the idle rate over its length, per call
sql_row() {
    awk -F'\t' -v kind="$1" -v calls="$SQL_CALLS" -v idle="$2" -v run="$3" -v delay="$STATISTICS_DELAY" 'BEGIN {
        OFS = "\t"; split(idle, i, "\t"); split(run, r, "\t")
        statements = r[2] - i[2] * r[1] / i[1]
        commits = r[6] - i[6] * (r[1] + delay) / (i[1] + delay)
        print kind, calls, r[1], r[2], r[3], r[4], r[5], r[6], sprintf("%.1f", statements / calls),
              sprintf("%.2f", commits / calls) }'
}
