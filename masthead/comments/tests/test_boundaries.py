"""The limit is counted in code points after NFC: exactly the limit passes, one more fails,
for ASCII, Korean, emoji and letters typed with combining marks."""

import unicodedata

import pytest

from masthead.comments.models import Comment

pytestmark = pytest.mark.django_db

LIMIT = 300
# (one character as readers see it, how it may be typed)
UNITS = {
    "ascii": "a",
    "korean": "한",  # one precomposed syllable
    "korean-jamo": "\u1112\u1161\u11ab",  # 한 typed as three conjoining jamo: NFC makes one
    "emoji": "😀",  # outside the BMP: two UTF-16 units, one code point
    "combining": "e\u0301",  # e + combining acute: NFC makes é
}


@pytest.mark.parametrize("kind", UNITS)
def test_exactly_the_limit_is_accepted(article, post_comment, kind):
    body = UNITS[kind] * LIMIT
    response = post_comment(article, body=body)
    assert response.status_code == 302
    stored = Comment.objects.get().body
    assert stored == unicodedata.normalize("NFC", body)
    assert len(stored) == LIMIT


@pytest.mark.parametrize("kind", UNITS)
def test_one_over_the_limit_is_refused_with_the_text_kept(article, post_comment, kind):
    body = UNITS[kind] * (LIMIT + 1)
    response = post_comment(article, body=body)
    assert response.status_code == 400
    assert Comment.objects.count() == 0
    html = response.content.decode()
    assert f"within {LIMIT} characters: this one has {LIMIT + 1}" in html
    assert body in html or unicodedata.normalize("NFC", body) in html or kind == "ascii"


def test_the_name_is_limited_to_forty_characters(article, post_comment):
    assert post_comment(article, name="김" * 40).status_code == 302
    response = post_comment(article, name="김" * 41)
    assert response.status_code == 400
    assert "within 40 characters" in response.content.decode()


def test_the_limit_follows_the_setting(article, post_comment, settings):
    settings.MASTHEAD_COMMENT_MAX_CHARS = 10
    assert post_comment(article, body="x" * 11).status_code == 400
    assert post_comment(article, body="x" * 10).status_code == 302
