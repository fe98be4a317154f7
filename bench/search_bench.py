"""Site search at 100,000 articles: p50/p95 of ``distribution.search.search()`` (not a test).

    # SQLite (the embedded default)
    export PYTHONPATH=. MASTHEAD_VAR_DIR=/tmp/sb DATABASE_URL=sqlite:////tmp/sb/db.sqlite3
    .venv/bin/masthead migrate -v0 && .venv/bin/masthead demo --articles 100000
    .venv/bin/python bench/search_bench.py

    # PostgreSQL
    createdb -h 127.0.0.1 -U postgres masthead_search_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/masthead_search_bench
    .venv/bin/masthead migrate -v0 && .venv/bin/masthead demo --articles 100000
    .venv/bin/python bench/search_bench.py

``masthead demo`` builds the search index at the end (the bulk-load signal). Each query
of the mix below runs ``--runs`` times (first page, then the query's second page and,
for some, a section or date filter); the timing covers what the search page costs
before rendering: the count, the ranked page with its highlighted headline and snippet,
and fetching the 20 stories. Prints p50/p95/max per kind and overall, in milliseconds.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from masthead.distribution import search  # noqa: E402
from masthead.distribution.models import SearchDocument  # noqa: E402
from masthead.newsroom.models import Section  # noqa: E402

QUERIES = {
    # common words: thousands of matches to rank
    "common": ["korea", "president", "seoul", "government said", "market"],
    # rarer words and names
    "rare": ["semiconductor", "typhoon", "bangladesh", "yeosu", "lithium battery"],
    # Korean original headlines
    "korean": ["외교", "정상 회담", "반도체", "서울"],
    # prefixes and hostile input (reduced to words before the engine sees them)
    "prefix/hostile": ["diplom", 'NEAR("seoul" *) OR (', "x" * 1000, "'; DROP TABLE x; --"],
}


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--slowest", type=int, default=0, help="list the N slowest cases")
    args = parser.parse_args()
    docs = SearchDocument.objects.count()
    section = Section.objects.order_by("position").first()
    since = timezone.localdate() - timedelta(days=30)
    print(f"engine: {connection.vendor}, indexed stories: {docs:,}, runs per query: {args.runs}")
    overall, totals, cases = [], {}, {}
    for kind, queries in QUERIES.items():
        timings = []
        for query in queries:
            variants = [
                {},
                {"page": 2},
                {"section": section.pk},
                {"since": since},
            ]
            for variant in variants:
                for _ in range(args.runs):
                    started = time.perf_counter()
                    results = search.search(query, **variant)
                    timings.append((time.perf_counter() - started) * 1000)
                    cases.setdefault((query, str(variant)), []).append(timings[-1])
                totals[(query, tuple(variant))] = results.total
        overall += timings
        print(
            f"{kind:15} p50 {statistics.median(timings):7.1f} ms"
            f"  p95 {percentile(timings, 95):7.1f} ms  max {max(timings):7.1f} ms"
            f"  (n={len(timings)})"
        )
    print(
        f"{'overall':15} p50 {statistics.median(overall):7.1f} ms"
        f"  p95 {percentile(overall, 95):7.1f} ms  max {max(overall):7.1f} ms"
        f"  (n={len(overall)})"
    )
    slowest = sorted(cases.items(), key=lambda case: -statistics.median(case[1]))
    for (query, variant), times in slowest[: args.slowest]:
        print(f"  slow: {query[:30]!r:34} {variant:30} median {statistics.median(times):7.1f} ms")
    for (query, variant), total in totals.items():
        if not variant:
            print(f"  {query[:30]!r:34} {total:6,} matches")


if __name__ == "__main__":
    main()
