"""Periodic engagement jobs, each idempotent and safe to run from several processes."""

from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from . import visitors
from .counters import get_counter
from .models import DailyViews, HourlyViews


def flush_views(now=None):
    """Fold buffered views into totals and hourly buckets; tidy old buckets and salts.

    Returns a dict for the one-line summary."""
    now = now or timezone.now()
    moved = get_counter().flush(now)
    rolled = roll_up_hours(now)
    salts = visitors.forget_old_salts(visitors.today_utc(now))
    return {"views": moved, "hours_rolled_up": rolled, "salts_forgotten": salts}


def roll_up_hours(now):
    """Move hourly buckets older than the retention into daily ones (in one transaction)."""
    cutoff = (now - timedelta(days=settings.MASTHEAD_HOURLY_RETENTION_DAYS)).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    with transaction.atomic():
        old = HourlyViews.objects.select_for_update().filter(hour__lt=cutoff)
        days = (
            old.annotate(day=TruncDate("hour"))
            .values("article_id", "day")
            .annotate(views=Sum("views"))
            .values_list("article_id", "day", "views")
        )
        rows = list(days)
        if not rows:
            return 0
        table = DailyViews._meta.db_table
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (article_id, day, views) VALUES (%s, %s, %s) "  # noqa: S608
                "ON CONFLICT (article_id, day) "
                f"DO UPDATE SET views = {table}.views + excluded.views",
                rows,
            )
        deleted, _ = old.delete()
    return deleted
