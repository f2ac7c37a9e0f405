# Start-up and memory: the same WAR on the trimmed server of target/server (Kakehashi's Galleon layers) and on
# target/server-full (the feature pack's whole default configuration, -Pserver-full), each on a PostgreSQL
# database of its own: launch to the first answer of the API (the first start, which creates the schema and the
# demo office's year, and then three restarts), and the resident memory after a warm-up of submissions and lists.

BOOT_RESTARTS=${BOOT_RESTARTS:-3}

harness_boot() {
    [ -d "$ROOT/target/server-full" ] || ./mvnw -B -ntp -q -Pserver-full package -DskipTests
    local results="$BENCH_OUT/boot.tsv"
    echo -e "server\tfirst start ms\trestarts ms\tmedian restart ms\tRSS after warm-up MiB" > "$results"
    boot_measure layers "$ROOT/target/server" >> "$results"
    boot_measure all-layers "$ROOT/target/server-full" >> "$results"
    awk -F'\t' 'NR > 1 { rss[$1] = $5 }
        END { printf "RSS layers/all-layers\t%.2f\n", rss["layers"] / rss["all-layers"] }' "$results" >> "$results"
    echo
    echo "== start-up and memory ($(nproc) cores) =="
    table "$results"
}

# boot_measure NAME SERVER_HOME: prints one row
boot_measure() {
    local name=$1 home=$2 first restarts=() rss body
    body="$(submission_body)"
    db_use_postgresql "boot_${name//-/_}"
    node_prepare "$name" "$home"
    node_start "$name" 100 "$home"
    first=$(node_await "$name" 100)
    node_stop "$name"
    for _ in $(seq 1 "$BOOT_RESTARTS"); do
        node_start "$name" 100 "$home"
        restarts+=("$(node_await "$name" 100)")
        node_stop "$name"
    done
    node_start "$name" 100 "$home"
    node_await "$name" 100 > /dev/null
    load base="$(node_url 100)" user=sato password="$DEMO_PASSWORD" method=POST path=requests body="$body" \
        idempotency=true clients=8 requests=500 label=warm-up > /dev/null
    load base="$(node_url 100)" user=emily password="$DEMO_PASSWORD" path=tasks clients=4 requests=200 \
        label=warm-up > /dev/null
    load base="$(node_url 100)" user=sato password="$DEMO_PASSWORD" path=requests clients=4 requests=200 \
        label=warm-up > /dev/null
    sleep 5
    rss=$(( $(node_rss_kib "$name") / 1024 ))
    node_stop "$name"
    db_drop_all
    echo -e "$name\t$first\t${restarts[*]}\t$(printf '%s\n' "${restarts[@]}" | sort -n | sed -n "$(( (${#restarts[@]} + 1) / 2 ))p")\t$rss"
}
