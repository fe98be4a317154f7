"""Related stories: shared tags first (most shared, newest), then the same section."""

from django.db.models import Count

from masthead.newsroom.cache import cached
from masthead.newsroom.models import Article

POOL = 30


def _candidates(article_id, section_id, tag_ids):
    published = Article.objects.published().exclude(pk=article_id)
    ids = []
    if tag_ids:
        ids = list(
            published.filter(tags__in=tag_ids)
            .annotate(shared=Count("tags"))
            .order_by("-shared", "-publish_at", "-id")
            .values_list("id", flat=True)[:POOL]
        )
    if len(ids) < POOL:
        ids += list(
            published.filter(section_id=section_id)
            .exclude(pk__in=ids)
            .order_by("-publish_at", "-id")
            .values_list("id", flat=True)[: POOL - len(ids)]
        )
    return ids


def related(article, exclude=(), limit=5):
    """Ids of up to ``limit`` stories related to ``article``, none of them in ``exclude``."""
    tag_ids = sorted(t.pk for t in article.tags.all())
    pool = cached(
        f"related:{article.pk}",
        lambda: _candidates(article.pk, article.section_id, tag_ids),
    )
    excluded = set(exclude) | {article.pk}
    return [pk for pk in pool if pk not in excluded][:limit]
