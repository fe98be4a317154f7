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
    # The article page's budget (test_article_page.py: the story, its lists and this
    # block, 11) and the page cache's version read.
    with django_assert_max_num_queries(12):
        response = client.get(article.get_absolute_url())
    page = BeautifulSoup(response.content, "html5lib")
    assert len(page.select(".comment-list > .comment")) == 50
    assert len(page.select(".comment-replies .comment")) == 150
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "5150"
    with django_assert_max_num_queries(6):  # the foundation's warm-page bound
        client.get(article.get_absolute_url())


def test_the_block_is_one_query_at_each_render_and_never_read_from_the_cache(
    client, article, settings, monkeypatch
):
    """Read at every render, not kept apart from the page: on a page the page cache did
    not hold, a cached block cost more than the query (docs/comments.md)."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from masthead.comments import cache as blocks

    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # every request renders
    monkeypatch.setattr(blocks, "shared_cache", lambda: True)  # as with Redis, on any run
    make_comment(article, body="First")
    asked = []
    for name in ("get", "get_many", "set", "add"):
        real = getattr(cache, name)

        def counting(first, *args, _real=real, **kwargs):
            asked.extend([first] if isinstance(first, str) else list(first))
            return _real(first, *args, **kwargs)

        monkeypatch.setattr(cache, name, counting)
    for body in ("First", "Second"):
        if body == "Second":
            make_comment(article, body="Second")
        with CaptureQueriesContext(connection) as queries:
            page = client.get(article.get_absolute_url()).content.decode()
        assert body in page
        assert len([q for q in queries.captured_queries if "comments_comment" in q["sql"]]) == 1
    assert asked and not [key for key in asked if "comments:a" in str(key)]


def test_posting_shows_the_comment_at_once_on_a_warm_page(client, article, post_comment):
    client.get(article.get_absolute_url())  # warm the cache
    post_comment(article, body="Fresh")
    assert b"Fresh" in client.get(article.get_absolute_url()).content


def test_approving_in_the_desk_shows_the_comment_and_the_count(client, article, admin_client):
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


def test_a_refused_comment_shows_its_own_fields_not_the_kept_empty_ones(
    client, article, post_comment
):
    """The empty form's fields are rendered once and kept; a form sent back with an error
    shows the reader's own text and the error, and the next reader an empty form again."""
    before = _soup(client, article.get_absolute_url())
    assert before.select_one("textarea[name=body]").get_text() == ""

    response = post_comment(article, name="Min-ji", body="x" * 301)
    assert response.status_code == 400
    refused = BeautifulSoup(response.content, "html5lib")
    assert refused.select_one("input[name=name]")["value"] == "Min-ji"
    assert refused.select_one("textarea[name=body]").get_text().strip() == "x" * 301
    assert refused.select_one("#body-error") is not None
    assert "field--error" in refused.select_one("textarea[name=body]").parent["class"]

    after = _soup(client, article.get_absolute_url())
    assert after.select_one("textarea[name=body]").get_text() == ""
    assert not after.select("input[name=name][value]") and after.select_one("#body-error") is None
