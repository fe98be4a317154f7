"""Server CPU per cold article page, in process (not a test).

    MASTHEAD_PAGE_CACHE_SECONDS=0 .venv/bin/python bench/render_cold.py [--pages 500]
    MASTHEAD_PAGE_CACHE_SECONDS=0 .venv/bin/python bench/render_cold.py --profile 30
    .venv/bin/python bench/render_cold.py --store      # each page also stored, as served
    MASTHEAD_PAGE_CACHE_SECONDS=0 .venv/bin/python bench/render_cold.py --instructions 50

"Cold" as in the wrk scenario ``article-cold``: every request a different published
article, so no whole-page cache helps; the shared lists (Popular Now, Must-Reads, the
sections' latest) are warm in the cache as they are on a live site. Requests go through
the WSGI application exactly as a server hands them over (no test client and its
template signals). Prints the CPU time (``time.process_time``) and wall time per page
as one JSON line; ``--profile N`` prints the N most expensive functions (cumulative, or
``SORT=tottime`` in the environment)
instead. ``--instructions N`` runs the same under valgrind's callgrind and counts the
instructions of N pages only (instrumentation switched on after the warm-up): the same
count, within ~1 %, however busy the machine is, where CPU times move by half on a shared
one (a page costs some 10-20 million; about 30 s for 50 pages). Run it against a demo
database (``masthead demo --articles ...``).
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")


def environ(path):
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "HTTP_HOST": "127.0.0.1:8000",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument(
        "--skip",
        type=int,
        default=0,
        help="start this many stories down from the newest: with Redis what an earlier run "
        "stored of a story (its page, with --store) stays; skip past it",
    )
    parser.add_argument("--profile", type=int, metavar="N", help="print the top N functions")
    parser.add_argument(
        "--store",
        action="store_true",
        help="with the page cache on: each page also stored, as a server does on a miss",
    )
    parser.add_argument(
        "--instructions",
        type=int,
        metavar="N",
        help="count the instructions of N pages under valgrind (callgrind)",
    )
    args = parser.parse_args()
    if args.instructions and not os.environ.get(_UNDER_CALLGRIND):
        return count_instructions(args.instructions)
    import django

    django.setup()
    from django.conf import settings

    from masthead.newsroom.models import Article
    from masthead.wsgi import application

    if args.store:
        settings.MASTHEAD_PAGE_CACHE_SECONDS = settings.MASTHEAD_PAGE_CACHE_SECONDS or 60
    elif settings.MASTHEAD_PAGE_CACHE_SECONDS:
        sys.exit("Set MASTHEAD_PAGE_CACHE_SECONDS=0 (or --store): this measures rendering.")
    paths = [
        a.get_absolute_url()
        for a in Article.objects.published()
        .select_related("section")
        .order_by("-publish_at")[args.skip : args.skip + args.pages + 20]
    ]
    if len(paths) < args.pages + 20:
        sys.exit(f"Need {args.pages + 20} published articles: run `masthead demo` first.")
    status = {}

    def start_response(code, headers, exc_info=None):
        status["code"] = code

    def get(path):
        body = b"".join(application(environ(path), start_response))
        if not status["code"].startswith("200"):
            sys.exit(f"{path}: {status['code']}")
        return len(body)

    for path in paths[:20]:  # warm the process and the shared lists
        get(path)
    measured = paths[20:]
    if args.instructions:  # under callgrind (count_instructions): count these pages only
        callgrind_control("on")
        for path in measured:
            get(path)
        callgrind_control("off")
        return
    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        for path in measured:
            get(path)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(
            os.environ.get("SORT", "cumulative")
        ).print_stats(args.profile)
        print(out.getvalue())
        return
    cpu, wall, size = [], [], 0
    for path in measured:
        c0, w0 = time.process_time(), time.perf_counter()
        size = get(path)
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - w0) * 1000)
    print(
        json.dumps(
            {
                "articles_in_db": Article.objects.count(),
                "pages": len(measured),
                "cpu_ms_median": round(statistics.median(cpu), 2),
                "cpu_ms_mean": round(statistics.fmean(cpu), 2),
                "wall_ms_median": round(statistics.median(wall), 2),
                "wall_ms_p95": round(sorted(wall)[int(len(wall) * 0.95) - 1], 2),
                "last_page_bytes": size,
            }
        )
    )


_UNDER_CALLGRIND = "MASTHEAD_BENCH_UNDER_CALLGRIND"


def callgrind_control(state):
    command = ["callgrind_control", "--instr", state, str(os.getpid())]
    subprocess.run(command, check=True, capture_output=True)


def count_instructions(pages):
    """Run this script again under callgrind, instrumented for the measured pages only."""
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed: apt-get install valgrind")
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        *sys.argv[1:],
        "--pages",  # the last one counts: as many pages as instructions are counted for
        str(pages),
    ]
    env = {**os.environ, _UNDER_CALLGRIND: "1"}
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not found:
        sys.exit(f"callgrind failed:\n{done.stdout}{done.stderr[-2000:]}")
    print(json.dumps({"pages": pages, "instructions_per_page": int(found.group(1)) // pages}))


if __name__ == "__main__":
    main()
