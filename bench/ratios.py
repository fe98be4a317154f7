"""Issue 7's yardstick: the app against nginx serving the same page as a static file.

    export MASTHEAD_VAR_DIR=/tmp/b100k DATABASE_URL=sqlite:////tmp/b100k/db.sqlite3
    .venv/bin/python bench/ratios.py [--rounds 3] [--duration 15] [--connections 16]

In one run, on loopback, with ``wrk -t1 -c16`` (the issue's reference set-up):

- ``static``: Debian's nginx serving the hot article's HTML, saved as a file;
- ``app-hot``: ``masthead serve`` (``--server``: its default, granian with one thread per
  worker; one worker per core) answering the hot article from its whole-page cache;
- ``front-hot``: the same through ``deploy/nginx.conf`` (nginx's one-second micro-cache);
- ``app-cold``: the app answering a different published article each request (up to
  50,000 of them, newest first), so no page cache helps: each round goes on down the
  list from where the last one stopped (until 2026-11-28 each began at its top, and a
  round could be answered from the page cache the round before had filled 45 s earlier).

The scenarios take turns within each round (so drift hits them all alike); the figures are
medians over ``--rounds``. For the app scenarios the server's CPU time (user + system of
every process of the server, from /proc) is divided by the requests answered: the "server
CPU per page". Prints a table and a JSON line. Add ``REDIS_URL`` etc. for PostgreSQL +
Redis, as with bench/pages_load.py.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pages_load  # noqa: E402

from masthead.lib import nginx  # noqa: E402
from masthead.lib.ports import free_port  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")
SCENARIOS = ["static", "app-hot", "front-hot", "app-cold"]


def group_cpu_seconds(pgid):
    """User + system CPU seconds of every live process in process group ``pgid``."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # After the command: state ppid pgrp session ... utime (12th) stime (13th).
        if int(fields[2]) == pgid:
            total += int(fields[11]) + int(fields[12])
    return total / TICKS


def wrk(url, connections, duration, script=None):
    command = ["wrk", "--latency", "-t1", f"-c{connections}", f"-d{duration}s"]
    if script:
        command += ["-s", str(script)]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True)
    return pages_load.parse(out.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--server",
        choices=sorted(pages_load.SERVERS),
        default="granian-1",
        help="the app server (default: masthead serve's default, granian, one thread)",
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    if nginx.NGINX is None:
        sys.exit("nginx is not installed: apt-get install nginx")
    pages_load.django_setup()
    from django.conf import settings

    from masthead.newsroom.models import Article

    folder = Path(tempfile.mkdtemp(prefix="masthead-ratios-"))
    what = pages_load.targets(folder)
    env = {**os.environ, "MASTHEAD_TRUSTED_PROXIES": "127.0.0.1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run([pages_load.MASTHEAD, "collectstatic", "--noinput", "-v0"], env=env, check=True)
    backend = "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"
    backend += " + redis" if settings.REDIS_URL else ""

    port, app = pages_load.start(args.server, args.workers, env)
    base = f"http://127.0.0.1:{port}"
    hot = what["warm"]
    with urllib.request.urlopen(base + hot, timeout=10) as response:
        page = response.read()
    site = folder / "site"
    (site / "page").mkdir(parents=True)
    (site / "page" / "article.html").write_bytes(page)
    static_port, front_port = free_port(), free_port()
    (folder / "static-nginx").mkdir()
    (folder / "front-nginx").mkdir()
    static = nginx.start(
        folder / "static-nginx",
        nginx.static_site(folder / "static-nginx", site, static_port),
        static_port,
    )
    front = nginx.start(
        folder / "front-nginx",
        nginx.front(folder / "front-nginx", f"127.0.0.1:{port}", front_port, settings.STATIC_ROOT),
        front_port,
    )
    cold_script = folder / "cold.lua"
    targets = {
        "static": (f"http://127.0.0.1:{static_port}/page/article.html", None),
        "app-hot": (base + hot, None),
        "front-hot": (f"http://127.0.0.1:{front_port}{hot}", None),
        "app-cold": (base, cold_script),
    }
    runs = {name: [] for name in SCENARIOS}
    try:
        for round_number in range(1, args.rounds + 1):
            for name in SCENARIOS:
                url, script = targets[name]
                if script is cold_script:  # on from where the last cold round stopped
                    script.write_text(pages_load.urls_script(what["urls"], 1))
                before = group_cpu_seconds(app.pid)
                result = wrk(url, args.connections, args.duration, script)
                if script is cold_script:
                    pages_load.served(what["urls"], result["requests"])
                cpu = group_cpu_seconds(app.pid) - before
                result["app_cpu_ms_per_request"] = round(cpu * 1000 / result["requests"], 3)
                result["round"] = round_number
                runs[name].append(result)
                print(name, json.dumps(result), flush=True)
    finally:
        nginx.stop(static)
        nginx.stop(front)
        pages_load.stop(app)

    def median(name, key):
        values = [r[key] for r in runs[name] if r[key] is not None]
        return statistics.median(values) if values else None

    yardstick = median("static", "rps")
    summary = {
        "backend": backend,
        "articles": Article.objects.count(),
        "server": args.server,
        "workers": args.workers,
        "page_bytes": len(page),
        "connections": args.connections,
        "rounds": args.rounds,
        "duration_s": args.duration,
    }
    print(f"\n{summary}")
    print("| scenario | req/s | ratio to static | p50 ms | p99 ms | app CPU ms/page | errors |")
    print("|---|---|---|---|---|---|---|")
    for name in SCENARIOS:
        rps = median(name, "rps")
        errors = sum(r["non_2xx"] + r["socket_errors"] for r in runs[name])
        cpu = median(name, "app_cpu_ms_per_request") if name.startswith("app") else None
        summary[name] = {
            "rps": rps,
            "ratio": round(rps / yardstick, 4),
            "p50_ms": median(name, "p50_ms"),
            "p99_ms": median(name, "p99_ms"),
            "app_cpu_ms_per_request": cpu,
            "errors": errors,
        }
        print(
            f"| {name} | {rps:,.1f} | {rps / yardstick:.4f} | {median(name, 'p50_ms'):.2f} "
            f"| {median(name, 'p99_ms'):.2f} | {f'{cpu:.2f}' if cpu is not None else '—'} "
            f"| {errors} |"
        )
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
