"""Counter backends: where a counted view waits until it is folded into the totals.

Both backends offer the same small interface, shared by every server process:

- ``hit(article_id, visitor, now, also_seen_as=None)`` counts one view unless this visitor
  was counted for this article within the dedup window; returns True when counted.
- ``pending(article_id)`` is the number of counted views not yet folded into ``ViewTotal``.
- ``current(article_id)`` is the exact count: folded total + pending, read consistently.
- ``count(article_id, visitor, now, also_seen_as=None)`` is ``hit()`` then ``current()``:
  ``(counted, current)``, in fewer round trips where the backend can.
- ``flush(now)`` folds every pending view into ``ViewTotal`` and ``HourlyViews`` and
  returns how many it moved; running it twice never counts a view twice.

The embedded default (``DatabaseCounter``) writes each counted view at once with one
upsert (SQLite in WAL mode), so a crash of the app loses nothing. ``RedisCounter`` (with
``REDIS_URL``) lives in ``redis_counter.py``.
"""

from collections import defaultdict
from datetime import UTC, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Sum
from django.utils import timezone

from masthead.newsroom.models import Article

from .models import HourlyViews, RecentVisit, ViewTotal

FLUSH_BATCH = 10_000  # rows per flush transaction: a short write lock, ids under SQLite's limit


def dedup_window():
    return timedelta(minutes=settings.MASTHEAD_VIEW_DEDUP_MINUTES)


def hour_of(moment):
    return moment.astimezone(UTC).replace(minute=0, second=0, microsecond=0)


def db_datetime(value):
    """A datetime as the ORM itself would send it (raw SQL below bypasses the ORM; on
    SQLite an aware datetime would otherwise be stored as text with "+00:00" and never
    equal the ORM's own lookups)."""
    return connection.ops.adapt_datetimefield_value(value)


def add_to_totals(per_hour):
    """Add ``{(article_id, hour): views}`` to the hourly buckets, the totals and Popular
    Now's table (upserts; call inside the flush transaction)."""
    from . import trending  # it ranks what this module folds: imported late, not circular

    if not per_hour:
        return
    per_article = defaultdict(int)
    for (article_id, _), views in per_hour.items():
        per_article[article_id] += views
    hourly = HourlyViews._meta.db_table
    totals = ViewTotal._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {hourly} (article_id, hour, views) VALUES (%s, %s, %s) "  # noqa: S608
            f"ON CONFLICT (article_id, hour) DO UPDATE SET views = {hourly}.views + excluded.views",
            [(a, db_datetime(h), v) for (a, h), v in per_hour.items()],
        )
        cursor.executemany(
            f"INSERT INTO {totals} (article_id, views) VALUES (%s, %s) "  # noqa: S608
            f"ON CONFLICT (article_id) DO UPDATE SET views = {totals}.views + excluded.views",
            list(per_article.items()),
        )
    trending.add(per_hour)


def add_co_reads(rows, now):
    """Count the pairs of stories read by one visitor within the dedup window.

    ``rows`` are buffer rows about to be folded (``(id, article, counted_at, pending,
    visitor)``): each newly counted story of a visitor pairs with every other story in that
    visitor's buffer. A pair counts once per visitor and flush; only the pair and its daily
    count are kept, never the visitor."""
    fresh = defaultdict(set)
    for _, article_id, _, _, visitor in rows:
        fresh[visitor].add(article_id)
    read = defaultdict(set)
    visitors = list(fresh)
    for start in range(0, len(visitors), 500):  # under SQLite's variable limit
        for visitor, article_id in RecentVisit.objects.filter(
            visitor__in=visitors[start : start + 500]
        ).values_list("visitor", "article_id"):
            read[visitor].add(article_id)
    store_co_reads(fresh, read, now)


def store_co_reads(fresh, read, now):
    """Add the day's pairs: each of a visitor's ``fresh`` stories (newly counted) with
    every other story that visitor ``read`` within the dedup window. Both are
    ``{visitor: {article ids}}``; the database backend and the Redis backend fill them
    from their own buffers. Only the pairs and their counts are stored."""
    from .models import CoRead

    pairs = defaultdict(int)
    for visitor, new in fresh.items():
        seen = set()
        for a in new:
            for b in read.get(visitor, set()) | new:
                if a != b:
                    seen.add((min(a, b), max(a, b)))
        for pair in seen:
            pairs[pair] += 1
    if not pairs:
        return
    # A story deleted since it was read (the Redis sessions outlive it) pairs with nothing.
    ids = sorted({pk for pair in pairs for pk in pair})
    alive = set()
    for start in range(0, len(ids), FLUSH_BATCH):
        alive.update(
            Article.objects.filter(pk__in=ids[start : start + FLUSH_BATCH]).values_list(
                "pk", flat=True
            )
        )
    pairs = {pair: n for pair, n in pairs.items() if pair[0] in alive and pair[1] in alive}
    table = CoRead._meta.db_table
    day = now.astimezone(UTC).date()
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (article_a_id, article_b_id, day, readers) "  # noqa: S608
            "VALUES (%s, %s, %s, %s) ON CONFLICT (article_a_id, article_b_id, day) "
            f"DO UPDATE SET readers = {table}.readers + excluded.readers",
            [(a, b, day, n) for (a, b), n in pairs.items()],
        )


class DatabaseCounter:
    """The embedded default: the buffer is the ``RecentVisit`` table."""

    name = "database"

    def hit(self, article_id, visitor, now, also_seen_as=None):
        cutoff = now - dedup_window()
        if (
            also_seen_as
            and RecentVisit.objects.filter(
                visitor=also_seen_as, article_id=article_id, counted_at__gt=cutoff
            ).exists()
        ):
            return False  # the same reader under yesterday's salt, just after midnight
        table = RecentVisit._meta.db_table
        with connection.cursor() as cursor:
            # One statement: insert, or count again only when the last count is old enough.
            cursor.execute(
                f"INSERT INTO {table} (visitor, article_id, counted_at, pending) "  # noqa: S608
                "VALUES (%s, %s, %s, 1) "
                "ON CONFLICT (visitor, article_id) DO UPDATE "
                f"SET counted_at = excluded.counted_at, pending = {table}.pending + 1 "
                f"WHERE {table}.counted_at <= %s RETURNING 1",
                [visitor, article_id, db_datetime(now), db_datetime(cutoff)],
            )
            return cursor.fetchone() is not None

    def count(self, article_id, visitor, now, also_seen_as=None):
        return self.hit(article_id, visitor, now, also_seen_as), self.current(article_id)

    def pending(self, article_id):
        return self._pending([article_id]).get(article_id, 0)

    def _pending(self, article_ids):
        rows = (
            RecentVisit.objects.filter(article_id__in=article_ids, pending__gt=0)
            .values_list("article_id")
            .annotate(n=Sum("pending"))
        )
        return dict(rows)

    def current(self, article_id):
        totals = ViewTotal._meta.db_table
        visits = RecentVisit._meta.db_table
        with connection.cursor() as cursor:
            # One statement, one snapshot: a flush running meanwhile is seen whole or not.
            cursor.execute(
                f"SELECT COALESCE((SELECT views FROM {totals} WHERE article_id = %s), 0) + "  # noqa: S608
                f"COALESCE((SELECT SUM(pending) FROM {visits} "
                "WHERE article_id = %s AND pending > 0), 0)",
                [article_id, article_id],
            )
            return int(cursor.fetchone()[0])

    def flush(self, now=None):
        now = now or timezone.now()
        moved = 0
        while True:
            with transaction.atomic():
                rows = list(
                    RecentVisit.objects.select_for_update()
                    .filter(pending__gt=0)
                    .values_list("id", "article_id", "counted_at", "pending", "visitor")[
                        :FLUSH_BATCH
                    ]
                )
                if not rows:
                    break
                add_co_reads(rows, now)
                RecentVisit.objects.filter(id__in=[r[0] for r in rows]).update(pending=0)
                per_hour = defaultdict(int)
                for _, article_id, counted_at, pending, _ in rows:
                    per_hour[(article_id, hour_of(counted_at))] += pending
                add_to_totals(per_hour)
                moved += sum(r[3] for r in rows)
            if len(rows) < FLUSH_BATCH:
                break
        # Rows past the window can no longer stop a count: forget them.
        RecentVisit.objects.filter(pending=0, counted_at__lte=now - dedup_window()).delete()
        return moved


_counter = None


def get_counter():
    """The configured backend (Redis when REDIS_URL is set), one per process."""
    global _counter
    if _counter is None:
        if settings.REDIS_URL:
            from .redis_counter import RedisCounter

            _counter = RedisCounter(settings.REDIS_URL, settings.MASTHEAD_COUNTER_PREFIX)
        else:
            _counter = DatabaseCounter()
    return _counter


def reset_counter():
    """Forget the chosen backend (tests switch settings)."""
    global _counter
    _counter = None
