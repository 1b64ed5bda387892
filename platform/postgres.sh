#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for `make test`: its own data directory and port,
# removed on stop. Installs Debian's PostgreSQL when it is missing.
#   platform/postgres.sh start|stop|restart|status
#   (restart: a fast shutdown and start of the same cluster, data kept; for the topology tests)
set -euo pipefail

PORT="${PGPORT_TEST:-54329}"
STATE_DIR="${PG_STATE_DIR:-/tmp/kennisplatform-pg-$PORT}"
DATA_DIR="$STATE_DIR/data"
LOG_FILE="$STATE_DIR/postgres.log"

find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_installed() {
  if [ -z "$(find_bindir)" ]; then
    echo "PostgreSQL not found: installing Debian's postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
  fi
}

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

is_running() {
  local bindir
  bindir=$(find_bindir) || return 1
  [ -f "$DATA_DIR/postmaster.pid" ] && as_postgres "$bindir/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

start() {
  ensure_installed
  local bindir
  bindir=$(find_bindir)
  if is_running; then
    echo "PostgreSQL already running on 127.0.0.1:$PORT"
    return 0
  fi
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR"
  [ "$(id -u)" = "0" ] && chown postgres "$STATE_DIR"
  as_postgres "$bindir/initdb" -D "$DATA_DIR" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  # Durability is irrelevant for a throwaway test cluster; speed is not.
  as_postgres "$bindir/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
    -o "-p $PORT -k $STATE_DIR -c listen_addresses=127.0.0.1 -c fsync=off \
        -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  # The project database itself (tests create their own test_ copy; manage.py checks use this).
  as_postgres "$bindir/createdb" -h 127.0.0.1 -p "$PORT" -U postgres kennisplatform
  echo "PostgreSQL running on 127.0.0.1:$PORT (data in $DATA_DIR)"
}

stop() {
  local bindir
  bindir=$(find_bindir) || { echo "PostgreSQL not installed"; return 0; }
  if [ -d "$DATA_DIR" ]; then
    as_postgres "$bindir/pg_ctl" -D "$DATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$STATE_DIR"
  echo "PostgreSQL stopped"
}

restart() {
  local bindir
  bindir=$(find_bindir)
  is_running || { echo "PostgreSQL is not running on 127.0.0.1:$PORT" >&2; exit 1; }
  as_postgres "$bindir/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -m fast -w -t 60 restart >/dev/null
  echo "PostgreSQL restarted on 127.0.0.1:$PORT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) restart ;;
  status) if is_running; then echo "running on 127.0.0.1:$PORT"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|restart|status" >&2; exit 2 ;;
esac
