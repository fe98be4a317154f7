"""The related index's periodic job, run by ``masthead worker`` after each view flush."""

import time

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from masthead.engagement import api as engagement
from masthead.newsroom import cache
from masthead.newsroom.models import Article

from . import index
from .models import RelatedCandidate, RelatedModel, RelatedVector

CATCH_UP_SECONDS = 60
CO_READ_SECONDS = 300  # co-reading moves slowly: read the day counts every five minutes
REBUILD_WHEN_MISSING = 5000  # more unindexed stories than this: a rebuild is faster
_last_catch_up = 0.0
_last_co_read = 0.0


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
    global _last_catch_up, _last_co_read
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
    result["co_read"] = 0
    if time.monotonic() - _last_co_read > CO_READ_SECONDS:
        _last_co_read = time.monotonic()
        result["co_read"] = refresh_co_reads()
    if result["rebuilt"] or result["updated"] or result["co_read"]:
        cache.bump()  # the page lists read candidates: recompute them
    return result


def refresh_co_reads():
    """Copy engagement's co-reading pairs (minimum support applied there) onto the
    candidates, both ways. Returns how many candidate rows changed."""
    pairs = engagement.co_reads(settings.MASTHEAD_RELATED_MIN_CO_READERS)
    wanted = {}
    for a, b, readers in pairs:
        wanted[(a, b)] = wanted[(b, a)] = readers
    with transaction.atomic():
        stored = {
            (a, c): n
            for a, c, n in RelatedCandidate.objects.filter(co_readers__gt=0).values_list(
                "article_id", "candidate_id", "co_readers"
            )
        }
        if stored == wanted:
            return 0
        # One upsert for every pair whose count changed, those gone included (to 0).
        changed = {
            pair: wanted.get(pair, 0)
            for pair in stored.keys() | wanted.keys()
            if stored.get(pair) != wanted.get(pair)
        }
        RelatedCandidate.objects.bulk_create(
            [
                RelatedCandidate(article_id=a, candidate_id=c, co_readers=n)
                for (a, c), n in changed.items()
            ],
            update_conflicts=True,
            unique_fields=["article", "candidate"],
            update_fields=["co_readers"],
            batch_size=1000,
        )
        RelatedCandidate.objects.filter(co_readers=0, similarity=0).delete()
    return len(changed)
