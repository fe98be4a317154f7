"""Django's Redis cache, treating an unreachable Redis as an empty cache.

Everything Masthead caches (whole pages, lists, the content version) can
be recomputed from the database, so when Redis stops the site should get slower, not
fail: every read is a miss, every write is skipped, ``incr`` says the key is missing (as
for an evicted key, which callers already handle), and a warning is logged at most once
a minute per process. When Redis comes back the next call uses it: the connection pool
reconnects by itself, no restart needed. Short socket timeouts (settings.py) keep a dead
Redis from holding requests.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, OSError)
WARN_EVERY_SECONDS = 60
_last_warning = [0.0]


def _warn(operation, exc):
    now = time.monotonic()
    if now - _last_warning[0] >= WARN_EVERY_SECONDS:
        _last_warning[0] = now
        logger.warning("Cache unreachable (%s: %s): serving without it", operation, exc)


class _ReusedClient(RedisCacheClient):
    """Django's client, keeping one ``redis.Redis`` per connection pool: Django builds a
    new one for every call, and building one (its table of 170 reply parsers) cost more
    CPU than the GET of a whole cached page. A ``redis.Redis`` is safe to share between
    threads (each command takes a connection from the pool)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}  # index of the server (as Django's self._pools) -> redis.Redis

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        if index not in self._clients:
            pool = self._get_connection_pool(write)
            self._clients[index] = self._client(connection_pool=pool)
        return self._clients[index]


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = _ReusedClient

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNREACHABLE as exc:
            _warn("get", exc)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except UNREACHABLE as exc:
            _warn("get_many", exc)
            return {}

    def has_key(self, key, version=None):
        try:
            return super().has_key(key, version)
        except UNREACHABLE as exc:
            _warn("has_key", exc)
            return False

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except UNREACHABLE as exc:
            _warn("add", exc)
            return False

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except UNREACHABLE as exc:
            _warn("set", exc)

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except UNREACHABLE as exc:
            _warn("set_many", exc)
            return list(data)

    def touch(self, key, timeout=None, version=None):
        try:
            return super().touch(key, timeout, version)
        except UNREACHABLE as exc:
            _warn("touch", exc)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except UNREACHABLE as exc:
            _warn("delete", exc)
            return False

    def delete_many(self, keys, version=None):
        try:
            return super().delete_many(keys, version)
        except UNREACHABLE as exc:
            _warn("delete_many", exc)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as exc:
            _warn("incr", exc)
            raise ValueError(f"Key '{key}' not found (cache unreachable)") from None

    def clear(self):
        """Delete this cache's keys only. Django's RedisCache.clear() empties the whole
        Redis database: the view counters' pending counts (which live beside the cache,
        under ``MASTHEAD_COUNTER_PREFIX``) and any other site's keys with them."""
        client = self._cache.get_client(write=True)
        pattern = f"{self.key_prefix}:[0-9]*" if self.key_prefix else "[0-9]*"
        try:
            batch = []
            for key in client.scan_iter(match=pattern, count=1000):
                batch.append(key)
                if len(batch) == 1000:
                    client.delete(*batch)
                    batch = []
            if batch:
                client.delete(*batch)
            return True
        except UNREACHABLE as exc:
            _warn("clear", exc)
            return False
