"""The content version every cached list hangs on: read once per request, never longer."""

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils import timezone

from masthead.newsroom.cache import VERSION_KEY, bump, content_state, content_version
from masthead.testing import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def version_reads(monkeypatch):
    asked = []
    real = cache.get_many

    def counting(keys, *args, **kwargs):
        if VERSION_KEY in keys:
            asked.append(keys)
        return real(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counting)
    return asked


def start_request():
    # As Django's test client does: the signals without closing the test's connection.
    request_started.disconnect(close_old_connections)
    try:
        request_started.send(sender=None, environ={})
    finally:
        request_started.connect(close_old_connections)


def finish_request():
    request_finished.disconnect(close_old_connections)
    try:
        request_finished.send(sender=None)
    finally:
        request_finished.connect(close_old_connections)


@pytest.fixture
def in_a_request():
    start_request()
    yield
    finish_request()


def test_an_article_page_reads_the_version_once(client, settings, version_reads):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # rendered each time: every list asks
    story = make_article("Ministers meet in Seoul", section=make_section("Asia"))
    for _ in range(2):
        assert client.get(story.get_absolute_url()).status_code == 200
    assert len(version_reads) == 2


def test_outside_a_request_every_call_reads_the_cache(version_reads):
    first = content_version()
    cache.set(VERSION_KEY, first + 5, timeout=None)  # another process's bump
    assert content_version() == first + 5
    assert len(version_reads) == 2


def test_a_bump_during_a_request_is_seen_by_the_rest_of_it(in_a_request, version_reads):
    first = content_version()
    assert content_version() == first and len(version_reads) == 1
    bump()
    assert content_version() > first


def test_a_request_sees_a_scheduled_time_pass(in_a_request):
    section = make_section("Asia")
    when = timezone.now() + timedelta(seconds=30)
    make_article("Embargoed", section=section, status="scheduled", publish_at=when)
    version, until = content_state()
    assert until == pytest.approx(when.timestamp())
    with time_machine.travel(when + timedelta(seconds=1), tick=False):
        assert content_version() == version + 1


def test_the_next_request_reads_again(version_reads):
    for _ in range(2):
        start_request()
        content_version()
        content_version()
        finish_request()
    assert len(version_reads) == 2


# --- lists this process keeps for a second (newsroom.cache.cached) -------------------------


@pytest.fixture
def clock(monkeypatch):
    from masthead.newsroom import cache as lists_cache

    now = [500.0]
    monkeypatch.setattr(lists_cache, "_clock", lambda: now[0])
    return now


def test_a_list_is_kept_in_process_for_a_second_under_its_version(clock):
    from masthead.newsroom.cache import cached

    computed = []

    def compute():
        computed.append(1)
        return [len(computed)]

    assert cached("answer", compute) == [1]
    # Another process recomputed it (its lifetime ran out there): a new value, same key.
    cache.set(f"masthead:v{content_version()}:answer", [99])
    clock[0] += 0.9
    assert cached("answer", compute) == [1]  # kept here for a second
    clock[0] += 0.2
    assert cached("answer", compute) == [99]  # then the shared cache's again
    bump()
    assert cached("answer", compute) == [2]  # a change of content: at once
    assert len(computed) == 2


def test_a_list_not_cached_is_not_kept_either(clock):
    from masthead.newsroom.cache import cached

    computed = []
    for _ in range(3):
        cached("uncached", lambda: computed.append(1) or len(computed), timeout=0)
    assert len(computed) == 3
