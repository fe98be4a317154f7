from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete


def _queue(sender, instance, raw=False, **kwargs):
    """A saved story is queued for the worker, at its publish time if that is later."""
    if raw:
        return
    from django.utils import timezone

    from .index import enqueue

    now = timezone.now()
    enqueue([instance.pk], due_at=max(instance.publish_at or now, now))


def _queue_tags(sender, instance, action, reverse=False, pk_set=None, **kwargs):
    if not action.startswith("post_"):
        return
    from .index import enqueue

    enqueue(list(pk_set or ()) if reverse else [instance.pk])


def _queue_neighbours(sender, instance, **kwargs):
    """A deleted story leaves the lists it was in: those stories are recomputed."""
    from .index import enqueue
    from .models import RelatedCandidate

    enqueue(
        RelatedCandidate.objects.filter(candidate=instance.pk)
        .exclude(article=instance.pk)
        .values_list("article_id", flat=True)
    )


class RecommendationsConfig(AppConfig):
    name = "masthead.recommendations"
    verbose_name = "Recommendations"

    def ready(self):
        # The candidates are derived from content: queued on every change, computed by
        # the worker (never in the editor's request).
        post_save.connect(_queue, sender="newsroom.Article", dispatch_uid="related-queue")
        post_delete.connect(_queue, sender="newsroom.Article", dispatch_uid="related-queue-delete")
        pre_delete.connect(
            _queue_neighbours, sender="newsroom.Article", dispatch_uid="related-neighbours"
        )
        from masthead.newsroom.models import Article

        m2m_changed.connect(_queue_tags, sender=Article.tags.through, dispatch_uid="related-tags")
