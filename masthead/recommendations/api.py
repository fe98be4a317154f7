"""Related stories' function API: ``related(article, exclude=ids, limit=5)``.

The only way a page gets "You May Also Like". One query reads the story's stored
candidates joined with ``Article.objects.published()`` (so a withdrawn or unpublished
story is never recommended, whatever the index still holds); ``ranking.rank`` orders them.
A list the candidates cannot fill is topped up with the newest stories of the section.
"""

from django.conf import settings
from django.utils import timezone

from masthead.newsroom import queries
from masthead.newsroom.models import Article

from .ranking import Candidate, rank

DAY = 86_400.0


def related(article, exclude=(), limit=5):
    """Ids of up to ``limit`` stories related to ``article``, none of them in ``exclude``."""
    now = timezone.now()
    rows = (
        Article.objects.published(now)
        .filter(recommended_beside__article=article.pk)
        .values_list(
            "id",
            "section_id",
            "publish_at",
            "recommended_beside__similarity",
            "recommended_beside__co_readers",
        )
    )
    candidates = [
        Candidate(
            id=pk,
            section=section,
            similarity=similarity,
            co_readers=co_readers,
            age_days=(now - publish_at).total_seconds() / DAY,
        )
        for pk, section, publish_at, similarity, co_readers in rows
    ]
    excluded = set(exclude) | {article.pk}
    ids = rank(
        candidates,
        limit=limit,
        exclude=excluded,
        half_life_days=settings.MASTHEAD_RELATED_HALF_LIFE_DAYS,
        min_readers=settings.MASTHEAD_RELATED_MIN_CO_READERS,
    )
    if len(ids) < limit:
        # Not indexed yet (the seconds between publication and the worker's run), or a
        # small newsroom whose other lists took the candidates: the newest stories of the
        # section, then of the site, from lists the page has cached already.
        taken = excluded | set(ids)
        pool = queries.latest_ids(section=article.section_id) + queries.latest_ids()
        ids += list(dict.fromkeys(pk for pk in pool if pk not in taken))[: limit - len(ids)]
    return ids
