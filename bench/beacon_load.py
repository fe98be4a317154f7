"""Beacon load test: many readers counting views on a running server, then an exact audit.

    MASTHEAD_TRUSTED_PROXIES=127.0.0.1 masthead serve --port 8140 --workers 2 --no-worker &
    .venv/bin/python bench/beacon_load.py --url http://127.0.0.1:8140 \\
        [--visitors 3000] [--articles 200] [--concurrency 32] [--max-requests 20000] \\
        [--duration 120] [--ids 1,2,3] [--seed 1] [--no-flush]

Run it with the server's environment (MASTHEAD_VAR_DIR / DATABASE_URL / REDIS_URL /
MASTHEAD_COUNTER_PREFIX): it reads the published ids and, at the end, the stored totals
from that database, and runs ``masthead flush-views`` with that environment.

1. Picks ``--articles`` published stories (or takes ``--ids``) and reads each one's
   current count with ``GET /_views/<id>`` (folded total + views still pending): the
   baseline.
2. Plans the traffic: ``--visitors`` readers, each a distinct User-Agent and client
   address (sent in X-Forwarded-For, so the server must trust 127.0.0.1 as a proxy). Each
   reader reads a few stories (popular ones more often) and reloads some of them 2-3
   times, all inside the dedup window, so only the first view of a (reader, story) pair
   may count. The requests are shuffled, so a reader's reloads interleave with everybody
   else's and sometimes race each other.
3. Sends the beacons (``POST /_views/<id>``, as the page's script does) over raw HTTP/1.1
   connections from ``--concurrency`` asyncio tasks, each keeping its connection alive
   when the server allows it, until every planned request is sent or ``--duration``
   seconds have passed. Records each request's latency (from writing the request to
   reading the whole answer, a reconnection included).
4. Runs ``masthead flush-views`` and compares each story's stored ``ViewTotal`` with
   baseline + the number of distinct (reader, story) pairs that got a 200 (or 204) answer. A pair
   whose every request failed is "uncertain" (its view may or may not have been counted)
   and is reported apart. Prints ``exact: yes`` or ``exact: no`` and every difference.

Only the standard library is used for the load itself (no new dependency). Ends with one
JSON line of the figures.
"""

import argparse
import asyncio
import json
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.118 Safari/537.36 Reader/{run}-{n}"
)


def django_setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def published_ids(count, rng):
    """``count`` published stories, the newest half and a random half of the rest."""
    from masthead.newsroom.models import Article

    ids = list(Article.objects.published().order_by("-publish_at").values_list("pk", flat=True))
    if len(ids) < count:
        sys.exit(f"Only {len(ids)} published stories; run `masthead demo` first.")
    newest = ids[: count // 2]
    return newest + rng.sample(ids[count // 2 :], count - len(newest))


def stored_totals(ids):
    from masthead.engagement.models import ViewTotal

    totals = dict(ViewTotal.objects.filter(article_id__in=ids).values_list("article_id", "views"))
    return {pk: totals.get(pk, 0) for pk in ids}


def client_address(n):
    """A distinct address per reader in 198.18.0.0/15 (set aside for benchmarks)."""
    return f"198.{18 + (n >> 16)}.{(n >> 8) & 255}.{n & 255}"


def plan(rng, visitors, ids):
    """[(reader, article id)] to send, shuffled; popular stories are read more (Zipf)."""
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(ids))]
    requests = []
    for reader in range(visitors):
        stories = set()
        for _ in range(1 + min(int(rng.expovariate(1 / 2.5)), 12)):
            stories.add(rng.choices(ids, weights)[0])
        for pk in stories:
            repeats = rng.choices([1, 2, 3], [0.55, 0.3, 0.15])[0]
            requests += [(reader, pk)] * repeats
    rng.shuffle(requests)
    return requests


class Connection:
    """One raw HTTP/1.1 connection, reopened when the server closes it."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None
        self.connects = 0

    async def request(self, method, path, headers=(), body=b""):
        """(status, body); raises on a broken connection after one fresh retry."""
        for attempt in (1, 2):
            fresh = self.writer is None
            if fresh:
                self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
                self.connects += 1
            head = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
            head += [f"{k}: {v}" for k, v in headers]
            head += [f"Content-Length: {len(body)}", "", ""]
            try:
                self.writer.write("\r\n".join(head).encode("latin-1") + body)
                status, close, content = await self._response()
            except (ConnectionError, asyncio.IncompleteReadError) as exc:
                await self.close()
                if fresh or attempt == 2:
                    raise exc
                continue  # a kept-alive connection the server had closed: once more, fresh
            if close:
                await self.close()
            return status, content
        raise AssertionError("unreachable")

    async def _response(self):
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        length = int(headers.get("content-length", "0"))
        content = await self.reader.readexactly(length) if length else b""
        close = headers.get("connection", "").lower() == "close" or lines[0].startswith("HTTP/1.0")
        return status, close, content

    async def close(self):
        if self.writer is not None:
            self.writer.close()
            try:
                await self.writer.wait_closed()
            except ConnectionError:
                pass
        self.reader = self.writer = None


async def read_counts(host, port, ids):
    conn = Connection(host, port)
    counts = {}
    for pk in ids:
        status, content = await conn.request("GET", f"/_views/{pk}", [("User-Agent", "audit")])
        if status != 200:
            sys.exit(f"GET /_views/{pk} answered {status}: {content[:200]!r}")
        counts[pk] = json.loads(content)["views"]
    await conn.close()
    return counts


async def fire(host, port, requests, concurrency, duration, run):
    """Send the planned beacons; returns (results, seconds, connections opened)."""
    results = [None] * len(requests)  # (status or error name, latency ms)
    position = 0
    deadline = time.perf_counter() + duration
    connections = []

    async def task():
        nonlocal position
        conn = Connection(host, port)
        connections.append(conn)
        while position < len(requests) and time.perf_counter() < deadline:
            i = position
            position += 1
            reader, pk = requests[i]
            headers = [
                ("User-Agent", UA.format(run=run, n=reader)),
                ("X-Forwarded-For", client_address(reader)),
                ("Accept", "*/*"),
            ]
            start = time.perf_counter()
            try:
                status, _ = await conn.request("POST", f"/_views/{pk}", headers)
            except Exception as exc:  # noqa: BLE001 - every failure is reported, not raised
                status = type(exc).__name__
                await conn.close()
            results[i] = (status, (time.perf_counter() - start) * 1000)
        await conn.close()

    started = time.perf_counter()
    await asyncio.gather(*(task() for _ in range(concurrency)))
    return results, time.perf_counter() - started, sum(c.connects for c in connections)


def percentile(ordered, share):
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8140")
    parser.add_argument("--visitors", type=int, default=3000)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--ids", help="comma-separated article ids (default: from the database)")
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--max-requests", type=int, default=20_000)
    parser.add_argument("--duration", type=float, default=120.0, help="seconds at most")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-flush", action="store_true", help="do not run flush-views")
    args = parser.parse_args()

    url = urlsplit(args.url)
    host, port = url.hostname, url.port or 80
    rng = random.Random(args.seed)
    run = uuid.uuid4().hex[:8]  # readers of this run are new to the server's dedup state
    django_setup()
    from django.conf import settings

    ids = [int(x) for x in args.ids.split(",")] if args.ids else published_ids(args.articles, rng)
    baseline = asyncio.run(read_counts(host, port, ids))
    requests = plan(rng, args.visitors, ids)[: args.max_requests]

    cpu = time.process_time()
    results, seconds, connects = asyncio.run(
        fire(host, port, requests, args.concurrency, args.duration, run)
    )
    cpu = time.process_time() - cpu  # the load generator shares the machine's cores
    sent = [(req, res) for req, res in zip(requests, results, strict=True) if res is not None]
    statuses = Counter(res[0] for _req, res in sent)
    latencies = sorted(res[1] for _req, res in sent)
    ok_pairs = {req for req, res in sent if res[0] in (200, 204)}
    tried_pairs = {req for req, _res in sent}
    uncertain = tried_pairs - ok_pairs
    expected_new = Counter(pk for _reader, pk in ok_pairs)
    uncertain_per_article = Counter(pk for _reader, pk in uncertain)

    flush_line = ""
    if not args.no_flush:
        flush = subprocess.run(
            [sys.executable, "-m", "masthead.cli", "flush-views"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        )
        flush_line = flush.stdout.strip()
    stored = stored_totals(ids)
    served = asyncio.run(read_counts(host, port, ids))

    differences = []
    for pk in ids:
        want = baseline[pk] + expected_new[pk]
        got = stored[pk] if not args.no_flush else served[pk]
        slack = uncertain_per_article[pk]
        if not want <= got <= want + slack or served[pk] != got:
            differences.append(
                {
                    "article": pk,
                    "expected": want,
                    "uncertain": slack,
                    "stored": stored[pk],
                    "served": served[pk],
                }  # fmt: skip
            )

    errors = len(sent) - statuses.get(200, 0) - statuses.get(204, 0)
    figures = {
        "backend": "redis" if settings.REDIS_URL else "database",
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "articles": len(ids),
        "visitors": args.visitors,
        "concurrency": args.concurrency,
        "planned": len(requests),
        "sent": len(sent),
        "seconds": round(seconds, 2),
        "beacons_per_s": round(len(sent) / seconds, 1),
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p90_ms": round(percentile(latencies, 0.90), 2),
        "p99_ms": round(percentile(latencies, 0.99), 2),
        "max_ms": round(latencies[-1], 2),
        "mean_ms": round(statistics.fmean(latencies), 2),
        "connections_opened": connects,
        "client_cpu_s": round(cpu, 2),
        "statuses": {str(k): v for k, v in statuses.items()},
        "errors": errors,
        "distinct_pairs": len(ok_pairs),
        "repeats": len(sent) - len(tried_pairs),
        "uncertain_pairs": len(uncertain),
        "expected_new_views": sum(expected_new.values()),
        "stored_new_views": sum(stored[pk] - baseline[pk] for pk in ids),
        "exact": not differences and not uncertain,
        "flush": flush_line,
    }
    print(f"run {run}: {len(sent)} beacons in {seconds:.1f} s = {figures['beacons_per_s']}/s "
          f"({args.concurrency} concurrent, {connects} connections opened, "
          f"load generator CPU {cpu:.1f} s)")  # fmt: skip
    print(f"latency ms: p50 {figures['p50_ms']}, p90 {figures['p90_ms']}, p99 {figures['p99_ms']}, "
          f"max {figures['max_ms']}, mean {figures['mean_ms']}")  # fmt: skip
    print(f"statuses: {dict(statuses)}; errors: {errors}")
    print(f"{len(ok_pairs)} distinct (reader, story) pairs answered 2xx, {figures['repeats']} "
          f"reloads inside the window; {len(uncertain)} uncertain pairs")  # fmt: skip
    if flush_line:
        print(flush_line)
    print(f"expected new views {figures['expected_new_views']}, stored new views "
          f"{figures['stored_new_views']} over {len(ids)} stories")  # fmt: skip
    print(f"exact: {'yes' if figures['exact'] else 'no'}")
    for diff in differences[:50]:
        print("  difference:", json.dumps(diff))
    if len(differences) > 50:
        print(f"  ... and {len(differences) - 50} more")
    print(json.dumps(figures))
    return 0 if figures["exact"] and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
