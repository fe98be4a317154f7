"""Related stories' function API: ``related(article, exclude=ids, limit=5)``.

The only way a page gets "You May Also Like". One query reads the story's stored
candidates joined with their stories, and only published ones are kept (so a withdrawn or
unpublished story is never recommended, whatever the index still holds); ``ranking.rank``
orders them.
A list the candidates cannot fill is topped up with the newest stories of the section.
"""

from django.conf import settings
from django.db.models import F
from django.utils import timezone

from masthead.lib.compiled import Compiled
from masthead.newsroom import queries
from masthead.newsroom.models import Article

from .ranking import Candidate, rank

DAY = 86_400.0

# The candidates of story ``pk`` as stories, with their pair's figures; the SQL is built
# once per process (masthead/lib/compiled.py): building it cost more than running it.
_CANDIDATES = Compiled(
    Article,
    lambda pk: (
        Article.objects.filter(recommended_beside__article_id=pk)
        .annotate(
            similarity=F("recommended_beside__similarity"),
            co_readers=F("recommended_beside__co_readers"),
        )
        .only("status", "publish_at", "section_id")
        .order_by()  # unsorted: ranking orders them
    ),
    [-7_000_001],  # an id no story has
)


def related(article, exclude=(), limit=5):
    """Ids of up to ``limit`` stories related to ``article``, none of them in ``exclude``."""
    now = timezone.now()
    # A story's 20-30 candidate rows joined to their stories by primary key; the published
    # ones are kept here (``Article.visible``, the Python twin of ``published()``),
    # as ``queries.curated_must_read_ids`` does: with the condition in SQL, SQLite walks
    # the published-stories index (25 ms at 100,000 stories) instead of these rows.
    # Read as rows, not stories: 20-30 model instances a page cost more than the query.
    candidates = [
        Candidate(
            id=row.id,
            section=row.section_id,
            similarity=row.similarity,
            co_readers=row.co_readers,
            age_days=(now - row.publish_at).total_seconds() / DAY,
        )
        for row in _CANDIDATES.rows(article.pk)
        if Article.visible(row.status, row.publish_at, now)
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
