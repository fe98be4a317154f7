"""Which mode an article's comments are in: open, premoderated or closed.

The article's own setting (``ArticleCommentSettings``) wins over the site's
``MASTHEAD_COMMENTS_MODE``; either way comments close by themselves N days after first
publication when a closing delay is set (the article's, else the site's; 0 means never).
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

OPEN, PREMODERATED, CLOSED = "open", "premoderated", "closed"


def mode_for(article, own_mode="", own_close_after_days=None, now=None):
    mode = own_mode or settings.MASTHEAD_COMMENTS_MODE
    if mode == CLOSED:
        return mode
    end = closes_at(article, own_close_after_days)
    if end and (now or timezone.now()) >= end:
        return CLOSED
    return mode


def closes_at(article, own_close_after_days=None):
    """When comments close by themselves, or None."""
    days = own_close_after_days
    if days is None:
        days = settings.MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS
    start = article.first_published_at or article.publish_at
    return start + timedelta(days=days) if days and start else None
