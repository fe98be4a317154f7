"""Periodic engagement jobs, each idempotent and safe to run from several processes."""

from collections import defaultdict
from datetime import UTC, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from . import trending, visitors
from .counters import get_counter
from .models import CoRead, DailyViews, HourlyViews


def flush_views(now=None):
    """Fold buffered views into totals and hourly buckets; tidy old buckets and salts.

    Returns a dict for the one-line summary."""
    now = now or timezone.now()
    moved = get_counter().flush(now)
    popular = trending.advance(now)
    rolled = roll_up_hours(now)
    salts = visitors.forget_old_salts(visitors.today_utc(now))
    co_read_cutoff = (now - timedelta(days=settings.MASTHEAD_RELATED_CO_READ_DAYS)).date()
    CoRead.objects.filter(day__lt=co_read_cutoff).delete()
    return {
        "views": moved,
        "popular_now": popular,
        "hours_rolled_up": rolled,
        "salts_forgotten": salts,
    }


ROLL_UP_BATCH = 10_000  # ids per statement stay under SQLite's variable limit


def roll_up_hours(now):
    """Move hourly buckets older than the retention into daily ones.

    Each batch is one transaction that locks the hourly rows it moves (so two workers
    never move the same hour twice) and deletes them as it adds them to the days."""
    cutoff = (now - timedelta(days=settings.MASTHEAD_HOURLY_RETENTION_DAYS)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    table = DailyViews._meta.db_table
    moved = 0
    while True:
        with transaction.atomic():
            rows = list(
                HourlyViews.objects.select_for_update()
                .filter(hour__lt=cutoff)
                .order_by("id")
                .values_list("id", "article_id", "hour", "views")[:ROLL_UP_BATCH]
            )
            if not rows:
                break
            days = defaultdict(int)
            for _, article_id, hour, views in rows:
                days[(article_id, hour.astimezone(UTC).date())] += views
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table} (article_id, day, views) VALUES (%s, %s, %s) "  # noqa: S608
                    "ON CONFLICT (article_id, day) "
                    f"DO UPDATE SET views = {table}.views + excluded.views",
                    [(a, d, v) for (a, d), v in days.items()],
                )
            HourlyViews.objects.filter(id__in=[r[0] for r in rows]).delete()
            moved += len(rows)
        if len(rows) < ROLL_UP_BATCH:
            break
    return moved
