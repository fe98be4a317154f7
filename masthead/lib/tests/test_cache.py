"""masthead.lib.cache.ResilientRedisCache against a real Redis (skipped without one)."""

import os
import uuid

import pytest
import redis

from masthead.lib.cache import ResilientRedisCache

REDIS_URL = os.environ.get("MASTHEAD_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture
def client():
    connection = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5)
    try:
        connection.ping()
    except redis.exceptions.ConnectionError as exc:
        pytest.skip(f"Redis not reachable at {REDIS_URL}: {exc}")
    yield connection
    connection.close()


def make_cache(prefix, location=REDIS_URL):
    options = {"socket_connect_timeout": 0.2, "socket_timeout": 0.2}
    return ResilientRedisCache(location, {"KEY_PREFIX": prefix, "OPTIONS": options})


def test_clear_deletes_only_this_caches_keys(client):
    prefix = f"t-{uuid.uuid4().hex[:8]}"
    cache = make_cache(prefix)
    cache.set("page", "html")
    counter_key = f"{prefix}:views:pending:articles"  # the counters live beside the cache
    client.hset(counter_key, "1", 5)
    other = make_cache(f"other-{prefix}")
    other.set("page", "theirs")
    try:
        cache.clear()
        assert cache.get("page") is None
        assert client.hget(counter_key, "1") == b"5"
        assert other.get("page") == "theirs"
    finally:
        client.delete(counter_key)
        other.clear()


def test_an_unreachable_redis_is_an_empty_cache():
    cache = make_cache("down", "redis://127.0.0.1:1/0")
    assert cache.get("x", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("x", 1) is False
    cache.set("x", 1)  # no exception
    assert cache.delete("x") is False
    with pytest.raises(ValueError):
        cache.incr("x")
    assert cache.clear() is False


def test_one_redis_client_serves_every_call(client):
    cache = make_cache(f"t-{uuid.uuid4().hex[:8]}")
    reader = cache._cache.get_client()
    assert cache._cache.get_client() is reader  # Django built a new one per call
    assert cache._cache.get_client(write=True) is not None
    cache.set("page", "html")
    assert cache.get("page") == "html" and cache._cache.get_client() is reader
    cache.clear()
