"""Malformed input gets a 4xx, never a server error."""

import pytest

from masthead.comments.models import Comment
from masthead.testing import make_article

from .conftest import READER_UA

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/_comments/1", "/_comments/report/1", "/_comments/abc", "/_comments/report/x"]
)
def test_get_on_a_post_endpoint_is_a_405(client, article, url):
    assert client.get(url).status_code == 405


def test_post_on_the_token_endpoint_is_a_405(client):
    assert client.post("/_comments/csrf").status_code == 405


@pytest.mark.parametrize("raw", ["abc", "0", "99999999", "1" * 30, "%00", "-1"])
def test_a_bad_article_id_is_a_404(client, raw):
    assert client.post(f"/_comments/{raw}", {"name": "a", "body": "b"}).status_code == 404


def test_an_unpublished_article_takes_no_comments(client, post_comment):
    draft = make_article(status="draft")
    assert post_comment(draft).status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"name": "only a name"},
        {"body": "only a body"},
        {"name": "a", "body": "b", "stamp": "garbage"},
        {"name": "a", "body": "b", "email": "x" * 400},
        {"name": "a\x00b", "body": "nul\x00byte"},
        {"name": ["one", "two"], "body": ["many", "bodies"]},
    ],
)
def test_missing_or_strange_fields_are_a_4xx(client, article, data):
    response = client.post(f"/_comments/{article.pk}", data, HTTP_USER_AGENT=READER_UA)
    assert 400 <= response.status_code < 500


def test_a_huge_body_is_refused(client, article, post_comment):
    response = post_comment(article, body="x" * 3_000_000)
    assert response.status_code in (400, 413)
    assert Comment.objects.count() == 0


def test_a_body_of_only_spaces_is_refused(article, post_comment):
    response = post_comment(article, body="   \n\n  ")
    assert response.status_code == 400


def test_bad_page_and_reply_numbers_still_show_the_page(client, article):
    for query in ("?cpage=abc", "?cpage=-1", "?cpage=999999999999", "?reply=x", "?reply=99999"):
        assert client.get(article.get_absolute_url() + query).status_code == 200
