"""Modes: open, premoderated, closed; per-article override; closing after N days."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.comments import modes
from masthead.comments.models import ArticleCommentSettings, Comment
from masthead.testing import make_article, make_comment

pytestmark = pytest.mark.django_db


def _soup(client, article):
    return BeautifulSoup(client.get(article.get_absolute_url()).content, "html5lib")


def test_open_mode_publishes_at_once(article, post_comment):
    post_comment(article)
    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_premoderated_mode_holds_everything_and_says_so(client, article, post_comment, settings):
    settings.MASTHEAD_COMMENTS_MODE = "premoderated"
    assert "An editor reads every comment" in _soup(client, article).select_one("#comments").text
    response = post_comment(article)
    assert response["Location"] == f"{article.get_absolute_url()}?note=pending#comments"
    assert Comment.objects.get().status == Comment.Status.PENDING
    page = BeautifulSoup(client.get(response["Location"]).content, "html5lib")
    assert "awaiting moderation" in page.select_one(".comment-note").get_text()
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "0"


def test_closed_mode_hides_the_form_keeps_comments_and_refuses_posts(
    client, article, post_comment, settings
):
    make_comment(article, body="Said before closing")
    settings.MASTHEAD_COMMENTS_MODE = "closed"
    page = _soup(client, article)
    assert page.select_one("#comment-form") is None
    assert "Comments are closed" in page.select_one("#comments").text
    assert "Said before closing" in page.select_one(".comment-body").text
    response = post_comment(article, body="Too late?")
    assert response.status_code == 403
    assert "Too late?" in response.content.decode()
    assert Comment.objects.count() == 1


def test_an_article_can_override_the_site_mode(client, article, post_comment, settings):
    settings.MASTHEAD_COMMENTS_MODE = "open"
    ArticleCommentSettings.objects.create(article=article, mode="closed")
    assert _soup(client, article).select_one("#comment-form") is None
    assert post_comment(article).status_code == 403
    other = make_article()
    ArticleCommentSettings.objects.create(article=other, mode="premoderated")
    post_comment(other)
    assert Comment.objects.get(article=other).status == Comment.Status.PENDING


def test_comments_close_by_themselves_n_days_after_publication(client, settings):
    settings.MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS = 7
    old = make_article(publish_at=timezone.now() - timedelta(days=8))
    new = make_article(publish_at=timezone.now() - timedelta(days=6))
    assert modes.mode_for(old) == "closed" and modes.mode_for(new) == "open"
    assert _soup(client, old).select_one("#comment-form") is None
    assert _soup(client, new).select_one("#comment-form") is not None


def test_an_article_may_keep_comments_open_past_the_site_delay(settings):
    settings.MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS = 7
    old = make_article(publish_at=timezone.now() - timedelta(days=30))
    assert modes.mode_for(old, own_close_after_days=0) == "open"
    assert modes.mode_for(old, own_close_after_days=60) == "open"


def test_a_bad_mode_setting_stops_the_start():
    import os
    import subprocess
    import sys

    env = {**os.environ, "MASTHEAD_COMMENTS_MODE": "sometimes"}
    result = subprocess.run(
        [sys.executable, "-c", "import masthead.settings"], env=env, capture_output=True
    )
    assert result.returncode != 0
    assert b"use open, premoderated or closed" in result.stderr
