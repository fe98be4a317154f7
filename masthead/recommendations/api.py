"""Related stories' function API: ``related(article, exclude=ids, limit=5)``.

The only way a page gets "You May Also Like". One query reads the story's stored
candidates joined with their stories, and only published ones are kept (so a withdrawn or
unpublished story is never recommended, whatever the index still holds); ``ranking.rank``
orders them.
A list the candidates cannot fill is topped up with the newest stories of the section.
"""

from django.conf import settings
from django.utils import timezone

from masthead.newsroom import queries

from .models import RelatedCandidate
from .ranking import Candidate, rank

DAY = 86_400.0


def related(article, exclude=(), limit=5):
    """Ids of up to ``limit`` stories related to ``article``, none of them in ``exclude``."""
    now = timezone.now()
    # A story's 20-30 candidate rows joined to their stories by primary key; the published
    # ones are kept here (``Article.is_published``, the Python twin of ``published()``),
    # as ``queries.curated_must_read_ids`` does: with the condition in SQL, SQLite walks
    # the published-stories index (25 ms at 100,000 stories) instead of these rows.
    rows = (
        RelatedCandidate.objects.filter(article_id=article.pk)
        .select_related("candidate")
        .only(
            "similarity",
            "co_readers",
            "candidate__status",
            "candidate__publish_at",
            "candidate__section_id",
        )
    )
    candidates = [
        Candidate(
            id=row.candidate_id,
            section=row.candidate.section_id,
            similarity=row.similarity,
            co_readers=row.co_readers,
            age_days=(now - row.candidate.publish_at).total_seconds() / DAY,
        )
        for row in rows
        if row.candidate.is_published
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
