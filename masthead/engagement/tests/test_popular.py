"""Popular Now: decayed hourly views; Must-Reads topped up with the week's most viewed."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.db import transaction

from masthead import lists
from masthead.engagement import api
from masthead.engagement.models import Trending, TrendingState
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


# --- the maintained table (trending.py) against the definition --------------------------


def test_the_kept_table_agrees_with_the_buckets_as_hours_and_days_pass():
    import random

    from masthead.engagement import trending
    from masthead.engagement.counters import add_to_totals, hour_of

    rng = random.Random(7)
    asia, world = make_section("Asia"), make_section("World")
    stories = [story(f"s{i}", asia if i % 2 else world) for i in range(12)]
    clock = NOW
    # Nine days, every 5 hours: fold a few views (some into past hours, as a late flush
    # would), move the windows, and compare with the ranking computed from the buckets.
    for step in range(9 * 24 // 5):
        clock += timedelta(hours=5)
        with time_machine.travel(clock, tick=False):
            per_hour = {}
            for article in rng.sample(stories, 4):
                hour = hour_of(clock) - timedelta(hours=rng.choice([0, 0, 1, 3]))
                per_hour[(article.pk, hour)] = rng.randint(1, 50)
            with transaction.atomic():
                add_to_totals(per_hour)
            trending.advance(clock)
            for section in (None, asia.pk, world.pk):
                kept = api.rankings(section, limit=30)
                truth = api.rankings_from_buckets(section, limit=30)
                assert [pk for pk, _ in kept["popular"]] == [pk for pk, _ in truth["popular"]]
                for (_, a), (_, b) in zip(kept["popular"], truth["popular"], strict=True):
                    assert a == pytest.approx(b, rel=1e-9)
                assert kept["most_viewed"] == truth["most_viewed"], step


def test_a_story_leaves_popular_now_exactly_when_its_last_view_is_48_hours_old():
    from masthead.engagement import trending

    a = story("a")
    make_views(a, 10, hours_ago=0)  # the 15:00 hour
    later = NOW + timedelta(hours=47)  # 14:20 two days on: 15:00 is still in the window
    trending.advance(later)
    assert [pk for pk, _ in api.rankings(now=later)["popular"]] == [a.pk]
    later = NOW + timedelta(hours=48)
    trending.advance(later)
    result = api.rankings(now=later)
    assert result["popular"] == []
    assert result["most_viewed"] == [(a.pk, 10)]  # still this week's
    later = NOW + timedelta(days=7, hours=1)
    trending.advance(later)
    assert api.rankings(now=later) == {"popular": [], "most_viewed": []}
    assert not Trending.objects.exists()  # forgotten once the week has no view of it


def test_scores_survive_the_daily_rebase():
    from masthead.engagement import trending

    a, b = story("a"), story("b")
    make_views(a, 100, hours_ago=2)
    make_views(b, 60, hours_ago=0)
    before = TrendingState.objects.get().epoch
    later = NOW + timedelta(hours=25)
    trending.advance(later)
    assert TrendingState.objects.get().epoch > before
    expected = {a.pk: 100 * 2 ** (-27 / 6), b.pk: 60 * 2 ** (-25 / 6)}
    for pk, score in api.rankings(now=later)["popular"]:
        assert score == pytest.approx(expected[pk])


def test_a_worker_off_for_days_rebuilds_instead_of_subtracting():
    from masthead.engagement import trending

    a = story("a")
    make_views(a, 10)
    assert trending.advance(NOW + timedelta(days=3)).startswith("rebuilt")
    assert api.rankings(now=NOW + timedelta(days=3))["most_viewed"] == [(a.pk, 10)]


def test_a_story_moved_to_another_section_ranks_there_at_once():
    asia, world = make_section("Asia"), make_section("World")
    a = story("a", asia)
    make_views(a, 10)
    a.section = world
    a.save()
    assert api.rankings(world.pk)["popular"][0][0] == a.pk
    assert api.rankings(asia.pk)["popular"] == []


def test_ranking_reads_no_hourly_bucket():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_views(story("a"), 10)
    with CaptureQueriesContext(connection) as queries:
        api.popular()
        api.most_viewed()
    sql = [q["sql"] for q in queries.captured_queries]
    assert len([q for q in sql if "engagement_trending" in q]) == 1
    assert not [q for q in sql if "hourlyviews" in q]


def test_rebuilding_gives_the_same_table():
    from masthead.engagement import trending

    asia = make_section("Asia")
    for i in range(5):
        make_views(story(f"s{i}", asia), 10 * (i + 1), hours_ago=i * 7)
    before = api.rankings(limit=30)
    assert trending.rebuild() == 5
    after = api.rankings(limit=30)
    assert [pk for pk, _ in after["popular"]] == [pk for pk, _ in before["popular"]]
    assert after["most_viewed"] == before["most_viewed"]
