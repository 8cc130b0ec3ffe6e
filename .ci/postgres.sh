# Sourced by .ci/run: a throwaway PostgreSQL cluster on 127.0.0.1:55432 (trust auth, user postgres),
# run as a plain process (no systemd), for the Postgres build of the web tests.

POSTGRES_PORT=55432

postgres_install() {
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && return 0
    for attempt in 1 2 3 4 5 6; do
        # Another apt run may hold the dpkg lock for a while; a fresh machine may lack package lists.
        if DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; }; then
            return 0
        fi
        [ "$attempt" = 6 ] && return 1
        sleep 20
    done
}

postgres_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@" # initdb refuses to run as root
    else
        "$@"
    fi
}

postgres_start() {
    postgres_install
    POSTGRES_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    POSTGRES_ROOT=$(mktemp -d /tmp/healactively-ci-pg.XXXXXX)
    POSTGRES_DATA="$POSTGRES_ROOT/pg"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$POSTGRES_ROOT"; fi
    postgres_as_owner "$POSTGRES_BIN/initdb" -D "$POSTGRES_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    # fsync off: the data is thrown away, and every test factory creates a database.
    postgres_as_owner "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DATA" -l "$POSTGRES_DATA/log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $POSTGRES_PORT -k $POSTGRES_DATA -c fsync=off -c max_connections=200" start >/dev/null
    export HEALACTIVELY_TEST_POSTGRES="Host=127.0.0.1;Port=$POSTGRES_PORT;Username=postgres"
}

postgres_stop() {
    [ -n "${POSTGRES_DATA:-}" ] || return 0
    postgres_as_owner "$POSTGRES_BIN/pg_ctl" -D "$POSTGRES_DATA" -m fast -w stop >/dev/null || true
    rm -rf "$POSTGRES_ROOT"
}
