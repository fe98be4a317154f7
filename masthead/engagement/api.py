"""Engagement's function API. Returns article ids; the page fetches what it shows."""

from datetime import timedelta

from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from masthead.newsroom.cache import cached
from masthead.newsroom.models import Article

from .models import ViewTotal

POPULAR_DAYS = 7


def views_for(article_id):
    """The stored view total of one article (0 if it has none yet)."""
    return (
        ViewTotal.objects.filter(article_id=article_id).values_list("views", flat=True).first() or 0
    )


def with_views(articles):
    """Annotate a queryset of articles with ``views`` (their total) in the same query."""
    total = ViewTotal.objects.filter(article=OuterRef("pk")).values("views")[:1]
    return articles.annotate(views=Coalesce(Subquery(total), 0))


def most_viewed(days=7, section=None, limit=20):
    """Ids of the most viewed articles published in the last ``days`` days."""

    def compute():
        since = timezone.now() - timedelta(days=days)
        articles = Article.objects.published().filter(publish_at__gte=since)
        if section is not None:
            articles = articles.filter(section=section)
        return list(
            ViewTotal.objects.filter(article__in=articles, views__gt=0)
            .order_by("-views", "-article_id")
            .values_list("article_id", flat=True)[:limit]
        )

    return cached(f"most-viewed:{days}:{section}:{limit}", compute)


def popular(section=None, limit=5):
    """Popular Now: until hourly counts exist, the most viewed stories of the last week."""
    return most_viewed(days=POPULAR_DAYS, section=section, limit=limit)
