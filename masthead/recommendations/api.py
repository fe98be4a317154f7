"""Related stories: shared tags first (most shared, newest), then the same section, then
the newest stories (so a small newsroom still fills the list)."""

from django.db.models import Count

from masthead.newsroom import queries
from masthead.newsroom.cache import cached
from masthead.newsroom.models import Article

POOL = queries.POOL


def _candidates(article):
    tag_ids = [tag.pk for tag in article.tags.all()]  # prefetched by the page
    ids = list(
        Article.objects.published()
        .exclude(pk=article.pk)
        .filter(tags__in=tag_ids)
        .annotate(shared=Count("tags"))
        .order_by("-shared", "-publish_at", "-id")
        .values_list("id", flat=True)[:POOL]
    )
    for fill in (
        lambda: queries.latest_ids(section=article.section_id),
        lambda: queries.latest_ids(),
    ):
        if len(ids) >= POOL:
            break
        seen = set(ids) | {article.pk}
        ids += [pk for pk in fill() if pk not in seen][: POOL - len(ids)]
    return ids


def related(article, exclude=(), limit=5):
    """Ids of up to ``limit`` stories related to ``article``, none of them in ``exclude``."""
    pool = cached(f"related:{article.pk}", lambda: _candidates(article))
    excluded = set(exclude) | {article.pk}
    return [pk for pk in pool if pk not in excluded][:limit]
