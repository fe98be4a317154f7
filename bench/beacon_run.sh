#!/usr/bin/env bash
# Start a server, fire bench/beacon_load.py at it, stop the server.
#   bench/beacon_run.sh [serve options] -- [beacon_load.py options]
# e.g. bench/beacon_run.sh --workers 2 -- --visitors 3000 --concurrency 32
#
# Uses the current environment (MASTHEAD_VAR_DIR, DATABASE_URL, REDIS_URL,
# MASTHEAD_COUNTER_PREFIX: point them at throwaway stores, migrated and with a demo) and
# adds MASTHEAD_TRUSTED_PROXIES=127.0.0.1, so X-Forwarded-For names the reader. The server
# is `masthead serve --port $PORT --no-worker` (PORT defaults to 8140) plus the options
# given: no periodic flush runs during the load; beacon_load.py flushes once at the end.
# With APP=module:callable (a what-if app in bench/) it runs plain gunicorn on that instead.
# Prints the CPU seconds the server, PostgreSQL, Redis and everything else used meanwhile
# (bench/cpu_account.py): on a 2-core machine they all share the same cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
port=${PORT:-8140}
serve=()
while [[ $# -gt 0 && $1 != "--" ]]; do serve+=("$1"); shift; done
[[ ${1:-} == "--" ]] && shift
export MASTHEAD_TRUSTED_PROXIES=127.0.0.1
export PYTHONPATH="$root/bench${PYTHONPATH:+:$PYTHONPATH}"  # DJANGO_SETTINGS_MODULE=whatif_settings
log=$(mktemp)
if [[ -n ${APP:-} ]]; then  # a what-if WSGI app from bench/, e.g. whatif_lean_wsgi:application
  cmd=("$root/.venv/bin/gunicorn" --bind "127.0.0.1:$port" "${serve[@]}" "$APP")
else
  cmd=("$root/.venv/bin/masthead" serve --port "$port" --no-worker "${serve[@]}")
fi
setsid "${cmd[@]}" >"$log" 2>&1 &
pgid=$!
trap 'kill -TERM -- -$pgid 2>/dev/null || true; sleep 1; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  code=$(curl -s -o /dev/null -w "%{http_code}" "http://127.0.0.1:$port/_views/0" || true)
  [[ $code != 000 ]] && break
  sleep 0.25
done
echo "server: ${cmd[*]#$root/}"
python3 "$root/bench/cpu_account.py" save "$log.cpu"
status=0
"$root/.venv/bin/python" "$root/bench/beacon_load.py" --url "http://127.0.0.1:$port" "$@" || status=$?
echo "CPU used during the run (load, flush and audit; the load generator's own is above):"
python3 "$root/bench/cpu_account.py" diff "$log.cpu"
rm -f "$log.cpu"
exit $status
