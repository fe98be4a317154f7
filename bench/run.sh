#!/usr/bin/env bash
# `make bench`: build a throwaway newsroom (if not there yet: articles with their views and
# search index, then reader comments) and load it with wrk: every server and scenario
# (bench/pages_load.py), then the app against nginx serving the same page as a static
# file (bench/ratios.py). Build times: 10,000 articles ~20 s, 100,000 ~2 min,
# 1,000,000 see docs/benchmarks.md.
#   BENCH_DIR=/tmp/masthead-bench BENCH_ARTICLES=10000 make bench
#   BENCH_ARGS="--servers granian --duration 15" RATIO_ARGS="--rounds 1" make bench
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
"$root/.venv/bin/python" "$root/bench/fill_comments.py" --per-article 3 --if-empty
# shellcheck disable=SC2086  # BENCH_ARGS and RATIO_ARGS are lists of options
"$root/.venv/bin/python" "$root/bench/pages_load.py" ${BENCH_ARGS:-}
# shellcheck disable=SC2086
"$root/.venv/bin/python" "$root/bench/ratios.py" ${RATIO_ARGS:-}
