# The table of issue #22: each figure read from the latest output of the harness that measures it, beside its
# target, whether it is met, and when it was measured; a figure no harness has measured yet says so.

# targets_table: prints the table and saves it as target/bench/targets.tsv
targets_table() {
    {
        echo -e "figure\tmeasured\ttarget\tmet\tfrom"
        target_row "submissions per second, ours / bare, 8 clients" submit-ratio.tsv \
            '$1 == "postgresql" && $2 == 8 { printf "%s (%s / %s)\n", $5, $3, $4 }' ">=" 0.8
        target_row "submissions per second, ours / bare, 32 clients" submit-ratio.tsv \
            '$1 == "postgresql" && $2 == 32 { printf "%s (%s / %s)\n", $5, $3, $4 }' ">=" 0.8
        target_row "p99 of a submission at 32 clients, ms" submit-ratio.tsv \
            '$1 == "postgresql" && $2 == 32 { printf "%s (bare %s)\n", $6, $7 }' "<=" 100
        target_row "statements per submission, ours / bare" sql.tsv \
            '$1 == "ours" { o = $9 } $1 == "bare" { b = $9 } $1 == "statements ours/bare" { r = $2 }
             END { if (r != "") printf "%s (%s / %s)\n", r, o, b }' "<=" 1.5
        target_row "commits per submission (the session read included)" sql.tsv \
            '$1 == "ours" { o = $10 } $1 == "bare" { b = $10 } END { if (o != "") printf "%s (bare %s)\n", o, b }' \
            "<=" 1
        target_row "coordinator's task list p95, 10,000 open tasks, ms" tasks-at-scale.tsv \
            '$1 ~ /^coordinator GET \/api\/tasks/ { printf "%s (p50 %s)\n", $7, $6 }' "<=" 50
        target_row "launch to first answer (median restart), ms" boot.tsv \
            '$1 == "layers" { o = $4 } $1 == "all-layers" { a = $4 }
             END { if (o != "") printf "%s (default layers %s)\n", o, a }' "<=" 6000
        target_row "resident memory after warm-up, ours / default layers" boot.tsv \
            '$1 == "layers" { o = $5 } $1 == "all-layers" { a = $5 } $1 == "RSS layers/all-layers" { r = $2 }
             END { if (r != "") printf "%s (%s / %s MiB)\n", r, o, a }' "<=" 0.7
        target_row "年度 report at 100,000 requests, median ms" report.tsv \
            'NR == 2 { printf "%s (p90 %s)\n", $3, $4 }' "<=" 300
    } > "$BENCH_OUT/targets.tsv"
    echo
    echo "== the performance figures against their targets (issue #22) =="
    table "$BENCH_OUT/targets.tsv"
}

# target_row FIGURE FILE AWK_PROGRAM OPERATOR TARGET: one row; the awk program prints the figure from the file,
# its number first (compared with the target) and then what it is made of
target_row() {
    local figure=$1 file=$2 program=$3 operator=$4 target=$5 value=""
    [ ! -f "$BENCH_OUT/$file" ] || value=$(awk -F'\t' "$program" "$BENCH_OUT/$file" | head -n 1)
    if [ -z "$value" ]; then
        echo -e "$figure\tnot measured\t$operator $target\t-\t$file"
        return
    fi
    local met
    met=$(awk -v v="$value" -v t="$target" -v op="$operator" \
        'BEGIN { print ((op == "<=" ? v + 0 <= t + 0 : v + 0 >= t + 0) ? "yes" : "no") }')
    echo -e "$figure\t$value\t$operator $target\t$met\t$file, $(date -r "$BENCH_OUT/$file" '+%F %H:%M')"
}
