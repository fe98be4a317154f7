"""Newsroom's function API for lists: ids of stories, cheap indexed queries."""

from .models import Article, MustRead, Section


def latest_ids(section=None, limit=20):
    """Newest published stories, optionally of one section (a Section or its id)."""
    articles = Article.objects.published()
    if section is not None:
        articles = articles.filter(section=section)
    return list(articles.order_by("-publish_at", "-id").values_list("id", flat=True)[:limit])


def curated_must_read_ids():
    """Editors' current Must-Reads, in their order, published stories only."""
    return list(
        MustRead.objects.current()
        .filter(article__in=Article.objects.published())
        .order_by("position", "id")
        .values_list("article_id", flat=True)
    )


def sections():
    return list(Section.objects.all())
