"""Fixtures the page cache's tests share (test_pagecache.py, test_pagefast.py)."""

import pytest


@pytest.fixture
def cache_calls(monkeypatch):
    """(method, [keys]) of every read of the shared cache, in order."""
    from django.core.cache import cache

    calls, inside_many = [], []
    real_get, real_get_many = cache.get, cache.get_many

    def counting_get(key, *args, **kwargs):
        if not inside_many:  # the local-memory cache's get_many calls get
            calls.append(("get", [key]))
        return real_get(key, *args, **kwargs)

    def counting_many(keys, *args, **kwargs):
        calls.append(("get_many", list(keys)))
        inside_many.append(True)
        try:
            return real_get_many(keys, *args, **kwargs)
        finally:
            inside_many.pop()

    monkeypatch.setattr(cache, "get", counting_get)
    monkeypatch.setattr(cache, "get_many", counting_many)
    return calls


@pytest.fixture
def connection_checks(monkeypatch):
    """(the default connection, the list its Django health checks are counted in); skips
    unless health checks are on (PostgreSQL's settings: the PostgreSQL + Redis pass)."""
    from django.db import connections

    db = connections["default"]
    if not db.settings_dict.get("CONN_HEALTH_CHECKS"):
        pytest.skip("Health checks are on with PostgreSQL (the PostgreSQL + Redis pass)")
    db.ensure_connection()
    checks = []
    real = db.is_usable

    def counting():
        checks.append(1)
        return real()

    monkeypatch.setattr(db, "is_usable", counting)
    return db, checks
