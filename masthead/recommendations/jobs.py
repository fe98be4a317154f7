"""The related index's periodic job, run by ``masthead worker`` after each view flush."""

import time

from django.db.models import Exists, OuterRef
from django.utils import timezone

from masthead.newsroom import cache
from masthead.newsroom.models import Article

from . import index
from .models import RelatedModel, RelatedVector

CATCH_UP_SECONDS = 60
REBUILD_WHEN_MISSING = 5000  # more unindexed stories than this: a rebuild is faster
_last_catch_up = 0.0


def unindexed_ids(limit):
    """Published stories with no vector (bulk-inserted ones, e.g. by ``masthead demo``)."""
    vector = RelatedVector.objects.filter(article=OuterRef("pk"))
    return list(
        Article.objects.published()
        .filter(~Exists(vector))
        .order_by("id")
        .values_list("id", flat=True)[:limit]
    )


def update_related(now=None):
    """Process the due queue; now and then index stories that no save announced."""
    global _last_catch_up
    now = now or timezone.now()
    result = index.process_queue(now)
    if not result["rebuilt"] and time.monotonic() - _last_catch_up > CATCH_UP_SECONDS:
        _last_catch_up = time.monotonic()
        missing = unindexed_ids(REBUILD_WHEN_MISSING + 1)
        if len(missing) > REBUILD_WHEN_MISSING or (missing and not RelatedVector.objects.exists()):
            result["rebuilt"] = index.rebuild()["stories"]
        elif missing and RelatedModel.objects.filter(id=1).exists():
            index.enqueue(missing)
            result["updated"] += index.process_queue(now)["updated"]
    if result["rebuilt"] or result["updated"]:
        cache.bump()  # the page lists read candidates: recompute them
    return result
