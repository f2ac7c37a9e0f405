# The load generator (bench/load), compiled once per run into target/bench/load-classes.

load_compile() {
    rm -rf "$BENCH_OUT/load-classes"
    javac -d "$BENCH_OUT/load-classes" "$ROOT"/bench/load/org/kakehashi/load/*.java
}

# load ARGS...: one run of org.kakehashi.load.LoadRun; prints its result line
load() {
    java -cp "$BENCH_OUT/load-classes" org.kakehashi.load.LoadRun "$@"
}

# A translation request as the staff form sends it, wanted two months from today.
submission_body() {
    printf '{"sourceLanguage":"ja","targetLanguages":["en"],"purpose":"public-notice","text":"%s","wantedBy":"%s"}' \
        "市役所の窓口は午前八時四十五分から午後五時十五分まで開いています。" "$(date -d '+60 days' +%F)"
}

RESULT_HEADER="label\tclients\tanswered\t2xx\treq/s\tp50 ms\tp95 ms\tp99 ms\tmax ms\tstatuses"

# table FILE: prints a tab-separated results file as aligned columns
table() {
    column -t -s $'\t' "$1"
}

# checks_met FILE: fails, naming each, when a check/count/expected row misses its expected count
checks_met() {
    awk -F'\t' 'NF == 3 && $1 != "check" && $3 != "" && $2 != $3 { print "FAILED: " $1 ": " $2 ", expected " $3; bad = 1 }
                END { exit bad }' "$1"
}
