"""CSRF stays on, and a cached page's form still works (with and without JavaScript)."""

import re
import time

import pytest
from django.test import Client

from masthead.comments.models import Comment
from masthead.comments.rules import make_stamp
from masthead.testing import make_comment

from .conftest import READER_UA

pytestmark = pytest.mark.django_db


@pytest.fixture
def strict():
    return Client(enforce_csrf_checks=True, HTTP_USER_AGENT=READER_UA)


def _data(**fields):
    return {"name": "Reader", "body": "Kept safe", "stamp": make_stamp(time.time() - 60), **fields}


def test_a_post_without_a_token_stores_nothing_and_gives_the_text_back(strict, article):
    response = strict.post(f"/_comments/{article.pk}", _data(body="Every word counts"))
    assert response.status_code == 403
    assert Comment.objects.count() == 0
    html = response.content.decode()
    assert "Every word counts" in html and 'name="csrfmiddlewaretoken"' in html


def test_sending_the_confirmation_form_again_posts_the_comment(strict, article):
    first = strict.post(f"/_comments/{article.pk}", _data(body="Second time lucky"))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', first.content.decode())[1]
    again = strict.post(
        f"/_comments/{article.pk}", _data(body="Second time lucky", csrfmiddlewaretoken=token)
    )
    assert again.status_code == 302
    assert Comment.objects.get().body == "Second time lucky"


def test_the_script_gets_a_token_that_works(strict, article):
    response = strict.get("/_comments/csrf")
    assert response["Cache-Control"] == "private, no-store"
    token = response.json()["csrf"]
    assert response.json()["stamp"]
    posted = strict.post(
        f"/_comments/{article.pk}",
        _data(),
        HTTP_X_CSRFTOKEN=token,
        HTTP_ACCEPT="application/json",
    )
    assert posted.status_code == 201


def test_a_fetch_post_without_a_token_is_told_to_fetch_one(strict, article):
    response = strict.post(f"/_comments/{article.pk}", _data(), HTTP_ACCEPT="application/json")
    assert response.status_code == 403 and response.json()["csrf"] is True


def test_a_report_without_a_token_asks_for_confirmation(strict, article):
    comment = make_comment(article)
    response = strict.post(f"/_comments/report/{comment.pk}")
    assert response.status_code == 403
    assert "Report the comment" in response.content.decode()
    comment.refresh_from_db()
    assert comment.report_count == 0


def test_the_article_page_sets_no_cookie_and_carries_no_token(strict, article):
    response = strict.get(article.get_absolute_url())
    assert "csrftoken" not in response.cookies
    assert b"csrfmiddlewaretoken" not in response.content
