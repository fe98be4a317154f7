"""CPU seconds used by each kind of process between two snapshots (Linux /proc, stdlib only).

    python bench/cpu_account.py save FILE    # before
    python bench/cpu_account.py diff FILE    # after: prints seconds per kind

Kinds: the gunicorn processes of ``masthead serve``, PostgreSQL backends, Redis, and
everything else on the machine ("other": shows when something else competed for the
cores). Processes that exited between the snapshots are not counted: take the second
snapshot while the server still runs. bench/beacon_run.sh uses it around the load.
"""

import json
import os
import sys
from collections import Counter

TICKS = os.sysconf("SC_CLK_TCK")


def kind(cmdline):
    if "masthead serve" in cmdline or "bin/gunicorn" in cmdline:
        return "server (gunicorn workers)"
    if "beacon_load" in cmdline:
        return "load generator"
    if cmdline.startswith("postgres"):
        return "postgresql"
    if "redis-server" in cmdline:
        return "redis"
    if "flush-views" in cmdline or "flush_views" in cmdline:
        return "flush-views"
    return "other"


def snapshot():
    seconds = Counter()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
            with open(f"/proc/{pid}/cmdline") as f:
                cmdline = f.read().replace("\0", " ")
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        seconds[kind(cmdline)] += (int(fields[11]) + int(fields[12])) / TICKS
    return seconds


def main():
    action, path = sys.argv[1:3]
    if action == "save":
        with open(path, "w") as f:
            json.dump(snapshot(), f)
        return
    with open(path) as f:
        before = Counter(json.load(f))
    after = snapshot()
    for name in sorted(after):
        used = after[name] - before.get(name, 0)
        if used > 0.05:
            print(f"  cpu {name:<36}{used:7.1f} s")


if __name__ == "__main__":
    main()
