#!/usr/bin/env bash
# The scheduled commands (README, "Scheduled commands") for a machine without systemd timers or
# cron, e.g. `make prod-local`: a loop that runs the every-minute command each minute and each
# daily command once a day (the first time at start). Every command is safe to rerun and never
# sends twice, so a restarted loop that runs one again early does no harm. A real server uses
# the timer units next to this file (kennisplatform-*.timer) instead.
#
#   platform/deploy/scheduler.sh        runs until killed; the environment is the app's
#   SCHEDULER_STATE_DIR                 when each daily command last ran (default var/scheduler)
#   SCHEDULER_INTERVAL                  seconds between rounds (default 60)
set -uo pipefail
cd "$(dirname "$0")/../.."

PYTHON="${PYTHON:-.venv/bin/python}"
STATE_DIR="${SCHEDULER_STATE_DIR:-var/scheduler}"
INTERVAL="${SCHEDULER_INTERVAL:-60}"
EVERY_MINUTE=(send_event_reminders)
DAILY=(anonymise_registrations send_theme_digests send_review_reminders send_space_digests
       send_search_alerts search_check purge_expired clearsessions)

mkdir -p "$STATE_DIR"

run() {
  local started=$SECONDS
  if "$PYTHON" manage.py "$1" -v0; then
    echo "$(date -Is) $1 ok ($((SECONDS - started)) s)"
  else
    echo "$(date -Is) $1 FAILED with exit $? ($((SECONDS - started)) s)"
  fi
}

trap 'echo "$(date -Is) scheduler stopped"; exit 0' TERM INT
echo "$(date -Is) scheduler started (every ${INTERVAL} s: ${EVERY_MINUTE[*]}; daily: ${DAILY[*]})"
while true; do
  for command in "${EVERY_MINUTE[@]}"; do run "$command"; done
  today=$(date +%F)
  for command in "${DAILY[@]}"; do
    if [ "$(cat "$STATE_DIR/$command" 2>/dev/null)" != "$today" ]; then
      run "$command"
      echo "$today" >"$STATE_DIR/$command"
    fi
  done
  # `sleep & wait`: the TERM trap runs at once instead of after the sleep.
  sleep "$INTERVAL" &
  wait $!
done
