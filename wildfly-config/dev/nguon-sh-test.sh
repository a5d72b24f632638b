#!/usr/bin/env bash
# Tests of the dev script's own logic (run by DevScriptIT, part of the test command): nguon.sh is
# sourced, so only its functions are defined, and each is run against stubs in a scratch directory.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=nguon.sh
source "$here/nguon.sh"
set +e
failures=0
check() { # check DESCRIPTION COMMAND...
    if "${@:2}"; then echo "ok   $1"; else echo "FAIL $1"; failures=$((failures + 1)); fi
}
scratch=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$scratch"' EXIT

# --- run stays in the foreground until "nguon.sh stop" in another terminal removes the pid files
servers() { # servers STATE: three long-lived stand-ins for wildfly, keycloak and artemis
    mkdir -p "$1/pids"
    for name in wildfly keycloak artemis; do sleep 300 & echo $! > "$1/pids/$name.pid"; done
}
state="$scratch/stopped"; servers "$state"
WATCH_INTERVAL=0.2 watch_stack "$state" wildfly keycloak artemis 2>/dev/null & watcher=$!
sleep 0.5; rm -f "$state"/pids/*.pid       # what stop_all leaves behind
for _ in $(seq 1 25); do kill -0 $watcher 2>/dev/null || break; sleep 0.2; done
check "run ends when the stack is stopped from another terminal" bash -c "! kill -0 $watcher 2>/dev/null"
wait $watcher; check "... and reports it as a normal end" test $? -eq 0

state="$scratch/died"; servers "$state"
WATCH_INTERVAL=0.2 watch_stack "$state" wildfly keycloak artemis 2>/dev/null & watcher=$!
sleep 0.5; kill "$(cat "$state/pids/keycloak.pid")"
wait $watcher; check "run stops the stack when a server dies" test $? -eq 1

# --- run installs only what running needs; test adds the browser and PDF tools
stubs="$scratch/bin"; mkdir -p "$stubs"
for tool in unzip espeak-ng psql; do printf '#!/bin/sh\n' > "$stubs/$tool"; chmod +x "$stubs/$tool"; done
installed="$scratch/installed"
apt-get() { [[ $1 == install ]] && echo "${@:2}" >> "$installed"; return 0; }
sudo() { "$@"; }
(PATH="$stubs"; ensure_packages run 2>/dev/null)
check "run installs ffmpeg (the audio decoder), without its optional extras, when it is missing" \
    grep -q -- "--no-install-recommends ffmpeg" "$installed"
printf '#!/bin/sh\n' > "$stubs/ffmpeg"; chmod +x "$stubs/ffmpeg"; : > "$installed"
(PATH="$stubs"; ensure_packages run 2>/dev/null)
check "run installs nothing more when unzip, espeak-ng, psql and ffmpeg are there (no chromium)" test ! -s "$installed"
rm "$stubs/psql"
(PATH="$stubs"; ensure_packages run 2>/dev/null)
check "run installs PostgreSQL's client when psql is missing (backup and restore)" grep -q -- "postgresql-client" "$installed"
printf '#!/bin/sh\n' > "$stubs/psql"; chmod +x "$stubs/psql"; : > "$installed"
(PATH="$stubs"; ensure_packages test 2>/dev/null)
check "test installs chromium, chromedriver, poppler-utils and npm" \
    grep -q -- "chromium chromium-driver poppler-utils npm" "$installed"
check "... and haproxy (the cluster fault tests' balancer)" grep -q -- "haproxy" "$installed"
: > "$installed"
(PATH="$stubs"; ensure_packages cluster 2>/dev/null)
check "run --cluster installs haproxy, not the browser" bash -c "grep -q haproxy '$installed' && ! grep -q chromium '$installed'"

# --- versions live in the POM
check "the Keycloak version comes from the POM" \
    test "$(pom_version keycloak)" = "$(sed -n 's:.*<version.keycloak>\(.*\)</version.keycloak>.*:\1:p' "$REPO/pom.xml")"
check "an unknown version is an error" bash -c "! (source '$here/nguon.sh'; pom_version no-such-thing) 2>/dev/null"

# --- reset wipes the state, and a deleted state directory does not bring its old database back
state="$scratch/reset"; mkdir -p "$state/logs" "$state/keycloak"; touch "$state/logs/wildfly.log"
stop_all() { :; }
cmd_reset "$state" 2>/dev/null
check "reset wipes the state directory" test ! -e "$state"

state="$scratch/deleted"; cluster="$scratch/clusters/abc"; mkdir -p "$cluster/data" "$state"
ln -s "$cluster" "$state/postgres"
forget_deleted_state "$state" "$cluster" 2>/dev/null
check "a cluster whose state directory is there is kept" test -d "$cluster/data"
rm -rf "$state"; mkdir -p "$state"                         # .nguon deleted, then run again
forget_deleted_state "$state" "$cluster" 2>/dev/null
check "the cluster of a deleted state directory is not brought back" test ! -e "$cluster"
mkdir -p "$scratch/own/postgres/data"
forget_deleted_state "$scratch/own" "$scratch/own/postgres" 2>/dev/null
check "a cluster inside its state directory (not root) is kept" test -d "$scratch/own/postgres/data"

# --- NGUON_LOG_FORMAT picks WildFly's log handlers (wildfly-config/cli/55-observability.cli)
check "JSON logs: the JSON handlers on, the text ones off" \
    test "$(NGUON_LOG_FORMAT=json log_options)" = "-Dnguon.log.json=INFO -Dnguon.log.text=OFF"
check "text logs by default: nothing to add" test -z "$(unset NGUON_LOG_FORMAT; log_options)"
check "any other format is refused" bash -c "! (source '$here/nguon.sh'; NGUON_LOG_FORMAT=xml log_options) 2>/dev/null"

# --- OTEL_* variables become the otel.* properties MicroProfile Telemetry reads (docs/operations.md "Tracing")
check "tracing switched on by the environment" \
    test "$(env -i PATH="$PATH" OTEL_SDK_DISABLED=false OTEL_TRACES_SAMPLER=parentbased_always_off bash -c "source '$here/nguon.sh'; trace_options")" \
    = " -Dotel.sdk.disabled=false -Dotel.traces.sampler=parentbased_always_off"
check "no OTEL_ variable: nothing to add" test -z "$(env -i PATH="$PATH" bash -c "source '$here/nguon.sh'; trace_options")"

# --- backup refuses what it cannot do right; restore checks a backup before it touches anything
check "a backup of an external database is refused (its own host's tools)" \
    bash -c "! (source '$here/nguon.sh'; DB_HOST=db.example cmd_backup '$scratch/x' '$scratch/b') 2>/dev/null"
check "a backup of a stopped database is refused" \
    bash -c "! (source '$here/nguon.sh'; pg_dir() { echo '$scratch/nodb'; }; cmd_backup '$scratch/x' '$scratch/b') 2>/dev/null"
damaged="$scratch/damaged"; mkdir -p "$damaged"
echo data > "$damaged/database.tar"; echo label > "$damaged/backup_label"; (cd "$damaged" && sha256sum -- * > SHA256SUMS)
echo changed > "$damaged/database.tar"
touched="$scratch/touched"
check "a damaged backup is refused before the database is stopped" \
    bash -c "! (source '$here/nguon.sh'; stop_postgres() { touch '$touched'; }; cmd_restore '$scratch/x' '$damaged') >/dev/null 2>&1 && test ! -e '$touched'"
check "a directory that is not a backup is refused" \
    bash -c "! (source '$here/nguon.sh'; cmd_restore '$scratch/x' '$scratch') 2>/dev/null"

# --- promtool comes unpacked from Debian's prometheus package, installed once
apt-get() { [[ $1 == download ]] && { mkdir -p x/usr/bin; printf '#!/bin/sh\necho promtool "$@"\n' > x/usr/bin/promtool; chmod +x x/usr/bin/promtool;
    tar -cf data.tar -C x usr && printf '2.0\n' > debian-binary && tar -cf control.tar --files-from /dev/null \
    && ar rc prometheus_1_amd64.deb debian-binary control.tar data.tar && rm -rf x data.tar control.tar debian-binary; }; return 0; }
promtool_path() { echo "$scratch/tools/promtool"; }
ensure_promtool 2>/dev/null
check "promtool unpacked from the package" test -x "$scratch/tools/promtool"
check "... and runs" test "$("$scratch/tools/promtool" check rules a.yml)" = "promtool check rules a.yml"

echo "$failures failure(s)"
exit $((failures > 0))
