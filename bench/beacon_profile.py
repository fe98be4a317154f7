"""Where a beacon's time goes: the WSGI application in process, timed and profiled (not a test).

    MASTHEAD_TRUSTED_PROXIES=127.0.0.1 .venv/bin/python bench/beacon_profile.py \
        [--requests 3000] [--article ID] [--top 30] [--persistent]

Calls the same WSGI application gunicorn serves, with the environ of
``POST /_views/<id>`` from a new reader each time (distinct User-Agent, client address in
X-Forwarded-For from 127.0.0.1), as one server worker would, without HTTP parsing or
sockets. Prints the SQL statements of one beacon, then the time of each part of a beacon
called alone (ms per call, median of 5 x 300: the whole beacon, Django and middleware
alone, the readable check, the bot rules, the visitor hash, the counter's ``hit()`` and
``current()``, the connection health check), the time per request without and with the
profiler, and the cProfile listing (cumulative, and by own time). ``--persistent`` keeps
the database connection between requests in this process (a what-if: the app closes it
after every request on SQLite).

It counts real views in the configured store (database or Redis): point it at a throwaway
one (and run ``masthead flush-views`` there afterwards if you keep using it).
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.118 Safari/537.36 Reader/{run}-{n}"
)


def environ(article, n, run):
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": f"/_views/{article}",
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8140",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1:8140",
        "HTTP_USER_AGENT": UA.format(run=run, n=n),
        "HTTP_X_FORWARDED_FOR": f"198.{18 + (n >> 16)}.{(n >> 8) & 255}.{n & 255}",
        "CONTENT_LENGTH": "0",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.url_scheme": "http",
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--article", type=int)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument(
        "--persistent",
        action="store_true",
        help="what-if: keep the database connection open between requests (CONN_MAX_AGE)",
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection

    from masthead.newsroom.models import Article
    from masthead.wsgi import application

    if args.persistent:
        connection.settings_dict["CONN_MAX_AGE"] = None  # this process only, not the app
    article = args.article or Article.objects.published().order_by("-publish_at")[0].pk
    run = uuid.uuid4().hex[:8]
    statuses = []

    def start_response(status, headers, exc_info=None):
        statuses.append(status)

    def serve(first, count):
        for n in range(first, first + count):
            body = application(environ(article, n, run), start_response)
            b"".join(body)
            if hasattr(body, "close"):
                body.close()

    serve(0, 50)  # warm: imports, the day's salt, compiled regexes
    started = time.perf_counter()
    serve(50, args.requests)
    plain = (time.perf_counter() - started) / args.requests * 1000

    counted = []
    for n in range(10):
        statements = []

        def log(execute, sql, params, many, context, statements=statements):
            statements.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(log):
            serve(100_000 + n, 1)
        counted.append(len(statements))
    print("\n".join(statements))

    # The parts, each timed alone (no profiler): ms per call, median of 5 rounds.
    from django.test import RequestFactory
    from django.utils import timezone

    from masthead.engagement import rules, views, visitors
    from masthead.engagement.counters import get_counter

    counter = get_counter()
    factory = RequestFactory()
    request = factory.post(f"/_views/{article}", HTTP_USER_AGENT=UA.format(run=run, n=1))
    today = visitors.today_utc(timezone.now())
    hits = iter(range(300_000, 10_000_000))

    import logging

    logging.getLogger("django.request").setLevel(logging.ERROR)  # the 400s below are meant

    def bad_id():  # routed and answered by the view, no database, no counter
        application(environ("x1", 0, run), start_response)

    parts = {
        "whole beacon (WSGI + Django + the steps below)": lambda: serve(next(hits), 1),
        "Django + middleware only (POST /_views/x1 -> 400)": bad_id,
        "_readable(): is the story published (SQL)": lambda: views._readable(article),
        "rules.reason_not_to_count() (crawler patterns)": lambda: rules.reason_not_to_count(
            request
        ),
        "visitors.visitor_hash() (HMAC)": lambda: visitors.visitor_hash("198.18.0.1", "ua", today),
        f"counter.hit() ({counter.name})": lambda: counter.hit(
            article, f"{run}{next(hits)}", timezone.now()
        ),
        f"counter.current() ({counter.name})": lambda: counter.current(article),
        "connection.is_usable() (per-request health check)": connection.is_usable,
    }
    print("part                                              ms per call (median of 5 x 300)")
    for name, call in parts.items():
        rounds = []
        for _ in range(5):
            started = time.perf_counter()
            for _ in range(300):
                call()
            rounds.append((time.perf_counter() - started) / 300 * 1000)
        rounds.sort()
        print(f"  {name:<50}{rounds[2]:7.3f}")
        connection.close_if_unusable_or_obsolete()

    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    serve(200_000, args.requests)
    profiler.disable()
    profiled = (time.perf_counter() - started) / args.requests * 1000

    print(f"article {article}: {args.requests} beacons, {plain:.2f} ms each without the "
          f"profiler, {profiled:.2f} ms with it; statuses {sorted(set(statuses))}")  # fmt: skip
    print(f"SQL statements per beacon: {counted}; persistent connection: {args.persistent}")
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(args.top)
    stats.sort_stats("tottime").print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
