"""Folding buffered views into the database: exact, idempotent, safe at shutdown."""

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine

from masthead.engagement.counters import DatabaseCounter, hour_of
from masthead.engagement.jobs import flush_views
from masthead.engagement.models import DailyViews, HourlyViews, RecentVisit, ViewTotal
from masthead.engagement.visitors import salt_for
from masthead.testing import make_article

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 27, 15, 20, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _embedded(embedded_counter):
    pass


@pytest.fixture
def story():
    return make_article(publish_at=NOW - timedelta(days=3))


def test_flush_moves_views_into_totals_and_the_right_hours(story):
    counter = DatabaseCounter()
    for i in range(5):
        assert counter.hit(story.pk, f"visitor-{i}", NOW)
    for i in range(3):
        assert counter.hit(story.pk, f"later-{i}", NOW + timedelta(hours=1))
    assert counter.flush(NOW + timedelta(hours=1)) == 8
    assert ViewTotal.objects.get(article=story).views == 8
    buckets = dict(HourlyViews.objects.values_list("hour", "views"))
    assert buckets == {hour_of(NOW): 5, hour_of(NOW) + timedelta(hours=1): 3}


def test_flushing_twice_never_counts_twice(story):
    counter = DatabaseCounter()
    for i in range(4):
        counter.hit(story.pk, f"v{i}", NOW)
    assert counter.flush(NOW) == 4
    assert counter.flush(NOW) == 0
    assert ViewTotal.objects.get(article=story).views == 4
    assert counter.current(story.pk) == 4


def test_views_counted_between_flushes_are_kept(story):
    counter = DatabaseCounter()
    counter.hit(story.pk, "a", NOW)
    counter.flush(NOW)
    counter.hit(story.pk, "b", NOW)
    assert counter.current(story.pk) == 2
    counter.flush(NOW)
    assert ViewTotal.objects.get(article=story).views == 2


def test_a_visitor_counted_again_after_the_window_is_folded_again(story):
    counter = DatabaseCounter()
    counter.hit(story.pk, "a", NOW)
    counter.flush(NOW)
    assert counter.hit(story.pk, "a", NOW + timedelta(minutes=31))
    counter.flush(NOW + timedelta(minutes=31))
    assert ViewTotal.objects.get(article=story).views == 2


def test_old_buffer_rows_are_forgotten_after_the_window(story):
    counter = DatabaseCounter()
    counter.hit(story.pk, "a", NOW)
    counter.flush(NOW)
    assert RecentVisit.objects.count() == 1
    counter.flush(NOW + timedelta(minutes=31))
    assert RecentVisit.objects.count() == 0


def test_hours_older_than_the_retention_roll_up_into_days(story, settings):
    settings.MASTHEAD_HOURLY_RETENTION_DAYS = 30
    old = hour_of(NOW) - timedelta(days=40)
    HourlyViews.objects.create(article=story, hour=old, views=7)
    HourlyViews.objects.create(article=story, hour=old + timedelta(hours=2), views=5)
    HourlyViews.objects.create(article=story, hour=hour_of(NOW), views=1)
    with time_machine.travel(NOW, tick=False):
        result = flush_views()
        assert flush_views()["hours_rolled_up"] == 0  # idempotent
    assert result["hours_rolled_up"] == 2
    assert list(DailyViews.objects.values_list("day", "views")) == [(old.date(), 12)]
    assert HourlyViews.objects.count() == 1


def test_salts_older_than_yesterday_are_deleted(story):
    today = NOW.date()
    for back in range(4):
        salt_for(today - timedelta(days=back))
    with time_machine.travel(NOW, tick=False):
        assert flush_views()["salts_forgotten"] == 2


MASTHEAD = str(Path(sys.executable).with_name("masthead"))


def _site_env(tmp_path):
    """A throwaway embedded site (SQLite file in WAL mode), migrated."""
    env = {
        **os.environ,
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "MASTHEAD_FLUSH_SECONDS": "3600",  # only the shutdown flush can fold the views
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
    }
    env.pop("REDIS_URL", None)
    subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
    return env


CONCURRENT = """
import django, uuid
from concurrent.futures import ThreadPoolExecutor
django.setup()
from django.db import connections
from django.utils import timezone
from masthead.engagement.counters import DatabaseCounter
from masthead.engagement.models import ViewTotal
from masthead.testing import make_article, make_author, make_section
u = uuid.uuid4().hex
a = make_article(u, section=make_section(u), authors=[make_author(u)])
connections.close_all()
counter, now = DatabaseCounter(), timezone.now()
def hit(i):
    try:
        return counter.hit(a.pk, f"visitor-{i % 150}", now)
    finally:
        connections.close_all()
with ThreadPoolExecutor(8) as pool:
    counted = sum(pool.map(hit, range(300)))
counter.flush()
print(counted, ViewTotal.objects.get(article=a).views)
"""


def test_concurrent_beacons_on_a_real_sqlite_file_are_each_counted_once(tmp_path):
    """8 threads, 300 beacons from 150 visitors: WAL and IMMEDIATE transactions serialize
    the writers; nothing is lost, nothing doubled."""
    env = _site_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", CONCURRENT], env=env, check=True, capture_output=True, text=True
    )
    assert result.stdout.split() == ["150", "150"]


def test_a_graceful_shutdown_of_the_worker_flushes_everything(tmp_path):
    env = _site_env(tmp_path)
    script = (
        "import django; django.setup();"
        "import uuid; from masthead.testing import make_article, make_author, make_section;"
        "from masthead.engagement.counters import DatabaseCounter;"
        "from django.utils import timezone;"
        "u = uuid.uuid4().hex;"
        "a = make_article(u, section=make_section(u), authors=[make_author(u)]);"
        "c = DatabaseCounter();"
        "[c.hit(a.pk, f'v{i}', timezone.now()) for i in range(7)]; print(a.pk)"
    )
    subprocess.run([sys.executable, "-c", script], env=env, check=True, capture_output=True)
    worker = subprocess.Popen(
        [MASTHEAD, "worker"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    time.sleep(3)  # the first run at start-up folds what is there; add more after it
    subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        check=True,
        capture_output=True,
    )
    worker.send_signal(signal.SIGTERM)
    out, _ = worker.communicate(timeout=30)
    assert worker.returncode == 0, out.decode()
    assert b"final flush" in out
    check = (
        "import django; django.setup();"
        "from masthead.engagement.models import ViewTotal, RecentVisit;"
        "print(sorted(ViewTotal.objects.values_list('views', flat=True)),"
        " sum(RecentVisit.objects.values_list('pending', flat=True)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", check], env=env, check=True, capture_output=True, text=True
    )
    assert result.stdout.strip() == "[7, 7] 0"


def test_flushed_views_rank_in_popular_now(story):
    """Raw upserts store hours exactly as the ORM looks them up (an aware datetime sent
    raw to SQLite would be stored with "+00:00" and never match)."""
    from masthead.engagement import api

    counter = DatabaseCounter()
    with time_machine.travel(NOW, tick=False):
        for i in range(3):
            counter.hit(story.pk, f"v{i}", NOW)
        counter.flush(NOW)
        assert HourlyViews.objects.filter(hour=hour_of(NOW)).get().views == 3
        assert api.rankings()["popular"] == [(story.pk, 3.0)]
        counter.hit(story.pk, "v9", NOW)
        counter.flush(NOW)  # merges into the same bucket row
        assert HourlyViews.objects.get().views == 4


def test_flushed_views_reach_popular_now_and_the_command_can_rebuild_it(story, capsys):
    from django.core.management import call_command

    from masthead.engagement import api
    from masthead.engagement.models import Trending

    DatabaseCounter().hit(story.pk, "a" * 32, NOW)
    DatabaseCounter().hit(story.pk, "b" * 32, NOW)
    with time_machine.travel(NOW, tick=False):
        call_command("flush_views")
        assert api.rankings()["most_viewed"] == [(story.pk, 2)]
        Trending.objects.all().delete()  # lost, say, in a bad restore
        call_command("flush_views", "--rebuild-trending")
        assert api.rankings()["most_viewed"] == [(story.pk, 2)]
    out = capsys.readouterr().out
    assert "2 views folded" in out
    assert "Popular Now rebuilt: 1 story viewed this week." in out
