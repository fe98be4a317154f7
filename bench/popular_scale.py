"""Popular Now at archive scale: 1,000,000 articles, 100,000,000 views (SQLite, not a test).

    export MASTHEAD_VAR_DIR=/tmp/scale DATABASE_URL=sqlite:////tmp/scale/db.sqlite3
    .venv/bin/masthead migrate -v0
    .venv/bin/python bench/popular_scale.py                 # generate, then time
    .venv/bin/python bench/popular_scale.py --reuse         # time an existing build again
    .venv/bin/python bench/popular_scale.py --reuse --analyze   # ... after ANALYZE

Generation (refuses a database that already has articles, unless ``--reuse``):

- 8 sections, one author, ``--articles`` stories with a byline each, published at a
  steady rate over ``--years`` years (ids grow with publish time); 0.5% withdrawn,
  0.3% drafts, 0.2% scheduled. Headline and slug only; bodies are empty.
- ``--views`` views in all (the sum of the counts, not the number of rows), each story's
  share long-tailed (Pareto). ``--recent-share`` of them fall in the hourly window (from
  midnight 30 days ago, as ``flush-views`` keeps hours) as one ``HourlyViews`` row per
  story and hour with a view, the way flushing writes them: each hour's traffic (with a
  daily rhythm) goes 60% to stories of the last three days (more to fresher and more
  popular ones, decaying as a power law of age) and 40% to the archive (a story's chance
  falls with its age, a few views each). The rest are ``DailyViews`` before the window:
  one row per day for a story's first four days and three later days. ``ViewTotal`` is
  the sum of a story's buckets.

Then it builds Popular Now's table (``engagement.trending``) from the buckets and times
that, folding a 10,000-view flush into it, and moving its windows on by an hour; checks
that the table gives the same lists as the one-query computation over the buckets
(``rankings_from_buckets()``, skip with ``--no-compare``); and times
``engagement.api.rankings()`` (both lists, read from the table): globally and per
section, ``--runs`` times each, every run on a new database connection with Django's cache
cleared (cold for Masthead; the OS file cache stays warm), and prints median / p95 / max
ms, the row counts, and SQLite's EXPLAIN QUERY PLAN of the query. The timed flush stays in
the database (each run adds 10,000 views), so the table and the buckets still agree.
Generation writes ``popular_scale.json`` beside the database (its clock, counts), so
``--reuse`` ranks at the same moment the data was built for.
"""

import argparse
import bisect
import json
import math
import os
import random
import sqlite3
import statistics
import sys
import time
from array import array
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOUR, DAY = 3600, 86400
FRESH_HOURS = 72
FRESH_SHARE = 0.6
DAILY_FIRST_DAYS = 4
DAILY_FIRST_SHARES = (0.45, 0.2, 0.1, 0.06)  # the rest of a story's views: three later days
DAILY_LATER_DAYS = 3
CHUNK = 50_000


def django_setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def stamp(seconds):
    """Django's SQLite text for a datetime: naive UTC."""
    return time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(seconds))


def day_text(day_index):
    return time.strftime("%Y-%m-%d", time.gmtime(day_index * DAY))


class Build:
    def __init__(self, args, db_path):
        self.args = args
        self.rng = random.Random(args.seed)
        self.db = sqlite3.connect(db_path, isolation_level=None)
        for pragma in ("synchronous=OFF", "cache_size=-400000", "temp_store=MEMORY"):
            self.db.execute(f"PRAGMA {pragma}")  # a throwaway database: load fast
        self.now = time.time()
        self.counts = {}

    def log(self, message):
        print(f"[{time.perf_counter() - self.started:6.1f} s] {message}", flush=True)

    def run(self):
        self.started = time.perf_counter()
        self.cast()
        self.articles()
        self.hourly()
        self.daily()
        self.totals()
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.counts["generation_seconds"] = round(time.perf_counter() - self.started, 1)
        self.log(f"generated in {self.counts['generation_seconds']} s")
        return {"now": self.now, **self.counts}

    def many(self, sql, rows):
        self.db.execute("BEGIN")
        self.db.executemany(sql, rows)
        self.db.execute("COMMIT")

    def cast(self):
        from masthead.newsroom.demo import vocab

        self.sections = []
        for position, (name, slug, description, weight, _ministry) in enumerate(vocab.SECTIONS):
            cur = self.db.execute(
                "INSERT INTO newsroom_section (name, slug, position, description) "
                "VALUES (?, ?, ?, ?)",
                (name, slug, position, description),
            )
            self.sections.append((cur.lastrowid, weight))
        cur = self.db.execute(
            "INSERT INTO newsroom_author (name, slug, bio, email, photo_url, user_id) "
            "VALUES ('Scale Tester', 'scale-tester', 'Writes a great deal.', "
            "'scale@masthead.example', '', NULL)"
        )
        self.author = cur.lastrowid

    def articles(self):
        args, rng = self.args, self.rng
        n = args.articles
        span = args.years * 365 * DAY
        scheduled, drafts = round(n * 0.002), round(n * 0.003)
        live = n - scheduled - drafts
        offsets = sorted(rng.uniform(60, span) for _ in range(live))
        self.published = array("d", (self.now - o for o in reversed(offsets)))  # ids 1..live
        self.live = live
        withdrawn = set(rng.sample(range(live), round(n * 0.005)))
        section_ids = [s for s, _ in self.sections]
        weights = [w for _, w in self.sections]
        self.section_of = array("b", rng.choices(range(len(section_ids)), weights, k=n))
        self.popularity = array("d", (min(rng.paretovariate(1.2), 5000.0) for _ in range(n)))
        self.tau = array("d", (rng.uniform(2.0, 12.0) for _ in range(live)))
        self.alpha = array("d", (rng.uniform(1.3, 1.9) for _ in range(live)))

        def rows(first, last):
            for i in range(first, last):
                pk = i + 1
                if i < live:
                    status = "withdrawn" if i in withdrawn else "published"
                    at = stamp(self.published[i])
                    publish = at
                elif i < live + scheduled:
                    status = "scheduled"
                    publish = at = stamp(self.now + rng.uniform(DAY, 3 * DAY))
                else:
                    status, publish, at = "draft", None, stamp(self.now - rng.uniform(0, DAY))
                yield (
                    pk, f"Scale story {pk}", f"scale-story-{pk}", "", "", "", status,
                    publish, publish, None, at, at, "", "", "", "", "", "", "", None,
                    section_ids[self.section_of[i]],
                )  # fmt: skip

        sql = (
            "INSERT INTO newsroom_article (id, headline, slug, dek, body, body_html, status, "
            "publish_at, first_published_at, updated_at, created_at, modified_at, "
            "lead_image_url, lead_image_alt, lead_image_caption, original_language, "
            "original_headline, source_name, source_url, created_by_id, section_id) "
            "VALUES (" + ", ".join("?" * 21) + ")"
        )
        for first in range(0, n, CHUNK):
            last = min(n, first + CHUNK)
            self.many(sql, rows(first, last))
            self.many(
                "INSERT INTO newsroom_byline (position, article_id, author_id) VALUES (0, ?, ?)",
                ((pk, self.author) for pk in range(first + 1, last + 1)),
            )
        self.counts.update(
            articles=n, published=live - len(withdrawn), withdrawn=len(withdrawn),
            scheduled=scheduled, drafts=drafts,
        )  # fmt: skip
        self.log(f"{n} articles and bylines")

    def hourly(self):
        """One HourlyViews row per story and hour with a view, hour by hour."""
        args, rng = self.args, self.rng
        self.total = array("q", bytes(8 * (args.articles + 1)))
        cutoff_day = int((self.now - 30 * DAY) // DAY)
        self.cutoff = cutoff_day * DAY
        current = int(self.now // HOUR) * HOUR
        hours = list(range(self.cutoff, current + HOUR, HOUR))
        budget = args.views * args.recent_share
        # Traffic per hour: a daily rhythm (busiest at 01:00 UTC, 10:00 in Seoul), slow growth;
        # the current hour only as far as it has gone.
        shape = []
        for h in hours:
            rhythm = 1.0 + 0.6 * math.cos(2 * math.pi * (((h // HOUR) % 24) - 1) / 24)
            growth = 1.0 + 0.3 * (h - self.cutoff) / (current + HOUR - self.cutoff)
            part = min(1.0, (self.now - h) / HOUR)
            shape.append(rhythm * growth * part)
        scale = budget / sum(shape)
        published = self.published
        oldest = self.now - published[0]
        rows_total = views_total = 0
        sql = "INSERT INTO engagement_hourlyviews (article_id, hour, views) VALUES (?, ?, ?)"
        for h, weight in zip(hours, shape, strict=True):
            traffic = weight * scale
            counts = {}
            # Fresh stories: published within FRESH_HOURS before the middle of this hour.
            middle = h + HOUR / 2
            first = bisect.bisect_left(published, middle - FRESH_HOURS * HOUR)
            last = bisect.bisect_left(published, min(middle, self.now))
            fresh = []
            for i in range(first, last):
                age = (middle - published[i]) / HOUR
                fresh.append((i, self.popularity[i] * (1 + age / self.tau[i]) ** -self.alpha[i]))
            if fresh:
                each = traffic * FRESH_SHARE / sum(w for _, w in fresh)
                for i, w in fresh:
                    expected = each * w
                    n = int(expected) + (rng.random() < expected % 1)
                    if n:
                        counts[i] = n
            # The archive: age log-uniform between FRESH_HOURS and the oldest story.
            archive = traffic * (1 - (FRESH_SHARE if fresh else 0))
            low, high = math.log(FRESH_HOURS * HOUR), math.log(max(oldest, FRESH_HOURS * HOUR * 2))
            given = 0
            while given < archive:
                age = math.exp(rng.uniform(low, high))
                i = bisect.bisect_left(published, h - age)
                if i >= self.live or published[i] > h:
                    continue
                n = min(int(rng.paretovariate(2.0)) + (rng.random() < 0.5), 50)
                counts[i] = counts.get(i, 0) + n
                given += n
            hour_text = stamp(h)
            rows = sorted(counts.items())
            self.many(sql, ((i + 1, hour_text, n) for i, n in rows))
            for i, n in rows:
                self.total[i + 1] += n
            rows_total += len(rows)
            views_total += sum(counts.values())
        self.counts.update(hourly_rows=rows_total, hourly_views=views_total, hours=len(hours))
        self.log(f"{rows_total} hourly rows, {views_total} views, {len(hours)} hours")

    def daily(self):
        """DailyViews before the window: the rest of the views, by popularity."""
        args, rng = self.args, self.rng
        budget = args.views - self.counts["hourly_views"]
        cutoff_day = self.cutoff // DAY
        before = bisect.bisect_left(self.published, self.cutoff)  # stories 0..before-1
        pops = self.popularity
        total_pop = sum(pops[i] for i in range(before))
        per_pop = budget / total_pop
        given = rows_total = 0
        sql = "INSERT INTO engagement_dailyviews (article_id, day, views) VALUES (?, ?, ?)"
        days_text = {}

        def text(d):
            t = days_text.get(d)
            if t is None:
                t = days_text[d] = day_text(d)
            return t

        shares = array("q", bytes(8 * before))
        for i in range(before):
            expected = pops[i] * per_pop
            shares[i] = int(expected) + (rng.random() < expected % 1)
        top = max(range(before), key=pops.__getitem__)
        shares[top] += budget - sum(shares)  # the sum is exact
        for first in range(0, before, CHUNK):
            rows = []
            for i in range(first, min(before, first + CHUNK)):
                views = shares[i]
                given += views
                if views <= 0:
                    continue
                day0 = int(self.published[i] // DAY)
                available = cutoff_day - day0  # days before the window, >= 1
                split = {}
                left = views
                for k, share in enumerate(DAILY_FIRST_SHARES[: min(available, DAILY_FIRST_DAYS)]):
                    n = int(views * share)
                    if n:
                        split[day0 + k] = n
                        left -= n
                later = available - DAILY_FIRST_DAYS
                if later > 0 and left:
                    picks = sorted(rng.sample(range(later), min(later, DAILY_LATER_DAYS)))
                    for j, k in enumerate(picks):
                        n = left if j == len(picks) - 1 else left // (len(picks) - j)
                        if n:
                            d = day0 + DAILY_FIRST_DAYS + k
                            split[d] = split.get(d, 0) + n
                            left -= n
                if left:
                    split[day0] = split.get(day0, 0) + left
                for d, n in sorted(split.items()):
                    rows.append((i + 1, text(d), n))
                self.total[i + 1] += views
            self.many(sql, rows)
            rows_total += len(rows)
        self.counts.update(daily_rows=rows_total, daily_views=given)
        self.log(f"{rows_total} daily rows, {given} views")

    def totals(self):
        sql = "INSERT INTO engagement_viewtotal (article_id, views) VALUES (?, ?)"
        total = self.total
        rows = 0
        for first in range(1, len(total), CHUNK):
            batch = [(pk, total[pk]) for pk in range(first, min(len(total), first + CHUNK))
                     if total[pk]]  # fmt: skip
            self.many(sql, batch)
            rows += len(batch)
        self.counts.update(view_totals=rows, views=sum(total))
        self.log(f"{rows} view totals, {sum(total)} views in all")


def describe(db_path, now):
    """Row counts the query cares about, from the database itself."""
    db = sqlite3.connect(db_path)
    q = lambda sql, *p: db.execute(sql, p).fetchone()[0]  # noqa: E731
    week = stamp(int(now // HOUR) * HOUR - 7 * DAY)
    two_days = stamp(int(now // HOUR) * HOUR - 47 * HOUR)
    out = {
        "articles": q("SELECT COUNT(*) FROM newsroom_article"),
        "hourly_rows": q("SELECT COUNT(*) FROM engagement_hourlyviews"),
        "hourly_rows_last_7_days": q(
            "SELECT COUNT(*) FROM engagement_hourlyviews WHERE hour >= ?", week
        ),
        "hourly_rows_last_48_hours": q(
            "SELECT COUNT(*) FROM engagement_hourlyviews WHERE hour >= ?", two_days
        ),
        "articles_with_views_last_7_days": q(
            "SELECT COUNT(DISTINCT article_id) FROM engagement_hourlyviews WHERE hour >= ?", week
        ),
        "daily_rows": q("SELECT COUNT(*) FROM engagement_dailyviews"),
        "view_totals": q("SELECT COUNT(*) FROM engagement_viewtotal"),
        "views": q("SELECT SUM(views) FROM engagement_viewtotal"),
        "bucket_views": q("SELECT SUM(views) FROM engagement_hourlyviews")
        + q("SELECT SUM(views) FROM engagement_dailyviews"),
        "analyzed": bool(q("SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")),
        "database_mb": round(os.path.getsize(db_path) / 2**20),
    }
    db.close()
    return out


def time_rankings(runs, now, section):
    from django.core.cache import cache
    from django.db import connection

    from masthead.engagement import api

    captured = []

    def capture(execute, sql, params, many, context):
        captured.append((sql, params))
        return execute(sql, params, many, context)

    times, result = [], None
    for _ in range(runs):
        cache.clear()
        connection.close()  # a new connection: SQLite's page cache starts empty
        connection.ensure_connection()
        start = time.perf_counter()
        with connection.execute_wrapper(capture):
            result = api.rankings(section=section, now=now)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return times, result, captured[-2]  # the lists (the last one reads the epoch)


def maintain(now):
    """Build the Popular Now table from the buckets, time it, then time what the worker
    does with it: folding a flush's views and moving the windows on by an hour."""
    from django.db import connection, transaction

    from masthead.engagement import trending
    from masthead.engagement.counters import add_to_totals, hour_of
    from masthead.engagement.models import Trending

    out = {}
    start = time.perf_counter()
    out["stories"] = trending.rebuild(now)
    out["rebuild_ms"] = round((time.perf_counter() - start) * 1000, 1)
    # One flush of 10 s at 1,000 beacons/s: 10,000 views over the 2,000 hottest stories.
    hot = list(Trending.objects.order_by("-score").values_list("article_id", flat=True)[:2000])
    rng = random.Random(3)
    per_hour = {}
    for _ in range(10_000):
        key = (rng.choice(hot), hour_of(now))
        per_hour[key] = per_hour.get(key, 0) + 1
    start = time.perf_counter()
    with transaction.atomic():
        add_to_totals(per_hour)
    out["flush_10000_views_ms"] = round((time.perf_counter() - start) * 1000, 1)
    with transaction.atomic():  # what trending.add() alone costs of that
        start = time.perf_counter()
        trending.add(per_hour)
        out["trending_add_ms"] = round((time.perf_counter() - start) * 1000, 1)
        transaction.set_rollback(True)
    connection.close()
    start = time.perf_counter()
    out["advance_1h"] = trending.advance(now + timedelta(hours=1))
    out["advance_1h_ms"] = round((time.perf_counter() - start) * 1000, 1)
    start = time.perf_counter()
    out["advance_again"] = trending.advance(now + timedelta(hours=1))
    out["advance_again_ms"] = round((time.perf_counter() - start) * 1000, 1)
    # Back to the build's moment for the timings below (the views above stay: both ways of
    # ranking see them).
    trending.rebuild(now)
    return out


def compare(now, targets):
    """Whether the table gives the same lists as the one-query bucket computation."""
    from masthead.engagement import api

    same = True
    for _name, section in targets:
        kept = api.rankings(section=section, now=now)
        truth = api.rankings_from_buckets(section=section, now=now)
        same &= [pk for pk, _ in kept["popular"]] == [pk for pk, _ in truth["popular"]]
        same &= kept["most_viewed"] == truth["most_viewed"]
    return same


def explain(sql, params):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
        return [row[-1] for row in cursor.fetchall()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--views", type=int, default=100_000_000)
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--recent-share", type=float, default=0.1,
                        help="share of all views in the last 30 days (default 0.1)")  # fmt: skip
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse", action="store_true", help="time an existing build")
    parser.add_argument("--analyze", action="store_true", help="run ANALYZE before timing")
    parser.add_argument("--no-plan", action="store_true")
    parser.add_argument("--no-compare", action="store_true",
                        help="skip checking the lists against the bucket computation")  # fmt: skip
    args = parser.parse_args()

    django_setup()
    from django.conf import settings
    from django.db import connection

    db = settings.DATABASES["default"]
    if db["ENGINE"] != "django.db.backends.sqlite3":
        sys.exit("popular_scale.py builds a SQLite database: set DATABASE_URL=sqlite:////tmp/...")
    db_path = str(db["NAME"])
    meta_path = Path(db_path).with_name("popular_scale.json")
    from masthead.newsroom.models import Article

    if args.reuse:
        meta = json.loads(meta_path.read_text())
    else:
        if Article.objects.exists():
            sys.exit(f"{db_path} already has articles: use a fresh database, or --reuse.")
        connection.close()
        meta = Build(args, db_path).run()
        meta_path.write_text(json.dumps(meta))
    if args.analyze:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        print(f"ANALYZE took {time.perf_counter() - started:.1f} s")

    now = datetime.fromtimestamp(meta["now"], UTC)
    counts = describe(db_path, meta["now"])
    print("rows:", json.dumps(counts))
    if counts["views"] != counts["bucket_views"]:
        print("WARNING: view totals differ from the sum of the buckets")

    from masthead.newsroom.models import Section

    report = {"counts": counts, "generation_seconds": meta.get("generation_seconds")}
    targets = [("global", None)] + [(s.slug, s.pk) for s in Section.objects.order_by("position")]
    report["trending"] = maintain(now)
    print("trending table:", json.dumps(report["trending"]), flush=True)
    if not args.no_compare:
        report["same_as_buckets"] = compare(now, targets)
        print("same lists as computed from the buckets:", report["same_as_buckets"], flush=True)
    for name, section in targets:
        times, result, (sql, params) = time_rankings(args.runs, now, section)
        line = {
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(times[min(len(times) - 1, math.ceil(len(times) * 0.95) - 1)], 1),
            "max_ms": round(times[-1], 1),
            "min_ms": round(times[0], 1),
            "popular": len(result["popular"]),
            "most_viewed": len(result["most_viewed"]),
        }
        report[name] = line
        print(f"rankings({name}): {args.runs} cold runs: {json.dumps(line)}", flush=True)
        if not args.no_plan and name in ("global", targets[1][0]):
            print(f"  EXPLAIN QUERY PLAN ({name}):")
            for step in explain(sql, params):
                print("   ", step)
    all_sections = [report[n]["median_ms"] for n, s in targets if s is not None]
    report["sections_median_of_medians_ms"] = round(statistics.median(all_sections), 1)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
