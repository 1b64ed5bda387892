#!/usr/bin/env bash
# The production topology on one machine, on loopback (`make prod-local`):
#
#   nginx (TLS, platform/deploy/nginx.conf) -> 2 gunicorn (config.settings.production)
#     -> PostgreSQL, Redis (CACHE_URL: rate limits + page cache), 3-node OpenSearch
#        (SEARCH_INDEX_REPLICAS=1), 2 db_worker processes, the scheduler loop
#
#   platform/deploy/prod-local.sh start     install what is missing, start every part not running
#   platform/deploy/prod-local.sh stop      stop every part (and a PostgreSQL it started itself)
#   platform/deploy/prod-local.sh status    every part with its health; exit 1 if one is down
#   platform/deploy/prod-local.sh up PART | down PART    one part: nginx, app-<port>, worker-<n>,
#                                           scheduler, redis, opensearch (up: opensearch-<port>
#                                           too, one node), postgres
#   platform/deploy/prod-local.sh env       the app's environment (`set -a; . <(… env)` to use it)
#
# Everything lives in one folder (PROD_LOCAL_DIR, default var/prod-local): logs/ (one file per
# part), run/ (pid files), env (the generated SECRET_KEY and the rest), media/, static/, mail/
# (outgoing mail as files: EMAIL_BACKEND filebased). The first start loads the demo content
# (PROD_LOCAL_SEED=demo, or `site` for the bare page tree of setup_site); every start rebuilds
# the index (the cluster's data goes with `stop`). Ports, all loopback, all overridable:
#   PROD_LOCAL_HTTPS_PORT 8643, PROD_LOCAL_HTTP_PORT 8680, PROD_LOCAL_APP_PORTS "8601 8602",
#   PROD_LOCAL_WORKERS 2, PROD_LOCAL_REDIS_PORT 6391, PROD_LOCAL_OPENSEARCH_PORT 9221 (9221-9223,
#   transport 9321-9323), PROD_LOCAL_PGPORT 54329 with PROD_LOCAL_DATABASE kp_prodlocal.
# PostgreSQL: a server already answering on PROD_LOCAL_PGPORT is used as it is (its own database);
# otherwise, or with PROD_LOCAL_OWN_POSTGRES=1, platform/postgres.sh starts one on that port.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

STATE="${PROD_LOCAL_DIR:-$ROOT/var/prod-local}"
case "$STATE" in /*) ;; *) STATE="$ROOT/$STATE" ;; esac
LOGS="$STATE/logs"
RUN="$STATE/run"
HTTPS_PORT="${PROD_LOCAL_HTTPS_PORT:-8643}"
HTTP_PORT="${PROD_LOCAL_HTTP_PORT:-8680}"
read -ra APP_PORTS <<<"${PROD_LOCAL_APP_PORTS:-8601 8602}"
WORKERS="${PROD_LOCAL_WORKERS:-2}"
GUNICORN_WORKERS="${PROD_LOCAL_GUNICORN_WORKERS:-2}"
REDIS_PORT="${PROD_LOCAL_REDIS_PORT:-6391}"
OS_PORT="${PROD_LOCAL_OPENSEARCH_PORT:-9221}"
OS_PORTS=("$OS_PORT" $((OS_PORT + 1)) $((OS_PORT + 2)))
PGPORT="${PROD_LOCAL_PGPORT:-54329}"
DATABASE="${PROD_LOCAL_DATABASE:-kp_prodlocal}"
SEED="${PROD_LOCAL_SEED:-demo}"
PYTHON="$ROOT/.venv/bin/python"

mkdir -p "$LOGS" "$RUN"
log() { echo "prod-local: $*" >&2; }

# ---------------------------------------------------------------- environment
# The variables of platform/deploy/kennisplatform.env.example, filled in for loopback. The
# SECRET_KEY is made once and kept, so sessions survive a restart.
write_env() {
  local secret
  if [ -f "$STATE/secret_key" ]; then
    secret=$(cat "$STATE/secret_key")
  else
    secret=$("$PYTHON" -c "import secrets; print(secrets.token_urlsafe(50))")
    (umask 077 && echo "$secret" >"$STATE/secret_key")
  fi
  local engine_url="" p
  for p in "${OS_PORTS[@]}"; do engine_url+="${engine_url:+,}http://127.0.0.1:$p"; done
  (umask 077 && cat >"$STATE/env" <<EOF
DJANGO_SETTINGS_MODULE=config.settings.production
SECRET_KEY=$secret
ALLOWED_HOSTS=127.0.0.1,localhost
SITE_URL=https://127.0.0.1:$HTTPS_PORT
DATABASE_URL=postgres://postgres@127.0.0.1:$PGPORT/$DATABASE
CACHE_URL=redis://127.0.0.1:$REDIS_PORT/0
SEARCH_ENGINE_URL=$engine_url
SEARCH_ENGINE_KIND=opensearch
SEARCH_INDEX_PREFIX=kp-prodlocal
SEARCH_INDEX_REPLICAS=1
SEARCH_ENGINE_TIMEOUT=${PROD_LOCAL_SEARCH_TIMEOUT:-1.5}
MEDIA_ROOT=$STATE/media
PRIVATE_MEDIA_ROOT=$STATE/private
STATIC_ROOT=$STATE/static
EMAIL_BACKEND=django.core.mail.backends.filebased.EmailBackend
EMAIL_FILE_PATH=$STATE/mail
TRUSTED_PROXY_COUNT=1
PAGE_CACHE_SECONDS=${PAGE_CACHE_SECONDS:-300}
EOF
  )
}

load_env() {
  [ -f "$STATE/env" ] || write_env
  set -a
  # shellcheck disable=SC1091
  . "$STATE/env"
  set +a
  # For one `up` (bench/topology.py): the page cache off, or another engine.
  if [ -n "${PROD_LOCAL_PAGE_CACHE_SECONDS:-}" ]; then export PAGE_CACHE_SECONDS=$PROD_LOCAL_PAGE_CACHE_SECONDS; fi
  if [ -n "${PROD_LOCAL_SEARCH_URL:-}" ]; then export SEARCH_ENGINE_URL=$PROD_LOCAL_SEARCH_URL; fi
  mkdir -p "$MEDIA_ROOT" "$PRIVATE_MEDIA_ROOT" "$STATIC_ROOT" "$EMAIL_FILE_PATH"
}

# ---------------------------------------------------------------- processes
pid_of() { cat "$RUN/$1.pid" 2>/dev/null || true; }
alive() {
  local pid
  pid=$(pid_of "$1")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# spawn NAME COMMAND...: under platform/deploy/supervise.sh (started again when it exits, as
# systemd's Restart=always does), in its own session (setsid execs in place, so $! is the
# supervisor and its process group is ours to stop), output appended to logs/NAME.log.
# run/NAME.pid is the supervisor, run/NAME.child.pid the process itself.
spawn() {
  local name=$1
  shift
  echo "==== $(date -Is) start: $*" >>"$LOGS/$name.log"
  SUPERVISE_PID_FILE="$RUN/$name.child.pid" setsid bash platform/deploy/supervise.sh "$@" \
    </dev/null >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$RUN/$name.pid"
}

# halt NAME [SECONDS]: TERM to the process group (gunicorn and db_worker finish what is in
# flight), KILL after SECONDS (default 30).
halt() {
  local name=$1 wait_for=${2:-30} pid
  pid=$(pid_of "$name")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait_for * 10))); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -KILL -- "-$pid" 2>/dev/null || true
    log "stopped $name (pid $pid)"
  fi
  rm -f "$RUN/$name.pid" "$RUN/$name.child.pid"
}

tcp_open() { timeout 1 bash -c "</dev/tcp/127.0.0.1/$1" 2>/dev/null; }

wait_http() { # URL SECONDS [curl options]
  local url=$1 seconds=$2
  shift 2
  for _ in $(seq 1 $((seconds * 5))); do
    curl -s -o /dev/null -m 5 "$@" "$url" && return 0
    sleep 0.2
  done
  return 1
}

# ---------------------------------------------------------------- parts
up_postgres() {
  if [ "${PROD_LOCAL_OWN_POSTGRES:-0}" = "1" ] || ! tcp_open "$PGPORT"; then
    PGPORT_TEST=$PGPORT bash platform/postgres.sh start >&2
    touch "$RUN/postgres.ours"
  fi
  # The database, if the server does not have it yet.
  "$PYTHON" - "$PGPORT" "$DATABASE" <<'EOF'
import sys
import psycopg
from psycopg import sql
port, name = sys.argv[1], sys.argv[2]
with psycopg.connect(f"postgresql://postgres@127.0.0.1:{port}/postgres", autocommit=True) as c:
    if not c.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        c.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
EOF
}

down_postgres() {
  # A shared server we found running is not ours to stop.
  if [ -f "$RUN/postgres.ours" ]; then
    PGPORT_TEST=$PGPORT bash platform/postgres.sh stop >&2
    # Its data went with it: the next start loads the content again.
    rm -f "$RUN/postgres.ours" "$STATE/seeded"
  fi
}

redis_env() { env REDIS_PORT_TEST="$REDIS_PORT" REDIS_STATE_DIR="$STATE/redis" "$@"; }
up_redis() {
  redis_env bash platform/redis.sh start >&2
  ln -sf "$STATE/redis/redis.log" "$LOGS/redis.log"
}
down_redis() { redis_env bash platform/redis.sh stop >&2; }

opensearch_env() {
  env OPENSEARCH_CLUSTER_PORT="$OS_PORT" OPENSEARCH_STATE_DIR="$STATE/opensearch" "$@"
}
up_opensearch() {
  opensearch_env bash platform/opensearch/opensearch.sh cluster-start >/dev/null
  local p
  for p in "${OS_PORTS[@]}"; do ln -sf "$STATE/opensearch/cluster-$p.log" "$LOGS/opensearch-$p.log"; done
}
down_opensearch() { opensearch_env bash platform/opensearch/opensearch.sh cluster-stop; }
# One node again (after it was killed): it rejoins the others and gets its shard copies back.
up_opensearch_node() { opensearch_env bash platform/opensearch/opensearch.sh cluster-node-start "$1"; }

up_app() { # PORT
  local port=$1
  alive "app-$port" && return 0
  spawn "app-$port" "$ROOT/.venv/bin/gunicorn" config.wsgi:application \
    --bind "127.0.0.1:$port" --workers "$GUNICORN_WORKERS" --timeout 30 --graceful-timeout 20 \
    --no-control-socket --access-logfile - --error-logfile - \
    --access-logformat '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
  wait_http "http://127.0.0.1:$port/livez" 60 -H "Host: 127.0.0.1" -H "X-Forwarded-Proto: https" ||
    { log "gunicorn on $port did not answer; see $LOGS/app-$port.log"; return 1; }
}

up_worker() { # N
  local n=$1
  alive "worker-$n" && return 0
  # A fixed worker id per slot: a restarted worker takes back the task its predecessor was
  # killed in (config/management/commands/task_worker.py).
  spawn "worker-$n" "$PYTHON" manage.py task_worker --worker-id "prodlocal-$n" --interval 0.5
}

up_scheduler() {
  alive scheduler && return 0
  SCHEDULER_STATE_DIR="$STATE/scheduler" spawn scheduler bash platform/deploy/scheduler.sh
}

nginx_env() {
  local upstreams="" p
  for p in "${APP_PORTS[@]}"; do upstreams+="${upstreams:+,}127.0.0.1:$p"; done
  env NGINX_PORT_TEST="$HTTPS_PORT" NGINX_HTTP_PORT_TEST="$HTTP_PORT" NGINX_UPSTREAMS="$upstreams" \
    NGINX_STATIC_ROOT="$STATIC_ROOT" NGINX_MEDIA_ROOT="$MEDIA_ROOT" \
    NGINX_STATE_DIR="$STATE/nginx" NGINX_LOG_DIR="$LOGS" "$@"
}
up_nginx() { nginx_env bash platform/nginx.sh start >&2; }
down_nginx() { nginx_env bash platform/nginx.sh stop >&2; }

# migrate, static files, first content, a fresh index on the cluster.
prepare_app() {
  local manage=("$PYTHON" manage.py)
  {
    echo "==== $(date -Is) prepare"
    "${manage[@]}" migrate --noinput -v0
    "${manage[@]}" createcachetable
    "${manage[@]}" collectstatic --noinput -v0
    if [ ! -f "$STATE/seeded" ]; then
      if [ "$SEED" = "demo" ]; then
        "${manage[@]}" seed_demo
      else
        "${manage[@]}" setup_site --hostname 127.0.0.1 --port "$HTTPS_PORT"
      fi
      touch "$STATE/seeded"
    fi
    "${manage[@]}" search_rebuild
  } >>"$LOGS/prepare.log" 2>&1 || { log "preparing the app failed; see $LOGS/prepare.log"; tail -n 30 "$LOGS/prepare.log" >&2; return 1; }
}

up() {
  local part=$1
  load_env
  case "$part" in
    postgres) up_postgres ;;
    redis) up_redis ;;
    opensearch) up_opensearch ;;
    opensearch-*) up_opensearch_node "${part#opensearch-}" ;;
    app-*) up_app "${part#app-}" ;;
    worker-*) up_worker "${part#worker-}" ;;
    scheduler) up_scheduler ;;
    nginx) up_nginx ;;
    *) log "unknown part $part"; return 2 ;;
  esac
}

down() {
  local part=$1
  load_env
  case "$part" in
    postgres) down_postgres ;;
    redis) down_redis ;;
    opensearch) down_opensearch ;;
    app-* | worker-* | scheduler) halt "$part" ;;
    nginx) down_nginx ;;
    *) log "unknown part $part"; return 2 ;;
  esac
}

start() {
  local t0=$SECONDS
  bash platform/nginx.sh install >&2
  bash platform/redis.sh install >&2
  write_env
  load_env
  up_postgres
  up_redis
  log "starting the 3-node OpenSearch cluster on ${OS_PORTS[*]} ..."
  up_opensearch
  log "migrate, collectstatic, content, search_rebuild ..."
  prepare_app
  local p n
  for p in "${APP_PORTS[@]}"; do up_app "$p"; done
  for n in $(seq 1 "$WORKERS"); do up_worker "$n"; done
  up_scheduler
  up_nginx
  log "up in $((SECONDS - t0)) s: https://127.0.0.1:$HTTPS_PORT (self-signed), logs in $LOGS"
}

stop() {
  load_env
  local p n
  down_nginx || true
  halt scheduler 10
  for n in $(seq 1 "$WORKERS"); do halt "worker-$n"; done
  for p in "${APP_PORTS[@]}"; do halt "app-$p"; done
  down_opensearch || true
  down_redis || true
  down_postgres || true
  log "stopped"
}

# ---------------------------------------------------------------- status
row() { printf '%-12s %-5s %s\n' "$1" "$2" "$3"; }

status() {
  load_env
  local failed=0 p n body
  if tcp_open "$PGPORT"; then
    row postgres ok "127.0.0.1:$PGPORT/$DATABASE$([ -f "$RUN/postgres.ours" ] && echo " (started here)")"
  else
    row postgres DOWN "127.0.0.1:$PGPORT"; failed=1
  fi
  if [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; then
    row redis ok "127.0.0.1:$REDIS_PORT, $(redis-cli -p "$REDIS_PORT" info memory | awk -F: '/^used_memory_human/ {gsub("\r",""); print $2}') used, $(redis-cli -p "$REDIS_PORT" dbsize | tr -d '\r') keys"
  else
    row redis DOWN "127.0.0.1:$REDIS_PORT"; failed=1
  fi
  for p in "${OS_PORTS[@]}"; do
    if body=$(curl -sf -m 3 "http://127.0.0.1:$p/_cluster/health"); then
      row "engine-$p" ok "$(echo "$body" | "$PYTHON" -c 'import json,sys; h=json.load(sys.stdin); print("cluster %(status)s, %(number_of_nodes)s nodes, %(active_shards)s shards, %(unassigned_shards)s unassigned" % h)')"
    else
      row "engine-$p" DOWN "http://127.0.0.1:$p"; failed=1
    fi
  done
  for p in "${APP_PORTS[@]}"; do
    if alive "app-$p" && curl -sf -o /dev/null -m 3 -H "Host: 127.0.0.1" -H "X-Forwarded-Proto: https" "http://127.0.0.1:$p/livez"; then
      row "app-$p" ok "gunicorn pid $(pid_of "app-$p.child"), $(pgrep -P "$(pid_of "app-$p.child")" | wc -l) workers"
    else
      row "app-$p" DOWN "127.0.0.1:$p"; failed=1
    fi
  done
  for n in $(seq 1 "$WORKERS"); do
    if alive "worker-$n"; then row "worker-$n" ok "task_worker pid $(pid_of "worker-$n.child")"; else row "worker-$n" DOWN ""; failed=1; fi
  done
  if alive scheduler; then
    row scheduler ok "pid $(pid_of scheduler); last: $(grep -v '^====' "$LOGS/scheduler.log" | tail -n 1)"
  else
    row scheduler DOWN ""; failed=1
  fi
  if body=$(curl -s -m 10 --cacert "$STATE/nginx/tls/cert.pem" "https://127.0.0.1:$HTTPS_PORT/healthz"); then
    row nginx ok "https://127.0.0.1:$HTTPS_PORT"
    row healthz "$(echo "$body" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["status"])' 2>/dev/null || echo '?')" "$body"
  else
    row nginx DOWN "https://127.0.0.1:$HTTPS_PORT"; failed=1
  fi
  return $failed
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  up) up "${2:?part}" ;;
  down) down "${2:?part}" ;;
  env) load_env >/dev/null; cat "$STATE/env" ;;
  *) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
