"""Popular Now: decayed hourly views; Must-Reads topped up with the week's most viewed."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from masthead import lists
from masthead.engagement import api
from masthead.testing import make_article, make_must_read, make_section, make_views

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 27, 15, 20, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def story(name, section=None):
    return make_article(name, section=section, publish_at=NOW - timedelta(days=3))


def test_the_score_halves_every_six_hours_by_hand():
    a = story("a")
    make_views(a, 100, hours_ago=0)  # weight 1
    make_views(a, 100, hours_ago=6)  # weight 1/2
    make_views(a, 80, hours_ago=12)  # weight 1/4
    make_views(a, 64, hours_ago=3)  # weight 2^(-1/2)
    make_views(a, 1000, hours_ago=48)  # outside the 48-hour window
    ((pk, score),) = api.rankings(limit=5)["popular"]
    assert pk == a.pk
    assert score == pytest.approx(100 + 50 + 20 + 64 * 2**-0.5)


def test_a_fresh_story_beats_yesterdays_bigger_one():
    old, fresh = story("old"), story("fresh")
    make_views(old, 1000, hours_ago=24)  # 1000 / 16 = 62.5
    make_views(fresh, 100, hours_ago=1)  # 100 * 2^(-1/6) = 89.1
    assert api.popular(limit=2) == [fresh.pk, old.pk]


def test_popular_now_per_section():
    asia, world = make_section("Asia"), make_section("World")
    a, w = story("a", asia), story("w", world)
    make_views(a, 10)
    make_views(w, 20)
    assert api.popular(section=asia.pk) == [a.pk]
    assert api.popular(section=world.pk) == [w.pk]
    assert api.popular() == [w.pk, a.pk]


def test_unpublished_stories_never_rank():
    gone = story("gone")
    make_views(gone, 500)
    gone.status = "withdrawn"
    gone.save()
    assert api.popular() == []
    assert api.most_viewed() == []


def test_most_viewed_sums_the_week():
    a, b = story("a"), story("b")
    make_views(a, 300, hours_ago=24 * 6)
    make_views(b, 200, hours_ago=1)
    make_views(b, 1000, hours_ago=24 * 8)  # older than a week
    assert api.most_viewed(days=7) == [a.pk, b.pk]
    assert api.popular() == [b.pk]  # a's views are older than 48 hours


def test_must_reads_are_curated_first_then_the_weeks_most_viewed_not_in_popular_now():
    page = story("page", make_section("Asia"))  # Latest Stories claims nothing else
    section = make_section("World")
    hot = [story(f"hot {i}", section) for i in range(5)]
    for i, article in enumerate(hot):
        make_views(article, 1000 - i, hours_ago=0)  # Popular Now
    steady = [story(f"steady {i}", section) for i in range(6)]
    for i, article in enumerate(steady):
        make_views(article, 5000 - i, hours_ago=24 * 5)  # big last week, tiny score now
    pick = story("pick", section)
    make_must_read(pick)
    result = lists.article_lists(page)
    must = [item.id for item in result["must_reads"]]
    popular = [item.id for item in result["popular"]]
    assert must[0] == pick.pk
    assert not set(must) & set(popular)
    assert must[1:] == [a.pk for a in steady if a.pk not in popular][:4]


def test_rankings_are_cached_so_pages_do_not_recompute_them(django_assert_num_queries):
    from django.core.cache import cache

    a, b = story("a"), story("b")
    make_views(a, 10)
    assert api.popular() == [a.pk]
    make_views(b, 50)  # views alone do not refresh the cached list...
    with django_assert_num_queries(0):
        assert api.popular() == [a.pk]
        assert api.most_viewed() == [a.pk]
    cache.clear()  # ...its 60 seconds running out does
    assert api.popular() == [b.pk, a.pk]
    assert api.POPULAR_CACHE_SECONDS == 60
