"""How comments are shown: plain text with safe links, pages of 50, a fixed query cost,
and a fresh block as soon as a comment changes."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.comments import text
from masthead.comments.models import Comment
from masthead.testing import make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(monkeypatch):
    """Behave as with Redis (a cache every process shares), on any test run."""
    from masthead.comments import cache

    monkeypatch.setattr(cache, "shared_cache", lambda: True)


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html5lib")


def test_text_is_escaped_and_urls_become_nofollow_links():
    html = text.render("<b>hi</b> see https://example.org/a?b=1&c=2. and www.example.com\nbye")
    assert html == (
        "&lt;b&gt;hi&lt;/b&gt; see "
        '<a href="https://example.org/a?b=1&amp;c=2" rel="nofollow ugc noopener">'
        "https://example.org/a?b=1&amp;c=2</a>. and "
        '<a href="https://www.example.com" rel="nofollow ugc noopener">www.example.com</a>'
        "<br>bye"
    )


def test_only_http_links_are_made():
    for value in ("javascript:alert(1)", "ftp://example.org", "data:text/html,x", "mailto:a@b"):
        assert "<a" not in text.render(value)


def test_a_url_stops_at_quotes_and_keeps_balanced_parentheses():
    assert text.links('https://x.example/"onmouseover="a') == ["https://x.example/"]
    assert text.links("(https://en.wikipedia.org/wiki/Seoul_(city))") == [
        "https://en.wikipedia.org/wiki/Seoul_(city)"
    ]


def _many(article, n, start=None):
    start = start or timezone.now() - timedelta(days=1)
    Comment.objects.bulk_create(
        Comment(
            article=article,
            name=f"Reader {i}",
            body=f"Comment number {i}",
            status=Comment.Status.APPROVED,
            created_at=start + timedelta(seconds=i),
        )
        for i in range(n)
    )


def test_comments_paginate_at_fifty_oldest_first(client, article):
    _many(article, 120)
    first = _soup(client, article.get_absolute_url())
    bodies = [b.get_text() for b in first.select(".comment-body")]
    assert len(bodies) == 50 and bodies[0] == "Comment number 0"
    nav = first.select_one(".comment-pages")
    assert nav.select_one("a[rel=next]")["href"] == "?cpage=2#comments"
    assert "Comments 120" in " ".join(first.select_one("#comments h2").get_text(" ").split())
    last = _soup(client, article.get_absolute_url() + "?cpage=3")
    assert [b.get_text() for b in last.select(".comment-body")][-1] == "Comment number 119"
    assert len(last.select(".comment-body")) == 20
    assert last.select_one(".comment-pages a[rel=prev]")["href"] == "?cpage=2#comments"


def test_the_page_size_is_a_setting(client, article, settings):
    settings.MASTHEAD_COMMENTS_PER_PAGE = 10
    _many(article, 15)
    assert len(_soup(client, article.get_absolute_url()).select(".comment-body")) == 10


def test_an_article_with_5000_comments_stays_within_the_query_bound(
    client, article, django_assert_max_num_queries, settings
):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # the render's budget, not the page cache's
    _many(article, 5000)
    tops = list(Comment.objects.order_by("id")[:50])
    Comment.objects.bulk_create(
        Comment(article=article, parent=t, name="R", body="reply", status="approved")
        for t in tops
        for _ in range(3)
    )
    from django.core.cache import cache

    cache.clear()
    # The article page's budget (test_article_page.py): the story, its lists and this block.
    with django_assert_max_num_queries(13):
        response = client.get(article.get_absolute_url())
    page = BeautifulSoup(response.content, "html5lib")
    assert len(page.select(".comment-list > .comment")) == 50
    assert len(page.select(".comment-replies .comment")) == 150
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "5150"
    with django_assert_max_num_queries(6):  # the foundation's warm-page bound
        client.get(article.get_absolute_url())


def test_a_warm_block_costs_no_query_with_a_shared_cache(client, article, shared):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_comment(article)
    client.get(article.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        client.get(article.get_absolute_url())
    assert not [q for q in queries.captured_queries if "comments_comment" in q["sql"]]


def test_posting_shows_the_comment_at_once_on_a_warm_page(client, article, post_comment, shared):
    client.get(article.get_absolute_url())  # warm the cache
    post_comment(article, body="Fresh")
    assert b"Fresh" in client.get(article.get_absolute_url()).content


def test_approving_in_the_desk_shows_the_comment_and_the_count(
    client, article, admin_client, shared
):
    held = make_comment(article, body="Waiting", status=Comment.Status.PENDING)
    assert b"Waiting" not in client.get(article.get_absolute_url()).content
    admin_client.post(
        "/desk/comments/comment/",
        {"action": "approve", "_selected_action": [held.pk]},
    )
    page = _soup(client, article.get_absolute_url())
    assert "Waiting" in page.select_one(".comment-body").get_text()
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "1"
    admin_client.post(
        "/desk/comments/comment/",
        {"action": "reject", "_selected_action": [held.pk]},
    )
    page = _soup(client, article.get_absolute_url())
    assert page.select_one(".comment-body") is None
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "0"


def test_a_comment_does_not_bump_the_site_content_version(article, post_comment):
    from masthead.newsroom.cache import content_version

    before = content_version()
    post_comment(article)
    assert content_version() == before


def test_the_empty_form_is_exactly_what_django_renders(client, article, settings):
    from django.core.cache import cache

    from masthead.comments.forms import CommentForm
    from masthead.newsroom.pagecache import forget_local_pages

    def rendered_fields(url):
        html = client.get(url).content.decode()
        stamp = BeautifulSoup(html, "html5lib").select_one("input[name=stamp]")["value"]
        return html, stamp

    for max_chars in (300, 120):  # the limit is part of the cached HTML's key
        settings.MASTHEAD_COMMENT_MAX_CHARS = max_chars
        cache.clear()  # not the whole page of the other limit (nor this process's copy)
        forget_local_pages()
        html, stamp = rendered_fields(article.get_absolute_url())
        form = CommentForm(initial={"stamp": stamp})
        for name in ("parent", "stamp", "name", "body", "email", "website"):
            assert str(form[name]) in html, name
        assert f'data-max-chars="{max_chars}"' in html
    parent = make_comment(article, body="First")
    html, stamp = rendered_fields(f"{article.get_absolute_url()}?reply={parent.pk}#comment-form")
    form = CommentForm(initial={"stamp": stamp, "parent": parent.pk})
    assert str(form["parent"]) in html and f'value="{parent.pk}"' in str(form["parent"])


def test_a_story_nobody_asked_for_costs_two_trips_to_a_shared_cache(shared, article):
    """With Redis: the version read, then the version made and the block stored in one
    pipeline (``add_and_set``); a cache without it adds and stores apart."""
    from unittest import mock

    from django.core.cache import cache as django_cache

    from masthead.comments import cache

    calls = []

    def counting(name):
        real = getattr(django_cache, name)

        def call(*args, **kwargs):
            calls.append(name)
            return real(*args, **kwargs)

        return mock.patch.object(django_cache, name, side_effect=call)

    names = ["get", "add", "set", "get_many"]
    pipelined = hasattr(django_cache, "add_and_set")
    if pipelined:
        names.append("add_and_set")
    patches = [counting(name) for name in names]
    for patch in patches:
        patch.start()
    try:
        first = cache.block(article.pk)
        assert calls == (["get", "add_and_set"] if pipelined else ["get", "add", "set"])
        calls.clear()
        assert cache.block(article.pk) == first  # warm: the version and the block
        assert calls == ["get", "get"]
    finally:
        for patch in patches:
            patch.stop()
    assert first["comments"] == [] and first["count"] == 0
    make_comment(article, body="First!")  # a new version: the block read again
    assert [c.body for c in cache.block(article.pk)["comments"]] == ["First!"]
