"""What would make Popular Now fast at archive scale: variants timed on a scratch copy.

    cp /tmp/scale/db.sqlite3 /tmp/scale/popular_scale.json /tmp/scale-whatif/
    MASTHEAD_VAR_DIR=/tmp/scale-whatif DATABASE_URL=sqlite:////tmp/scale-whatif/db.sqlite3 \\
        .venv/bin/python bench/popular_whatif.py --scratch [--runs 10]

Needs a database built by bench/popular_scale.py. It CHANGES that database (indexes, a
table, ANALYZE), hence ``--scratch``: run it on a copy. Every run opens a new connection
(SQLite's page cache empty, the OS file cache warm), globally and for one section:

1. ``app``: ``engagement.api.rankings_from_buckets()`` (``rankings()`` before the table).
2. ``aggregate-first``: the same answer from a rewritten query: sum the hourly rows of
   the week per story first (``INDEXED BY`` the (hour, article) index: left to itself
   SQLite walks the whole table in article order to avoid sorting), with the decay
   weight computed as ``pow(2, -age / half-life)`` for rows of the last 48 hours instead
   of a 48-branch CASE that every row of the week walks through, then join the stories
   to filter them.
3. ``aggregate-first + covering index``: with an index on (hour, article_id, views), so
   the week's rows are read from the index alone.
4. ``precomputed``: a table of one row per story with views in the week (score, week's
   total, section), as the flush could maintain it; reading Popular Now and the most
   viewed is then two index scans of 30 rows (``CROSS JOIN`` keeps SQLite from driving
   the join from every visible article instead). Also times building that table from
   scratch (what a periodic job would pay if it recomputed it wholesale).
5. ``app after ANALYZE``: the app's query once SQLite has statistics.

Checks that each variant returns the same ids as the app's query. Prints medians, p95 and
each variant's EXPLAIN QUERY PLAN.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 30
VISIBLE = "a.status IN ('published', 'scheduled') AND a.publish_at <= :now"


def stamp(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


AGGREGATE = """
WITH week AS (
  SELECT h.article_id,
         SUM(CASE WHEN h.hour >= :since48 THEN h.views * pow(2.0,
             -round((julianday(:current) - julianday(h.hour)) * 24.0) / :half_life)
             ELSE 0 END) AS score,
         SUM(h.views) AS total
  FROM engagement_hourlyviews h {indexed_by}
  WHERE h.hour >= :since
  GROUP BY h.article_id
), ranked AS (
  SELECT week.article_id, week.score, week.total,
         ROW_NUMBER() OVER (ORDER BY week.score DESC, week.article_id DESC) AS by_score,
         ROW_NUMBER() OVER (ORDER BY week.total DESC, week.article_id DESC) AS by_total
  FROM week CROSS JOIN newsroom_article a ON a.id = week.article_id
  WHERE {visible} {section}
)
SELECT article_id, score, total, by_score, by_total FROM ranked
WHERE by_score <= {limit} OR by_total <= {limit}
"""

PRECOMPUTED_BUILD = """
CREATE TABLE whatif_popular AS
WITH week AS (
  SELECT h.article_id,
         SUM(CASE WHEN h.hour >= :since48 THEN h.views * pow(2.0,
             -round((julianday(:current) - julianday(h.hour)) * 24.0) / :half_life)
             ELSE 0 END) AS score,
         SUM(h.views) AS total
  FROM engagement_hourlyviews h INDEXED BY engagement__hour_b8b1d4_idx
  WHERE h.hour >= :since
  GROUP BY h.article_id
)
SELECT week.article_id, a.section_id, week.score, week.total
FROM week JOIN newsroom_article a ON a.id = week.article_id
"""

PRECOMPUTED_INDEXES = [
    "CREATE UNIQUE INDEX whatif_popular_article ON whatif_popular (article_id)",
    "CREATE INDEX whatif_popular_score ON whatif_popular (score DESC, article_id DESC)",
    "CREATE INDEX whatif_popular_total ON whatif_popular (total DESC, article_id DESC)",
    "CREATE INDEX whatif_popular_section_score "
    "ON whatif_popular (section_id, score DESC, article_id DESC)",
    "CREATE INDEX whatif_popular_section_total "
    "ON whatif_popular (section_id, total DESC, article_id DESC)",
]

PRECOMPUTED_READ = """
SELECT p.article_id, p.{column} FROM whatif_popular p
CROSS JOIN newsroom_article a ON a.id = p.article_id
WHERE {visible} {section} AND p.{column} > 0
ORDER BY p.{column} DESC, p.article_id DESC LIMIT {limit}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scratch", action="store_true", help="yes, this database is a copy")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--section", default="asia", help="section slug for the per-section runs")
    args = parser.parse_args()
    if not args.scratch:
        sys.exit("This changes the database (indexes, a table, ANALYZE): run it on a copy "
                 "with --scratch.")  # fmt: skip

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection

    from masthead.engagement import api
    from masthead.engagement.counters import hour_of
    from masthead.newsroom.models import Section

    db_path = Path(settings.DATABASES["default"]["NAME"])
    meta = json.loads(db_path.with_name("popular_scale.json").read_text())
    now = datetime.fromtimestamp(meta["now"], UTC)
    current = hour_of(now)
    window = settings.MASTHEAD_POPULAR_WINDOW_HOURS
    params = {
        "now": stamp(now),
        "current": stamp(current),
        "since48": stamp(current - timedelta(hours=window - 1)),
        "since": stamp(current - timedelta(days=7)),
        "half_life": float(settings.MASTHEAD_POPULAR_HALF_LIFE_HOURS),
    }
    section = Section.objects.get(slug=args.section).pk
    report = {}

    def timed(name, call, runs=args.runs):
        times, result = [], None
        for _ in range(runs):
            cache.clear()
            connection.close()
            connection.ensure_connection()
            start = time.perf_counter()
            result = call()
            times.append((time.perf_counter() - start) * 1000)
        times.sort()
        p95 = times[min(len(times) - 1, math.ceil(len(times) * 0.95) - 1)]
        report[name] = {"median_ms": round(statistics.median(times), 1), "p95_ms": round(p95, 1)}
        print(f"{name:<52} median {report[name]['median_ms']:>9} ms   p95 {p95:>9.1f} ms",
              flush=True)  # fmt: skip
        return result

    def sql(text, extra=None):
        connection.ensure_connection()  # the raw sqlite3 connection takes :named parameters
        return connection.connection.execute(text, {**params, **(extra or {})}).fetchall()

    def plan(name, text, extra=None):
        rows = sql("EXPLAIN QUERY PLAN " + text, extra)
        print(f"  plan ({name}):")
        for row in rows:
            print("   ", row[-1])

    def app(section_id):
        result = api.rankings_from_buckets(section=section_id, now=now)
        return [i for i, _ in result["popular"]], [i for i, _ in result["most_viewed"]]

    def aggregate_text(section_id, index="engagement__hour_b8b1d4_idx"):
        return AGGREGATE.format(
            indexed_by=f"INDEXED BY {index}",
            visible=VISIBLE,
            section="AND a.section_id = :section" if section_id else "",
            limit=LIMIT,
        )

    def aggregate(section_id, index="engagement__hour_b8b1d4_idx"):
        rows = sql(aggregate_text(section_id, index), {"section": section_id})
        popular = [r[0] for r in sorted(rows, key=lambda r: r[3]) if r[3] <= LIMIT and r[1] > 0]
        viewed = [r[0] for r in sorted(rows, key=lambda r: r[4]) if r[4] <= LIMIT and r[2] > 0]
        return popular, viewed

    def precomputed_text(column, section_id):
        return PRECOMPUTED_READ.format(
            column=column,
            visible=VISIBLE,
            section="AND p.section_id = :section" if section_id else "",
            limit=LIMIT,
        )

    def precomputed(section_id):
        return tuple(
            [r[0] for r in sql(precomputed_text(column, section_id), {"section": section_id})]
            for column in ("score", "total")
        )

    def same(name, got, want):
        ok = got == want
        if not ok:
            # Float sums may order near-equal scores differently: compare as sets too.
            ok = set(got[0]) == set(want[0]) and got[1] == want[1]
        print(f"  {name}: same ids as the app: {'yes' if ok else 'NO'}")
        report[name]["same_as_app"] = ok

    for scope, sid in (("global", None), (args.section, section)):
        want = timed(f"app ({scope})", lambda sid=sid: app(sid))
        got = timed(f"aggregate-first ({scope})", lambda sid=sid: aggregate(sid))
        same(f"aggregate-first ({scope})", got, want)
        plan(f"aggregate-first ({scope})", aggregate_text(sid), {"section": sid})

    started = time.perf_counter()
    sql("CREATE INDEX IF NOT EXISTS whatif_hour_cover "
        "ON engagement_hourlyviews (hour, article_id, views)")  # fmt: skip
    print(f"covering index built in {time.perf_counter() - started:.1f} s")
    for scope, sid in (("global", None), (args.section, section)):
        want = app(sid)
        got = timed(
            f"aggregate-first + covering index ({scope})",
            lambda sid=sid: aggregate(sid, "whatif_hour_cover"),
        )
        same(f"aggregate-first + covering index ({scope})", got, want)
        plan(
            f"aggregate-first + covering index ({scope})",
            aggregate_text(sid, "whatif_hour_cover"),
            {"section": sid},
        )
        timed(f"app + covering index ({scope})", lambda sid=sid: app(sid))

    sql("DROP TABLE IF EXISTS whatif_popular")

    def build():
        sql("DROP TABLE IF EXISTS whatif_popular")
        sql(PRECOMPUTED_BUILD)
        for statement in PRECOMPUTED_INDEXES:
            sql(statement)

    timed("precomputed table: full rebuild", build, runs=3)
    rows = sql("SELECT COUNT(*) FROM whatif_popular")[0][0]
    print(f"  precomputed table: {rows} rows (one per story with views in the week)")
    for scope, sid in (("global", None), (args.section, section)):
        want = app(sid)
        got = timed(f"precomputed: read both lists ({scope})", lambda sid=sid: precomputed(sid))
        same(f"precomputed: read both lists ({scope})", got, want)
        plan(f"precomputed, Popular Now ({scope})", precomputed_text("score", sid),
             {"section": sid})  # fmt: skip

    started = time.perf_counter()
    sql("DROP INDEX IF EXISTS whatif_hour_cover")
    sql("ANALYZE")
    print(f"covering index dropped; ANALYZE took {time.perf_counter() - started:.1f} s")
    for scope, sid in (("global", None), (args.section, section)):
        timed(f"app after ANALYZE ({scope})", lambda sid=sid: app(sid))
    print(json.dumps(report))


if __name__ == "__main__":
    main()
