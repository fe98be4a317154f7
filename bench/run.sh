#!/usr/bin/env bash
# `make bench`: build a throwaway newsroom (if not there yet) and load it with wrk.
#   BENCH_DIR=/tmp/masthead-bench BENCH_ARTICLES=10000 make bench
#   BENCH_ARGS="--servers granian --duration 15" make bench
# PostgreSQL + Redis: also export DATABASE_URL=postgres://... REDIS_URL=redis://...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${BENCH_DIR:-/tmp/masthead-bench}
articles=${BENCH_ARTICLES:-10000}
mkdir -p "$dir"
export MASTHEAD_VAR_DIR="$dir"
export DATABASE_URL=${DATABASE_URL:-sqlite:///$dir/db.sqlite3}
"$root/.venv/bin/masthead" migrate -v0
"$root/.venv/bin/masthead" demo --articles "$articles" --if-empty
# shellcheck disable=SC2086  # BENCH_ARGS is a list of options
"$root/.venv/bin/python" "$root/bench/pages_load.py" ${BENCH_ARGS:-}
