"""Keep the search index in step with the newsroom: on publish, edit, withdraw and
byline changes, and after a bulk load (``newsroom.signals.content_loaded``)."""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.urls import reverse

from masthead.newsroom import pagecache
from masthead.newsroom.models import Article, Author, Byline
from masthead.newsroom.signals import content_loaded

from . import search


@receiver(post_save, sender=Article, dispatch_uid="search-article")
def article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search.index_article(instance)


@receiver(post_save, sender=Byline, dispatch_uid="search-byline")
@receiver(post_delete, sender=Byline, dispatch_uid="search-byline-deleted")
def byline_changed(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    origin = kwargs.get("origin")
    if isinstance(origin, Article) or getattr(origin, "model", None) is Article:
        return  # the story itself is being deleted: indexing it again would resurrect it
    article = Article.objects.filter(pk=instance.article_id).first()
    if article is not None:
        search.index_article(article)


@receiver(pre_save, sender=Author, dispatch_uid="search-author-before")
def author_saving(sender, instance, raw=False, **kwargs):
    """Remember the name the index holds: only a new name touches the author's stories."""
    if instance.pk and not raw:
        instance._indexed_name = (
            Author.objects.filter(pk=instance.pk).values_list("name", flat=True).first()
        )


@receiver(post_save, sender=Author, dispatch_uid="search-author")
def author_saved(sender, instance, created=False, raw=False, **kwargs):
    if created or raw or getattr(instance, "_indexed_name", instance.name) == instance.name:
        return
    search.index_many(Byline.objects.filter(author=instance).values_list("article_id", flat=True))


@receiver(content_loaded, dispatch_uid="search-rebuild")
def content_bulk_loaded(sender, **kwargs):
    search.rebuild()


@pagecache.also_drop
def feed_and_sitemap_paths(article):
    """The feeds and sitemaps that list ``article``, dropped from the page cache with it."""
    paths = {
        reverse("distribution:feed"),
        reverse("distribution:feed-atom"),
        reverse("distribution:sitemap"),
        reverse("distribution:news-sitemap"),
        reverse("distribution:section-feed", args=[article.section.slug]),
        reverse("distribution:section-feed-atom", args=[article.section.slug]),
    }
    if article.publish_at:
        month = article.publish_at
        paths.add(reverse("distribution:sitemap-articles", args=[f"{month:%Y}", f"{month:%m}"]))
    if article.pk:
        for slug in article.authors.values_list("slug", flat=True):
            paths.add(reverse("distribution:author-feed", args=[slug]))
            paths.add(reverse("distribution:author-feed-atom", args=[slug]))
        for slug in article.tags.values_list("slug", flat=True):
            paths.add(reverse("distribution:tag-feed", args=[slug]))
            paths.add(reverse("distribution:tag-feed-atom", args=[slug]))
    return paths
