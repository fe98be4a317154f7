"""The view beacon: what it counts, what it refuses, and what it answers."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from masthead.engagement.counters import get_counter
from masthead.engagement.jobs import flush_views
from masthead.engagement.models import RecentVisit, ViewTotal
from masthead.testing import make_article, make_user

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


@pytest.fixture(autouse=True)
def _embedded(embedded_counter):
    pass


@pytest.fixture
def story():
    return make_article("Typhoon nears Jeju", publish_at=timezone.now() - timedelta(days=3))


def beacon(client, article, ip="203.0.113.7", ua=FIREFOX, **headers):
    extra = {"REMOTE_ADDR": ip}
    if ua is not None:
        extra["HTTP_USER_AGENT"] = ua
    extra.update(headers)
    return client.post(f"/_views/{article.pk}", **extra)


def views(client, article):
    response = client.get(f"/_views/{article.pk}")
    assert response.status_code == 200
    return response.json()["views"]


def test_a_reader_is_counted_and_told_the_fresh_total(client, story):
    response = beacon(client, story)
    assert response.status_code == 200
    assert response.json() == {"views": 1}
    assert response["Cache-Control"] == "no-store"


def test_reading_the_count_does_not_count(client, story):
    beacon(client, story)
    assert views(client, story) == 1
    assert views(client, story) == 1


def test_one_visitor_counts_once_per_window(client, story):
    for _ in range(3):
        beacon(client, story)
    assert views(client, story) == 1
    beacon(client, story, ip="203.0.113.8")
    beacon(client, story, ua=FIREFOX + " other")
    assert views(client, story) == 3


def test_the_dedup_window_edges(client, story, settings):
    settings.MASTHEAD_VIEW_DEDUP_MINUTES = 30
    start = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)
    with time_machine.travel(start, tick=False):
        beacon(client, story)
    with time_machine.travel(start + timedelta(minutes=30) - timedelta(seconds=1), tick=False):
        beacon(client, story)
        assert views(client, story) == 1
    with time_machine.travel(start + timedelta(minutes=30), tick=False):
        beacon(client, story)
        assert views(client, story) == 2


def test_the_window_runs_from_the_last_counted_view(client, story):
    start = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)
    for minutes in (0, 20, 40, 59):  # 0 counts; 20 and 40 do not; 59 is 59 after the count
        with time_machine.travel(start + timedelta(minutes=minutes), tick=False):
            beacon(client, story)
    assert views(client, story) == 2


def test_midnight_does_not_reset_the_window(client, story):
    midnight = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    with time_machine.travel(midnight - timedelta(minutes=5), tick=False):
        beacon(client, story)
    with time_machine.travel(midnight + timedelta(minutes=5), tick=False):
        beacon(client, story)  # a new salt, the same reader
        assert views(client, story) == 1
    with time_machine.travel(midnight + timedelta(minutes=26), tick=False):
        beacon(client, story)
        assert views(client, story) == 2


@pytest.mark.parametrize(
    "headers",
    [
        {"ua": GOOGLEBOT},
        {"ua": "curl/8.5.0"},
        {"ua": "python-requests/2.32"},
        {"ua": None},
        {"ua": "   "},
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
        {"HTTP_X_MOZ": "prefetch"},
    ],
    ids=[
        "googlebot",
        "curl",
        "requests",
        "no-user-agent",
        "blank-user-agent",
        "sec-purpose",
        "prerender",
        "purpose",
        "x-moz",
    ],
)
def test_bots_and_prefetches_are_answered_but_not_counted(client, story, headers):
    ua = headers.pop("ua", FIREFOX)
    response = beacon(client, story, ua=ua, **headers)
    assert response.status_code == 200
    assert response.json() == {"views": 0}


@pytest.mark.parametrize("status", ["draft", "review", "withdrawn"])
def test_unpublished_stories_are_not_found(client, status):
    article = make_article(status=status)
    assert beacon(client, article).status_code == 404
    assert client.get(f"/_views/{article.pk}").status_code == 404
    assert not RecentVisit.objects.exists()


def test_a_scheduled_story_is_not_counted_before_its_time(client):
    article = make_article(status="scheduled", publish_at=timezone.now() + timedelta(hours=1))
    assert beacon(client, article).status_code == 404


@pytest.mark.parametrize(
    "path, status",
    [
        ("/_views/999999", 404),
        ("/_views/abc", 400),
        ("/_views/-1", 400),
        ("/_views/1e3", 400),
        ("/_views/" + "9" * 30, 400),
        ("/_views/%00", 400),
        ("/_views/999999.gif", 404),
        ("/_views/abc.gif", 400),
    ],
)
def test_malformed_and_unknown_ids(client, path, status):
    response = client.post(path, HTTP_USER_AGENT=FIREFOX)
    if path.endswith(".gif"):
        response = client.get(path, HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == status


def test_a_body_over_one_kibibyte_is_refused(client, story):
    response = client.post(
        f"/_views/{story.pk}", data=b"x" * 1025, content_type="text/plain", HTTP_USER_AGENT=FIREFOX
    )
    assert response.status_code == 413
    assert views(client, story) == 0


def test_a_small_body_is_fine_but_broken_json_is_not(client, story):
    ok = client.post(
        f"/_views/{story.pk}", data=b'{"t": 1}', content_type="application/json",
        HTTP_USER_AGENT=FIREFOX,
    )  # fmt: skip
    assert ok.status_code == 200
    bad = client.post(
        f"/_views/{story.pk}", data=b"{nope", content_type="application/json",
        HTTP_USER_AGENT=FIREFOX,
    )  # fmt: skip
    assert bad.status_code == 400


def test_other_methods_are_refused(client, story):
    assert client.put(f"/_views/{story.pk}").status_code == 405
    assert client.delete(f"/_views/{story.pk}").status_code == 405


def test_the_noscript_pixel_counts_readers_without_javascript(client, story):
    response = client.get(f"/_views/{story.pk}.gif", HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert views(client, story) == 1


def test_the_beacon_needs_no_csrf_token(story):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert beacon(strict, story).status_code == 200


def test_forwarded_addresses_are_believed_only_from_trusted_proxies(client, story, settings):
    settings.MASTHEAD_TRUSTED_PROXIES = ["10.0.0.0/8"]
    for reader in ("198.51.100.1", "198.51.100.2"):
        beacon(client, story, ip="10.1.2.3", HTTP_X_FORWARDED_FOR=f"{reader}, 10.9.9.9")
    assert views(client, story) == 2
    # Not from a trusted proxy: the header is ignored, both are the same visitor.
    for reader in ("198.51.100.3", "198.51.100.4"):
        beacon(client, story, ip="192.0.2.50", HTTP_X_FORWARDED_FOR=reader)
    assert views(client, story) == 3


def test_no_raw_ip_address_is_stored_anywhere(client, story, settings):
    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1"]
    addresses = ["198.51.100.77", "2001:db8::77"]
    for ip in addresses:
        beacon(client, story, ip="127.0.0.1", HTTP_X_FORWARDED_FOR=ip)
    flush_views()
    from django.apps import apps
    from django.db import connection

    with connection.cursor() as cursor:
        for model in apps.get_models():
            table = model._meta.db_table
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 (own table names)
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                for ip in addresses:
                    assert ip not in text, f"{ip} stored in {table}"


def test_the_current_count_includes_views_not_yet_folded(client, story):
    ViewTotal.objects.create(article=story, views=40)
    beacon(client, story)
    assert views(client, story) == 41
    assert get_counter().pending(story.pk) == 1
    flush_views()
    assert views(client, story) == 41
    assert get_counter().pending(story.pk) == 0


def test_a_staff_preview_sends_no_beacon(client):
    draft = make_article(status="draft")
    client.force_login(make_user("editor", "Editor"))
    from django.urls import reverse

    html = client.get(reverse("admin:newsroom_article_preview", args=[draft.pk])).content
    assert b"views.js" not in html
    assert b"_views/" not in html


def test_the_article_page_carries_the_beacon_and_the_pixel(client, story):
    html = client.get(story.get_absolute_url()).content.decode()
    assert "masthead/views" in html and ".js" in html
    assert f'src="/_views/{story.pk}.gif"' in html


def test_a_story_withdrawn_by_another_process_stops_counting_within_ten_seconds(
    client, story, monkeypatch
):
    from masthead.engagement import views as beacon_views
    from masthead.newsroom.models import Article

    clock = [1000.0]
    monkeypatch.setattr(beacon_views.time, "monotonic", lambda: clock[0])
    assert beacon(client, story).status_code == 200
    # Another process withdraws it: no signal reaches this one.
    Article.objects.filter(pk=story.pk).update(status=Article.Status.WITHDRAWN)
    clock[0] += 9.9
    assert beacon(client, story, ip="203.0.113.20").status_code == 200
    clock[0] += 0.2
    assert beacon(client, story, ip="203.0.113.21").status_code == 404


def test_a_story_withdrawn_in_this_process_stops_counting_at_once(client, story):
    assert beacon(client, story).status_code == 200
    story.status = "withdrawn"
    story.save()
    assert beacon(client, story, ip="203.0.113.20").status_code == 404
