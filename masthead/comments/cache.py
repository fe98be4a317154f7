"""What the article page shows of its comments, cached per article.

Each article has its own comment version in the cache. Posting, approving, rejecting,
hiding or deleting a comment moves that one version on (``bump``), so the next request
recomputes that article's comment block and nothing else: the site-wide content
version (``newsroom.cache``) is left alone. ``comments_changed`` is sent on every bump, so
a whole-page cache (or a CDN purge) can follow the same event.
"""

import datetime
import functools
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router, transaction
from django.dispatch import Signal
from django.utils.dateparse import parse_datetime

from .models import Comment

comments_changed = Signal()  # sent with article_id=... (or article_ids=[...] in bulk)
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
    """This article's comment version (part of every cached key of its comment block); a
    story nobody has asked for yet gets its first one here."""
    key = _version_key(article_id)
    value = cache.get(key)
    if value is None:
        value = time.time_ns()
        if not cache.add(key, value, timeout=None):
            value = cache.get(key, 0)
    return value


def _block_key(article_id, version, page_number, per_page):
    return f"masthead:comments:a{article_id}:v{version}:p{page_number}:n{per_page}"


def _incr(article_id):
    try:
        cache.incr(_version_key(article_id))
    except ValueError:  # never read or evicted: any new value differs from the old keys'
        cache.set(_version_key(article_id), time.time_ns(), timeout=None)


def _incr_now_and_at_commit(article_ids):
    """Move the versions on now and again when the transaction commits: a page rendered
    in between read the comments as they were before the commit, and would otherwise
    keep them under the new version (outside a transaction, both happen now)."""
    for article_id in article_ids:
        _incr(article_id)
    transaction.on_commit(lambda: [_incr(article_id) for article_id in article_ids])


def bump(article_id):
    """Comments of ``article_id`` changed: its cached block is stale from now on."""
    _incr_now_and_at_commit([article_id])
    comments_changed.send(sender=Comment, article_id=article_id)


def bump_many(article_ids):
    """``bump`` for many stories at once (a bulk load): one signal for all of them."""
    article_ids = list(article_ids)
    _incr_now_and_at_commit(article_ids)
    comments_changed.send(sender=Comment, article_ids=article_ids)


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
    with connections[router.db_for_read(Comment) or "default"].cursor() as cursor:
        cursor.execute(_sql(), params)
        rows = cursor.fetchall()
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
    settings: one query when cold, none when warm (with a shared cache), whatever the
    number of comments."""
    per_page = settings.MASTHEAD_COMMENTS_PER_PAGE
    if not shared_cache():
        return _fetch(article_id, page_number, per_page)
    version_key = _version_key(article_id)
    current = cache.get(version_key)
    if current is None:
        # A story nobody has asked for yet: read from the database, then its first
        # version and the block under it stored together (with Redis one round trip;
        # this was three: add the version, read the block, store it). Should another
        # process add a version meanwhile, this block is stored under one nobody reads,
        # and what it shows was read after the version was found missing: not stale.
        current = time.time_ns()
        data = _fetch(article_id, page_number, per_page)
        key = _block_key(article_id, current, page_number, per_page)
        add_and_set = getattr(cache, "add_and_set", None)
        if add_and_set is not None:
            add_and_set((version_key, current), (key, data), BLOCK_TIMEOUT)
        elif cache.add(version_key, current, timeout=None):
            cache.set(key, data, BLOCK_TIMEOUT)
        return data
    key = _block_key(article_id, current, page_number, per_page)
    data = cache.get(key)
    if data is None:
        data = _fetch(article_id, page_number, per_page)
        cache.set(key, data, BLOCK_TIMEOUT)
    return data
