"""Cache invalidation: any change to what readers see bumps the content version."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import Signal, receiver

from . import cache
from .models import Article, Author, Byline, Correction, MustRead, Section, Tag

# Sent after content was written in bulk (bulk_create sends no post_save), so that other
# apps can rebuild what they derive from it (the search index).
content_loaded = Signal()

WATCHED = (Article, Author, Byline, Correction, MustRead, Section, Tag)


def content_changed(sender, **kwargs):
    cache.bump()


# Connected per model: a receiver for every sender would also switch off Django's fast
# delete path for every model in the project.
for model in WATCHED:
    post_save.connect(content_changed, sender=model, dispatch_uid=f"bump-{model.__name__}")
    post_delete.connect(content_changed, sender=model, dispatch_uid=f"bump-d-{model.__name__}")


@receiver(m2m_changed, sender=Article.tags.through)
def tags_changed(sender, **kwargs):
    cache.bump()
