"""Cached reader pages answered in front of Django (``pagecache.PageFastPath``)."""

import pytest
from django.core.signals import request_started
from django.db import OperationalError

from masthead.newsroom import pagecache
from masthead.newsroom.models import Article
from masthead.testing import make_article, wsgi_call

pytestmark = pytest.mark.django_db

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0"}


@pytest.fixture
def fast_path():
    """The fast path of ``masthead.wsgi``, forgetting what earlier tests taught it."""
    from masthead.wsgi import application

    path = application.app
    assert isinstance(path, pagecache.PageFastPath)
    path.learned.clear()
    path.hosts.clear()
    yield path
    path.learned.clear()
    path.hosts.clear()


@pytest.fixture
def django_requests():
    """How many requests reached Django."""
    seen = []

    def count(**kwargs):
        seen.append(1)

    request_started.connect(count)
    yield seen
    request_started.disconnect(count)


def get(path, **environ):
    return wsgi_call(path, **{**BROWSER, **environ})


def _comparable(headers):
    return {k: v for k, v in headers.items() if k not in ("Age", "Date")}


def test_a_cached_page_is_answered_in_front_exactly_as_django_answers_it(
    fast_path, django_requests
):
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    miss = get(url)
    assert miss[1]["X-Cache"] == "MISS"
    django_hit = get(url)  # Django's own hit: the fast path learns its headers
    assert django_hit[1]["X-Cache"] == "HIT" and len(django_requests) == 2
    fast = get(url)
    assert len(django_requests) == 2  # Django never saw it
    assert fast[0] == 200 and fast[2] == django_hit[2] == miss[2]
    assert _comparable(fast[1]) == _comparable(django_hit[1])
    assert fast[1]["X-Frame-Options"] == "DENY"  # the middleware's headers are there
    assert int(fast[1]["Content-Length"]) == len(fast[2])
    head = get(url, REQUEST_METHOD="HEAD")
    assert head[0] == 200 and head[2] == b"" and head[1]["Content-Length"] == str(len(fast[2]))
    assert len(django_requests) == 2


def test_conditional_requests_get_304_from_the_front_as_from_django(fast_path, django_requests):
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    etag = get(url)[1]["ETag"]
    from_django = get(url, HTTP_IF_NONE_MATCH=etag)  # a hit answered 304: nothing learned
    assert from_django[0] == 304 and len(django_requests) == 2
    get(url)  # a hit answered 200 by Django: learned
    from_front = get(url, HTTP_IF_NONE_MATCH=etag)
    assert from_front[0] == 304 and from_front[2] == b"" and len(django_requests) == 3
    assert _comparable(from_front[1]) == _comparable(from_django[1])


def test_an_edit_or_a_withdrawal_reaches_the_next_reader(fast_path):
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    get(url), get(url)
    story.headline = "Harbour reopens after the storm"
    story.save()
    status, headers, body = get(url)
    assert b"Harbour reopens after the storm" in body and headers["X-Cache"] == "MISS"
    story.status = Article.Status.WITHDRAWN
    story.save()
    assert get(url)[0] == 404


def test_what_the_page_cache_never_serves_goes_to_django(fast_path, django_requests, settings):
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    get(url), get(url)
    seen = len(django_requests)
    cookie = f"{settings.SESSION_COOKIE_NAME}=abc"
    assert get(url, HTTP_COOKIE=cookie)[1].get("X-Cache") is None  # staff: rendered live
    assert get(url, QUERY_STRING="note=published")[1].get("X-Cache") is None
    assert get(url, HTTP_HOST="evil.example.com")[0] == 400  # Django's answer to the host
    assert get(url, REQUEST_METHOD="POST")[0] in (403, 405)  # CSRF, then the method
    assert len(django_requests) == seen + 4
    # A tracking tag names the same page: still answered in front.
    assert get(url, QUERY_STRING="utm_source=x")[1]["X-Cache"] == "HIT"
    assert len(django_requests) == seen + 4


def test_a_host_let_in_once_is_checked_again_when_the_allowed_hosts_change(
    fast_path, django_requests, settings
):
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    get(url), get(url)
    assert get(url)[1]["X-Cache"] == "HIT" and fast_path.hosts  # let in, remembered
    seen = len(django_requests)
    settings.ALLOWED_HOSTS = ["news.example.com"]
    assert get(url)[0] == 400  # the same Host header, refused by Django now
    assert len(django_requests) == seen + 1


def test_a_database_error_hands_the_request_to_django(
    fast_path, django_requests, monkeypatch, settings
):
    settings.MASTHEAD_PAGE_RECHECK_MS = 0  # every request reads the version
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    get(url), get(url)

    def broken(path, using=None):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(pagecache, "version_of", broken)
    assert get(url)[0] == 500  # Django's turn: the same failure is its own error page
    assert len(django_requests) == 3


@pytest.mark.django_db(transaction=True)  # as in production: no test transaction to abort
def test_a_database_error_on_the_plain_path_hands_the_request_to_django(
    fast_path, django_requests, monkeypatch, settings
):
    settings.MASTHEAD_PAGE_RECHECK_MS = 0  # every request reads the version
    story = make_article("Harbour reopens")
    url = story.get_absolute_url()
    get(url), get(url), get(url)  # the third is answered in front, and its host let in
    assert len(django_requests) == 2 and fast_path.hosts
    # The plain path's own query fails in the database driver (not through Django).
    monkeypatch.setattr(pagecache, "_version_sql_for", lambda vendor: "SELECT * FROM nowhere")
    status, headers, _ = get(url)
    assert len(django_requests) == 3  # Django answered, with its own query
    assert status == 200 and headers["X-Cache"] == "HIT"


def test_nothing_is_answered_in_front_before_django_answered_a_hit(fast_path, django_requests):
    story = make_article("Harbour reopens")
    get(story.get_absolute_url())
    assert fast_path.learned == {}
    assert get(story.get_absolute_url())[1]["X-Cache"] == "HIT"
    assert len(django_requests) == 2


def test_a_page_not_in_the_cache_costs_one_read_for_the_page_and_the_content_state(
    fast_path, cache_calls, settings
):
    """With a shared cache behind this process's memory of pages (Redis), the front looks
    for the page and reads the content state with it; Django, told it missed, asks neither
    again before rendering (one round trip, was three)."""
    from masthead.newsroom.cache import VERSION_KEY

    settings.MASTHEAD_PAGE_MEMORY_MB = 1  # on, as with Redis
    first, second = make_article("Harbour reopens"), make_article("Port strike ends")
    get(first.get_absolute_url())
    get(first.get_absolute_url())  # Django's hit: the front learns
    cache_calls.clear()
    status, headers, body = get(second.get_absolute_url())  # never asked for: rendered
    assert status == 200 and headers["X-Cache"] == "MISS" and b"Port strike ends" in body
    reads = [
        (method, keys)
        for method, keys in cache_calls
        if any(k.startswith("masthead:page:") or k == VERSION_KEY for k in keys)
    ]
    assert len(reads) == 1, reads
    method, keys = reads[0]
    assert method == "get_many" and VERSION_KEY in keys
    assert any(k.startswith("masthead:page:") for k in keys)


@pytest.mark.django_db(transaction=True)
def test_the_front_s_version_read_spares_django_its_connection_check(fast_path, connection_checks):
    """With PostgreSQL's health checks, Django checks a kept connection with a SELECT 1
    before a request's first query; the front's version read, moments before, has just
    shown the connection sound, so a page the cache did not hold is rendered without it."""
    db, checks = connection_checks
    first, second = make_article("Harbour reopens"), make_article("Port strike ends")
    get(first.get_absolute_url())
    get(first.get_absolute_url())  # Django's hit: the front learns
    checks.clear()

    def new_request(**kwargs):  # what close_old_connections does to a kept connection
        db.health_check_done = False  # (wsgi_call keeps it from closing the test's)

    request_started.connect(new_request)
    try:
        status, headers, body = get(second.get_absolute_url())  # the front misses
    finally:
        request_started.disconnect(new_request)
    assert status == 200 and headers["X-Cache"] == "MISS" and b"Port strike ends" in body
    assert checks == []


def test_a_hit_from_the_process_s_own_cache_reads_the_page_alone(fast_path, cache_calls, settings):
    """The embedded default: the cache is this process's memory and answers the hits, so a
    hit reads the page and nothing else (the content state is read by a render only)."""
    from masthead.newsroom.cache import VERSION_KEY

    settings.MASTHEAD_PAGE_MEMORY_MB = 0
    story = make_article("Harbour reopens")
    for _ in range(2):
        get(story.get_absolute_url())  # rendered, then Django's hit: the front learns
    cache_calls.clear()
    status, headers, _ = get(story.get_absolute_url())
    assert status == 200 and headers["X-Cache"] == "HIT"
    assert len(cache_calls) == 1 and VERSION_KEY not in cache_calls[0][1]
