#!/usr/bin/env bash
# "nguon.sh backup" and "nguon.sh restore" (docs/operations.md "Backup and restore"), sourced by nguon.sh,
# whose log, die, pg_dir, signing_dir, start_postgres, stop_postgres and port_open they use: the embedded
# database as a physical base backup taken from the running server (PostgreSQL's low-level backup API, the
# same that pg_basebackup uses: Debian's pg_dump and pg_basebackup are version 15 and refuse the version 17
# server), the signing keystores and the broker's configuration.

backup_dir_default() { echo "$1/backups/$(date -u +%Y%m%dT%H%M%SZ)"; }

pg_sql() { # pg_sql SQL...: psql on the embedded database, as its owner
    PGPASSWORD=${DB_PASSWORD:-nguon} psql -h 127.0.0.1 -p "$EMBEDDED_DB_PORT" -U nguon -d nguon -X -q -v ON_ERROR_STOP=1 "$@"
}

cmd_backup() { # backup [STATE] [DEST]
    local state; state=$(realpath -m "${1:-$NGUON_HOME}")
    local dest; dest=$(realpath -m "${2:-$(backup_dir_default "$state")}")
    [[ -z ${DB_HOST:-} || $DB_HOST == 127.0.0.1 ]] \
        || die "the database at $DB_HOST is backed up on its own host (pg_basebackup or pgBackRest of its version; docs/operations.md)"
    local data; data="$(pg_dir "$state")/data"
    [[ -f $data/postmaster.pid ]] || die "the database of $state is not running: a backup is taken from the running system"
    mkdir -p "$dest"
    [[ -z $(ls -A "$dest") ]] || die "$dest is not empty"
    local t0=$SECONDS
    log "backing up the database of $state into $dest"
    # one session: a temporary replication slot keeps every WAL segment from the backup's start until the session
    # ends; the backup starts, the files are copied while it runs, it stops and says what the copy needs
    # (backup_label), and the WAL written meanwhile is copied (pg_backup_stop switched to a new segment, so the
    # last one needed is whole). tar may see files change under it: the WAL replayed at restore mends them.
    pg_sql <<SQL
SELECT pg_create_physical_replication_slot('nguon_backup_$$', true, true) \g /dev/null
SELECT pg_backup_start('nguon $(date -u +%FT%TZ)', true) \g /dev/null
\! tar -C '$data' -cf '$dest/database.tar' --exclude='./pg_wal/*' --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude='./pg_replslot/*' --exclude='./pg_stat_tmp/*' --exclude='./pg_dynshmem/*' --exclude='./pg_notify/*' --exclude='./pg_serial/*' --exclude='./pg_snapshots/*' --exclude='./pg_subtrans/*' --warning=no-file-changed --warning=no-file-removed --warning=no-file-shrank . ; echo \$? > '$dest/.tar-status'
SELECT labelfile FROM pg_backup_stop(false) \g (format=unaligned tuples_only=on) '$dest/backup_label'
\! tar -C '$data' -cf '$dest/wal.tar' --exclude='pg_wal/archive_status/*' --warning=no-file-changed pg_wal ; echo \$? > '$dest/.wal-status'
SQL
    local status
    for status in "$(cat "$dest/.tar-status")" "$(cat "$dest/.wal-status")"; do
        [[ $status == 0 || $status == 1 ]] || die "copying the database files failed (tar exit $status)"
    done
    rm -f "$dest/.tar-status" "$dest/.wal-status"
    local signing; signing=$(signing_dir "$state")
    if [[ -d $signing ]]; then
        tar -C "$signing" -cf "$dest/signing.tar" .
    else
        log "no signing keystores in $signing"
    fi
    [[ -d $state/broker/etc ]] && tar -C "$state/broker" -cf "$dest/broker-etc.tar" etc
    {
        echo "Nguồn backup"
        echo "taken: $(date -u +%FT%TZ)"
        echo "nguon: $(git -C "$REPO" describe --always --dirty 2>/dev/null || echo unknown)"
        echo "postgresql: $(pg_sql -At -c 'SHOW server_version')"
        echo "state: $state"
        echo "signing: $signing"
    } > "$dest/MANIFEST"
    (cd "$dest" && sha256sum -- * > SHA256SUMS)
    log "backup done in $((SECONDS - t0)) s: $(du -sh "$dest" | cut -f1) in $dest"
    echo "$dest"
}

cmd_restore() { # restore [STATE] SOURCE: WildFly stopped; the database, signing keystores (and a missing broker configuration) as backed up
    local state src
    if (($# >= 2)); then state=$(realpath -m "$1"); src=$2; else state=$(realpath -m "$NGUON_HOME"); src=${1:?restore [STATE] SOURCE}; fi
    src=$(realpath "$src")
    [[ -f $src/SHA256SUMS && -f $src/database.tar && -f $src/backup_label ]] || die "$src is not a Nguồn backup"
    (cd "$src" && sha256sum --quiet -c SHA256SUMS) || die "the backup in $src is damaged (its checksums do not match)"
    if port_open 9990 || port_open "$HTTP_PORT"; then
        die "WildFly is running: stop it first (nguon.sh stop) — a restore replaces the database under it"
    fi
    local t0=$SECONDS
    local pg; pg=$(pg_dir "$state")
    local data="$pg/data" before; before="$pg/data.before-restore.$(date -u +%Y%m%dT%H%M%SZ)"
    stop_postgres "$state"
    log "restoring the database of $state from $src (the current one is kept in $before until the restored one is up)"
    [[ -d $data ]] && mv "$data" "$before"
    mkdir -p "$data"
    tar -C "$data" -xf "$src/database.tar"
    mkdir -p "$data/pg_wal/archive_status"
    tar -C "$data" -xf "$src/wal.tar"
    cp "$src/backup_label" "$data/backup_label"
    chmod 700 "$data"
    if [[ $(id -u) -eq 0 ]]; then chown -R nobody "$data"; fi
    # no recovery.signal: crash recovery from the backup's checkpoint, replaying the copied WAL to its end
    start_postgres "$state"
    rm -rf "$before"
    local signing; signing=$(signing_dir "$state")
    if [[ -f $src/signing.tar ]]; then
        rm -rf "$signing"
        mkdir -p "$signing"
        tar -C "$signing" -xf "$src/signing.tar"
        log "signing keystores restored into $signing"
    fi
    if [[ -f $src/broker-etc.tar && ! -d $state/broker/etc ]]; then
        mkdir -p "$state/broker"
        tar -C "$state/broker" -xf "$src/broker-etc.tar"
        log "broker configuration restored into $state/broker/etc"
    fi
    log "restore done in $((SECONDS - t0)) s; start WildFly (nguon.sh run --no-build keeps this data)"
}

