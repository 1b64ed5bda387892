#!/usr/bin/env bash
# Redis on loopback for `make prod-local` and the topology tests: its own port, state folder and
# configuration, no system service. Installs Debian's redis-server when it is missing.
#   platform/redis.sh install|start|stop|restart|status
#
#   REDIS_PORT_TEST   port (default 6391)
#   REDIS_STATE_DIR   pid, log, append-only file (default /tmp/kennisplatform-redis-<port>)
#   REDIS_MAXMEMORY   maxmemory (default 256mb)
#
# The configuration is production's for the `default` cache (docs/operations.md, Caches):
# `maxmemory-policy noeviction`, so a rate-limit counter or lockout is never evicted, and an
# append-only file, so a restart keeps them. `stop` keeps the state folder; `start` after it
# reloads the counters (a restart); `stop --purge` removes it.
set -euo pipefail

PORT="${REDIS_PORT_TEST:-6391}"
STATE_DIR="${REDIS_STATE_DIR:-/tmp/kennisplatform-redis-$PORT}"
MAXMEMORY="${REDIS_MAXMEMORY:-256mb}"
PID_FILE="$STATE_DIR/redis.pid"

ensure_installed() {
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    echo "redis-server not found: installing Debian's redis-server"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # policy-rc.d may refuse to start the system service; we never use it anyway.
    apt-get install -y -qq redis-server >/dev/null
  fi
}

is_running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

ping() {
  [ "$(redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null)" = "PONG" ]
}

start() {
  ensure_installed
  if is_running; then
    echo "Redis already running on 127.0.0.1:$PORT"
    return 0
  fi
  mkdir -p "$STATE_DIR"
  cat >"$STATE_DIR/redis.conf" <<EOF
bind 127.0.0.1
port $PORT
protected-mode yes
daemonize yes
pidfile $PID_FILE
logfile $STATE_DIR/redis.log
dir $STATE_DIR
maxmemory $MAXMEMORY
maxmemory-policy noeviction
save ""
appendonly yes
appendfsync everysec
EOF
  redis-server "$STATE_DIR/redis.conf"
  for _ in $(seq 1 50); do
    ping && break
    sleep 0.1
  done
  ping || { echo "Redis did not start; see $STATE_DIR/redis.log" >&2; exit 1; }
  echo "Redis running on 127.0.0.1:$PORT (state in $STATE_DIR)"
}

stop() {
  if is_running; then
    local pid
    pid=$(cat "$PID_FILE")
    kill -TERM "$pid" # Redis writes its append-only file and exits
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  fi
  rm -f "$PID_FILE"
  [ "${1:-}" = "--purge" ] && rm -rf "$STATE_DIR"
  echo "Redis stopped"
}

case "${1:-}" in
  install) ensure_installed ;;
  start) start ;;
  stop) stop "${2:-}" ;;
  restart) stop && start ;;
  status) if is_running && ping; then echo "running on 127.0.0.1:$PORT"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 install|start|stop [--purge]|restart|status" >&2; exit 2 ;;
esac
