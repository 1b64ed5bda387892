#!/usr/bin/env bash
# Keep one process running, as systemd's Restart=always does on a server: when it exits, for
# whatever reason (killed, crashed, its database restarted under it), start it again after
# SUPERVISE_DELAY seconds. TERM or INT to this script's process group stops both: the child
# gets the signal itself and finishes what it is doing (gunicorn's requests, db_worker's task);
# this script only waits for it and does not start it again.
#   platform/deploy/supervise.sh COMMAND [ARGS...]
#   SUPERVISE_PID_FILE   where the child's pid is written at every start (optional)
#   SUPERVISE_DELAY      seconds between an exit and the next start (default 2)
set -u
stopping=0
child=""
trap 'stopping=1' TERM INT
while true; do
  "$@" &
  child=$!
  [ -n "${SUPERVISE_PID_FILE:-}" ] && echo "$child" >"$SUPERVISE_PID_FILE"
  # `wait` returns early when a trapped signal arrives: wait until the child is really gone.
  wait "$child"
  status=$?
  while kill -0 "$child" 2>/dev/null; do
    wait "$child"
    status=$?
  done
  [ "$stopping" = 1 ] && exit 0
  echo "$(date -Is) supervise: '$1' exited with status $status; starting it again in ${SUPERVISE_DELAY:-2} s"
  sleep "${SUPERVISE_DELAY:-2}" &
  wait $!
  [ "$stopping" = 1 ] && exit 0
done
