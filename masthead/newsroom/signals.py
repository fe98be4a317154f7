"""Cache invalidation: any change to what readers see bumps the content version."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import Signal, receiver

from . import cache, pagecache
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


# --- whole pages (pagecache.py): drop exactly the pages that show what changed ----------


@receiver(pre_save, sender=Article, dispatch_uid="pages-article-before")
def remember_where_it_was(sender, instance, raw=False, **kwargs):
    """The story's address and section before this save: a moved story's old page goes."""
    instance._previous = None
    if instance.pk and not raw:
        instance._previous = (
            Article.objects.select_related("section").filter(pk=instance.pk).first()
        )


@receiver(post_save, sender=Article, dispatch_uid="pages-article")
@receiver(post_delete, sender=Article, dispatch_uid="pages-article-d")
def article_pages(sender, instance, raw=False, **kwargs):
    if raw:
        return
    before = getattr(instance, "_previous", None)
    pagecache.drop(
        pagecache.paths_for_article(
            instance,
            previous_url=before.get_absolute_url() if before else None,
            previous_section=before.section if before else None,
        )
    )


@receiver(post_save, sender=Byline, dispatch_uid="pages-byline")
@receiver(post_delete, sender=Byline, dispatch_uid="pages-byline-d")
@receiver(post_save, sender=Correction, dispatch_uid="pages-correction")
@receiver(post_delete, sender=Correction, dispatch_uid="pages-correction-d")
def part_of_a_story_pages(sender, instance, raw=False, **kwargs):
    if raw:
        return
    paths = {instance.article.get_absolute_url()}
    if sender is Byline:
        paths.add(instance.author.get_absolute_url())
    pagecache.drop(paths)


@receiver(m2m_changed, sender=Article.tags.through, dispatch_uid="pages-tags")
def tag_pages(sender, instance, action, pk_set, **kwargs):
    if not isinstance(instance, Article):
        return
    if action == "pre_clear":  # the tags are gone afterwards: name their pages now
        pk_set = set(instance.tags.values_list("pk", flat=True))
    elif action not in ("post_add", "post_remove"):
        return
    paths = {instance.get_absolute_url()}
    paths.update(t.get_absolute_url() for t in Tag.objects.filter(pk__in=pk_set or ()))
    pagecache.drop(paths)


@receiver(post_save, sender=Section, dispatch_uid="pages-section")
@receiver(post_delete, sender=Section, dispatch_uid="pages-section-d")
@receiver(post_save, sender=Author, dispatch_uid="pages-author")
@receiver(post_delete, sender=Author, dispatch_uid="pages-author-d")
@receiver(post_save, sender=Tag, dispatch_uid="pages-tag")
@receiver(post_delete, sender=Tag, dispatch_uid="pages-tag-d")
def named_pages(sender, instance, raw=False, **kwargs):
    """A section, author or tag page; home too (its navigation names the sections)."""
    if not raw:
        pagecache.drop({"/", instance.get_absolute_url()})


@receiver(post_save, sender=MustRead, dispatch_uid="pages-mustread")
@receiver(post_delete, sender=MustRead, dispatch_uid="pages-mustread-d")
def home_page(sender, raw=False, **kwargs):
    if not raw:
        pagecache.drop({"/"})
