"""One content version for every cached list and page fragment.

Anything readers see in a list is cached under a key that includes this version. Saving
content bumps it, so the next request recomputes. A scheduled article changes what
readers see without any save, so the version also remembers the next scheduled publish
time and moves on by itself once that moment has passed.
"""

import threading
import time

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.utils import timezone

VERSION_KEY = "masthead:content-version"
UNTIL_KEY = "masthead:content-version-until"
NOTHING_SCHEDULED = 1e18  # a timestamp far in the future

# A request reads the state once: every list and fragment of one page comes from the same
# version, and a cold article page asked the cache for it five times (five round trips to
# Redis). Kept per thread, from request_started to request_finished only.
_request = threading.local()


def _request_starts(**kwargs):
    _request.active, _request.state = True, None


def _request_ends(**kwargs):
    _request.active, _request.state = False, None


request_started.connect(_request_starts, dispatch_uid="masthead-content-state-start")
request_finished.connect(_request_ends, dispatch_uid="masthead-content-state-end")


def _next_scheduled_time(now):
    from .models import Article

    return (
        Article.objects.scheduled(now)
        .order_by("publish_at")
        .values_list("publish_at", flat=True)
        .first()
    )


def content_version():
    """The current version number; moves on when a scheduled publish time passes."""
    return content_state()[0]


def content_state():
    """(the current version, the timestamp of the next scheduled publish time or a far
    future): what readers see changes by itself at that moment. Read once per request."""
    state = getattr(_request, "state", None)
    # time.time(), not timezone.now().timestamp(): the same instant, and every list and
    # kept part of a page asks (ten times a cold article page).
    if state is not None and time.time() < state[1]:
        return state
    state = _read_state()
    if getattr(_request, "active", False):
        _request.state = state
    return state


def _state_in(values, now):
    """The content state in ``values`` (read from the cache), or None when it must be
    worked out again (no version yet, or the next scheduled time has passed)."""
    version, until = values.get(VERSION_KEY), values.get(UNTIL_KEY, 0)
    if version is None or now >= until:
        return None
    return version, until


def get_with_state(key):
    """``(cache.get(key), the content state or None)`` in one round trip to the cache.
    For the page cache: a page not found is rendered next, and every render reads the
    content state (with Redis, a second round trip). Hand the state to ``use_state``."""
    values = cache.get_many([key, VERSION_KEY, UNTIL_KEY])
    return values.get(key), _state_in(values, timezone.now().timestamp())


def use_state(state):
    """Take ``state`` (from ``get_with_state``, read moments ago) as this request's
    content state, unless the request has one already."""
    if state is not None and getattr(_request, "active", False) and _request.state is None:
        _request.state = state


def _read_state():
    now = timezone.now()
    values = cache.get_many([VERSION_KEY, UNTIL_KEY])
    version = values.get(VERSION_KEY)
    until = values.get(UNTIL_KEY, 0)
    if _state_in(values, now.timestamp()) is None:
        nxt = _next_scheduled_time(now)
        if version is None:
            version = _first_version()
            if not cache.add(VERSION_KEY, version, timeout=None):  # another process's
                version = cache.get(VERSION_KEY) or version
        else:
            version = _incr()
        until = nxt.timestamp() if nxt else NOTHING_SCHEDULED
        cache.set(UNTIL_KEY, until, timeout=None)
    return version, until


def _first_version():
    """A version to start from when the cache holds none (a new site, a flushed or
    restarted Redis, an evicted key): the time in microseconds, so never a number an
    earlier run of versions has used (each moves on by one a save, far slower than a
    microsecond a save) and what a process kept under an old version is not taken for
    current (``fragment``)."""
    return time.time_ns() // 1000


def _incr():
    try:
        return cache.incr(VERSION_KEY)
    except ValueError:  # evicted: start again (any value differs from cached keys' one)
        version = _first_version()
        cache.set(VERSION_KEY, version, timeout=None)
        return version


def bump():
    """Content changed: every cached list is stale from now on."""
    _request.state = None
    _incr()
    cache.delete(UNTIL_KEY)  # recompute the next scheduled time on the next read


# What ``cached`` answered lately in this process: key -> (value, until, on _clock()).
# Every page asks for the same shared lists (the navigation, the pools of Popular Now and
# Must-Reads); taking them from the cache each time cost each cold article page eight
# unpickled copies (and, with Redis, eight round trips). A value is kept here for at most
# LOCAL_SECONDS under its content version's key, so a change of content is seen at once
# (a new key) and a list recomputed elsewhere within a second. Callers only read them.
LOCAL_SECONDS = 1.0
LOCAL_KEYS = 256
_local = {}
_clock = time.monotonic


def forget_local_lists():
    """Empty this process's memory of lists and fragments (tests, with the cache)."""
    _local.clear()
    _fragments.clear()


def cached(name, compute, timeout=None):
    """Cache ``compute()`` under ``name`` for the current content version."""
    from django.conf import settings

    if timeout is None:
        timeout = settings.MASTHEAD_LIST_CACHE_SECONDS
    key = f"masthead:v{content_version()}:{name}"
    now = _clock()
    kept = _local.get(key)
    if kept is not None and now < kept[1]:
        return kept[0]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    if timeout > 0:
        if len(_local) >= LOCAL_KEYS:
            _local.clear()
        _local[key] = (value, now + min(LOCAL_SECONDS, timeout))
    return value


# Parts of pages every page of a kind shows alike (the navigation, a list of stories most
# articles share), rendered once per content version in this process and kept as HTML:
# key -> (content version, HTML, until on _clock()). A new version renders them again at
# once. The time limit is a second guard: for a version number seen before (a new cache
# starts from the time in microseconds: ``_first_version``), and for lists cached from
# rows read between a save's version bump and its commit (kept up to the lists' 60 s
# already; a part made from them adds at most FRAGMENT_SECONDS). Rendering the parts
# again every few seconds costs nothing a reader would measure.
FRAGMENTS = 1024
FRAGMENT_SECONDS = 5.0
_fragments = {}


def fragment(key, render):
    """The HTML ``render()`` gives for ``key`` (hashable: what the part depends on besides
    the content), rendered once per content version in this process. ``key`` must hold
    everything the part shows that is not content: a page's section, a list's stories."""
    from django.conf import settings

    version = content_version()
    now = _clock()
    kept = _fragments.get(key)
    if kept is not None and kept[0] == version and now < kept[2]:
        return kept[1]
    html = render()
    timeout = min(settings.MASTHEAD_LIST_CACHE_SECONDS, FRAGMENT_SECONDS)
    if timeout > 0:
        if len(_fragments) >= FRAGMENTS:
            _fragments.clear()
        _fragments[key] = (version, html, now + timeout)
    return html
