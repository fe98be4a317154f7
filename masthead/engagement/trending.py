"""Popular Now and the week's most viewed, maintained as views are folded.

Ranking from the hourly buckets at page time means reading every bucket of the last 7
days: 6 s at 1,000,000 stories (docs/benchmarks.md). So the ranking is kept in the
``Trending`` table instead, one row per story viewed in the last 7 days, and a page reads
the first rows of one index:

- ``add(per_hour)`` runs inside the flush transaction that folds views into the hourly
  buckets, so the table and the buckets never disagree.
- ``advance(now)`` runs with every ``flush-views``: it subtracts the hours that have left
  a window (reading one hour of buckets per hour passed), rebases the scores once a day
  and forgets stories with no view in the week. It does nothing most of the time.
- ``rebuild(now)`` recomputes the table from the buckets: the first time, after the demo
  wrote its buckets, after the worker was off for longer than the Popular Now window, and
  on ``masthead flush-views --rebuild-trending``.

Scores are stored relative to ``TrendingState.epoch``: a view in hour h adds
2^((h - epoch) / half-life). Seen from the current hour c, every score is the stored one
times 2^(-(c - epoch) / half-life), the same factor for all stories, so the order is
right at any moment and the score is the issue's definition exactly: the sum over the
window's hours of views × 2^(-age / half-life).
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from masthead.newsroom.models import Article

from .counters import hour_of
from .models import HourlyViews, Trending, TrendingState

logger = logging.getLogger(__name__)

WEEK = timedelta(days=7)
REBASE_EVERY = timedelta(hours=24)
BATCH = 10_000


def windows(now):
    """(first hour of the Popular Now window, first hour of the week) seen from ``now``."""
    current = hour_of(now)
    recent_from = current - timedelta(hours=settings.MASTHEAD_POPULAR_WINDOW_HOURS - 1)
    return recent_from, current - WEEK


def weight(hour, epoch):
    hours = (hour - epoch).total_seconds() / 3600
    return 2 ** (hours / settings.MASTHEAD_POPULAR_HALF_LIFE_HOURS)


def to_now(score, epoch, now):
    """A stored score as seen from the hour of ``now``."""
    return score * weight(epoch, hour_of(now))


def _locked_state():
    return TrendingState.objects.select_for_update().filter(pk=1).first()


def _upsert(rows):
    """Add ``{article_id: [score, recent, week]}`` to the table (the section is copied
    from the article, which also drops ids of deleted stories)."""
    table = Trending._meta.db_table
    articles = Article._meta.db_table
    params = [(s, r, w, pk) for pk, (s, r, w) in rows.items()]
    with connection.cursor() as cursor:
        for start in range(0, len(params), BATCH):
            cursor.executemany(
                f"INSERT INTO {table} (article_id, section_id, score, recent, week) "  # noqa: S608
                f"SELECT id, section_id, %s, %s, %s FROM {articles} WHERE id = %s "
                f"ON CONFLICT (article_id) DO UPDATE SET score = {table}.score + excluded.score, "
                f"recent = {table}.recent + excluded.recent, week = {table}.week + excluded.week, "
                "section_id = excluded.section_id",
                params[start : start + BATCH],
            )


def _tally(buckets, state, recent_from, week_from):
    """{article_id: [score, recent, week]} of ``(article_id, hour, views)`` buckets."""
    rows = defaultdict(lambda: [0.0, 0, 0])
    for article_id, hour, views in buckets:
        if hour < week_from or not views:
            continue
        row = rows[article_id]
        row[2] += views
        if hour >= recent_from:
            row[0] += views * weight(hour, state.epoch)
            row[1] += views
    return rows


def add(per_hour):
    """Add freshly folded ``{(article_id, hour): views}``; call inside the flush transaction."""
    state = _locked_state()
    if state is None:
        # Nothing kept yet: compute everything from the buckets, which already hold these.
        rebuild(timezone.now())
        return
    buckets = ((a, h, v) for (a, h), v in per_hour.items())
    _upsert(_tally(buckets, state, state.recent_from, state.week_from))


def rebuild(now=None):
    """Recompute the table from the hourly buckets. Returns the number of stories in it."""
    now = now or timezone.now()
    recent_from, week_from = windows(now)
    with transaction.atomic():
        state = _locked_state() or TrendingState(pk=1)
        state.epoch, state.recent_from, state.week_from = hour_of(now), recent_from, week_from
        state.save()
        Trending.objects.all().delete()
        buckets = (
            HourlyViews.objects.filter(hour__gte=week_from)
            .values_list("article_id", "hour", "views")
            .iterator(chunk_size=BATCH)
        )
        rows = _tally(buckets, state, recent_from, week_from)
        _upsert(rows)
    return len(rows)


def advance(now=None):
    """Move the windows to ``now``: subtract hours that left them, rebase, tidy.

    Returns a short description of what it did (for the flush summary)."""
    now = now or timezone.now()
    recent_from, week_from = windows(now)
    with transaction.atomic():
        state = _locked_state()
        if state is None:
            return f"rebuilt ({rebuild(now)} stories)"
        if recent_from - state.recent_from > timedelta(
            hours=settings.MASTHEAD_POPULAR_WINDOW_HOURS
        ):
            # Off for longer than the window: recomputing reads less than subtracting.
            return f"rebuilt ({rebuild(now)} stories)"
        did = []
        if recent_from > state.recent_from:
            _subtract_recent(state, state.recent_from, recent_from)
            did.append(f"hours before {recent_from:%H}h left Popular Now")
            state.recent_from = recent_from
        if week_from > state.week_from:
            _subtract_week(state.week_from, week_from)
            did.append("the week moved on")
            state.week_from = week_from
        current = hour_of(now)
        if current - state.epoch >= REBASE_EVERY:
            factor = weight(state.epoch, current)
            Trending.objects.update(score=F("score") * factor)
            state.epoch = current
            did.append("scores rebased")
        if did:
            state.save()
        return ", ".join(did) or "up to date"


def _hour_buckets(start, end):
    return HourlyViews.objects.filter(hour__gte=start, hour__lt=end).values_list(
        "article_id", "hour", "views"
    )


def _subtract_recent(state, start, end):
    """Take the views of hours [start, end) out of the scores and recent counts."""
    rows = defaultdict(lambda: [0.0, 0])
    for article_id, hour, views in _hour_buckets(start, end).iterator(chunk_size=BATCH):
        rows[article_id][0] += views * weight(hour, state.epoch)
        rows[article_id][1] += views
    table = Trending._meta.db_table
    # A story left with no views in the window gets exactly 0, not a rounding residue.
    params = [(r, s, r, r, pk) for pk, (s, r) in rows.items()]
    with connection.cursor() as cursor:
        for begin in range(0, len(params), BATCH):
            cursor.executemany(
                f"UPDATE {table} SET "  # noqa: S608
                "score = CASE WHEN recent <= %s THEN 0.0 ELSE score - %s END, "
                "recent = CASE WHEN recent <= %s THEN 0 ELSE recent - %s END "
                "WHERE article_id = %s",
                params[begin : begin + BATCH],
            )


def _subtract_week(start, end):
    """Take the views of hours [start, end) out of the week's counts; forget empty rows."""
    rows = defaultdict(int)
    for article_id, _, views in _hour_buckets(start, end).iterator(chunk_size=BATCH):
        rows[article_id] += views
    table = Trending._meta.db_table
    params = [(w, w, pk) for pk, w in rows.items()]
    with connection.cursor() as cursor:
        for begin in range(0, len(params), BATCH):
            cursor.executemany(
                f"UPDATE {table} SET week = CASE WHEN week <= %s THEN 0 "  # noqa: S608
                "ELSE week - %s END WHERE article_id = %s",
                params[begin : begin + BATCH],
            )
    Trending.objects.filter(week=0).delete()


def top(section=None, limit=30, now=None):
    """``{"popular": [(id, stored score)], "most_viewed": [(id, week's views)]}``, best
    first, of stories readers can see, from the table: one query, two short index reads."""
    now = now or timezone.now()
    # EXISTS, not a join: the database walks the score (or week) index from the top and
    # checks each story, stopping after ``limit``; a join let SQLite start from the
    # million visible stories instead (390 ms, docs/benchmarks.md).
    visible = Article.objects.filter(
        pk=OuterRef("article_id"),
        status__in=Article.LIVE,
        publish_at__lte=now,
    )
    rows = Trending.objects.filter(Exists(visible))
    if section is not None:
        rows = rows.filter(section_id=section)
    by_score = rows.filter(recent__gt=0).order_by("-score", "-article_id")
    by_week = rows.order_by("-week", "-article_id")
    found = list(
        Trending.objects.filter(
            Q(article_id__in=by_score.values("article_id")[:limit])
            | Q(article_id__in=by_week.values("article_id")[:limit])
        ).values_list("article_id", "score", "recent", "week")
    )
    popular = sorted((r for r in found if r[2] > 0), key=lambda r: (-r[1], -r[0]))[:limit]
    viewed = sorted(found, key=lambda r: (-r[3], -r[0]))[:limit]
    return {
        "popular": [(r[0], r[1]) for r in popular],
        "most_viewed": [(r[0], r[3]) for r in viewed],
    }


def scores_now(popular, now=None):
    """``top()``'s popular list with each stored score as seen from the hour of ``now``."""
    epoch = TrendingState.objects.filter(pk=1).values_list("epoch", flat=True).first()
    return [(pk, to_now(score, epoch, now or timezone.now())) for pk, score in popular]


def follow_section(article):
    """Keep the copied section right when a story moves section (post_save of Article)."""
    Trending.objects.filter(article_id=article.pk).exclude(section_id=article.section_id).update(
        section_id=article.section_id
    )
