"""Cache invalidation: any change to what readers see bumps the content version."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from . import cache
from .models import Article, Author, Byline, Correction, MustRead, Section, Tag

WATCHED = (Article, Author, Byline, Correction, MustRead, Section, Tag)


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, **kwargs):
    if sender in WATCHED:
        cache.bump()


@receiver(m2m_changed, sender=Article.tags.through)
def tags_changed(sender, **kwargs):
    cache.bump()
