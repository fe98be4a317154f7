"""What the article page shows of its comments: one query at each render.

The block (count, one page of top-level comments with their replies, the article's own
settings) is read from the database whenever the page is rendered: one indexed query,
always exact, whatever the number of comments. It is not cached apart from the page: the
whole page is (``newsroom.pagecache``), and a comment posted, approved, rejected, hidden or
removed drops the story's pages through ``bump`` and the ``comments_changed`` signal
(also for a CDN purge). Until 2026-11-28 the block was also kept in Redis under a version
per story; on a page the page cache did not hold, that cost more than the query it saved
(PostgreSQL + Redis, 10,000 stories, ``bench/render_cold.py --store --pages 400``
alternating: 4.22 / 4.21 / 4.45 ms of CPU a page with it, 3.94 / 3.96 / 3.79 without;
docs/comments.md), and a page the page cache holds never asked.
"""

import datetime
import functools
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections, router
from django.dispatch import Signal
from django.utils.dateparse import parse_datetime

from masthead.lib.compiled import fetchall

from .models import Comment

comments_changed = Signal()  # sent with article_id=... (or article_ids=[...] in bulk)


def shared_cache():
    """True when every server process sees the same cache (Redis). The embedded default's
    local-memory cache is one per gunicorn worker: a count kept there (the posting
    budget, ``rules``) would be one per process."""
    backend = settings.CACHES["default"]["BACKEND"]
    return not backend.endswith(("LocMemCache", "DummyCache"))


def bump(article_id):
    """Comments of ``article_id`` changed: the pages that show them are dropped."""
    comments_changed.send(sender=Comment, article_id=article_id)


def bump_many(article_ids):
    """``bump`` for many stories at once (a bulk load): one signal for all of them."""
    comments_changed.send(sender=Comment, article_ids=list(article_ids))


SHOWN = ["id", "parent_id", "name", "body", "created_at", "is_staff_reply", "article_id"]


@dataclass(slots=True)
class Shown:
    """A comment as the article page shows it: the ``SHOWN`` columns and, for a top-level
    comment, its replies. Not a ``Comment``: making a model instance cost more than the
    rest of reading the row (a dozen a page), and nothing here saves or follows a
    relation."""

    id: int
    parent_id: int | None
    name: str
    body: str
    created_at: datetime.datetime
    is_staff_reply: bool
    article_id: int
    reply_list: list = field(default_factory=list)

    @property
    def pk(self):
        return self.id


@functools.cache
def _sql():
    """The block's one statement, built once from the models' table names.

    The article's row (its own settings and approved counts), LEFT JOINed to one page of
    top-level approved comments and their approved replies: one row per comment shown, or
    a single row with empty comment columns. Written out rather than built by the ORM,
    which took 2.8 ms of Python per cold article page to compile the same statement.
    """
    from masthead.newsroom.models import Article

    from .models import ArticleCommentSettings

    comment = Comment._meta.db_table
    # Only table names from the models are formatted in; every value is a parameter.
    page = (
        f"SELECT p.id FROM {comment} p"  # noqa: S608
        " WHERE p.article_id = %(article)s AND p.status = %(approved)s AND p.parent_id IS NULL"
        " ORDER BY p.created_at, p.id LIMIT %(limit)s OFFSET %(offset)s"
    )
    count = (
        f"SELECT COUNT(*) FROM {comment} n"  # noqa: S608
        " WHERE n.article_id = %(article)s AND n.status = %(approved)s"
    )
    return (
        f"SELECT ({count}), ({count} AND n.parent_id IS NULL), s.mode, s.close_after_days, "  # noqa: S608
        + ", ".join(f"c.{name}" for name in SHOWN)
        + f" FROM {Article._meta.db_table} a"
        f" LEFT JOIN {ArticleCommentSettings._meta.db_table} s ON s.article_id = a.id"
        f" LEFT JOIN {comment} c ON c.article_id = a.id AND c.status = %(approved)s"
        f" AND (c.id IN ({page}) OR c.parent_id IN ({page}))"
        " WHERE a.id = %(article)s ORDER BY c.created_at, c.id"
    )


def _aware(value):
    """A datetime column read without the ORM: SQLite answers text, PostgreSQL datetimes."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and value.tzinfo is None:  # stored in UTC (USE_TZ)
        value = value.replace(tzinfo=datetime.UTC)
    return value


def _query(article_id, number, per_page):
    """One query for the block: (counts and settings, [comment rows]); None when there is
    no such article. Values travel as parameters; the statement is fixed."""
    params = {
        "article": article_id,
        "approved": Comment.Status.APPROVED,
        "limit": per_page,
        "offset": (number - 1) * per_page,
    }
    rows = fetchall(connections[router.db_for_read(Comment) or "default"], _sql(), params)
    if not rows:
        return None
    total, top, mode, close_after_days = rows[0][:4]
    head = {"total": total, "top": top, "mode": mode, "close_after_days": close_after_days}
    return head, [row[4:] for row in rows if row[4] is not None]


def _fetch(article_id, page_number, per_page):
    found = _query(article_id, page_number, per_page)
    if found is None:  # no such article
        found = ({"total": 0, "top": 0, "mode": "", "close_after_days": None}, [])
    head, rows = found
    pages = max(1, -(-head["top"] // per_page))
    number = min(max(page_number, 1), pages)
    if number != page_number:  # a page past the end: show the last one (bad links only)
        head, rows = _query(article_id, number, per_page) or found
    comments = [
        Shown(pk, parent_id, name, body, _aware(created_at), bool(staff), article)
        for pk, parent_id, name, body, created_at, staff, article in rows
    ]
    top = [c for c in comments if c.parent_id is None]
    by_id = {c.pk: c for c in top}
    for reply in comments:
        if reply.parent_id in by_id:
            by_id[reply.parent_id].reply_list.append(reply)
    return {
        "count": head["total"],
        "comments": top,
        "page": number,
        "pages": pages,
        "mode": head["mode"] or "",
        "close_after_days": head["close_after_days"],
    }


def block(article_id, page_number=1):
    """Count, one page of top-level comments with their replies, and the article's own
    settings: one query, whatever the number of comments (two for a page past the end)."""
    return _fetch(article_id, page_number, settings.MASTHEAD_COMMENTS_PER_PAGE)
