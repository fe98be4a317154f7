"""The Redis counter against a real Redis (database 15, a fresh key prefix per test).

Without a Redis at 127.0.0.1:6379 these tests are skipped, except in CI (CI=true) where
they fail: start one with ``redis-server`` to run them.
"""

import logging
import os
import threading
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import redis
from django.db import connection

from masthead.engagement import counters
from masthead.engagement.counters import DatabaseCounter
from masthead.engagement.models import FlushBatch, HourlyViews, RecentVisit, ViewTotal
from masthead.engagement.redis_counter import RedisCounter
from masthead.testing import make_article

REDIS_URL = "redis://127.0.0.1:6379/15"
NOBODY_LISTENS = "redis://127.0.0.1:1/0"

NOW = datetime(2026, 3, 14, 9, 26, 53, 589_793, tzinfo=UTC)
WINDOW = timedelta(minutes=30)
MS = timedelta(milliseconds=1)


@pytest.fixture(autouse=True)
def _thirty_minute_window(settings):
    settings.MASTHEAD_VIEW_DEDUP_MINUTES = 30


@pytest.fixture(scope="module")
def redis_client():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=0.5, socket_timeout=0.5)
    try:
        client.ping()
    except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError) as exc:
        message = f"No Redis at {REDIS_URL} ({exc}); start redis-server to run these tests."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    yield client
    client.close()


@pytest.fixture
def prefix(redis_client):
    prefix = f"masthead-test:{uuid.uuid4().hex}"
    yield prefix
    keys = list(redis_client.scan_iter(match=f"{prefix}:*", count=1000))
    if keys:
        redis_client.delete(*keys)


@pytest.fixture
def counter(prefix):
    counter = RedisCounter(REDIS_URL, prefix)
    yield counter
    counter.close()


@pytest.fixture
def down():
    """A counter whose Redis is down (nothing listens there): needs no Redis to run."""
    prefix = f"masthead-test:{uuid.uuid4().hex}"
    counter = RedisCounter(NOBODY_LISTENS, prefix, socket_timeout=0.2, connect_timeout=0.2)
    yield counter
    counter.close()


def keys_of(redis_client, prefix):
    return sorted(k.decode() for k in redis_client.scan_iter(match=f"{prefix}:*", count=1000))


def total(article):
    row = ViewTotal.objects.filter(article=article).first()
    return row.views if row else 0


def hourly(article):
    return dict(HourlyViews.objects.filter(article=article).values_list("hour", "views"))


# --- counting ------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_visitor_counts_once_per_window(counter):
    story = make_article()
    assert counter.hit(story.pk, "reader-a", NOW) is True
    assert counter.hit(story.pk, "reader-a", NOW + timedelta(minutes=1)) is False
    assert counter.hit(story.pk, "reader-a", NOW + timedelta(minutes=29)) is False
    assert counter.hit(story.pk, "reader-b", NOW) is True
    assert counter.pending(story.pk) == 2


@pytest.mark.django_db
def test_the_window_edge_is_exact(counter):
    story = make_article()
    assert counter.hit(story.pk, "reader", NOW) is True
    assert counter.hit(story.pk, "reader", NOW + WINDOW - MS) is False
    assert counter.hit(story.pk, "reader", NOW + WINDOW - timedelta(microseconds=1)) is False
    assert counter.hit(story.pk, "reader", NOW + WINDOW) is True
    # The window restarts at the view counted last.
    assert counter.hit(story.pk, "reader", NOW + 2 * WINDOW - MS) is False
    assert counter.hit(story.pk, "reader", NOW + 2 * WINDOW) is True
    assert counter.pending(story.pk) == 3


@pytest.mark.django_db
def test_the_window_follows_the_setting(counter, settings):
    settings.MASTHEAD_VIEW_DEDUP_MINUTES = 5
    story = make_article()
    assert counter.hit(story.pk, "reader", NOW) is True
    assert counter.hit(story.pk, "reader", NOW + timedelta(minutes=5) - MS) is False
    assert counter.hit(story.pk, "reader", NOW + timedelta(minutes=5)) is True


@pytest.mark.django_db
def test_a_view_is_counted_per_article(counter):
    one, two = make_article(), make_article()
    assert counter.hit(one.pk, "reader", NOW) is True
    assert counter.hit(two.pk, "reader", NOW) is True
    assert counter.pending(one.pk) == counter.pending(two.pk) == 1


@pytest.mark.django_db
def test_the_dedup_key_expires_in_redis_after_the_window(counter, redis_client, prefix):
    story = make_article()
    counter.hit(story.pk, "reader", NOW)
    ttl = redis_client.pttl(f"{prefix}:seen:reader:{story.pk}")
    assert WINDOW // MS < ttl <= WINDOW // MS + 60_000


@pytest.mark.django_db
def test_also_seen_as_stops_a_second_count_after_midnight(counter):
    story = make_article()
    before_midnight = datetime(2026, 3, 14, 23, 50, tzinfo=UTC)
    assert counter.hit(story.pk, "yesterdays-hash", before_midnight) is True
    after_midnight = datetime(2026, 3, 15, 0, 10, tzinfo=UTC)
    assert counter.hit(story.pk, "todays-hash", after_midnight, "yesterdays-hash") is False
    # Refused, so it is not remembered under today's hash either.
    assert counter.hit(story.pk, "todays-hash", after_midnight + MS) is True
    assert counter.pending(story.pk) == 2


@pytest.mark.django_db
def test_also_seen_as_only_within_the_window(counter):
    story = make_article()
    assert counter.hit(story.pk, "old-hash", NOW) is True
    assert counter.hit(story.pk, "new-hash", NOW + WINDOW - MS, also_seen_as="old-hash") is False
    assert counter.hit(story.pk, "new-hash", NOW + WINDOW, also_seen_as="old-hash") is True
    assert counter.hit(story.pk, "other", NOW, also_seen_as="never-seen") is True


@pytest.mark.django_db
def test_all_keys_carry_the_prefix(counter, redis_client, prefix):
    story = make_article()
    counter.hit(story.pk, "reader", NOW)
    assert keys_of(redis_client, prefix) == [
        f"{prefix}:pending:articles",
        f"{prefix}:pending:hours",
        f"{prefix}:pending:reads",
        f"{prefix}:seen:reader:{story.pk}",
        f"{prefix}:session:reader",
    ]


# --- reading -------------------------------------------------------------------------


@pytest.mark.django_db
def test_current_is_the_folded_total_plus_pending(counter):
    story = make_article()
    ViewTotal.objects.create(article=story, views=40)
    assert counter.current(story.pk) == 40
    assert counter.pending(story.pk) == 0
    counter.hit(story.pk, "a", NOW)
    counter.hit(story.pk, "b", NOW)
    assert counter.pending(story.pk) == 2
    assert counter.current(story.pk) == 42
    assert counter.flush(NOW) == 2
    assert counter.pending(story.pk) == 0
    assert counter.current(story.pk) == 42


@pytest.mark.django_db
def test_a_batch_being_flushed_still_counts_as_pending(counter):
    story = make_article()
    counter.hit(story.pk, "a", NOW)
    counter.hit(story.pk, "b", NOW)
    assert counter._claim() is not None  # step 1 done, the flusher is busy
    counter.hit(story.pk, "c", NOW)
    assert counter.pending(story.pk) == 3
    assert counter.current(story.pk) == 3


@pytest.mark.django_db
def test_count_answers_the_same_as_current_in_one_round_trip(counter):
    story = make_article()
    ViewTotal.objects.create(article=story, views=40)
    assert counter.count(story.pk, "a", NOW) == (True, 41)
    assert counter.count(story.pk, "a", NOW) == (False, 41)  # the same reader again
    counter.hit(story.pk, "b", NOW)
    assert counter._claim() is not None  # a flush took the pending views: still counted
    assert counter.count(story.pk, "c", NOW) == (True, 43)
    assert counter.current(story.pk) == 43
    assert counter.flush(NOW) == 3
    assert counter.count(story.pk, "d", NOW) == (True, 44)


# --- flushing ------------------------------------------------------------------------


@pytest.mark.django_db
def test_flush_moves_views_into_totals_and_the_right_hours(counter, redis_client, prefix):
    one, two = make_article(), make_article()
    nine = datetime(2026, 3, 14, 9, tzinfo=UTC)
    counter.hit(one.pk, "a", nine + timedelta(minutes=59, seconds=59, microseconds=999_999))
    counter.hit(one.pk, "b", nine + timedelta(hours=1))
    counter.hit(one.pk, "c", nine + timedelta(hours=1, minutes=30))
    counter.hit(two.pk, "a", nine)
    assert counter.flush(nine + timedelta(hours=2)) == 4
    assert total(one) == 3
    assert total(two) == 1
    assert hourly(one) == {nine: 1, nine + timedelta(hours=1): 2}
    assert hourly(two) == {nine: 1}
    # Only the dedup keys and the readers' sessions (both expiring with the window) are left.
    assert all(":seen:" in key or ":session:" in key for key in keys_of(redis_client, prefix))
    assert FlushBatch.objects.count() == 1


@pytest.mark.django_db
def test_the_hour_is_taken_in_utc(counter):
    story = make_article()
    india = datetime(2026, 3, 14, 18, 30, tzinfo=UTC).astimezone(ZoneInfo("Asia/Kolkata"))
    counter.hit(story.pk, "a", india)  # 00:00 in India
    counter.flush(NOW)
    assert hourly(story) == {datetime(2026, 3, 14, 18, tzinfo=UTC): 1}


@pytest.mark.django_db
def test_flushing_twice_never_counts_twice(counter):
    story = make_article()
    for n in range(5):
        counter.hit(story.pk, f"reader-{n}", NOW)
    assert counter.flush(NOW) == 5
    assert counter.flush(NOW) == 0
    assert total(story) == 5
    counter.hit(story.pk, "late", NOW)
    assert counter.flush(NOW) == 1
    assert counter.flush(NOW) == 0
    assert total(story) == 6
    assert counter.current(story.pk) == 6


@pytest.mark.django_db
def test_flushing_nothing_moves_nothing(counter):
    assert counter.flush(NOW) == 0
    assert FlushBatch.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_a_crash_after_the_commit_before_deleting_the_keys_counts_once(counter, redis_client):
    story = make_article()
    for n in range(3):
        counter.hit(story.pk, f"reader-{n}", NOW)
    token, left_over = counter._claim()  # step 1
    assert left_over is False
    assert counter._apply(token, NOW) == 3  # step 2 commits ... and the process dies
    assert total(story) == 3
    assert counter.current(story.pk) == 6  # the documented window: read twice, never stored
    counter.hit(story.pk, "after-the-crash", NOW)

    assert counter.flush(NOW) == 1  # only the new view; the batch is not applied again
    assert total(story) == 4
    assert counter.current(story.pk) == 4
    assert counter.pending(story.pk) == 0
    assert redis_client.exists(*counter._batch_keys(token), counter._flushing) == 0
    assert counter.flush(NOW) == 0
    assert total(story) == 4


@pytest.mark.django_db(transaction=True)
def test_a_crash_before_the_commit_keeps_the_batch_for_the_next_flush(counter, monkeypatch):
    story = make_article()
    counter.hit(story.pk, "a", NOW)
    counter.hit(story.pk, "b", NOW)

    def dies(per_hour):
        raise RuntimeError("the process dies mid-transaction")

    monkeypatch.setattr("masthead.engagement.redis_counter.add_to_totals", dies)
    with pytest.raises(RuntimeError):
        counter.flush(NOW)
    assert total(story) == 0
    assert FlushBatch.objects.count() == 0
    assert counter.pending(story.pk) == 2  # still waiting, in the claimed batch
    monkeypatch.undo()

    counter.hit(story.pk, "c", NOW)
    assert counter.flush(NOW) == 3  # the left-over batch first, then the fresh one
    assert total(story) == 3
    assert counter.flush(NOW) == 0
    assert total(story) == 3


@pytest.mark.django_db(transaction=True)
def test_a_crash_after_claiming_keeps_the_batch(counter):
    story = make_article()
    counter.hit(story.pk, "a", NOW)
    token, _ = counter._claim()  # and the process dies
    assert counter._claim() == (token, True)  # the next flush takes the same batch
    assert counter.flush(NOW) == 1
    assert total(story) == 1


@pytest.mark.django_db(transaction=True)
def test_two_flushers_of_one_batch_apply_it_once(counter, prefix):
    story = make_article()
    counter.hit(story.pk, "a", NOW)
    other = RedisCounter(REDIS_URL, prefix)
    try:
        token, _ = counter._claim()
        assert other._claim() == (token, True)
        assert counter._apply(token, NOW) == 1
        assert other._apply(token, NOW) == 0
        other._release(token)
        counter._release(token)
    finally:
        other.close()
    assert total(story) == 1


@pytest.mark.django_db
def test_a_late_release_does_not_drop_the_next_batch(counter):
    story = make_article()
    counter.hit(story.pk, "a", NOW)
    first, _ = counter._claim()
    counter._apply(first, NOW)
    counter._release(first)
    counter.hit(story.pk, "b", NOW)
    second, _ = counter._claim()
    counter._release(first)  # a slow second flusher of the first batch finishes now
    assert counter.pending(story.pk) == 1
    assert counter._claim() == (second, True)
    assert counter.flush(NOW) == 1
    assert total(story) == 2


@pytest.mark.django_db
def test_views_of_a_deleted_article_are_dropped_not_stuck(counter):
    kept, deleted = make_article(), make_article()
    counter.hit(kept.pk, "a", NOW)
    counter.hit(deleted.pk, "a", NOW)
    deleted.delete()
    assert counter.flush(NOW) == 1
    assert total(kept) == 1
    assert counter.flush(NOW) == 0


@pytest.mark.django_db
def test_old_flush_batches_are_forgotten(counter):
    story = make_article()
    FlushBatch.objects.create(token="old", flushed_at=NOW - timedelta(days=1, seconds=1))
    FlushBatch.objects.create(token="recent", flushed_at=NOW - timedelta(hours=23))
    counter.hit(story.pk, "a", NOW)
    counter.flush(NOW)
    tokens = set(FlushBatch.objects.values_list("token", flat=True))
    assert "old" not in tokens
    assert "recent" in tokens
    assert len(tokens) == 2  # and this flush's own


@pytest.mark.django_db
def test_flush_also_folds_the_database_buffer(counter):
    story = make_article()
    DatabaseCounter().hit(story.pk, "counted-while-redis-was-down", NOW)
    counter.hit(story.pk, "counted-in-redis", NOW)
    assert counter.pending(story.pk) == 2
    assert counter.current(story.pk) == 2
    assert counter.flush(NOW) == 2
    assert total(story) == 2
    assert counter.pending(story.pk) == 0
    assert RecentVisit.objects.filter(pending__gt=0).count() == 0


# --- concurrency ---------------------------------------------------------------------


def hammer(counter, article_id, visitors_of_thread, threads=8):
    counted = [0] * threads
    errors = []
    start = threading.Barrier(threads)

    def run(n):
        try:
            start.wait()
            for visitor in visitors_of_thread(n):
                counted[n] += counter.hit(article_id, visitor, NOW)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    workers = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert not errors
    return sum(counted)


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_of_distinct_visitors_all_count(counter):
    story = make_article()
    counted = hammer(counter, story.pk, lambda n: (f"t{n}-v{i}" for i in range(250)))
    assert counted == 2000
    assert counter.pending(story.pk) == 2000
    assert counter.flush(NOW) == 2000
    assert total(story) == 2000


@pytest.mark.django_db(transaction=True)
def test_concurrent_hits_of_the_same_visitors_count_once(counter):
    story = make_article()
    counted = hammer(counter, story.pk, lambda n: (f"v{i}" for i in range(250)))
    assert counted == 250
    assert counter.pending(story.pk) == 250
    assert counter.flush(NOW) == 250
    assert total(story) == 250


@pytest.mark.django_db(transaction=True)
def test_hits_during_a_flush_are_neither_lost_nor_doubled(counter, prefix):
    story = make_article()
    flusher = RedisCounter(REDIS_URL, prefix)
    stop = threading.Event()
    moved = []

    def flush_repeatedly():
        try:
            while not stop.is_set():
                moved.append(flusher._flush_redis(NOW))
        finally:
            connection.close()

    thread = threading.Thread(target=flush_repeatedly)
    thread.start()
    try:
        counted = hammer(counter, story.pk, lambda n: (f"t{n}-v{i}" for i in range(100)))
    finally:
        stop.set()
        thread.join()
        flusher.close()
    moved.append(counter.flush(NOW))
    assert counted == 800
    assert sum(moved) == 800
    assert total(story) == 800


# --- Redis down ----------------------------------------------------------------------


@pytest.mark.django_db
def test_when_redis_is_down_views_are_counted_in_the_database(down, caplog):
    story = make_article()
    with caplog.at_level(logging.WARNING, logger="masthead.engagement.redis_counter"):
        assert down.hit(story.pk, "reader", NOW) is True
    assert "unreachable" in caplog.text
    assert down.hit(story.pk, "reader", NOW + timedelta(minutes=1)) is False  # dedup holds
    assert RecentVisit.objects.get(article=story).pending == 1
    assert down.pending(story.pk) == 1
    assert down.current(story.pk) == 1
    assert down.flush(NOW) == 1
    assert total(story) == 1
    assert down.current(story.pk) == 1


@pytest.mark.django_db
def test_fallback_views_are_folded_once_redis_is_back(down, counter):
    story = make_article()
    assert down.hit(story.pk, "during-outage", NOW) is True
    assert counter.hit(story.pk, "after-outage", NOW) is True
    assert counter.current(story.pk) == 2
    assert counter.flush(NOW) == 2
    assert total(story) == 2
    assert counter.current(story.pk) == 2


@pytest.mark.django_db
def test_count_falls_back_to_the_database_when_redis_is_down(down):
    story = make_article()
    ViewTotal.objects.create(article=story, views=5)
    assert down.count(story.pk, "a", NOW) == (True, 6)
    assert down.count(story.pk, "a", NOW) == (False, 6)


@pytest.mark.django_db
def test_outage_warnings_are_not_one_per_view(down, caplog):
    story = make_article()
    with caplog.at_level(logging.WARNING, logger="masthead.engagement.redis_counter"):
        for n in range(20):
            down.hit(story.pk, f"reader-{n}", NOW)
    assert len(caplog.records) == 1
    assert down.pending(story.pk) == 20


# --- wiring --------------------------------------------------------------------------


@pytest.mark.django_db
def test_get_counter_picks_redis_when_configured(settings, prefix):
    settings.REDIS_URL = REDIS_URL
    settings.MASTHEAD_COUNTER_PREFIX = prefix
    counters.reset_counter()
    try:
        counter = counters.get_counter()
        assert isinstance(counter, RedisCounter)
        assert counter.name == "redis"
        assert counter.prefix == prefix
    finally:
        counters.reset_counter()


@pytest.mark.django_db
def test_co_reading_is_counted_from_redis_sessions_without_keeping_visitors(counter):
    from masthead.engagement.models import CoRead

    a, b, c = make_article(), make_article(), make_article()
    counter.hit(a.pk, "reader-1", NOW)
    counter.hit(b.pk, "reader-1", NOW)
    counter.hit(a.pk, "reader-2", NOW)
    counter.flush(NOW)
    counter.hit(c.pk, "reader-1", NOW)  # pairs with what reader-1 read before this flush
    counter.flush(NOW)
    pairs = {(p.article_a_id, p.article_b_id): p.readers for p in CoRead.objects.all()}
    assert pairs == {
        (min(a.pk, b.pk), max(a.pk, b.pk)): 1,
        (min(a.pk, c.pk), max(a.pk, c.pk)): 1,
        (min(b.pk, c.pk), max(b.pk, c.pk)): 1,
    }
    counter.flush(NOW)  # nothing new: nothing counted twice
    assert sum(p.readers for p in CoRead.objects.all()) == 3
