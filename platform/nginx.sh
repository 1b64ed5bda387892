#!/usr/bin/env bash
# nginx in front of the app on loopback, from the production site file platform/deploy/nginx.conf:
# its own state folder (config, pid, logs, temp files, a self-signed certificate), no system
# service, removed on stop. Installs Debian's nginx when it is missing.
#   platform/nginx.sh install|start|stop|status
#
# The served-stack tests start and stop it themselves on free ports (tests/foundation/conftest.py);
# by hand it fronts `make serve` or a gunicorn on 127.0.0.1:8000:
#   NGINX_PORT_TEST        HTTPS port (default 8089)
#   NGINX_HTTP_PORT_TEST   HTTP port that redirects to HTTPS (default 8088)
#   NGINX_UPSTREAMS        gunicorn addresses, comma-separated (default 127.0.0.1:8000)
#   NGINX_STATIC_ROOT      STATIC_ROOT (default var/static)
#   NGINX_MEDIA_ROOT       MEDIA_ROOT (default var/media)
#   NGINX_STATE_DIR        state folder (default /tmp/kennisplatform-nginx-<port>)
#   NGINX_LOG_DIR          access.log and error.log (default the state folder)
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NGINX_PORT_TEST:-8089}"
HTTP_PORT="${NGINX_HTTP_PORT_TEST:-8088}"
UPSTREAMS="${NGINX_UPSTREAMS:-127.0.0.1:8000}"
STATIC_ROOT="${NGINX_STATIC_ROOT:-$PWD/var/static}"
MEDIA_ROOT="${NGINX_MEDIA_ROOT:-$PWD/var/media}"
STATE_DIR="${NGINX_STATE_DIR:-/tmp/kennisplatform-nginx-$PORT}"
TEMPLATE="$PWD/platform/deploy/nginx.conf"
PID_FILE="$STATE_DIR/nginx.pid"
LOG_DIR="${NGINX_LOG_DIR:-$STATE_DIR}"

find_nginx() {
  local bin
  bin=$(command -v nginx 2>/dev/null || true)
  [ -z "$bin" ] && [ -x /usr/sbin/nginx ] && bin=/usr/sbin/nginx
  [ -n "$bin" ] && echo "$bin"
}

ensure_installed() {
  if [ -z "$(find_nginx)" ] || ! command -v openssl >/dev/null; then
    echo "nginx not found: installing Debian's nginx"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # policy-rc.d may refuse to start the system service; we never use it anyway.
    apt-get install -y -qq nginx openssl >/dev/null
  fi
}

is_running() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null
}

# The site file with its placeholders filled; the {{UPSTREAM}} line once per address.
render_site() {
  local suffix="" line address
  [ "$PORT" != "443" ] && suffix=":$PORT"
  shopt -u patsub_replacement 2>/dev/null || true # bash 5.2: '&' in a replacement is literal
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" == *"{{UPSTREAM}}"* ]]; then
      IFS=',' read -ra addresses <<<"$UPSTREAMS"
      for address in "${addresses[@]}"; do
        echo "${line//\{\{UPSTREAM\}\}/${address// /}}"
      done
      continue
    fi
    line="${line//\{\{SERVER_NAME\}\}/127.0.0.1 localhost}"
    line="${line//\{\{HTTP_LISTEN\}\}/127.0.0.1:$HTTP_PORT}"
    line="${line//\{\{HTTPS_LISTEN\}\}/127.0.0.1:$PORT}"
    line="${line//\{\{HTTPS_PORT_SUFFIX\}\}/$suffix}"
    line="${line//\{\{TLS_CERTIFICATE\}\}/$STATE_DIR/tls/cert.pem}"
    line="${line//\{\{TLS_CERTIFICATE_KEY\}\}/$STATE_DIR/tls/key.pem}"
    line="${line//\{\{STATIC_ROOT\}\}/${STATIC_ROOT%/}}"
    line="${line//\{\{MEDIA_ROOT\}\}/${MEDIA_ROOT%/}}"
    echo "$line"
  done <"$TEMPLATE"
}

# What Debian's /etc/nginx/nginx.conf gives a site file, with every path in the state folder.
render_main() {
  # As root the workers run as root too, so they can read the test's private temp folders;
  # a real server runs them as www-data, which must be able to read STATIC_ROOT and MEDIA_ROOT.
  [ "$(id -u)" = "0" ] && echo "user root root;"
  cat <<EOF
worker_processes 2;
pid $PID_FILE;
error_log $LOG_DIR/error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    types_hash_max_size 2048;
    sendfile on;
    tcp_nopush on;
    access_log $LOG_DIR/access.log;
    client_body_temp_path $STATE_DIR/tmp/body;
    proxy_temp_path $STATE_DIR/tmp/proxy;
    fastcgi_temp_path $STATE_DIR/tmp/fastcgi;
    uwsgi_temp_path $STATE_DIR/tmp/uwsgi;
    scgi_temp_path $STATE_DIR/tmp/scgi;
    include $STATE_DIR/kennisplatform.conf;
}
EOF
}

start() {
  ensure_installed
  local nginx
  nginx=$(find_nginx)
  if is_running; then
    echo "nginx already running on https://127.0.0.1:$PORT"
    return 0
  fi
  rm -rf "$STATE_DIR"
  mkdir -p "$STATE_DIR/tmp" "$STATE_DIR/tls" "$LOG_DIR"
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 7 \
    -subj "/CN=127.0.0.1" -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$STATE_DIR/tls/key.pem" -out "$STATE_DIR/tls/cert.pem" 2>/dev/null
  render_site >"$STATE_DIR/kennisplatform.conf"
  render_main >"$STATE_DIR/nginx.conf"
  # -e: before the config is read, errors would go to the compiled-in log path.
  "$nginx" -t -q -p "$STATE_DIR" -e "$LOG_DIR/error.log" -c "$STATE_DIR/nginx.conf"
  # nginx forks its master into the background and writes the pid file itself.
  "$nginx" -p "$STATE_DIR" -e "$LOG_DIR/error.log" -c "$STATE_DIR/nginx.conf"
  for _ in $(seq 1 50); do
    is_running && break
    sleep 0.1
  done
  is_running || { echo "nginx did not start; see $LOG_DIR/error.log" >&2; exit 1; }
  echo "nginx running on https://127.0.0.1:$PORT (upstreams $UPSTREAMS, state in $STATE_DIR)"
}

stop() {
  if is_running; then
    local pid
    pid=$(cat "$PID_FILE")
    kill -QUIT "$pid" # graceful: finish the requests in flight
    for _ in $(seq 1 50); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid"
  fi
  rm -rf "$STATE_DIR"
  echo "nginx stopped"
}

case "${1:-}" in
  install) ensure_installed ;;
  start) start ;;
  stop) stop ;;
  status) if is_running; then echo "running on https://127.0.0.1:$PORT"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 install|start|stop|status" >&2; exit 2 ;;
esac
