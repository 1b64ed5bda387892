#!/usr/bin/env bash
# Run a real OpenSearch 2.19.6 test node built from Maven Central jars (see README.md).
#
#   ./opensearch.sh build          mvn package, skipped when target/ is up to date
#   ./opensearch.sh start          build if needed, start one node, wait until ready
#   ./opensearch.sh stop           stop it and remove its data (harmless if not running)
#   ./opensearch.sh status         exit 0 if running (prints URL, pid, RSS), 3 if not
#   ./opensearch.sh cluster-start  3 nodes (512m heap each) forming one cluster
#   ./opensearch.sh cluster-stop
#   ./opensearch.sh analysis       put the compound-splitting files into the running node
#
# Environment:
#   OPENSEARCH_PORT          HTTP port (default 9201; transport = port+100)
#   OPENSEARCH_STATE_DIR     pid/log/data dir (default <repo>/var/opensearch)
#   OPENSEARCH_START_TIMEOUT seconds to wait for readiness (default 120)
#   OPENSEARCH_HEAP          heap for the single node (default 1g)
#   OPENSEARCH_CLUSTER_PORT  first HTTP port of cluster mode (default 9211: 9211-9213)
#   JAVA_HOME                optional; otherwise `java` on PATH (Java 17+)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
STATE_DIR="${OPENSEARCH_STATE_DIR:-$REPO/var/opensearch}"
PORT="${OPENSEARCH_PORT:-9201}"
TIMEOUT="${OPENSEARCH_START_TIMEOUT:-120}"
HEAP="${OPENSEARCH_HEAP:-1g}"
CLUSTER_PORT="${OPENSEARCH_CLUSTER_PORT:-9211}"
MAIN_CLASS="nl.kennisplatform.opensearch.Launcher"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
STAMP="$HERE/target/.build-ok"

log() { echo "opensearch.sh: $*" >&2; }

# ---------------------------------------------------------------- build
build_needed() {
  [[ -f $STAMP && -d $HERE/target/lib && -d $HERE/target/classes ]] || return 0
  [[ -z $(find "$HERE/pom.xml" "$HERE/src" -newer "$STAMP" -print -quit) ]] || return 0
  return 1
}

cmd_build() {
  if ! build_needed; then
    log "build up to date"
    return 0
  fi
  log "building (mvn -q -B package) ..."
  rm -f "$STAMP"
  # Stale jars from an older dependency set would stay on the classpath otherwise.
  rm -rf "$HERE/target/lib"
  # -q still prints stray ANSI resets with Debian's Maven; show output only on failure.
  local out
  if ! out=$(cd "$HERE" && mvn -q -B package 2>&1); then
    printf '%s\n' "$out" >&2
    log "build failed"
    return 1
  fi
  touch "$STAMP"
}

# ---------------------------------------------------------------- one node
# node_paths NAME: sets PID_FILE, LOG_FILE, NODE_DIR for a node under STATE_DIR.
node_paths() {
  PID_FILE="$STATE_DIR/$1.pid"
  LOG_FILE="$STATE_DIR/$1.log"
  NODE_DIR="$STATE_DIR/$1"
}

# Prints the pid from PID_FILE if that process is alive and really is our launcher.
running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid; pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && [[ -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q "$MAIN_CLASS" || return 1
  echo "$pid"
}

http_up() { curl -s -o /dev/null -m 2 "http://127.0.0.1:$1/"; }

# Ready = cluster health yellow/green AND the dutch analyzer answers.
ready() {
  local url="http://127.0.0.1:$1"
  curl -sf -o /dev/null -m 5 "$url/_cluster/health?wait_for_status=yellow&timeout=1s" || return 1
  curl -sf -o /dev/null -m 5 -X POST "$url/_analyze" -H 'Content-Type: application/json' \
    -d '{"analyzer":"dutch","text":"witwaspraktijken"}' || return 1
}

# launch NAME HTTP_PORT HEAP [key=value ...]: start one JVM in the background.
launch() {
  local name=$1 port=$2 heap=$3; shift 3
  node_paths "$name"
  mkdir -p "$STATE_DIR"
  # setsid: own session, so the node outlives the calling shell/terminal.
  # Without job control, `setsid cmd &` execs in place, so $! is the java pid.
  setsid "$JAVA" "-Xms$heap" "-Xmx$heap" \
    -Djava.locale.providers=SPI,COMPAT \
    -Dopensearch.set.netty.runtime.available.processors=false \
    -Djava.io.tmpdir="$STATE_DIR" \
    -cp "$HERE/target/classes:$HERE/target/lib/*" \
    "$MAIN_CLASS" "$port" "$NODE_DIR" "$@" \
    </dev/null >"$LOG_FILE" 2>&1 &
  echo $! >"$PID_FILE"
  sleep 0.2
  if ! running_pid >/dev/null; then
    # Either it died at once or $! was not the JVM; both are failures here.
    log "node $name did not start; log tail:"; tail -n 40 "$LOG_FILE" >&2 || true
    rm -f "$PID_FILE"
    return 1
  fi
}

# wait_ready NAME PORT START_EPOCH_NS
wait_ready() {
  local name=$1 port=$2 t0=$3
  node_paths "$name"
  local deadline=$((SECONDS + TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! running_pid >/dev/null; then
      log "node $name exited during startup; log tail ($LOG_FILE):"
      tail -n 40 "$LOG_FILE" >&2 || true
      rm -f "$PID_FILE"
      return 1
    fi
    if ready "$port"; then
      local ms=$((($(date +%s%N) - t0) / 1000000))
      log "node $name ready after ${ms} ms"
      return 0
    fi
    sleep 0.5
  done
  log "node $name not ready within ${TIMEOUT}s; log tail ($LOG_FILE):"
  tail -n 40 "$LOG_FILE" >&2 || true
  return 1
}

# stop_node NAME: SIGTERM (clean close via the launcher's shutdown hook), then SIGKILL.
stop_node() {
  node_paths "$1"
  local pid
  if pid=$(running_pid); then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 60); do
      [[ -d /proc/$pid ]] || break
      sleep 0.5
    done
    if [[ -d /proc/$pid ]]; then
      log "node $1 (pid $pid) ignored SIGTERM for 30s; killing"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
    log "stopped node $1 (pid $pid)"
  fi
  rm -f "$PID_FILE"
  rm -rf "$NODE_DIR"
}

# The Dutch compound-splitting files (search/analysis.py) in a node's config directory; the
# launcher wipes the node directory at every start, so this runs once the node is up, before
# any index that needs them is created.
install_analysis_files() {
  node_paths "$1"
  bash "$HERE/analysis-files.sh" install "$NODE_DIR/home"
}

rss_of() { awk '/^VmRSS/ {printf "%d MiB", $2/1024}' "/proc/$1/status" 2>/dev/null; }

cmd_start() {
  local t0; t0=$(date +%s%N)
  node_paths node
  local pid
  if pid=$(running_pid); then
    # Already ours: just make sure it is (or becomes) ready.
    wait_ready node "$PORT" "$t0"
    install_analysis_files node
    log "already running (pid $pid)"
    echo "http://127.0.0.1:$PORT"
    return 0
  fi
  if http_up "$PORT"; then
    log "port $PORT is already served by a process not started from $STATE_DIR; refusing"
    return 1
  fi
  cmd_build
  t0=$(date +%s%N)   # measure node start only, not the build
  launch node "$PORT" "$HEAP"
  if ! wait_ready node "$PORT" "$t0"; then
    stop_node node
    return 1
  fi
  install_analysis_files node
  pid=$(running_pid)
  log "pid $pid, RSS $(rss_of "$pid"), log $LOG_FILE"
  echo "http://127.0.0.1:$PORT"
}

cmd_stop() {
  stop_node node
}

cmd_status() {
  node_paths node
  local pid
  if pid=$(running_pid); then
    local state="starting"
    ready "$PORT" && state="ready"
    echo "running ($state): http://127.0.0.1:$PORT pid $pid RSS $(rss_of "$pid") log $LOG_FILE"
    return 0
  fi
  echo "not running"
  return 3
}

# ---------------------------------------------------------------- 3-node cluster
cluster_ports() { echo "$CLUSTER_PORT" $((CLUSTER_PORT + 1)) $((CLUSTER_PORT + 2)); }

cmd_cluster_start() {
  local ports=($(cluster_ports)) seeds=() names=() p
  for p in "${ports[@]}"; do
    seeds+=("127.0.0.1:$((p + 100))")
    names+=("kp-node-$p")   # the launcher names nodes kp-node-<httpPort>
  done
  local IFS_OLD=$IFS; IFS=,
  local seed_hosts="${seeds[*]}" initial="${names[*]}"
  IFS=$IFS_OLD

  local all_running=1
  for p in "${ports[@]}"; do node_paths "cluster-$p"; running_pid >/dev/null || all_running=0; done
  if ((all_running)); then
    wait_ready "cluster-${ports[0]}" "${ports[0]}" "$(date +%s%N)"
    log "cluster already running"
    echo "http://127.0.0.1:${ports[0]}"
    return 0
  fi
  cmd_cluster_stop 2>/dev/null || true   # partial leftovers: start clean
  for p in "${ports[@]}"; do
    if http_up "$p"; then log "port $p already in use; refusing"; return 1; fi
  done
  cmd_build
  local t0; t0=$(date +%s%N)
  for p in "${ports[@]}"; do
    launch "cluster-$p" "$p" 512m \
      "discovery.type=" \
      "discovery.seed_hosts=$seed_hosts" \
      "cluster.initial_cluster_manager_nodes=$initial" || { cmd_cluster_stop; return 1; }
  done
  for p in "${ports[@]}"; do
    wait_ready "cluster-$p" "$p" "$t0" || { cmd_cluster_stop; return 1; }
    install_analysis_files "cluster-$p"
  done
  # Readiness above is per node; also require that all three joined one cluster.
  local deadline=$((SECONDS + TIMEOUT))
  until curl -sf -o /dev/null -m 5 \
      "http://127.0.0.1:${ports[0]}/_cluster/health?wait_for_nodes=3&wait_for_status=yellow&timeout=2s"; do
    if ((SECONDS >= deadline)); then
      log "cluster did not reach 3 nodes"; cmd_cluster_stop; return 1
    fi
  done
  local ms=$((($(date +%s%N) - t0) / 1000000)) rss=""
  for p in "${ports[@]}"; do node_paths "cluster-$p"; rss+=" $(rss_of "$(running_pid)")"; done
  log "3-node cluster ready after ${ms} ms; RSS per node:$rss"
  for p in "${ports[@]}"; do echo "http://127.0.0.1:$p"; done
}

cmd_cluster_stop() {
  local p
  for p in $(cluster_ports); do stop_node "cluster-$p"; done
}

# cluster-node-start PORT: start one node of the cluster again (after it died or was killed),
# with the cluster's seed hosts; it joins the nodes that are running and receives its shard
# copies from them. A fresh node directory, as every start (the launcher wipes it).
cmd_cluster_node_start() {
  local port=${1:?usage: cluster-node-start PORT} seeds=() names=() p
  for p in $(cluster_ports); do
    seeds+=("127.0.0.1:$((p + 100))")
    names+=("kp-node-$p")
  done
  local IFS_OLD=$IFS; IFS=,
  local seed_hosts="${seeds[*]}" initial="${names[*]}"
  IFS=$IFS_OLD
  node_paths "cluster-$port"
  if running_pid >/dev/null; then
    log "node cluster-$port already running"
    return 0
  fi
  rm -rf "$NODE_DIR"
  local t0; t0=$(date +%s%N)
  launch "cluster-$port" "$port" 512m \
    "discovery.type=" \
    "discovery.seed_hosts=$seed_hosts" \
    "cluster.initial_cluster_manager_nodes=$initial" || return 1
  wait_ready "cluster-$port" "$port" "$t0" || { stop_node "cluster-$port"; return 1; }
  if declare -F install_analysis_files >/dev/null; then install_analysis_files "cluster-$port"; fi
}

# ---------------------------------------------------------------- main
case "${1:-}" in
  build) cmd_build ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  cluster-start) cmd_cluster_start ;;
  cluster-stop) cmd_cluster_stop ;;
  cluster-node-start) cmd_cluster_node_start "${2:-}" ;;
  analysis) install_analysis_files node ;;
  *) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
esac
