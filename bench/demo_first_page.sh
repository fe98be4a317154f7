#!/usr/bin/env bash
# Time from `make demo` on a fresh clone (no .venv, no database) to the first page served.
#   bench/demo_first_page.sh [PORT]
# Clones the current checkout into a temporary directory, runs `make demo PORT=...` there
# and polls the home page; prints the seconds, then stops the server and cleans up.
set -euo pipefail
port=${1:-8123}
src=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
work=$(mktemp -d)
git clone -q "$src" "$work/masthead"
cd "$work/masthead"
start=$(date +%s.%N)
setsid make demo PORT="$port" > "$work/demo.log" 2>&1 &
pgid=$!
trap 'kill -- -$pgid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 2400); do
  if curl -sf -o /dev/null "http://127.0.0.1:$port/"; then
    end=$(date +%s.%N)
    python3 -c "print(f'make demo on a fresh clone: first page after {$end - $start:.1f} s')"
    exit 0
  fi
  sleep 0.25
done
echo "no page after 10 minutes; log:" >&2
tail -20 "$work/demo.log" >&2
exit 1
