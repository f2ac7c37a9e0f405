# The harnesses' databases: PostgreSQL databases named kakehashi_bench_*, dropped when the harness ends, or H2 in
# a node's own data directory. DB_ENV holds the KAKEHASHI_DB_* variables wildfly-config/datasource.cli reads.

PSQL=(psql -h 127.0.0.1 -U postgres -X -v ON_ERROR_STOP=1 -qAt)
BENCH_DATABASES=()

db_use_h2() {
    DB_ENV=(KAKEHASHI_DB_DRIVER=h2)
}

# db_use_postgresql NAME: a new, empty database
db_use_postgresql() {
    DB_NAME="kakehashi_bench_$1_$$"
    "${PSQL[@]}" -d postgres -c "create database $DB_NAME"
    BENCH_DATABASES+=("$DB_NAME")
    DB_ENV=(KAKEHASHI_DB_DRIVER=postgresql KAKEHASHI_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB_NAME"
            KAKEHASHI_DB_USER=postgres KAKEHASHI_DB_PASSWORD=postgres)
}

db_sql() {
    "${PSQL[@]}" -d "$DB_NAME" -c "$1"
}

# db_drop_all: drops every database the harness made, unless BENCH_KEEP_DATABASES is set (to look at their plans
# afterwards; drop them by hand then)
db_drop_all() {
    if [ -n "${BENCH_KEEP_DATABASES:-}" ]; then
        echo "kept for a closer look (BENCH_KEEP_DATABASES): ${BENCH_DATABASES[*]}"
        BENCH_DATABASES=()
        return
    fi
    for db in "${BENCH_DATABASES[@]}"; do
        "${PSQL[@]}" -d postgres -c "drop database if exists $db with (force)" || true
    done
    BENCH_DATABASES=()
}

# Statement counts need pg_stat_statements, which PostgreSQL loads only at start: this writes a conf.d file and
# restarts the cluster once (every connection is cut), when the library is not loaded yet, and creates the
# extension's views in the database of DB_NAME.
db_ensure_statement_statistics() {
    if [[ "$("${PSQL[@]}" -d postgres -c 'show shared_preload_libraries')" != *pg_stat_statements* ]]; then
        local conf
        conf="/etc/postgresql/$(ls /etc/postgresql | sort -V | tail -n 1)/main/conf.d/95-kakehashi-bench.conf"
        echo "enabling pg_stat_statements in $conf and restarting PostgreSQL" >&2
        printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.track_utility = on\n" > "$conf"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main restart
        for _ in $(seq 1 60); do
            pg_isready -h 127.0.0.1 -p 5432 -q && break
            sleep 0.5
        done
    fi
    db_sql "create extension if not exists pg_stat_statements"
}
