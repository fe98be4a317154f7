"""Whole reader pages, cached, and dropped by path the moment what they show changes.

An anonymous reader page (home, section, article, author, tag; feeds and sitemaps wrap
themselves the same way) is the same HTML for everyone (DESIGN.md, "Request paths"), so
``reader_page`` keeps it in Django's cache (Redis in production) for
``MASTHEAD_PAGE_CACHE_SECONDS`` and sends it with ``Cache-Control: public, s-maxage=…,
stale-while-revalidate=…``, an ``ETag`` and a ``Last-Modified``, answering 304 to a
matching conditional request, so that nginx or a CDN can keep it too.

Invalidation is explicit. Each path has a version in the database (``PageVersion``); a
cached page's key carries the version it was rendered under. Publishing, editing or
withdrawing a story bumps the versions of the pages that show it: the story itself
(under its old address too when that changed), its section, home, its authors' and
tags' pages, and whatever other apps register with ``also_drop`` (the feeds). A comment
approved or removed bumps its story. The version lives in the database, not in the cache,
so a bump is seen at once by every server process, with the embedded default's
per-process local cache as with Redis, and survives a cache restart; it costs one
indexed query per cached hit. Lists on other pages (Latest Stories of a section on its
other stories, Popular Now everywhere) follow within the pages' lifetime, which is the
lists' own 60 s. After each bump ``pages_changed`` is sent with the paths, for a front
cache's purge.

Never cached: requests with a session cookie (the desk's staff), methods other than
GET/HEAD, query strings other than pagination (``page``, ``cpage``) and tracking tags
(``utm_*``, ``fbclid``, ``gclid``, ignored), responses other than 200 and responses that
set a cookie. A cache that fails (Redis down) is bypassed: the page is rendered.
"""

import hashlib
import logging
import math
import time
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from .cache import content_state
from .models import PageVersion

logger = logging.getLogger(__name__)

pages_changed = Signal()  # sent with paths=[...] after their pages were dropped
KEPT_PARAMS = ("page", "cpage", "p")  # listing pages, comment pages, sitemap pages
IGNORED_PREFIXES = ("utm_",)
IGNORED_PARAMS = ("fbclid", "gclid")
_extra_paths = []  # functions(article) -> paths, registered by other apps


def also_drop(paths_for_article):
    """Register ``paths_for_article(article) -> [paths]``: pages another app serves that
    show the story (its feeds, say), dropped with it."""
    _extra_paths.append(paths_for_article)
    return paths_for_article


def seconds():
    return settings.MASTHEAD_PAGE_CACHE_SECONDS


def cache_control(remaining):
    """The header of a cacheable page with ``remaining`` seconds to live here: fresh for
    half of them at a shared cache, then served stale for the other half while it
    refetches, so a front cache never keeps a page longer than this cache does."""
    remaining = max(0, math.ceil(remaining))
    fresh = remaining // 2
    return f"public, max-age=0, s-maxage={fresh}, stale-while-revalidate={remaining - fresh}"


def _lifetime(now):
    """The page lifetime, cut short at the next scheduled publish time: the pages (home,
    the section...) must show the story from that moment, as the lists do."""
    try:
        until = content_state()[1]
    except Exception:  # noqa: BLE001  (cache down: content_state cannot read it)
        until = now + seconds()
    return max(1, min(seconds(), int(until - now)))


def _query_key(request):
    """The query string that names a distinct page, or None when the request must not be
    served from the cache (an unknown parameter: a form's note, a search...)."""
    kept = []
    for name, value in request.GET.lists():
        if name in KEPT_PARAMS:
            kept.append((name, value[-1]))
        elif name in IGNORED_PARAMS or name.startswith(IGNORED_PREFIXES):
            continue
        else:
            return None
    return urlencode(sorted(kept))


def _cacheable_request(request):
    return (
        seconds() > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def version_of(path):
    row = PageVersion.objects.filter(path=path[:300]).values_list("version", flat=True).first()
    return row or 0


def _key(path, query, version):
    digest = hashlib.sha256(f"{path}?{query}".encode()).hexdigest()[:32]
    return f"masthead:page:{digest}:{version}"


def _cache_get(key):
    try:
        return cache.get(key)
    except Exception as exc:  # noqa: BLE001  (a cache outage must not take pages down)
        logger.warning("Page cache unreachable, rendering instead: %s", exc)
        return None


def _cache_set(key, value, timeout):
    try:
        cache.set(key, value, timeout)
    except Exception as exc:  # noqa: BLE001
        logger.warning("Page cache unreachable, not storing: %s", exc)


def _respond(request, stored, hit):
    content, content_type, cached_at, expires_at, etag = stored
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = cache_control(expires_at - time.time())
    response["ETag"] = etag
    response["Last-Modified"] = http_date(cached_at)
    response["X-Cache"] = "HIT" if hit else "MISS"
    if hit:
        response["Age"] = str(max(0, int(time.time() - cached_at)))
    return get_conditional_response(
        request, etag=etag, last_modified=int(cached_at), response=response
    )


def reader_page(view):
    """Serve ``view``'s page from the cache when a reader's request allows it."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        query = _query_key(request) if _cacheable_request(request) else None
        if query is None:
            response = view(request, *args, **kwargs)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                response.setdefault("Cache-Control", "private, no-cache")
            return response
        key = _key(request.path, query, version_of(request.path))
        stored = _cache_get(key)
        # The stored expiry decides, not only the cache's own: a page cut short at a
        # scheduled publish time must go at that second on every backend.
        if stored is not None and stored[3] > time.time():
            return _respond(request, stored, hit=True)
        response = view(request, *args, **kwargs)
        if response.status_code != 200 or response.cookies or response.streaming:
            return response
        if hasattr(response, "render") and not response.is_rendered:
            response.render()  # a TemplateResponse (the sitemaps)
        content = response.content
        etag = f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"'
        now = time.time()
        lifetime = _lifetime(now)
        stored = (content, response["Content-Type"], now, now + lifetime, etag)
        _cache_set(key, stored, lifetime)
        return _respond(request, stored, hit=False)

    return wrapped


# --- invalidation -----------------------------------------------------------------------


def drop(paths):
    """Bump the versions of ``paths``, in the transaction that changes what they show (so
    the new version and the new content become visible together), and tell front caches
    once it has committed."""
    paths = sorted({p[:300] for p in paths if p})
    if not paths:
        return
    table = PageVersion._meta.db_table
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {table} (path, version) VALUES (%s, 1) "  # noqa: S608
            f"ON CONFLICT (path) DO UPDATE SET version = {table}.version + 1",
            [(p,) for p in paths],
        )
    transaction.on_commit(lambda: pages_changed.send(sender=PageVersion, paths=paths))


def paths_for_article(article, *, previous_url=None, previous_section=None):
    """Every page that shows ``article`` (besides the lists' own lifetime)."""
    paths = {"/", article.get_absolute_url(), article.section.get_absolute_url()}
    if previous_url:
        paths.add(previous_url)
    if previous_section is not None:
        paths.add(previous_section.get_absolute_url())
    if article.pk:
        paths.update(a.get_absolute_url() for a in article.authors.all())
        paths.update(t.get_absolute_url() for t in article.tags.all())
    for extra in _extra_paths:
        paths.update(extra(article))
    return paths


def drop_article(article_id):
    """Drop the pages of the story with this id (a comment on it changed, say)."""
    from .models import Article

    article = Article.objects.select_related("section").filter(pk=article_id).first()
    if article is not None:
        drop({article.get_absolute_url()})
