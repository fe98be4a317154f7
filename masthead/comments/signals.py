"""A comment saved or deleted anywhere (desk, command, view) drops its article's pages."""

from django.db.models.signals import post_delete, post_save

from masthead.newsroom import pagecache

from . import cache
from .models import ArticleCommentSettings, Comment


def comment_changed(sender, instance, created=False, **kwargs):
    if created and sender is Comment and instance.status != Comment.Status.APPROVED:
        return  # a new held comment changes nothing readers see: keep the cached page
    cache.bump(instance.article_id)


for model in (Comment, ArticleCommentSettings):
    post_save.connect(comment_changed, sender=model, dispatch_uid=f"comments-{model.__name__}")
    post_delete.connect(comment_changed, sender=model, dispatch_uid=f"comments-d-{model.__name__}")


def _drop_page(sender, article_id=None, article_ids=(), **kwargs):
    """The article page shows its comments: drop the cached page with the block."""
    if article_id is not None:
        pagecache.drop_article(article_id)
    else:
        pagecache.drop_articles(article_ids)


cache.comments_changed.connect(_drop_page, dispatch_uid="comments-page")
