"""Engagement's tables: view totals, hourly and daily buckets, and the counter's buffer.

A counted view first lands in the counter backend (``RecentVisit`` rows in the embedded
default, Redis with ``REDIS_URL``); ``masthead flush-views`` folds it into ``ViewTotal``
and ``HourlyViews``. Hourly buckets older than 30 days are rolled up into ``DailyViews``.
No table holds an IP address: visitors are keyed hashes with a salt that changes daily.
"""

from django.db import models


class ViewTotal(models.Model):
    """The stored number of counted views of one article (folded views only)."""

    article = models.OneToOneField(
        "newsroom.Article", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    views = models.PositiveBigIntegerField(default=0, db_index=True)

    class Meta:
        verbose_name = "view total"
        verbose_name_plural = "analytics"  # the desk's entry: top stories, charts

    def __str__(self):
        return f"{self.article_id}: {self.views}"


class HourlyViews(models.Model):
    """Views of one article in one hour (``hour`` is the start of the hour, UTC)."""

    article = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="one_bucket_per_hour"),
        ]
        indexes = [models.Index(fields=["hour", "article"])]

    def __str__(self):
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}h: {self.views}"


class DailyViews(models.Model):
    """Views of one article in one day (UTC), for hours older than the hourly retention."""

    article = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "day"], name="one_bucket_per_day"),
        ]
        indexes = [models.Index(fields=["day", "article"])]

    def __str__(self):
        return f"{self.article_id} @ {self.day}: {self.views}"


class RecentVisit(models.Model):
    """The embedded counter's buffer: one row per visitor and article.

    A beacon is one upsert here: counted when the row is new or its last counted view is
    older than the dedup window; ``pending`` then grows by one. The flush moves
    ``pending`` into the totals and sets it to 0; rows past the window are deleted.
    """

    visitor = models.CharField(max_length=32)
    article = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="+")
    counted_at = models.DateTimeField()
    pending = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["visitor", "article"], name="one_row_per_visitor"),
        ]
        indexes = [
            models.Index(
                fields=["article"], condition=models.Q(pending__gt=0), name="pending_views"
            ),
            models.Index(fields=["counted_at"]),
        ]

    def __str__(self):
        return f"{self.visitor[:8]}… on {self.article_id}: {self.pending} pending"


class VisitorSalt(models.Model):
    """The random salt of one day's visitor hashes; deleted after two days, so a hash
    cannot be linked to an address afterwards, nor to the same visitor on another day."""

    day = models.DateField(primary_key=True)
    salt = models.CharField(max_length=64)

    def __str__(self):
        return f"salt of {self.day}"


class FlushBatch(models.Model):
    """A Redis batch already folded into the database (exactly-once flushing)."""

    token = models.CharField(max_length=64, primary_key=True)
    flushed_at = models.DateTimeField()

    def __str__(self):
        return self.token


class Trending(models.Model):
    """Popular Now and the week's most viewed, kept up to date as views are folded.

    One row per story with a view in the last 7 days. ``score`` is the decayed sum of its
    views in the Popular Now window, expressed at ``TrendingState.epoch`` (a view of hour
    h adds 2^((h - epoch) / half-life)); every story's score decays by the same factor as
    time passes, so the order never needs recomputing. ``recent`` and ``week`` are plain
    view counts of the window and of the last 7 days. See ``trending.py``.
    """

    article = models.OneToOneField(
        "newsroom.Article", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    section_id = models.IntegerField()  # a copy of the article's, for the per-section lists
    score = models.FloatField(default=0.0)
    recent = models.PositiveIntegerField(default=0)
    week = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [
            # Each list reads the first rows of one index, ties broken by the newer story.
            models.Index(fields=["-score", "-article"], name="trending_score"),
            models.Index(fields=["section_id", "-score", "-article"], name="trending_sect_score"),
            models.Index(fields=["-week", "-article"], name="trending_week"),
            models.Index(fields=["section_id", "-week", "-article"], name="trending_sect_week"),
        ]

    def __str__(self):
        return f"{self.article_id}: {self.recent} recent, {self.week} this week"


class TrendingState(models.Model):
    """The one row saying what ``Trending`` holds: the hour its scores are expressed at
    and the first hour still inside each window (older hours have been subtracted)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    epoch = models.DateTimeField()
    recent_from = models.DateTimeField()
    week_from = models.DateTimeField()

    def __str__(self):
        return f"trending at {self.epoch:%Y-%m-%d %H}h"


class CoRead(models.Model):
    """How many readers read both stories of a pair on one day (UTC), ``article_a <
    article_b``. Counted at flush time from the visitor-hash buffer; no visitor is kept,
    and days older than ``MASTHEAD_RELATED_CO_READ_DAYS`` are deleted."""

    article_a = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="+")
    article_b = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    readers = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article_a", "article_b", "day"], name="one_pair_a_day"
            ),
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.article_a_id} & {self.article_b_id} @ {self.day}: {self.readers}"
