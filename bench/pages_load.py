"""Reader traffic with wrk on loopback, per server (not a test).

    export MASTHEAD_VAR_DIR=/tmp/b100k DATABASE_URL=sqlite:////tmp/b100k/db.sqlite3
    masthead migrate -v0 && masthead demo --articles 100000     # or bench/fill.py
    .venv/bin/python bench/pages_load.py                         # every server, every scenario
    .venv/bin/python bench/pages_load.py --servers granian --scenarios article-warm,beacon \\
        --connections 64 --duration 15

For each server (``granian-1``: granian's WSGI workers with one thread each, the default of
``masthead serve``; ``granian``: the same with 4 threads; ``gunicorn-sync``: gunicorn sync
workers; ``gunicorn-gthread``: gunicorn threads with keep-alive) it starts
``masthead serve --no-worker`` on a free port with ``--workers`` (default: CPU count) and
the environment it is given (add ``REDIS_URL`` for the PostgreSQL + Redis runs), then runs
``wrk --latency`` for ``--duration`` seconds (15) at each of ``--connections`` (16 and 64)
on each scenario, with ``--threads`` wrk threads (2):

- ``article-cold``: every request a different published article (the URLs of up to
  50,000 of them, each wrk thread walking its own slice): the page cache misses;
- ``article-warm``: one article, the newest: the page cache hits;
- ``home``, ``section`` (the first section's front page);
- ``search`` (``/search/?q=`` with words from the headlines; skipped if the site has none);
- ``beacon``: ``POST /_views/<id>`` over the 200 newest stories from a new reader each time
  (``X-Forwarded-For`` through ``MASTHEAD_TRUSTED_PROXIES=127.0.0.1``, set here).

Prints one line per run (requests/s, p50/p90/p99 latency, non-2xx/3xx answers, socket
errors) and a JSON list at the end. Loopback only, bounded in time. Counts views in the
configured store: point it at a throwaway one.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MASTHEAD = str(Path(sys.executable).with_name("masthead"))
SERVERS = {
    "granian-1": ["--server", "granian", "--threads", "1"],
    "granian": ["--server", "granian", "--threads", "4"],
    "gunicorn-sync": ["--server", "gunicorn", "--threads", "1"],
    "gunicorn-gthread": ["--server", "gunicorn", "--threads", "4"],
}
SCENARIOS = ["article-cold", "article-warm", "home", "section", "search", "beacon"]

LUA_URLS = """
local urls = {}
for line in io.lines("%(file)s") do urls[#urls + 1] = line end
local counter = 0
local threads = 0
function setup(thread)
  thread:set("offset", threads)
  threads = threads + 1
end
function init(args)
  offset = tonumber(wrk.thread:get("offset")) or 0
  position = %(start)d + math.floor(offset * #urls / %(threads)d)
end
function request()
  position = position + 1
  return wrk.format("GET", urls[(position %% #urls) + 1])
end
"""

LUA_BEACON = """
local ids = {%(ids)s}
local n = 0
function init(args)
  math.randomseed(os.time() + (tonumber(wrk.thread:get("seed")) or 0))
end
local threads = 0
function setup(thread)
  thread:set("seed", threads * 7919)
  threads = threads + 1
end
function request()
  n = n + 1
  local a, b, c = math.random(1, 223), math.random(0, 255), math.random(0, 255)
  local headers = {
    ["X-Forwarded-For"] = a .. "." .. b .. "." .. c .. "." .. math.random(1, 254),
    ["User-Agent"] = "Mozilla/5.0 (bench " .. n .. ") Firefox/128.0",
    ["Content-Length"] = "0",
  }
  return wrk.format("POST", "/_views/" .. ids[math.random(#ids)], headers, "")
end
"""


def django_setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def targets(folder):
    """What each scenario requests, read once from the database."""
    from masthead.newsroom.models import Article, Section

    published = Article.objects.published().select_related("section").order_by("-publish_at")
    articles = list(published[:50_000])
    if not articles:
        sys.exit("No published articles: run `masthead demo` (or bench/fill.py) first.")
    urls = folder / "articles.txt"
    urls.write_text("\n".join(a.get_absolute_url() for a in articles) + "\n")
    words = sorted(
        {w.lower() for a in articles[:2000] for w in re.findall(r"[A-Za-z]{5,}", a.headline)}
    )[:500]
    searches = folder / "searches.txt"
    searches.write_text("\n".join(f"/search/?q={w}" for w in words) + "\n")
    section = Section.objects.order_by("position").first()
    return {
        "urls": urls,
        "searches": searches,
        "warm": articles[0].get_absolute_url(),
        "section": section.get_absolute_url() if section else "/",
        "ids": [a.pk for a in articles[:200]],
    }


def start(server, workers, env):
    from masthead.lib.ports import free_port  # after django_setup() put ROOT on the path

    port = free_port()
    command = [MASTHEAD, "serve", "--no-worker", "--port", str(port), "--workers", str(workers)]
    process = subprocess.Popen(
        command + SERVERS[server],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                if response.status == 200:
                    return port, process
        except OSError:
            time.sleep(0.2)
    os.killpg(process.pid, signal.SIGTERM)
    sys.exit(f"{server} did not answer on port {port}")


def stop(process):
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)


def parse(out):
    def ms(text):
        value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
        return round(float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit], 2)

    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))}
    for pct in ("50", "90", "99"):
        found = re.search(rf"^\s+{pct}%\s+(\S+)", out, re.M)
        result[f"p{pct}_ms"] = ms(found.group(1)) if found else None
    found = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result["non_2xx"] = int(found.group(1)) if found else 0
    found = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result["socket_errors"] = sum(map(int, found.groups())) if found else 0
    result["requests"] = int(re.search(r"(\d+) requests in", out).group(1))
    return result


# Where the next run over each list of addresses starts: past what earlier runs asked for,
# so that a "cold" run does not ask again for pages a run a minute ago left in the page
# cache (every run started at the top of the list until 2026-11-28).
_next_start = {}


def urls_script(file, threads):
    """The wrk script that walks the addresses in ``file``, each thread from its own share
    of the list, the whole from where the last run over it stopped (``served``)."""
    return LUA_URLS % {"file": file, "threads": threads, "start": _next_start.get(file, 0)}


def served(file, requests):
    """A run over ``file`` answered ``requests``: the next one starts after them."""
    _next_start[file] = _next_start.get(file, 0) + requests


def run_wrk(base, scenario, what, connections, duration, wrk_threads, folder):
    script, path, walked = None, "/", None
    if scenario == "article-cold":
        script = urls_script(walked := what["urls"], wrk_threads)
    elif scenario == "search":
        script = urls_script(walked := what["searches"], wrk_threads)
    elif scenario == "beacon":
        script = LUA_BEACON % {"ids": ",".join(map(str, what["ids"]))}
    elif scenario == "article-warm":
        path = what["warm"]
    elif scenario == "section":
        path = what["section"]
    command = ["wrk", "--latency", f"-t{wrk_threads}", f"-c{connections}", f"-d{duration}s"]
    if script:
        lua = folder / f"{scenario}.lua"
        lua.write_text(script)
        command += ["-s", str(lua)]
    out = subprocess.run(command + [base + path], capture_output=True, text=True, check=True)
    result = parse(out.stdout)
    if walked is not None:
        served(walked, result["requests"])
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--servers", default=",".join(SERVERS))
    parser.add_argument("--scenarios", default=",".join(SCENARIOS))
    parser.add_argument("--connections", default="16,64")
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    django_setup()
    from django.conf import settings

    folder = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    what = targets(folder)
    env = {**os.environ, "MASTHEAD_TRUSTED_PROXIES": "127.0.0.1"}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    backend = "postgresql" if "postgresql" in settings.DATABASES["default"]["ENGINE"] else "sqlite"
    backend += " + redis" if settings.REDIS_URL else ""
    subprocess.run([MASTHEAD, "collectstatic", "--noinput", "-v0"], env=env, check=True)
    from masthead.newsroom.models import Article

    count = Article.objects.count()
    results = []
    for server in args.servers.split(","):
        port, process = start(server, args.workers, env)
        base = f"http://127.0.0.1:{port}"
        try:
            for scenario in args.scenarios.split(","):
                if scenario == "search" and not _has_search(base):
                    print(f"{server} {scenario}: skipped (no /search/ on this site)")
                    continue
                for connections in map(int, args.connections.split(",")):
                    line = run_wrk(
                        base, scenario, what, connections, args.duration, args.threads, folder
                    )
                    line.update(
                        server=server,
                        scenario=scenario,
                        connections=connections,
                        backend=backend,
                        articles=count,
                        workers=args.workers,
                    )
                    results.append(line)
                    print(json.dumps(line), flush=True)
        finally:
            stop(process)
    print(json.dumps(results))


def _has_search(base):
    try:
        with urllib.request.urlopen(f"{base}/search/?q=test", timeout=10) as response:
            return response.status == 200
    except OSError:
        return False


if __name__ == "__main__":
    main()
