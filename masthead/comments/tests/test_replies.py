"""One level of replies: a reply to a reply joins its thread."""

import pytest
from bs4 import BeautifulSoup

from masthead.comments.models import Comment
from masthead.testing import make_article, make_comment

pytestmark = pytest.mark.django_db


def test_a_reply_is_shown_under_its_comment(client, article, post_comment):
    first = make_comment(article, name="Kim", body="A question")
    response = post_comment(article, parent=first.pk, body="An answer")
    reply = Comment.objects.get(parent=first)
    assert response["Location"].endswith(f"#c{reply.pk}")
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html5lib")
    assert page.select_one(f"#c{first.pk} .comment-replies #c{reply.pk}")
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "2"


def test_a_reply_to_a_reply_joins_the_top_level_thread(article, post_comment):
    top = make_comment(article)
    reply = make_comment(article, parent=top)
    post_comment(article, parent=reply.pk, body="Deeper")
    assert Comment.objects.get(body="Deeper").parent == top


def test_a_reply_to_a_comment_on_another_story_is_refused_with_the_text_kept(article, post_comment):
    elsewhere = make_comment(make_article())
    response = post_comment(article, parent=elsewhere.pk, body="Keep me")
    assert response.status_code == 400
    html = response.content.decode()
    assert "not on this story" in html and "Keep me" in html


@pytest.mark.parametrize("parent", ["abc", "-1", "99999999", "1" * 40, "1.5"])
def test_a_bad_parent_id_is_refused_not_a_server_error(article, post_comment, parent):
    assert post_comment(article, parent=parent).status_code == 400
    assert Comment.objects.count() == 0


def test_the_reply_link_works_without_javascript(client, article):
    top = make_comment(article, name="Lee")
    page = BeautifulSoup(client.get(article.get_absolute_url()).content, "html5lib")
    link = page.select_one(f"#c{top.pk} [data-reply]")["href"]
    assert link == f"?reply={top.pk}#comment-form"
    page = BeautifulSoup(
        client.get(article.get_absolute_url() + f"?reply={top.pk}").content, "html5lib"
    )
    assert page.select_one("#comment-form input[name=parent]")["value"] == str(top.pk)
    replying = page.select_one("[data-replying]")
    assert not replying.has_attr("hidden") and "Lee" in replying.text
