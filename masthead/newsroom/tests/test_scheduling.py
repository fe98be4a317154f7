"""Scheduled stories appear at their publish time, with no person or job involved."""

from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.newsroom.models import Article
from masthead.testing import make_article, make_section

pytestmark = pytest.mark.django_db


def _headlines(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return [a.get_text() for a in soup.select("main a, [data-list] a")]


def test_a_scheduled_story_is_hidden_until_its_time_and_shown_after(client):
    section = make_section("Asia")
    make_article("Already out", section=section)
    when = timezone.now().replace(microsecond=0) + timedelta(hours=2)
    story = make_article("Embargoed budget", section=section, status="scheduled", publish_at=when)
    url = story.get_absolute_url()

    with time_machine.travel(when - timedelta(seconds=1), tick=False):
        assert client.get(url).status_code == 404
        assert "Embargoed budget" not in _headlines(client, "/")
        assert "Embargoed budget" not in _headlines(client, section.get_absolute_url())

    with time_machine.travel(when, tick=False):
        # No save, no job: the cached lists move on by themselves at the publish time.
        assert client.get(url).status_code == 200
        assert "Embargoed budget" in _headlines(client, "/")
        assert "Embargoed budget" in _headlines(client, section.get_absolute_url())


def test_published_means_published_or_scheduled_and_due():
    now = timezone.now()
    visible = {
        make_article("live").pk,
        make_article("due", status="scheduled", publish_at=now - timedelta(seconds=1)).pk,
    }
    make_article("future", status="scheduled", publish_at=now + timedelta(minutes=1))
    make_article("future published", publish_at=now + timedelta(minutes=1))
    for status in ("draft", "review", "withdrawn"):
        make_article(status, status=status)
    assert set(Article.objects.published().values_list("pk", flat=True)) == visible


def test_first_publication_time_is_kept_across_later_edits():
    story = make_article("Story")
    first = story.first_published_at
    assert first == story.publish_at
    story.headline = "Story, updated"
    story.updated_at = timezone.now()
    story.save()
    story.refresh_from_db()
    assert story.first_published_at == first


def test_rescheduling_before_publication_moves_the_first_publication_time():
    soon = timezone.now() + timedelta(hours=1)
    later = soon + timedelta(days=1)
    story = make_article(status="scheduled", publish_at=soon)
    story.publish_at = later
    story.save()
    assert story.first_published_at == later


def test_withdrawing_a_story_before_it_went_out_leaves_no_publication_time():
    story = make_article(status="scheduled", publish_at=timezone.now() + timedelta(hours=1))
    story.status = Article.Status.WITHDRAWN
    story.save()
    assert story.first_published_at is None


def test_withdrawing_a_published_story_keeps_its_publication_time():
    story = make_article()
    first = story.first_published_at
    story.status = Article.Status.WITHDRAWN
    story.save()
    assert story.first_published_at == first
