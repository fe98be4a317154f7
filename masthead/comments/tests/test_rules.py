"""Each anti-abuse rule on its own, then through the form."""

import time
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from masthead.comments import rules
from masthead.comments.models import BannedVisitor, BlockedWord, Comment
from masthead.comments.rules import make_stamp
from masthead.testing import make_comment

pytestmark = pytest.mark.django_db
VISITOR = "a" * 32


# --- honeypot -----------------------------------------------------------------------
def test_the_honeypot_is_empty_for_people():
    assert not rules.honeypot_filled({"website": ""})
    assert not rules.honeypot_filled({})
    assert rules.honeypot_filled({"website": "http://spam.example"})


def test_a_filled_honeypot_stores_nothing_and_says_what_a_held_comment_says(article, post_comment):
    response = post_comment(article, website="http://spam.example")
    assert response.status_code == 302
    assert response["Location"].endswith("?note=pending#comments")
    assert Comment.objects.count() == 0


# --- minimum time ---------------------------------------------------------------------
def test_a_form_sent_back_too_soon_is_too_fast(settings):
    settings.MASTHEAD_COMMENT_MIN_SECONDS = 3
    now = time.time()
    assert rules.too_fast(make_stamp(now - 1), now)
    assert not rules.too_fast(make_stamp(now - 3), now)


def test_a_missing_or_forged_stamp_counts_as_too_fast(settings):
    settings.MASTHEAD_COMMENT_MIN_SECONDS = 0
    assert rules.too_fast("")
    assert rules.too_fast("12345:forged")
    assert rules.seconds_since_stamp(make_stamp(100), now=160) == 60


def test_a_stamp_is_signed_once_a_second_and_with_the_current_key(settings):
    assert make_stamp(1000) == make_stamp(1000.9) != make_stamp(1001)
    before = make_stamp(1000)
    settings.SECRET_KEY = "another-key-" + "x" * 50
    assert make_stamp(1000) != before  # signed again with the new key
    assert rules.seconds_since_stamp(make_stamp(1000), now=1010) == 10
    assert rules.seconds_since_stamp(before, now=1010) is None  # the old key's: forged


def test_too_fast_shows_the_form_again_with_the_text_and_a_fresh_stamp(
    article, post_comment, settings
):
    settings.MASTHEAD_COMMENT_MIN_SECONDS = 3
    response = post_comment(article, body="Quick thought", stamp=make_stamp(time.time()))
    assert response.status_code == 400
    assert Comment.objects.count() == 0
    html = response.content.decode()
    assert "Quick thought" in html and "press the button again" in html


# --- rate limits ------------------------------------------------------------------------
@pytest.fixture
def shared(monkeypatch):
    """A cache every server process sees (Redis in production): the budget is kept there."""
    from masthead.comments import cache as blocks

    monkeypatch.setattr(blocks, "shared_cache", lambda: True)


@pytest.fixture
def unshared(monkeypatch):
    """One local cache per server process (the embedded default)."""
    from masthead.comments import cache as blocks

    monkeypatch.setattr(blocks, "shared_cache", lambda: False)


def stored(visitor, seconds_ago, now, article):
    comment = make_comment(article, visitor=visitor, body=f"Said {seconds_ago} s ago")
    at = datetime.fromtimestamp(now - seconds_ago, UTC)
    Comment.objects.filter(pk=comment.pk).update(created_at=at)


def test_without_a_shared_cache_the_stored_comments_are_the_budget(settings, article, unshared):
    settings.MASTHEAD_COMMENT_RATE_PER_MINUTE = 3
    now = 20_000 * 86400 + 3600  # 01:00 UTC
    for seconds_ago in (50, 30, 10):
        assert rules.rate_limited(VISITOR, now) is None
        stored(VISITOR, seconds_ago, now, article)
    assert rules.rate_limited(VISITOR, now) == 10  # the oldest of the three leaves in 10 s
    assert rules.rate_limited("b" * 32, now) is None  # another visitor
    assert rules.rate_limited(VISITOR, now + 11) is None


def test_without_a_shared_cache_the_day_budget_runs_to_midnight(settings, article, unshared):
    settings.MASTHEAD_COMMENT_RATE_PER_MINUTE = 3
    settings.MASTHEAD_COMMENT_RATE_PER_DAY = 5
    now = 20_000 * 86400 + 3600
    for minutes_ago in (50, 40, 30, 20, 10):
        stored(VISITOR, minutes_ago * 60, now, article)
    stored(VISITOR, 7200, now, article)  # yesterday: not today's budget
    assert rules.rate_limited(VISITOR, now) == 86400 - 3600


def test_the_fourth_post_in_a_minute_waits(settings, shared):
    settings.MASTHEAD_COMMENT_RATE_PER_MINUTE = 3
    now = 1_000_000 * 60 + 10
    assert [rules.rate_limited(VISITOR, now) for _ in range(3)] == [None, None, None]
    assert rules.rate_limited(VISITOR, now) == 50
    assert rules.rate_limited("b" * 32, now) is None  # another visitor
    assert rules.rate_limited(VISITOR, now + 60) is None  # the next minute


def test_the_day_budget_holds_across_minutes(settings, shared):
    settings.MASTHEAD_COMMENT_RATE_PER_MINUTE = 3
    settings.MASTHEAD_COMMENT_RATE_PER_DAY = 5
    day_start = 20_000 * 86400
    for minute in range(5):
        assert rules.rate_limited(VISITOR, day_start + minute * 60) is None
    assert rules.rate_limited(VISITOR, day_start + 600) == 86400 - 600


def test_a_rate_limited_post_answers_429_with_retry_after_and_keeps_the_text(article, post_comment):
    for i in range(3):
        assert post_comment(article, ip="10.9.9.9", body=f"Comment {i}").status_code == 302
    response = post_comment(article, ip="10.9.9.9", body="The one I care about")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "The one I care about" in response.content.decode()
    assert Comment.objects.count() == 3


# --- duplicates -----------------------------------------------------------------------
def test_the_same_text_twice_from_one_visitor_is_stored_once(article, post_comment):
    first = post_comment(article, ip="10.8.8.8", body="Exactly this.")
    again = post_comment(article, ip="10.8.8.8", body="  exactly   THIS.")
    assert first.status_code == again.status_code == 302
    assert again["Location"] == first["Location"]
    assert Comment.objects.count() == 1


def test_the_same_text_from_another_visitor_is_held(article, post_comment):
    post_comment(article, body="Buy cheap watches")
    post_comment(article, body="Buy cheap watches")
    second = Comment.objects.order_by("id").last()
    assert second.status == Comment.Status.PENDING
    assert "same text as comment" in second.held_reason


def test_the_same_text_long_ago_is_not_a_duplicate(article):
    from masthead.testing import make_comment

    old = make_comment(article, body="Again", visitor=VISITOR)
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=2))
    from masthead.comments.text import fingerprint

    assert rules.earlier_duplicate(VISITOR, article.pk, fingerprint("Again")) is None


# --- links ----------------------------------------------------------------------------
def test_one_link_is_fine_two_are_held():
    assert not rules.too_many_links("See https://example.org/report.")
    assert rules.too_many_links("https://a.example and www.b.example")


def test_a_comment_with_two_links_waits_for_review(article, post_comment):
    post_comment(article, body="http://a.example http://b.example")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.held_reason == "more than one link"


# --- blocklist ------------------------------------------------------------------------
def test_blocked_words_match_whole_latin_words_and_korean_anywhere():
    words = ["scam", "바보"]
    assert rules.blocked_words("What a SCAM!", words) == ["scam"]
    assert rules.blocked_words("Scampi for dinner", words) == []
    assert rules.blocked_words("이 바보야", words) == ["바보"]


def test_a_blocked_word_holds_the_comment(article, post_comment):
    BlockedWord.objects.create(word="scam")
    post_comment(article, body="This is a scam.")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert comment.held_reason == "blocked words: scam"


# --- bans -----------------------------------------------------------------------------
def test_a_banned_visitor_is_held_silently(article, post_comment):
    post_comment(article, ip="10.7.7.7", body="First")
    visitor = Comment.objects.get().visitor
    BannedVisitor.objects.create(visitor=visitor, day=timezone.now().date())
    assert rules.is_banned(visitor) and not rules.is_banned("")
    response = post_comment(article, ip="10.7.7.7", body="Second")
    assert response["Location"].endswith("?note=pending#comments")  # as any held comment
    held = Comment.objects.get(body="Second")
    assert held.status == Comment.Status.PENDING and held.held_reason == "banned visitor"


def test_assess_approves_a_clean_comment_and_holds_in_premoderation():
    assert rules.assess("Fine", VISITOR, premoderated=False) == ("approved", "")
    assert rules.assess("Fine", VISITOR, premoderated=True) == ("pending", "")
