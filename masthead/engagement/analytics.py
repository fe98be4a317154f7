"""Newsroom analytics for the desk: an article's last 30 days, its rank today, top stories.

Days are UTC days, whatever ``TIME_ZONE`` says, like the hourly buckets they are built
from. Recent days come from ``HourlyViews``; days older than the hourly retention from
``DailyViews``. The roll-up *moves* buckets in one transaction, so adding both tables up
never counts a view twice.

Every function here runs a fixed number of aggregate queries whatever the number of
articles or buckets: the desk pages built on them have a query budget.
"""

import csv
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.db.models.functions import TruncDate
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header

from masthead.newsroom.models import Article

from .api import with_views
from .models import DailyViews, HourlyViews

CHART_DAYS = 30
PERIODS = {"today": ("Today", 1), "7d": ("7 days", 7), "30d": ("30 days", 30)}
TOP_LIMIT = 100

# Fields a table row needs: headline, links (status, dates, slugs), section name.
ROW_FIELDS = [
    "id", "headline", "slug", "status", "publish_at", "created_at",
    "section__name", "section__slug",
]  # fmt: skip


def today_utc(now=None):
    return (now or timezone.now()).astimezone(UTC).date()


def start_of(day):
    """The first moment of a UTC day."""
    return datetime.combine(day, time.min, tzinfo=UTC)


def first_day(days, now=None):
    """The first UTC day of a period of ``days`` days ending today (today included)."""
    return today_utc(now) - timedelta(days=days - 1)


def _rolled_up_before(now=None):
    """Days before this one may have been rolled up into ``DailyViews``."""
    return today_utc(now) - timedelta(days=settings.MASTHEAD_HOURLY_RETENTION_DAYS)


# --- one article ---------------------------------------------------------------------
def daily_views(article_id, days=CHART_DAYS, now=None):
    """``[(day, views)]`` for the last ``days`` UTC days, oldest first, today last.

    Two queries on the article's own rows only: its hourly buckets summed per UTC day,
    and its daily buckets (days the roll-up already moved)."""
    first = first_day(days, now)
    per_day = Counter()
    hourly = (
        HourlyViews.objects.filter(article_id=article_id, hour__gte=start_of(first))
        .annotate(day=TruncDate("hour", tzinfo=UTC))
        .values("day")
        .annotate(views=Sum("views"))
        .values_list("day", "views")
    )
    per_day.update(dict(hourly))
    daily = DailyViews.objects.filter(article_id=article_id, day__gte=first)
    for day, views in daily.values_list("day", "views"):
        per_day[day] += views
    return [(first + timedelta(days=i), per_day[first + timedelta(days=i)]) for i in range(days)]


@dataclass(frozen=True)
class Rank:
    views: int  # the article's views today
    rank: int | None  # 1 for the most read; None when it was not read today
    of: int  # how many stories were read today


def rank_today(article_id, now=None):
    """Where the article stands among every story read today (UTC), by today's views.

    Ties go to the newer story (the higher id), as in the top-stories table, so the rank
    shown on an article's page is its row in that table. Two aggregate queries."""
    today = HourlyViews.objects.filter(hour__gte=start_of(today_utc(now)))
    mine = today.filter(article_id=article_id).aggregate(v=Sum("views"))["v"] or 0
    per_article = today.values("article_id").annotate(v=Sum("views")).filter(v__gt=0)
    ahead = Q(v__gt=mine) | Q(v=mine, article_id__gt=article_id)
    counts = per_article.aggregate(of=Count("article_id"), ahead=Count("article_id", filter=ahead))
    return Rank(views=mine, rank=counts["ahead"] + 1 if mine else None, of=counts["of"])


# --- top stories ---------------------------------------------------------------------
@dataclass(frozen=True)
class Row:
    rank: int
    article: Article  # with ``views``: its folded total
    views: int  # in the period


def _ranked(period_days, section_id, limit, now):
    """``[(article_id, views)]``, most viewed first (ties: newer story first)."""
    first = first_day(period_days, now)
    hourly = HourlyViews.objects.filter(hour__gte=start_of(first))
    if section_id is not None:
        hourly = hourly.filter(article__section_id=section_id)
    per_article = hourly.values("article_id").annotate(v=Sum("views")).filter(v__gt=0)
    if first >= _rolled_up_before(now):
        # The whole period is still in hourly buckets (always so with the default
        # 30-day retention): the database ranks and cuts.
        return list(
            per_article.order_by("-v", "-article_id").values_list("article_id", "v")[:limit]
        )
    # A retention shorter than the period: add the rolled-up days, rank in Python.
    totals = Counter(dict(per_article.values_list("article_id", "v")))
    daily = DailyViews.objects.filter(day__gte=first)
    if section_id is not None:
        daily = daily.filter(article__section_id=section_id)
    totals.update(
        dict(daily.values("article_id").annotate(v=Sum("views")).values_list("article_id", "v"))
    )
    return sorted(totals.items(), key=lambda pair: (-pair[1], -pair[0]))[:limit]


def top_stories(period="today", section=None, limit=TOP_LIMIT, now=None):
    """The most viewed stories of a period (a key of ``PERIODS``), overall or in a section.

    Returns ``[Row]``, best first. Two queries whatever the number of stories: one ranks
    the buckets, one fetches the articles (light fields, folded total annotated)."""
    _, days = PERIODS[period]
    ranked = _ranked(days, getattr(section, "pk", section), limit, now)
    ids = [pk for pk, _ in ranked]
    articles = with_views(Article.objects.filter(pk__in=ids).select_related("section"))
    by_id = {a.pk: a for a in articles.only(*ROW_FIELDS).order_by()}
    rows = [(by_id.get(pk), views) for pk, views in ranked]
    return [Row(rank, a, views) for rank, (a, views) in enumerate(rows, 1) if a is not None]


def section_totals_today(sections, now=None):
    """``[(section, views today)]`` for every given section, most read first. One query."""
    per_section = dict(
        HourlyViews.objects.filter(hour__gte=start_of(today_utc(now)))
        .values("article__section_id")
        .annotate(v=Sum("views"))
        .values_list("article__section_id", "v")
    )
    totals = [(section, per_section.get(section.pk, 0)) for section in sections]
    return sorted(totals, key=lambda pair: -pair[1])  # stable: ties keep section order


# --- CSV -----------------------------------------------------------------------------
# A spreadsheet runs a cell starting with one of these as a formula (CSV injection,
# https://owasp.org/www-community/attacks/CSV_Injection): a quote makes it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(rows, filename, absolute_url):
    """Top stories as a CSV download, UTF-8 with a byte-order mark.

    The BOM makes Excel read Korean (any non-Latin) headlines as UTF-8; other readers
    skip it. ``absolute_url(path)`` turns a path into a full URL."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        ["rank", "article id", "headline", "section", "views in period", "total views", "url"]
    )
    for row in rows:
        article = row.article
        url = absolute_url(article.get_absolute_url()) if article.is_published else ""
        cells = [row.rank, article.pk, article.headline, article.section.name, row.views]
        writer.writerow([safe_cell(cell) for cell in [*cells, article.views, url]])
    return response


# --- chart ---------------------------------------------------------------------------
CHART_WIDTH, CHART_HEIGHT = 720, 240
PLOT_LEFT, PLOT_RIGHT, PLOT_TOP, PLOT_BOTTOM = 48, 8, 12, 28


def _nice_step(peak, ticks=5):
    """A round gridline step (1, 2 or 5 × 10^k) giving at most ``ticks`` steps to the peak."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if peak <= factor * step * ticks:
                return factor * step
        step *= 10


def _short_day(day):
    return f"{day:%b} {day.day}"


def bar_chart(points):
    """The geometry of a bar chart of ``[(day, views)]``, drawn by an SVG template.

    Returns a dict: ``width``/``height`` (the viewBox), ``bars`` (x, y, w, h, day, views,
    label), ``gridlines`` (y, value), ``day_labels`` (x, text, one a week counting back
    from today), ``baseline`` (y) and the numbers a text description needs."""
    peak = max((views for _, views in points), default=0)
    step = _nice_step(peak) if peak else 1
    top = step * max(1, -(-peak // step))  # ceiling
    plot_w = CHART_WIDTH - PLOT_LEFT - PLOT_RIGHT
    plot_h = CHART_HEIGHT - PLOT_TOP - PLOT_BOTTOM
    baseline = PLOT_TOP + plot_h
    slot = plot_w / max(1, len(points))
    bars = []
    for i, (day, views) in enumerate(points):
        h = plot_h * views / top
        bars.append(
            {
                "x": round(PLOT_LEFT + i * slot + slot * 0.15, 1),
                "w": round(slot * 0.7, 1),
                "y": round(baseline - h, 1),
                "h": round(h, 1),
                "day": day,
                "views": views,
                "label": f"{_short_day(day)}: {views:,} views",
            }
        )
    gridlines = [
        {"y": round(baseline - plot_h * value / top, 1), "value": value}
        for value in range(0, top + 1, step)
    ]
    last = len(points) - 1
    day_labels = [
        {"x": round(PLOT_LEFT + i * slot + slot / 2, 1), "text": _short_day(points[i][0])}
        for i in range(last, -1, -7)
    ]
    best_day, best = max(reversed(points), key=lambda p: p[1]) if points else (None, 0)
    return {
        "width": CHART_WIDTH,
        "height": CHART_HEIGHT,
        "left": PLOT_LEFT,
        "right": CHART_WIDTH - PLOT_RIGHT,
        "baseline": baseline,
        "bars": bars,
        "gridlines": gridlines,
        "day_labels": day_labels,
        "first": points[0][0] if points else None,
        "last": points[-1][0] if points else None,
        "sum": sum(views for _, views in points),
        "peak": best,
        "peak_day": best_day,
    }


def filename_for(period, section, now=None):
    """``top-stories-7d-asia-2026-11-27.csv``."""
    parts = ["top-stories", period, section.slug if section else "all", str(today_utc(now))]
    return "-".join(parts) + ".csv"
