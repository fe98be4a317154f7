"""One content version for every cached list and page fragment.

Anything readers see in a list is cached under a key that includes this version. Saving
content bumps it, so the next request recomputes. A scheduled article changes what
readers see without any save, so the version also remembers the next scheduled publish
time and moves on by itself once that moment has passed.
"""

from django.core.cache import cache
from django.utils import timezone

VERSION_KEY = "masthead:content-version"
UNTIL_KEY = "masthead:content-version-until"
NOTHING_SCHEDULED = 1e18  # a timestamp far in the future


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
    future): what readers see changes by itself at that moment."""
    now = timezone.now()
    values = cache.get_many([VERSION_KEY, UNTIL_KEY])
    version = values.get(VERSION_KEY)
    until = values.get(UNTIL_KEY, 0)
    if version is None or now.timestamp() >= until:
        nxt = _next_scheduled_time(now)
        if version is None:
            version = 1
            cache.add(VERSION_KEY, version, timeout=None)
        else:
            version = _incr()
        until = nxt.timestamp() if nxt else NOTHING_SCHEDULED
        cache.set(UNTIL_KEY, until, timeout=None)
    return version, until


def _incr():
    try:
        return cache.incr(VERSION_KEY)
    except ValueError:  # evicted: start again (any value differs from cached keys' one)
        version = int(timezone.now().timestamp())
        cache.set(VERSION_KEY, version, timeout=None)
        return version


def bump():
    """Content changed: every cached list is stale from now on."""
    _incr()
    cache.delete(UNTIL_KEY)  # recompute the next scheduled time on the next read


def cached(name, compute, timeout=None):
    """Cache ``compute()`` under ``name`` for the current content version."""
    from django.conf import settings

    if timeout is None:
        timeout = settings.MASTHEAD_LIST_CACHE_SECONDS
    key = f"masthead:v{content_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
