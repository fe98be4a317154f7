"""What the article page shows of its comments, cached per article.

Each article has its own comment version in the cache. Posting, approving, rejecting,
hiding or deleting a comment moves that one version on (``bump``), so the next request
recomputes that article's comment block and nothing else: the site-wide content
version (``newsroom.cache``) is left alone. ``comments_changed`` is sent on every bump, so
a whole-page cache (or a CDN purge) can follow the same event.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, IntegerField, Q, Subquery
from django.db.models.functions import Coalesce
from django.dispatch import Signal

from .models import Comment

comments_changed = Signal()  # sent with article_id=...
BLOCK_TIMEOUT = 3600  # explicit invalidation does the real work; this only bounds memory


def shared_cache():
    """True when every server process sees the same cache (Redis). The embedded default's
    local-memory cache is one per gunicorn worker: a comment posted through one worker
    would stay invisible in the others' copies, so there the block is read from the
    database on every page (one indexed query) and is always exact."""
    backend = settings.CACHES["default"]["BACKEND"]
    return not backend.endswith(("LocMemCache", "DummyCache"))


def _version_key(article_id):
    return f"masthead:comments:a{article_id}:version"


def version(article_id):
    """This article's comment version (part of every cached key of its comment block)."""
    key = _version_key(article_id)
    value = cache.get(key)
    if value is None:
        cache.add(key, time.time_ns(), timeout=None)
        value = cache.get(key, 0)
    return value


def bump(article_id):
    """Comments of ``article_id`` changed: its cached block is stale from now on."""
    try:
        cache.incr(_version_key(article_id))
    except ValueError:  # never read or evicted: any new value differs from the old keys'
        cache.set(_version_key(article_id), time.time_ns(), timeout=None)
    comments_changed.send(sender=Comment, article_id=article_id)


def _count(article_id, **filters):
    counted = (
        Comment.objects.approved()
        .filter(article_id=article_id, **filters)
        .order_by()
        .values("article_id")
        .annotate(n=Count("id"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


SHOWN = ["id", "parent_id", "name", "body", "created_at", "is_staff_reply", "article_id"]


def _query(article_id, number, per_page):
    """One query: the article's row (its own settings and approved counts), LEFT JOINed to
    one page of top-level comments and their replies. The article page's query budget is
    the foundation's, so the comments block has to fit in a single query. No row when the
    article has comments but none of them is on this page (then ``_head`` answers)."""
    from masthead.newsroom.models import Article

    start = (number - 1) * per_page
    page_ids = (
        Comment.objects.approved()
        .filter(article_id=article_id, parent__isnull=True)
        .order_by("created_at", "id")
        .values("id")[start : start + per_page]
    )
    # One filter() call: the comments join is LEFT OUTER (for the isnull branch) and the
    # values below read the same join, so an article without comments still gives a row.
    return list(
        Article.objects.filter(pk=article_id)
        .filter(
            Q(comments__isnull=True)
            | Q(comments__status=Comment.Status.APPROVED, comments__id__in=page_ids)
            | Q(comments__status=Comment.Status.APPROVED, comments__parent_id__in=page_ids)
        )
        .annotate(total=_count(article_id), top=_count(article_id, parent__isnull=True))
        .values(
            "total",
            "top",
            "comment_settings__mode",
            "comment_settings__close_after_days",
            *(f"comments__{name}" for name in SHOWN),
        )
        .order_by("comments__created_at", "comments__id")
    )


def _head(article_id):
    """The article's settings and counts alone (when none of its comments is on the page)."""
    from masthead.newsroom.models import Article

    return list(
        Article.objects.filter(pk=article_id)
        .annotate(total=_count(article_id), top=_count(article_id, parent__isnull=True))
        .values("total", "top", "comment_settings__mode", "comment_settings__close_after_days")
    )


def _fetch(article_id, page_number, per_page):
    rows = _query(article_id, page_number, per_page) or _head(article_id)
    if not rows:  # no such article
        rows = [{"total": 0, "top": 0}]
    head = rows[0]
    pages = max(1, -(-head["top"] // per_page))
    number = min(max(page_number, 1), pages)
    if number != page_number:  # a page past the end: show the last one (bad links only)
        rows = _query(article_id, number, per_page) or rows
    comments = [
        Comment(**{name: row[f"comments__{name}"] for name in SHOWN})
        for row in rows
        if row.get("comments__id") is not None
    ]
    top = [c for c in comments if c.parent_id is None]
    by_id = {c.pk: c for c in top}
    for comment in top:
        comment.reply_list = []
    for reply in comments:
        if reply.parent_id in by_id:
            by_id[reply.parent_id].reply_list.append(reply)
    return {
        "count": head["total"],
        "comments": top,
        "page": number,
        "pages": pages,
        "mode": head.get("comment_settings__mode") or "",
        "close_after_days": head.get("comment_settings__close_after_days"),
    }


def block(article_id, page_number=1):
    """Count, one page of top-level comments with their replies, and the article's own
    settings: one query when cold, none when warm (with a shared cache), whatever the
    number of comments."""
    per_page = settings.MASTHEAD_COMMENTS_PER_PAGE
    if not shared_cache():
        return _fetch(article_id, page_number, per_page)
    key = f"masthead:comments:a{article_id}:v{version(article_id)}:p{page_number}:n{per_page}"
    data = cache.get(key)
    if data is None:
        data = _fetch(article_id, page_number, per_page)
        cache.set(key, data, BLOCK_TIMEOUT)
    return data
