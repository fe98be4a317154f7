"""Whole reader pages: cached for anonymous readers, dropped exactly when they change."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.newsroom import pagecache
from masthead.newsroom.models import Article, PageVersion
from masthead.testing import make_article, make_author, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def story():
    story = make_article("Ministers meet in Seoul", section=make_section("Asia"))
    story.bylines.create(author=make_author("Kim Ji-won"), position=1)
    story.tags.add(make_tag("Diplomacy"))
    return story


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code in (200, 304), (url, response.status_code)
    return response


@pytest.fixture
def clock(monkeypatch):
    """The clock the process's memory of versions runs on, moved by hand."""
    now = [1000.0]
    monkeypatch.setattr(pagecache, "_clock", lambda: now[0])
    return now


@pytest.mark.parametrize("recheck_ms, queries_per_hit", [(0, 1), (250, 0)])
def test_the_second_reader_gets_the_cached_page_for_at_most_one_query(
    client, story, settings, recheck_ms, queries_per_hit
):
    settings.MASTHEAD_PAGE_RECHECK_MS = recheck_ms
    first = get(client, story.get_absolute_url())
    assert first["X-Cache"] == "MISS"
    with CaptureQueriesContext(connection) as queries:
        second = get(client, story.get_absolute_url())
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert len(queries) == queries_per_hit
    assert all("newsroom_pageversion" in q["sql"] for q in queries)


def test_pages_say_how_long_front_caches_may_keep_them(client, story):
    response = get(client, story.get_absolute_url())
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=30, stale-while-revalidate=30"
    assert get(client, story.get_absolute_url())["Age"] == "0"
    assert response["ETag"].startswith('"') and response["Last-Modified"].endswith("GMT")


def test_a_matching_etag_or_date_gets_304(client, story):
    first = get(client, story.get_absolute_url())
    again = client.get(story.get_absolute_url(), HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    since = client.get(story.get_absolute_url(), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert since.status_code == 304


@pytest.mark.parametrize("page", ["home", "section", "author", "tag", "article"])
def test_every_reader_page_is_cached(client, story, page):
    url = {
        "home": "/",
        "section": story.section.get_absolute_url(),
        "author": story.authors.get(name="Kim Ji-won").get_absolute_url(),
        "tag": story.tags.get().get_absolute_url(),
        "article": story.get_absolute_url(),
    }[page]
    get(client, url)
    assert get(client, url)["X-Cache"] == "HIT"


def test_editing_a_headline_drops_every_page_that_shows_it(client, story):
    urls = [
        "/",
        story.get_absolute_url(),
        story.section.get_absolute_url(),
        story.authors.get(name="Kim Ji-won").get_absolute_url(),
        story.tags.get().get_absolute_url(),
    ]
    for url in urls:
        get(client, url)
    story.headline = "Ministers meet in Seoul, agree on trade"
    story.save()
    for url in urls:
        response = get(client, url)
        assert response["X-Cache"] == "MISS", url
        assert b"agree on trade" in response.content, url


def test_an_unrelated_story_leaves_other_pages_cached(client, story):
    get(client, story.get_absolute_url())
    make_article("Football results", section=make_section("Sports"))
    assert get(client, story.get_absolute_url())["X-Cache"] == "HIT"


def test_a_withdrawn_story_is_gone_at_once(client, story):
    get(client, story.get_absolute_url())
    get(client, story.section.get_absolute_url())
    story.status = Article.Status.WITHDRAWN
    story.save()
    assert client.get(story.get_absolute_url()).status_code == 404
    assert b"Ministers meet" not in get(client, story.section.get_absolute_url()).content


def test_a_story_moved_to_another_section_drops_its_old_address(client, story):
    old = story.get_absolute_url()
    get(client, old)
    story.section = make_section("World")
    story.save()
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == story.get_absolute_url()


def test_a_correction_drops_the_story_page(client, story):
    get(client, story.get_absolute_url())
    story.corrections.create(kind="correction", note="An earlier version misspelt a name.")
    assert b"misspelt a name" in get(client, story.get_absolute_url()).content


def test_another_process_dropping_a_page_is_seen_here_within_the_recheck_time(
    client, story, settings, clock
):
    settings.MASTHEAD_PAGE_RECHECK_MS = 250
    get(client, story.get_absolute_url())
    # What a save in another server process leaves behind: only the database changed.
    PageVersion.objects.update_or_create(path=story.get_absolute_url(), defaults={"version": 9})
    clock[0] += 0.2
    assert get(client, story.get_absolute_url())["X-Cache"] == "HIT"  # read 200 ms ago
    clock[0] += 0.06
    assert get(client, story.get_absolute_url())["X-Cache"] == "MISS"


def test_with_no_recheck_time_another_process_drop_is_seen_at_once(client, story, settings):
    settings.MASTHEAD_PAGE_RECHECK_MS = 0
    get(client, story.get_absolute_url())
    PageVersion.objects.update_or_create(path=story.get_absolute_url(), defaults={"version": 9})
    assert get(client, story.get_absolute_url())["X-Cache"] == "MISS"


def test_a_scheduled_story_appears_on_cached_pages_at_its_time(client):
    import time_machine

    section = make_section("Asia")
    make_article("Already out", section=section)
    when = timezone.now().replace(microsecond=0) + timedelta(seconds=20)
    make_article("Embargoed", section=section, status="scheduled", publish_at=when)
    first = get(client, section.get_absolute_url())
    assert b"Embargoed" not in first.content
    fresh = int(re.search(r"s-maxage=(\d+)", first["Cache-Control"]).group(1))
    assert fresh <= 10  # the page lives until the publish time: 20 s, half of it fresh
    with time_machine.travel(when + timedelta(seconds=1), tick=False):
        assert b"Embargoed" in get(client, section.get_absolute_url()).content


def test_staff_with_a_session_are_never_served_or_stored(client, story):
    client.force_login(make_user("editor", group="Editor"))
    response = get(client, story.get_absolute_url())
    assert "X-Cache" not in response
    assert response["Cache-Control"] == "private, no-cache"


@pytest.mark.parametrize(
    "query, cached",
    [
        ("?utm_source=newsletter&utm_medium=email", True),
        ("?fbclid=abc", True),
        ("?note=published", False),
        ("?q=anything", False),
    ],
)
def test_tracking_tags_are_ignored_and_other_parameters_bypass(client, story, query, cached):
    get(client, story.get_absolute_url())
    response = get(client, story.get_absolute_url() + query)
    assert (response.get("X-Cache") == "HIT") is cached


def test_listing_pages_are_cached_per_page_number(client, story):
    for i in range(25):
        make_article(f"Filler {i}", section=story.section)
    one = get(client, story.section.get_absolute_url())
    two = get(client, story.section.get_absolute_url() + "?page=2")
    assert one.content != two.content
    assert get(client, story.section.get_absolute_url() + "?page=2")["X-Cache"] == "HIT"


def test_not_found_pages_are_not_cached(client):
    assert client.get("/no-such-section/").status_code == 404
    assert client.get("/no-such-section/").get("X-Cache") is None


def test_a_cache_outage_still_serves_pages(client, story, settings):
    settings.CACHES = {  # Redis as configured in production, but nothing listens there
        "default": {
            "BACKEND": "masthead.lib.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    for url in (story.get_absolute_url(), "/", story.section.get_absolute_url()):
        response = client.get(url)
        assert response.status_code == 200 and b"Ministers meet" in response.content


def test_a_reader_request_never_writes(client, story):
    with CaptureQueriesContext(connection) as queries:
        get(client, story.get_absolute_url())
        get(client, story.get_absolute_url())
    # (PostgreSQL's UNION ALL of a story's parts starts with a parenthesis)
    writes = [q["sql"] for q in queries if not q["sql"].lstrip("( ").upper().startswith("SELECT")]
    assert writes == []


def test_front_caches_are_told_which_paths_to_purge(story, django_capture_on_commit_callbacks):
    told = []

    def listener(sender, paths, **kwargs):
        told.extend(paths)

    pagecache.pages_changed.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            story.headline = "New headline"
            story.save()
    finally:
        pagecache.pages_changed.disconnect(listener)
    assert {"/", story.get_absolute_url(), story.section.get_absolute_url()} <= set(told)


# --- this process's memory in front of the shared cache (MASTHEAD_PAGE_MEMORY_MB) -------


@pytest.mark.parametrize("megabytes", [0, 1])
def test_a_hot_page_is_served_from_this_process_memory(client, story, settings, cache_calls,
                                                       megabytes):  # fmt: skip
    settings.MASTHEAD_PAGE_MEMORY_MB = megabytes
    first = get(client, story.get_absolute_url())
    cache_calls.clear()
    again = get(client, story.get_absolute_url())
    assert again["X-Cache"] == "HIT" and again.content == first.content
    asked = [key for _, keys in cache_calls for key in keys]  # (conftest.py)
    page_reads = [key for key in asked if key.startswith("masthead:page:")]
    assert len(page_reads) == (0 if megabytes else 1)


def test_pages_in_memory_are_dropped_with_their_version(client, story, settings, clock):
    settings.MASTHEAD_PAGE_MEMORY_MB = 1
    get(client, story.get_absolute_url())
    get(client, story.section.get_absolute_url())
    story.headline = "Ministers meet in Seoul, agree on trade"
    story.save()
    for url in (story.get_absolute_url(), story.section.get_absolute_url()):
        response = get(client, url)
        assert response["X-Cache"] == "MISS" and b"agree on trade" in response.content
    # Another process's save: only the database changed, seen after the recheck time.
    PageVersion.objects.filter(path=story.get_absolute_url()).update(version=99)
    clock[0] += settings.MASTHEAD_PAGE_RECHECK_MS / 1000
    assert get(client, story.get_absolute_url())["X-Cache"] == "MISS"


def test_a_page_in_memory_goes_at_its_stored_expiry(client, story, settings):
    import time_machine

    settings.MASTHEAD_PAGE_MEMORY_MB = 1
    get(client, story.get_absolute_url())
    assert get(client, story.get_absolute_url())["X-Cache"] == "HIT"
    later = timezone.now() + timedelta(seconds=settings.MASTHEAD_PAGE_CACHE_SECONDS + 1)
    with time_machine.travel(later, tick=False):
        assert get(client, story.get_absolute_url())["X-Cache"] == "MISS"


def test_memory_keeps_the_most_recently_used_pages_within_its_budget(settings):
    settings.MASTHEAD_PAGE_MEMORY_MB = 1  # 1,000,000 bytes; one page may take an eighth
    near = pagecache._NearPages()
    page = (b"x" * 100_000, "text/html", 0.0, 1e12, '"e"')
    for i in range(12):
        near.put(f"k{i}", page)
    assert near.size == 1_000_000 and list(near.pages) == [f"k{i}" for i in range(2, 12)]
    near.get("k2")  # read again: no longer the least recently used
    near.put("k12", page)
    assert near.get("k2") is page and near.get("k3") is None and near.get("k12") is page
    near.put("huge", (b"x" * 200_000, *page[1:]))  # more than an eighth: not kept
    assert near.get("huge") is None


# --- the version read as the request's connection check (CONN_HEALTH_CHECKS) -------------


@pytest.fixture
def checked_connection(connection_checks):
    """The default connection with health checks on, as at the start of a request that
    reuses it; ``checks`` counts Django's own ``SELECT 1``."""
    db, checks = connection_checks
    db.health_check_done = False  # what close_old_connections leaves at a request's start
    return db, checks


@pytest.mark.django_db(transaction=True)
def test_the_page_version_read_is_the_request_s_connection_check(checked_connection):
    db, checks = checked_connection
    path = "/health/checked/"
    pagecache.drop([path])
    checks.clear()
    db.health_check_done = False  # a new request
    assert pagecache.version_of(path) == 1
    assert checks == [] and db.health_check_done  # no SELECT 1 of Django's
    with db.cursor() as cursor:  # the request's next queries are not checked again
        cursor.execute("SELECT 2")
    assert checks == []


@pytest.mark.django_db(transaction=True)
def test_a_broken_connection_found_by_the_version_read_is_replaced(checked_connection):
    db, checks = checked_connection
    path = "/health/broken/"
    pagecache.drop([path])
    db.health_check_done = False
    broken = db.connection
    broken.close()  # as a PostgreSQL restart leaves it: the next query on it fails
    assert pagecache.version_of(path) == 1  # answered on a new connection
    assert db.connection is not broken and not db.connection.closed


@pytest.mark.django_db(transaction=True)
def test_a_failed_version_read_on_a_sound_connection_is_raised_not_made_again(
    checked_connection, monkeypatch
):
    from django.db import ProgrammingError

    db, checks = checked_connection
    kept = db.connection
    monkeypatch.setattr(pagecache, "_version_sql", lambda: "SELECT nothing FROM nowhere %s")
    with pytest.raises(ProgrammingError):
        pagecache.version_of("/health/failing/")
    assert db.connection is kept  # not closed: Django's check found it sound
