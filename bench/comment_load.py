"""Comment POST latency under N concurrent posters, against a running `masthead serve`.

Not part of the test suite. Start a server on a throwaway database first, e.g.:

    export MASTHEAD_VAR_DIR=/tmp/cbench DATABASE_URL=sqlite:////tmp/cbench/db.sqlite3 \\
           MASTHEAD_TRUSTED_PROXIES=127.0.0.1 MASTHEAD_COMMENT_MIN_SECONDS=0
    .venv/bin/masthead migrate -v0 && .venv/bin/masthead demo --articles 50
    .venv/bin/masthead serve --port 8124 &
    .venv/bin/python bench/comment_load.py --base http://127.0.0.1:8124 --article 1

Every post is a distinct visitor (X-Forwarded-For from the trusted loopback proxy), so
rate limits do not interfere. Bounded: --posts in total, --seconds at most.
"""

import argparse
import http.client
import json
import statistics
import threading
import time
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit

UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8124")
    parser.add_argument("--article", type=int, required=True)
    parser.add_argument("--posters", type=int, default=16)
    parser.add_argument("--posts", type=int, default=1600)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    host = urlsplit(args.base).netloc
    conn = http.client.HTTPConnection(host, timeout=10)
    conn.request("GET", "/_comments/csrf")
    response = conn.getresponse()
    cookie = SimpleCookie(response.getheader("Set-Cookie"))["csrftoken"].value
    token = json.loads(response.read())
    latencies, statuses, lock = [], {}, threading.Lock()
    counter = iter(range(args.posts))
    deadline = time.monotonic() + args.seconds

    def poster():
        c = http.client.HTTPConnection(host, timeout=30)
        while time.monotonic() < deadline:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            body = urlencode(
                {
                    "name": f"Bench {i}",
                    "body": f"Bench comment {i} {time.time()}",
                    "stamp": token["stamp"],
                }  # fmt: skip
            )
            headers = {
                "Content-Type": "application/x-www-form-urlencoded",
                "User-Agent": UA,
                "Accept": "application/json",
                "X-CSRFToken": token["csrf"],
                "Cookie": f"csrftoken={cookie}",
                "X-Forwarded-For": f"10.{i // 65536 % 256}.{i // 256 % 256}.{i % 256}",
                "Origin": args.base,
            }
            start = time.perf_counter()
            c.request("POST", f"/_comments/{args.article}", body, headers)
            r = c.getresponse()
            r.read()
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                statuses[r.status] = statuses.get(r.status, 0) + 1

    started = time.perf_counter()
    threads = [threading.Thread(target=poster) for _ in range(args.posters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    print(
        f"{len(latencies)} posts by {args.posters} posters in {wall:.1f} s "
        f"({len(latencies) / wall:.0f}/s); statuses {statuses}; "
        f"p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, max {latencies[-1] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
