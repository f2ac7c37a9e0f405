# Submission throughput and latency, ours (POST /api/requests, as the form sends it, with an Idempotency-Key)
# against the bare engine start (POST /api/benchmark/bare-start), on PostgreSQL and on H2, on the same server and
# database, at 1, 8 and 32 clients; then, on PostgreSQL, the statements and commits per submission.

SUBMIT_CLIENTS=(${SUBMIT_CLIENTS:-1 8 32})
SUBMIT_REQUESTS=${SUBMIT_REQUESTS:-1500}
SUBMIT_SECONDS=${SUBMIT_SECONDS:-30}

harness_submit() {
    local results="$BENCH_OUT/submit.tsv"
    echo -e "database\t$RESULT_HEADER" > "$results"
    for database in postgresql h2; do
        if [ "$database" = postgresql ]; then db_use_postgresql submit; else db_use_h2; fi
        node_prepare submit
        node_start submit 100 "$ROOT/target/server"
        node_await submit 100 > /dev/null
        submit_levels "$database" "$(node_url 100)" | tee -a "$results"
        if [ "$database" = postgresql ]; then
            db_ensure_statement_statistics
            node_await_ready 100
            sql_per_submission "$(node_url 100)"
        fi
        node_stop submit
        db_drop_all
    done
    echo
    echo "== submissions: ours against the bare engine start ($(nproc) cores) =="
    table "$results"
    submit_ratios "$results" | tee "$BENCH_OUT/submit-ratio.tsv" | column -t -s $'\t'
    [ ! -f "$BENCH_OUT/sql.tsv" ] || { echo; table "$BENCH_OUT/sql.tsv"; }
}

# submit_levels DATABASE URL: a warm-up of each, then ours and bare in turn at each level of clients
submit_levels() {
    local database=$1 url=$2 clients body
    body="$(submission_body)"
    load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$body" idempotency=true \
        clients=8 requests=400 label=warm-up > /dev/null
    load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=benchmark/bare-start \
        clients=8 requests=400 label=warm-up > /dev/null
    for clients in "${SUBMIT_CLIENTS[@]}"; do
        printf '%s\t' "$database"
        load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$body" \
            idempotency=true clients="$clients" requests="$SUBMIT_REQUESTS" seconds="$SUBMIT_SECONDS" label=ours
        printf '%s\t' "$database"
        load base="$url" user=sato password="$DEMO_PASSWORD" method=POST path=benchmark/bare-start \
            clients="$clients" requests="$SUBMIT_REQUESTS" seconds="$SUBMIT_SECONDS" label=bare
    done
}

submit_ratios() {
    awk -F'\t' 'BEGIN { OFS = "\t"; print "database", "clients", "ours req/s", "bare req/s", "ours/bare",
                        "ours p99 ms", "bare p99 ms" }
        NR > 1 && $2 == "ours" { ours[$1 FS $3] = $6; oursp99[$1 FS $3] = $9 }
        NR > 1 && $2 == "bare" { bare[$1 FS $3] = $6; barep99[$1 FS $3] = $9; order[++n] = $1 FS $3 }
        END { for (i = 1; i <= n; i++) { k = order[i]; split(k, p, FS)
                  print p[1], p[2], ours[k], bare[k], sprintf("%.2f", ours[k] / bare[k]), oursp99[k], barep99[k] } }' "$1"
}
