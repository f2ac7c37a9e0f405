# The 年度 report at 100,000 requests: ReportBenchmarkIT (the bench-reports profile) on a PostgreSQL database of
# its own, which the benchmark fills; it writes target/bench/report.tsv, and the build's output goes to
# target/bench/report-build.log (printed when the build fails).

harness_report() {
    db_use_postgresql report
    ./mvnw -B -ntp verify -Ppostgresql,bench-reports -Dit.db.url="jdbc:postgresql://127.0.0.1:5432/$DB_NAME" \
        > "$BENCH_OUT/report-build.log" 2>&1 || { tail -n 60 "$BENCH_OUT/report-build.log"; return 1; }
    db_drop_all
    echo
    echo "== the 年度 report at 100,000 requests ($(nproc) cores) =="
    table "$BENCH_OUT/report.tsv"
}
