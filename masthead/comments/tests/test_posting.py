"""Posting a comment without JavaScript: the plain form, redirects, errors, nothing lost."""

import pytest
from bs4 import BeautifulSoup

from masthead.comments.models import Comment

pytestmark = pytest.mark.django_db


def _soup(response):
    return BeautifulSoup(response.content, "html5lib")


def test_a_reader_posts_a_comment_and_sees_it_after_the_redirect(client, article, post_comment):
    response = post_comment(article, name="Kim", body="Good news for both countries.")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}?note=published#c{comment.pk}"
    assert comment.status == Comment.Status.APPROVED
    assert len(comment.visitor) == 32 and "10." not in comment.visitor
    page = _soup(client.get(response["Location"]))
    shown = page.select_one(f"#c{comment.pk}")
    assert shown.select_one(".comment-author").get_text() == "Kim"
    assert shown.select_one(".comment-body").get_text() == "Good news for both countries."
    assert page.select_one("[data-comment-count]")["data-comment-count"] == "1"
    assert "your comment is published" in page.select_one(".comment-note").get_text()


def test_the_form_is_on_the_page_with_the_limit_and_no_baked_in_token(client, article):
    page = _soup(client.get(article.get_absolute_url()))
    form = page.select_one("form#comment-form")
    assert form["method"] == "post" and form["action"] == f"/_comments/{article.pk}"
    assert page.select_one("[data-comment-max-chars]")["data-comment-max-chars"] == "300"
    assert form.select_one("textarea[name=body]")["data-max-chars"] == "300"
    assert form.select_one("input[name=csrfmiddlewaretoken]") is None
    assert form.select_one("input[name=website]")  # the honeypot
    assert form.select_one("input[name=stamp]")["value"]


def test_an_invalid_post_comes_back_with_everything_typed_and_a_message_by_the_field(
    article, post_comment
):
    typed = "Line one\nline <two> & three"
    response = post_comment(article, name="", body=typed, email="not-an-address")
    assert response.status_code == 400
    assert response["Cache-Control"] == "private, no-store"
    page = _soup(response)
    form = page.select_one("form#comment-form")
    assert form.select_one("textarea[name=body]").get_text() == typed
    assert form.select_one("input[name=email]")["value"] == "not-an-address"
    assert "Please give a name" in form.select_one("#name-error").get_text()
    assert "valid email" in form.select_one("#email-error").get_text()
    assert form.select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert Comment.objects.count() == 0


def test_the_email_is_stored_but_never_shown(client, article, post_comment):
    post_comment(article, email="reader@example.org")
    assert Comment.objects.get().email == "reader@example.org"
    assert b"reader@example.org" not in client.get(article.get_absolute_url()).content


def test_line_breaks_are_kept_and_text_is_normalized(client, article, post_comment):
    post_comment(article, body="first\r\n\r\n\r\n\r\nsecond\u202eevil")
    comment = Comment.objects.get()
    assert comment.body == "first\n\nsecondevil"
    body = _soup(client.get(article.get_absolute_url())).select_one(".comment-body")
    assert len(body.find_all("br")) == 2


def test_a_fetch_post_gets_json_with_where_to_go(article, post_comment):
    response = post_comment(article, accept="application/json")
    assert response.status_code == 201
    data = response.json()
    assert data["ok"] is True and data["status"] == "approved"
    assert data["url"].startswith(article.get_absolute_url())


def test_a_fetch_post_with_errors_gets_them_by_field(article, post_comment):
    response = post_comment(article, body="", accept="application/json")
    assert response.status_code == 400
    assert "body" in response.json()["errors"]


def test_comments_count_only_approved_ones(client, article):
    from masthead.testing import make_comment

    make_comment(article)
    make_comment(article, status=Comment.Status.PENDING)
    make_comment(article, status=Comment.Status.SPAM)
    page = _soup(client.get(article.get_absolute_url()))
    heading = " ".join(page.select_one("#comments h2").get_text(" ").split())
    assert heading == "Comments 1"
    assert len(page.select(".comment")) == 1


def test_a_staff_reply_carries_the_editor_badge(client, article, post_comment):
    from masthead.testing import make_comment, make_user

    question = make_comment(article, body="Who said this?")
    editor = make_user("moderator", staff=True)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="change_comment"))
    client.force_login(editor)
    response = post_comment(article, name="The desk", body="The minister did.", parent=question.pk)
    assert response.status_code == 302
    reply = Comment.objects.get(parent=question)
    assert reply.is_staff_reply and reply.user == editor and reply.visitor == ""
    client.logout()
    page = _soup(client.get(article.get_absolute_url()))
    shown = page.select_one(f"#c{reply.pk}")
    assert shown.select_one(".badge-editor").get_text() == "Editor"
    assert page.select_one(f"#c{question.pk} > .comment-meta .badge-editor") is None


def test_a_reader_cannot_claim_the_editor_badge(article, post_comment):
    post_comment(article, is_staff_reply="on", user="1")
    assert Comment.objects.get().is_staff_reply is False
