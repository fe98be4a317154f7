"""Sitemaps (django.contrib.sitemaps) with the aggregate queries written for news scale.

``/sitemap.xml`` is an index: one sitemap of articles per month (split into pages of
50,000 URLs, the protocol's limit, so a million stories still fit), one each for
sections, authors and tags. The index comes from a single grouped query (cached under
the content version) instead of contrib's count-per-sitemap; every ``lastmod`` is
computed in SQL, never by a query per item. ``/news-sitemap.xml`` is Google News's:
stories of the last 48 hours.
"""

import math
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as contrib
from django.db.models import Count, DateTimeField, Max, OuterRef, Subquery
from django.db.models.functions import Greatest, TruncMonth
from django.http import Http404, HttpResponse
from django.template import loader
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from masthead.newsroom.cache import cached
from masthead.newsroom.models import Article, Author, Section, Tag

from .links import absolute, base_url

URLS_PER_FILE = 50_000  # sitemaps.org: at most 50,000 URLs (and 50 MB) per sitemap
NEWS_HOURS = 48  # Google News: stories published in the last two days
NEWS_MAX_URLS = 1_000  # Google News: at most 1,000 URLs per news sitemap
CACHE_SECONDS = 600
XML = "application/xml; charset=utf-8"


def _newest(queryset):
    """Publish time of the newest published story in ``queryset`` (a correlated subquery)."""
    newest = queryset.order_by("-publish_at").values("publish_at")[:1]
    return Subquery(newest, output_field=DateTimeField())


def _last_changed():
    """When a story last changed for readers: its last edit, or its publish time if later
    (a story scheduled last week changes for readers when it goes out)."""
    return Greatest("modified_at", "publish_at")


class SiteSitemap(Sitemap):
    """Absolute URLs on ``MASTHEAD_SITE_URL`` when it is set, else on the request's host."""

    limit = URLS_PER_FILE

    def get_protocol(self, protocol=None):
        if settings.MASTHEAD_SITE_URL:
            return urlsplit(settings.MASTHEAD_SITE_URL).scheme
        return super().get_protocol(protocol)

    def get_domain(self, site=None):
        if settings.MASTHEAD_SITE_URL:
            return urlsplit(settings.MASTHEAD_SITE_URL).netloc
        return super().get_domain(site)

    def lastmod(self, item):
        return item.lastmod


class ArticleSitemap(SiteSitemap):
    """The stories first published in one month (of the newsroom's time zone)."""

    def __init__(self, year, month):
        tz = timezone.get_current_timezone()
        self.start = datetime(year, month, 1, tzinfo=tz)
        self.end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=tz)

    def items(self):
        return (
            Article.objects.published()
            .filter(publish_at__gte=self.start, publish_at__lt=self.end)
            .select_related("section")
            .only("slug", "publish_at", "modified_at", "created_at", "section__slug")
            .annotate(lastmod=_last_changed())
            .order_by("publish_at", "id")
        )


class SectionSitemap(SiteSitemap):
    def items(self):
        newest = _newest(Article.objects.published().filter(section=OuterRef("pk")))
        return Section.objects.annotate(lastmod=newest).filter(lastmod__isnull=False)


class AuthorSitemap(SiteSitemap):
    def items(self):
        newest = _newest(Article.objects.published().filter(bylines__author=OuterRef("pk")))
        return Author.objects.only("slug").annotate(lastmod=newest).filter(lastmod__isnull=False)


class TagSitemap(SiteSitemap):
    def items(self):
        newest = _newest(Article.objects.published().filter(tags=OuterRef("pk")))
        return Tag.objects.annotate(lastmod=newest).filter(lastmod__isnull=False)


LISTINGS = {"sections": SectionSitemap, "authors": AuthorSitemap, "tags": TagSitemap}


def article_months():
    """[(month, stories, last change)], newest month first: one grouped query, cached."""

    def compute():
        rows = (
            Article.objects.published()
            .annotate(month=TruncMonth("publish_at"))
            .values("month")
            .annotate(stories=Count("id"), last=Max(_last_changed()))
            .order_by("-month")
        )
        return [(row["month"], row["stories"], row["last"]) for row in rows]

    return cached("sitemap-months", compute)


def listing_lastmods():
    """{"sections": newest story's publish time, ...}: three small aggregate queries."""

    def compute():
        return {
            name: max((item.lastmod for item in sitemap().items()), default=None)
            for name, sitemap in LISTINGS.items()
        }

    return cached("sitemap-listings", compute)


def _xml(template, context):
    # Rendered without the request: XML needs none of the pages' context processors.
    return HttpResponse(loader.render_to_string(template, context), content_type=XML)


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def index(request):
    entries = []
    for name, last in listing_lastmods().items():
        if last is not None:
            url = reverse("distribution:sitemap-listing", args=[name])
            entries.append(contrib.SitemapIndexItem(absolute(request, url), last))
    for month, stories, last in article_months():
        url = absolute(
            request,
            reverse("distribution:sitemap-articles", args=[f"{month:%Y}", f"{month:%m}"]),
        )
        for page in range(1, math.ceil(stories / URLS_PER_FILE) + 1):
            location = url if page == 1 else f"{url}?p={page}"
            entries.append(contrib.SitemapIndexItem(location, last))
    return _xml("distribution/sitemap_index.xml", {"sitemaps": entries})


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def articles(request, year, month):
    year, month = int(year), int(month)
    if not (1 <= month <= 12 and 1900 < year < 10000):
        raise Http404("No such month.")
    sitemap = ArticleSitemap(year, month)
    if not sitemap.items().exists():
        raise Http404("No stories that month.")
    return contrib.sitemap(
        request,
        {"articles": sitemap},
        section="articles",
        template_name="distribution/sitemap.xml",
        content_type=XML,
    )


@require_safe
@cache_control(public=True, max_age=CACHE_SECONDS)
def listing(request, name):
    if name not in LISTINGS:
        raise Http404("No such sitemap.")
    return contrib.sitemap(
        request,
        {name: LISTINGS[name]()},
        section=name,
        template_name="distribution/sitemap.xml",
        content_type=XML,
    )


@require_safe
@cache_control(public=True, max_age=300)
def news(request):
    """Google News sitemap: what was published in the last 48 hours, newest first."""
    since = timezone.now() - timedelta(hours=NEWS_HOURS)
    stories = (
        Article.objects.published()
        .filter(publish_at__gte=since)
        .select_related("section")
        .only("headline", "slug", "publish_at", "created_at", "section__slug")
        .order_by("-publish_at", "-id")[:NEWS_MAX_URLS]
    )
    context = {
        "stories": [(absolute(request, a.get_absolute_url()), a) for a in stories],
        "site_name": settings.MASTHEAD_SITE_NAME,
        "language": settings.LANGUAGE_CODE.lower(),
    }
    return _xml("distribution/news_sitemap.xml", context)


ROBOTS = """User-agent: *
Disallow: /desk/
Disallow: /_views/
Disallow: /search/
Disallow: /api/

Sitemap: {base}/sitemap.xml
Sitemap: {base}/news-sitemap.xml
"""


@require_safe
@cache_control(public=True, max_age=86400)
def robots(request):
    """Crawlers: stay out of the desk, the view beacon, search results and the API."""
    return HttpResponse(
        ROBOTS.format(base=base_url(request)), content_type="text/plain; charset=utf-8"
    )
