# WildFly nodes for the harnesses: each in a base directory of its own under target/bench/nodes, copied from the
# provisioned server's standalone/ with the WAR in its deployments, on a port offset (HTTP 8080+offset, management
# 9990+offset) so that it never meets a developer's server on 8080/9990.

NODES="$BENCH_OUT/nodes"
DEMO_PASSWORD=kakehashi-demo-2026

# node_prepare NAME SERVER_HOME: a fresh base directory with the WAR deployed
node_prepare() {
    local name=$1 home=${2:-$ROOT/target/server}
    rm -rf "${NODES:?}/$name"
    mkdir -p "$NODES"
    cp -r "$home/standalone" "$NODES/$name"
    rm -rf "$NODES/$name/deployments/"*.war* "$NODES/$name/log" "$NODES/$name/tmp"
    cp "$ROOT/target/kakehashi.war" "$NODES/$name/deployments/"
}

# node_start NAME OFFSET SERVER_HOME [system properties...]: starts in the background on the database in DB_ENV,
# with NODE_JAVA_OPTIONS added to the JVM's own; the JVM's pid goes to target/bench/nodes/NAME/pid, the launch
# time (ms) to .../started
node_start() {
    local name=$1 offset=$2 home=$3
    shift 3
    date +%s%3N > "$NODES/$name/started"
    env "${DB_ENV[@]}" JDK_JAVA_OPTIONS="${NODE_JAVA_OPTIONS:-}" LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$NODES/$name/pid" \
        "$home/bin/standalone.sh" \
        -Djboss.server.base.dir="$NODES/$name" \
        -Djboss.socket.binding.port-offset="$offset" \
        -Dkakehashi.benchmark=true -Dkakehashi.demo=true "$@" \
        > "$NODES/$name/console.log" 2>&1 &
    echo "$!" > "$NODES/$name/launcher"
}

node_url() {
    echo "http://127.0.0.1:$((8080 + $1))"
}

# node_readiness OFFSET FILE: polls the node's readiness every 250 ms, appending "epoch-ms status" to FILE, until
# killed — what a load balancer's health check would have seen
node_readiness() {
    local url="http://127.0.0.1:$((9990 + $1))/health/ready"
    while true; do
        echo "$(date +%s%3N) $(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url")" >> "$2"
        sleep 0.25
    done
}

# readiness_between FILE FROM TO: how the polls of FILE between the two epoch-ms times were answered, e.g. "503=14"
readiness_between() {
    awk -v from="$2" -v to="$3" '$1 >= from && $1 <= to { n[$2]++ }
        END { for (s in n) { printf "%s%s=%d", sep, s, n[s]; sep = " " } if (length(n) == 0) printf "none" }' "$1"
}

node_pid() {
    cat "$NODES/$1/pid" 2>/dev/null
}

# node_await NAME OFFSET [SECONDS]: waits until the API answers; prints the milliseconds since the launch
node_await() {
    local name=$1 url limit=$((${3:-180} * 10))
    url="$(node_url "$2")/api/languages"
    for ((i = 0; i < limit; i++)); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; then
            echo $(($(date +%s%3N) - $(cat "$NODES/$name/started")))
            return 0
        fi
        sleep 0.1
    done
    echo "node $name did not answer on $url; see $NODES/$name/console.log" >&2
    return 1
}

# node_await_ready OFFSET [SECONDS]: waits until the node says it is ready again (its database reachable), as after
# PostgreSQL restarted under it: a request sent before meets the pool's broken connections or a database still
# starting, and fails
node_await_ready() {
    local url="http://127.0.0.1:$((9990 + $1))/health/ready" limit=$((${2:-60} * 4))
    for ((i = 0; i < limit; i++)); do
        [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url")" = 200 ] && return 0
        sleep 0.25
    done
    echo "node at offset $1 not ready on $url after ${2:-60} s" >&2
    return 1
}

node_rss_kib() {
    awk '/^VmRSS/ {print $2}' "/proc/$(node_pid "$1")/status"
}

# node_stop NAME: SIGTERM (a graceful stop), SIGKILL after 60 s
node_stop() {
    local pid
    pid=$(node_pid "$1") || return 0
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid"
    for _ in $(seq 1 600); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$NODES/$1/pid"; return 0; }
        sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null
    rm -f "$NODES/$1/pid"
}

# node_await_exit NAME SECONDS: waits until the node's JVM has exited; prints the milliseconds it took
node_await_exit() {
    local pid start
    pid=$(node_pid "$1") || return 0
    start=$(date +%s%3N)
    for ((i = 0; i < $2 * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { rm -f "$NODES/$1/pid"; echo $(($(date +%s%3N) - start)); return 0; }
        sleep 0.1
    done
    echo "node $1 still running after $2 s" >&2
    return 1
}

node_kill9() {
    kill -9 "$(node_pid "$1")"
    wait "$(cat "$NODES/$1/launcher")" 2>/dev/null || true
    rm -f "$NODES/$1/pid"
}

node_cli() {
    local offset=$1
    shift
    "$ROOT/target/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$((9990 + offset))" "$@"
}
