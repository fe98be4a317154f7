"""The related-stories index: term statistics, one vector and 20 candidates per story.

``RelatedCandidate`` is all the article page reads: one query joins a story's stored
candidates with ``Article.objects.published()``, so a withdrawn story drops out of every
list at once, before any job has run. Everything else here serves the background job that
keeps the candidates up to date (``index.py``).
"""

from django.db import models


class RelatedModel(models.Model):
    """The one row holding the term statistics (document frequencies) of the last full
    rebuild, and a sequence number that grows with every change to the index."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    stats = models.BinaryField()
    fitted_at = models.DateTimeField()
    seq = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return f"related index fitted {self.fitted_at:%Y-%m-%d %H:%M}"


class RelatedVector(models.Model):
    """One story's pruned term vector (float32 weights and int32 feature numbers)."""

    article = models.OneToOneField(
        "newsroom.Article", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    features = models.BinaryField()
    weights = models.BinaryField()
    floor = models.FloatField(default=0.0)  # the weakest stored candidate; 0 with room left
    seq = models.PositiveBigIntegerField(default=0, db_index=True)

    def __str__(self):
        return f"vector of {self.article_id}"


class RelatedCandidate(models.Model):
    """A story worth recommending beside another: its text similarity (top 20 kept per
    story) and, once readers exist, how many read both (pairs under the minimum support
    are never stored)."""

    article = models.ForeignKey("newsroom.Article", on_delete=models.CASCADE, related_name="+")
    candidate = models.ForeignKey(
        "newsroom.Article", on_delete=models.CASCADE, related_name="recommended_beside"
    )
    similarity = models.FloatField(default=0.0)
    co_readers = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["article", "candidate"], name="one_candidate_pair"),
        ]

    def __str__(self):
        return f"{self.candidate_id} beside {self.article_id}: {self.similarity:.3f}"


class RelatedQueue(models.Model):
    """A story whose candidates must be recomputed, from ``due_at`` on (a scheduled story
    is due at its publish time). Filled on save; emptied by the worker."""

    article_id = models.BigIntegerField(primary_key=True)  # no FK: a deleted story is due too
    due_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"{self.article_id} due {self.due_at:%Y-%m-%d %H:%M}"
