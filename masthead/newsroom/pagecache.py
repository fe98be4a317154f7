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
so a bump is seen by every server process, with the embedded default's per-process local
cache as with Redis, and survives a cache restart. A process re-reads a path's version at
most every ``MASTHEAD_PAGE_RECHECK_MS`` (250 ms; one indexed query): a bump is seen at once
in the process that made it, within that time in the others. Lists on other pages
(Latest Stories of a section on its other stories, Popular Now everywhere) follow within
the pages' lifetime, which is the lists' own 60 s. After each bump ``pages_changed`` is
sent with the paths, for a front cache's purge.

Never cached: requests with a session cookie (the desk's staff), methods other than
GET/HEAD, query strings other than pagination (``page``, ``cpage``) and tracking tags
(``utm_*``, ``fbclid``, ``gclid``, ignored), responses other than 200 and responses that
set a cookie. A cache that fails (Redis down) is bypassed: the page is rendered.
"""

import functools
import hashlib
import logging
import math
import threading
import time
from collections import OrderedDict
from functools import wraps
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.db import DatabaseError, Error, connection, connections, router, transaction
from django.dispatch import Signal
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from masthead.lib.compiled import fetchall

from .cache import content_state, get_with_state, use_state
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


@functools.cache
def _version_sql():
    return f"SELECT version FROM {PageVersion._meta.db_table} WHERE path = %s"  # noqa: S608


def version_of(path, using=None):
    """The path's version (0 before its first bump): one indexed read, in plain SQL (the
    ORM's compiling took most of a cached hit's time).

    On PostgreSQL it is the first query of a reader's request, and Django checks a kept
    connection before its first query (``CONN_HEALTH_CHECKS``) with a ``SELECT 1``: a
    round trip of its own. This read is the check instead: when it answers, the
    connection is sound; when it fails, the connection is closed and the read made again
    on a new one, as Django's check would have done."""
    alias = using or router.db_for_read(PageVersion) or "default"
    db = connections[alias]
    if _checked_by_a_query(db) and not db.health_check_done:
        db.health_check_done = True  # this read is the check
        try:
            return _read_version(db, path)
        except Error:
            if db.is_usable():  # the connection is sound: the read itself failed
                raise
            db.close()  # not sound (a restarted server): a new connection below
    return _read_version(db, path)


def _checked_by_a_query(db):
    """Whether a query answered on ``db``'s connection can stand for Django's health check
    of it (checks on, a connection kept from an earlier request, no transaction open)."""
    return db.health_check_enabled and db.connection is not None and not db.in_atomic_block


def _answered_just_now(db):
    """``db``'s connection answered a query moments ago in this request (the front's
    version read): it is sound, and Django need not check it with a ``SELECT 1``."""
    if _checked_by_a_query(db):
        db.health_check_done = True


def _read_version(db, path):
    # The driver's cursor unless queries are logged or an execute wrapper is installed
    # (masthead.lib.compiled.fetchall): a page the cache does not hold reads its version
    # here first.
    rows = fetchall(db, _version_sql(), [path[:300]])
    return rows[0][0] if rows else 0


def _version_on_default(path):
    return version_of(path, using="default")


def _version_in_front(path):
    """``version_of(path)`` on the default database's own DB-API connection: no Django
    cursor, wrappers or placeholder rewriting (half of a cached hit's time in front).
    Raises ``DatabaseError`` as Django would."""
    db = connections["default"]
    try:
        if db.connection is None:
            db.ensure_connection()
        cursor = db.connection.cursor()
        try:
            cursor.execute(_version_sql_for(db.vendor), (path[:300],))
            row = cursor.fetchone()
        finally:
            cursor.close()
    except db.Database.Error as exc:
        raise DatabaseError(str(exc)) from exc
    return row[0] if row else 0


_clock = time.monotonic
_recent = {}  # path -> (its version, _clock() before it was read): this process's memory
RECENT_PATHS = 10_000


def _recent_version(path, read, answered=None):
    """``read(path)``, or what it answered less than ``MASTHEAD_PAGE_RECHECK_MS`` ago in
    this process (``answered``, a list, gets an item when the database was read). A viral
    story's page is asked for thousands of times a second: its version is read from the
    database a few times a second instead (on PostgreSQL a read cost a round trip and a
    third of a hit's CPU). A page dropped in this process is forgotten here at once
    (``drop``); one dropped by another process is seen within the recheck time."""
    ttl = settings.MASTHEAD_PAGE_RECHECK_MS / 1000
    now = _clock()
    key = path[:300]  # as stored, and as ``drop`` names it
    if ttl > 0:
        found = _recent.get(key)
        if found is not None and now - found[1] < ttl:
            return found[0]
    version = read(path)
    if answered is not None:  # the caller wants to know the database answered
        answered.append(True)
    if ttl > 0:
        if len(_recent) >= RECENT_PATHS:
            _recent.clear()
        _recent[key] = (version, now)
    return version


def _forget_versions(paths):
    for path in paths:
        _recent.pop(path, None)


@functools.cache
def _version_sql_for(vendor):
    return _version_sql().replace("%s", "?" if vendor == "sqlite" else "%s")


@functools.lru_cache(maxsize=256)
def _http_date(timestamp):
    return http_date(timestamp)


def _key(path, query, version):
    digest = hashlib.sha256(f"{path}?{query}".encode()).hexdigest()[:32]
    return f"masthead:page:{digest}:{version}"


class _NearPages:
    """The most recently used pages of this process, in front of the shared cache, up to
    ``MASTHEAD_PAGE_MEMORY_MB``. Safe because a page's key carries its path's version
    (``_recent_version``) and its stored expiry is checked on every hit: what is kept
    here is exactly what the shared cache holds under that key. A hot
    story's hit then costs no cache round trip and no unpickling of its page (with Redis,
    that was a third of a hit's CPU)."""

    def __init__(self):
        self.pages = OrderedDict()  # key -> stored page, least recently used first
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            stored = self.pages.get(key)
            if stored is not None:
                self.pages.move_to_end(key)
            return stored

    def put(self, key, stored):
        budget = settings.MASTHEAD_PAGE_MEMORY_MB * 1_000_000
        size = len(stored[0])
        if size > budget // 8:  # off, or one page would crowd out the rest
            return
        with self.lock:
            old = self.pages.pop(key, None)
            if old is not None:
                self.size -= len(old[0])
            self.pages[key] = stored
            self.size += size
            while self.size > budget:
                _, evicted = self.pages.popitem(last=False)
                self.size -= len(evicted[0])

    def clear(self):
        with self.lock:
            self.pages.clear()
            self.size = 0


_near = _NearPages()


def forget_local_pages():
    """Empty this process's memory of pages and versions (tests, with the cache)."""
    _near.clear()
    _recent.clear()


# Where the front (``PageFastPath``) leaves a page it did not find, for ``reader_page``:
# (key, the content state read with it, whether the default database answered its version
# read), so Django neither asks the cache again nor checks the connection with a SELECT 1.
_MISSED = "masthead.page_missed"


def _cache_get(key):
    """(the page stored under ``key`` or None, the content state or None): from this
    process's memory when it holds the page; else, with a shared cache behind that memory
    (Redis), both from it in one round trip (what is asked of it is mostly a page to
    render, and rendering reads the content state); else (the embedded default, whose
    cache is this process's memory and answers the hits) the page alone: reading the
    state with every hit cost a hit three cache reads instead of one (~20 -> ~35 µs)."""
    stored = _near.get(key)
    if stored is not None and stored[3] > time.time():
        return stored, None
    try:
        if settings.MASTHEAD_PAGE_MEMORY_MB:
            stored, state = get_with_state(key)
        else:
            stored, state = cache.get(key), None
    except Exception as exc:  # noqa: BLE001  (a cache outage must not take pages down)
        logger.warning("Page cache unreachable, rendering instead: %s", exc)
        return None, None
    if stored is not None and settings.MASTHEAD_PAGE_MEMORY_MB:
        _near.put(key, stored)
    return stored, state


def _cache_set(key, value, timeout):
    if settings.MASTHEAD_PAGE_MEMORY_MB:
        _near.put(key, value)
    try:
        cache.set(key, value, timeout)
    except Exception as exc:  # noqa: BLE001
        logger.warning("Page cache unreachable, not storing: %s", exc)


def _headers(stored, hit, now):
    """The headers of a cached page's answer, but its Content-Type."""
    _, _, cached_at, expires_at, etag = stored
    headers = [
        ("Cache-Control", cache_control(expires_at - now)),
        ("ETag", etag),
        ("Last-Modified", _http_date(cached_at)),
        ("X-Cache", "HIT" if hit else "MISS"),
    ]
    if hit:
        headers.append(("Age", str(max(0, int(now - cached_at)))))
    return headers


def _respond(request, stored, hit):
    content, content_type, cached_at, _, etag = stored
    response = HttpResponse(content, content_type=content_type)
    for name, value in _headers(stored, hit, time.time()):
        response[name] = value
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
        key = _key(request.path, query, _recent_version(request.path, version_of))
        missed = request.META.get(_MISSED)
        if missed is not None and missed[0] == key:  # the front looked a moment ago
            stored, state = None, missed[1]
            if missed[2]:  # and read the version on the default database's connection
                _answered_just_now(connections["default"])
        else:
            stored, state = _cache_get(key)
        use_state(state)
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
        # SHA-256, as the API's ETags: ~11 µs for a 22 KB page here, MD5 ~26 (no
        # hardware help), on every page stored.
        etag = f'"{hashlib.sha256(content).hexdigest()[:32]}"'
        now = time.time()
        lifetime = _lifetime(now)
        stored = (content, response["Content-Type"], now, now + lifetime, etag)
        _cache_set(key, stored, lifetime)
        return _respond(request, stored, hit=False)

    return wrapped


# --- in front of Django -----------------------------------------------------------------

# Request headers that can turn a cached 200 into a 304 or a 412 (Django decides those).
_CONDITIONAL = frozenset(
    {"HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE"}
)
# Headers that belong to one answer; every other header of a cached answer is the
# middleware's (security headers and such), learned from Django's own hits.
_OWN_HEADERS = frozenset(
    {"content-type", "content-length", "cache-control", "etag", "last-modified", "x-cache"}
    | {"age", "date", "expires", "set-cookie"}
)
_NOT_PAGES = ("/static/", "/media/", "/desk/", "/_views/", "/_comments/", "/api/")


class PageFastPath:
    """WSGI middleware: a reader page found in the page cache is answered here, without
    Django's middleware, URL resolving and view (``masthead.wsgi``).

    The same rules as ``reader_page`` decide (they are its functions): only GET and HEAD
    without a session cookie, only the query strings that name a page, the path's current
    version, the stored expiry, conditional requests answered 304. The headers Django's
    middleware adds (X-Frame-Options, nosniff, HSTS...) are learned from Django's own
    answer to a cache hit, per scheme, and nothing is answered here before one was seen:
    the answer is Django's, byte for byte, minus the time it took. A miss, an error or
    anything unusual (a host not allowed, a database error) goes to Django.
    """

    def __init__(self, app):
        self.app = app
        self.learned = {}  # (url scheme, X-Forwarded-Proto) -> [(header, value)]
        self.hosts = {}  # Host header -> the ALLOWED_HOSTS that let it in

    def __call__(self, environ, start_response):
        scheme = (environ.get("wsgi.url_scheme"), environ.get("HTTP_X_FORWARDED_PROTO"))
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and scheme in self.learned:
            answer = self._from_cache(environ, self.learned[scheme])
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]

        def learning(status, headers, exc_info=None):
            if status.startswith("200") and ("X-Cache", "HIT") in headers:
                self.learned[scheme] = [
                    (name, value) for name, value in headers if name.lower() not in _OWN_HEADERS
                ]
            return start_response(status, headers, exc_info)

        return self.app(environ, learning)

    def _from_cache(self, environ, learned):
        path = environ.get("PATH_INFO", "")
        if not path.isascii() or path.startswith(_NOT_PAGES):
            return None
        request = None
        answered = []  # whether the default database answered a version read here
        try:
            if self._plain(environ):
                # No query, no cookie, a host already let in: the decision below, without
                # building Django's request (a third of a hit's time).
                if seconds() <= 0:
                    return None
                key = _key(path, "", _recent_version(path, _version_in_front, answered))
            else:
                request = WSGIRequest(environ)
                request.get_host()  # ALLOWED_HOSTS, as Django checks it
                query = _query_key(request) if _cacheable_request(request) else None
                if query is None:
                    return None
                version = _recent_version(request.path, _version_on_default, answered)
                key = _key(request.path, query, version)
                self._let_in(environ)
        except DisallowedHost:
            return None
        except DatabaseError:
            connection.close()  # a broken connection is not reused; Django will answer
            return None
        stored, state = _cache_get(key)
        now = time.time()
        if stored is None or stored[3] <= now:
            environ[_MISSED] = (key, state, bool(answered))
            return None
        head = environ.get("REQUEST_METHOD") == "HEAD"
        if _CONDITIONAL.isdisjoint(environ):  # nothing to compare: a 200, built directly
            headers = [("Content-Type", stored[1]), *_headers(stored, True, now), *learned]
            headers.append(("Content-Length", str(len(stored[0]))))
            return "200 OK", headers, b"" if head else stored[0]
        response = _respond(request or WSGIRequest(environ), stored, hit=True)
        headers = [*response.items(), *learned, ("Content-Length", str(len(response.content)))]
        return (
            f"{response.status_code} {response.reason_phrase}",
            headers,
            (b"" if head else response.content),
        )

    def _plain(self, environ):
        """A request with nothing for Django's request to decide: no query string, no
        cookie, no script prefix or forwarded host, and a Host header already let in
        (under the same ALLOWED_HOSTS)."""
        return (
            not environ.get("QUERY_STRING")
            and "HTTP_COOKIE" not in environ
            and not environ.get("SCRIPT_NAME")
            and "HTTP_X_FORWARDED_HOST" not in environ
            and self.hosts.get(environ.get("HTTP_HOST")) is settings.ALLOWED_HOSTS
        )

    def _let_in(self, environ):
        host = environ.get("HTTP_HOST")
        if host and "HTTP_X_FORWARDED_HOST" not in environ:
            if len(self.hosts) >= 64:  # ALLOWED_HOSTS = ["*"] lets any Host header in
                self.hosts.clear()
            self.hosts[host] = settings.ALLOWED_HOSTS


# --- invalidation -----------------------------------------------------------------------


def drop(paths):
    """Bump the versions of ``paths``, in the transaction that changes what they show (so
    the new version and the new content become visible together), and tell front caches
    once it has committed."""
    paths = sorted({p[:300] for p in paths if p})
    if not paths:
        return
    # Forgotten now (this thread reads the new version in the transaction) and again at
    # commit (another thread may have read the old one meanwhile).
    _forget_versions(paths)
    transaction.on_commit(lambda: _forget_versions(paths))
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
    drop_articles([article_id])


def drop_articles(article_ids, batch=5000):
    """``drop_article`` for many stories: a query and an upsert per ``batch`` of them."""
    from .models import Article

    article_ids = list(article_ids)
    for start in range(0, len(article_ids), batch):
        chunk = article_ids[start : start + batch]
        stories = Article.objects.filter(pk__in=chunk).select_related("section")
        fields = ("slug", "publish_at", "created_at", "section__slug")
        drop({a.get_absolute_url() for a in stories.only(*fields)})
