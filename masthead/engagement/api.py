"""Engagement's function API. Returns article ids; the page fetches what it shows.

- ``popular(section=None, limit=5)``: Popular Now, a decayed sum of recent hourly views.
- ``most_viewed(days=7, section=None, limit=20)``: the most views over the last days.
- ``rankings(section=None, limit=30)``: both at once, with their scores and counts.
- ``views_for(article_id)``: the exact current count (pending views included).
- ``with_views(queryset)``: annotate folded totals onto articles in the same query.
- ``co_reads(min_readers)``: pairs of stories read together, with their reader counts.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import (
    Case,
    F,
    FloatField,
    OuterRef,
    Q,
    Subquery,
    Sum,
    Value,
    When,
    Window,
)
from django.db.models.functions import Coalesce, RowNumber
from django.utils import timezone

from masthead.newsroom.cache import cached
from masthead.newsroom.models import Article

from . import trending
from .counters import get_counter, hour_of
from .models import HourlyViews, ViewTotal

POPULAR_CACHE_SECONDS = 60


def views_for(article_id):
    """The exact current count of one article, views not yet folded included."""
    return get_counter().current(article_id)


def with_views(articles):
    """Annotate a queryset of articles with ``views`` (their folded total) in one query."""
    total = ViewTotal.objects.filter(article=OuterRef("pk")).values("views")[:1]
    return articles.annotate(views=Coalesce(Subquery(total), 0))


def _recent_buckets(since, section):
    """Hourly buckets since ``since`` of stories readers can see (optionally one section)."""
    now = timezone.now()
    buckets = HourlyViews.objects.filter(
        hour__gte=since,
        article__status__in=Article.LIVE,
        article__publish_at__lte=now,
    )
    if section is not None:
        buckets = buckets.filter(article__section_id=section)
    return buckets


def decay_weights(now=None):
    """{bucket hour: weight}: 2^(-age / half-life), age in whole hours from the current one."""
    current = hour_of(now or timezone.now())
    half_life = settings.MASTHEAD_POPULAR_HALF_LIFE_HOURS
    return {
        current - timedelta(hours=age): 2 ** (-age / half_life)
        for age in range(settings.MASTHEAD_POPULAR_WINDOW_HOURS)
    }


def _weight(weights):
    return Case(
        *[When(hour=hour, then=Value(w)) for hour, w in weights.items()],
        default=Value(0.0),
        output_field=FloatField(),
    )


def rankings(section=None, limit=30, now=None):
    """Popular Now and the most viewed of the last 7 days.

    Returns ``{"popular": [(id, score)], "most_viewed": [(id, views)]}``, each best first
    and at most ``limit`` long. Popular Now's score sums the hourly views of the last 48
    hours, each hour weighted 2^(-age / half-life) (age in whole hours, 0 for the current
    one). Read from the table ``trending.py`` keeps up to date as views are folded: two
    short index reads, whatever the size of the archive."""
    result = trending.top(section, limit, now)
    result["popular"] = trending.scores_now(result["popular"], now)
    return result


def rankings_from_buckets(section=None, limit=30, days=7, now=None):
    """``rankings()`` computed from the hourly buckets in one query (the definition the
    table must agree with; the tests compare them). Reads every bucket of the week: too
    slow for a page at scale (docs/benchmarks.md)."""
    now = now or timezone.now()
    weights = decay_weights(now)
    since = min(min(weights), hour_of(now) - timedelta(days=days))
    rows = (
        _recent_buckets(since, section)
        .values("article_id")
        .annotate(
            score=Sum(F("views") * _weight(weights), output_field=FloatField()),
            total=Sum("views"),
        )
        .annotate(
            by_score=Window(RowNumber(), order_by=[F("score").desc(), F("article_id").desc()]),
            by_total=Window(RowNumber(), order_by=[F("total").desc(), F("article_id").desc()]),
        )
        .filter(Q(by_score__lte=limit) | Q(by_total__lte=limit))
        .values_list("article_id", "score", "total", "by_score", "by_total")
    )
    rows = list(rows)
    popular = sorted((r for r in rows if r[3] <= limit and r[1] > 0), key=lambda r: r[3])
    viewed = sorted((r for r in rows if r[4] <= limit and r[2] > 0), key=lambda r: r[4])
    return {
        "popular": [(r[0], r[1]) for r in popular],
        "most_viewed": [(r[0], r[2]) for r in viewed],
    }


POOL = 30


def _cached_rankings(section):
    # Only ids are needed here: the stored scores order them already.
    return cached(f"rankings:{section}", lambda: trending.top(section, POOL), POPULAR_CACHE_SECONDS)


def popular(section=None, limit=5):
    """Popular Now: ids of the stories with the best decayed score (cached 60 s)."""
    if limit <= POOL:
        return [pk for pk, _ in _cached_rankings(section)["popular"][:limit]]
    return [pk for pk, _ in trending.top(section, limit)["popular"]]


def most_viewed(days=7, section=None, limit=20):
    """Ids of the most viewed stories over the last ``days`` days (cached 60 s)."""
    if days == 7 and limit <= POOL:
        return [pk for pk, _ in _cached_rankings(section)["most_viewed"][:limit]]

    def compute():
        since = hour_of(timezone.now()) - timedelta(days=days)
        return list(
            _recent_buckets(since, section)
            .values("article_id")
            .annotate(total=Sum("views"))
            .order_by("-total", "-article_id")
            .values_list("article_id", flat=True)[:limit]
        )

    return cached(f"most-viewed:{days}:{section}:{limit}", compute, POPULAR_CACHE_SECONDS)


def co_reads(min_readers, days=None):
    """``[(article_a, article_b, readers)]`` of pairs read together by at least
    ``min_readers`` readers over the kept days (counted at flush time, no visitor kept)."""
    from .models import CoRead

    days = days or settings.MASTHEAD_RELATED_CO_READ_DAYS
    since = (timezone.now() - timedelta(days=days)).date()
    return list(
        CoRead.objects.filter(day__gte=since)
        .values_list("article_a", "article_b")
        .annotate(n=Sum("readers"))
        .filter(n__gte=min_readers)
        .order_by("article_a", "article_b")
    )
