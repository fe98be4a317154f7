"""The desk: the moderation queue, bulk actions, bans, the home page and the article list."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.comments.models import ArticleCommentSettings, BannedVisitor, Comment
from masthead.testing import make_article, make_comment

pytestmark = pytest.mark.django_db
QUEUE = "/desk/comments/comment/"


def _act(admin_client, action, *comments):
    return admin_client.post(
        QUEUE, {"action": action, "_selected_action": [c.pk for c in comments]}, follow=True
    )


def test_the_queue_filters_by_status_and_article_and_searches(admin_client, article):
    make_comment(article, body="Waiting here", status=Comment.Status.PENDING)
    make_comment(article, body="Already fine")
    make_comment(make_article(), body="Elsewhere", status=Comment.Status.PENDING)
    pending = admin_client.get(QUEUE + "?status__exact=pending").content.decode()
    assert "Waiting here" in pending and "Already fine" not in pending
    mine = admin_client.get(QUEUE + f"?article__id__exact={article.pk}").content.decode()
    assert "Elsewhere" not in mine and "Waiting here" in mine
    found = admin_client.get(QUEUE + "?q=elsewhere").content.decode()
    assert "Elsewhere" in found and "Waiting here" not in found
    dated = admin_client.get(QUEUE + f"?created_at__year={timezone.now().year}")
    assert dated.status_code == 200


@pytest.mark.parametrize(
    "action, status",
    [("approve", "approved"), ("reject", "rejected"), ("mark_spam", "spam")],
)
def test_bulk_actions_change_the_status(admin_client, article, action, status):
    comments = [make_comment(article, status=Comment.Status.PENDING) for _ in range(3)]
    _act(admin_client, action, *comments)
    assert set(Comment.objects.values_list("status", flat=True)) == {status}


def test_ban_visitor_bans_todays_hash_and_rejects(admin_client, article, post_comment):
    post_comment(article, ip="10.5.5.5", body="Troll")
    comment = Comment.objects.get()
    response = _act(admin_client, "ban_visitor", comment)
    assert "1 visitor(s) banned" in response.content.decode()
    ban = BannedVisitor.objects.get()
    assert ban.visitor == comment.visitor and ban.day == timezone.now().date()
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REJECTED
    post_comment(article, ip="10.5.5.5", body="Troll again")
    assert Comment.objects.get(body="Troll again").held_reason == "banned visitor"


def test_the_desk_home_shows_what_waits_for_moderation(admin_client, article):
    make_comment(article, status=Comment.Status.PENDING)
    make_comment(article, status=Comment.Status.PENDING)
    make_comment(article, status=Comment.Status.HIDDEN)
    page = BeautifulSoup(admin_client.get("/desk/").content, "html.parser")
    assert page.select_one("[data-pending-comments]")["data-pending-comments"] == "2"
    assert page.select_one("[data-hidden-comments]")["data-hidden-comments"] == "1"


def test_writers_see_no_comment_numbers_on_the_desk_home(client, article):
    from masthead.testing import make_user

    client.force_login(make_user("writer1", group="Writer"))
    assert b"data-pending-comments" not in client.get("/desk/").content


def test_the_article_list_counts_approved_comments_without_a_query_per_row(
    admin_client, django_assert_max_num_queries
):
    for i in range(30):
        story = make_article(f"Story {i}")
        for _ in range(i % 4):
            make_comment(story)
        make_comment(story, status=Comment.Status.PENDING)
    with django_assert_max_num_queries(20):
        response = admin_client.get("/desk/newsroom/article/")
    page = BeautifulSoup(response.content, "html.parser")
    counts = [td.get_text() for td in page.select("td.field-comment_count")]
    assert len(counts) == 30
    assert sorted(counts) == sorted(str(i % 4) for i in range(30))


def test_an_article_s_comment_mode_is_set_inline_in_its_desk_form(admin_client, article):
    page = admin_client.get(f"/desk/newsroom/article/{article.pk}/change/").content.decode()
    assert 'name="comment_settings-0-mode"' in page
    ArticleCommentSettings.objects.create(article=article, mode="closed")
    page = admin_client.get(f"/desk/newsroom/article/{article.pk}/change/").content.decode()
    assert 'value="closed" selected' in page


def test_an_editor_may_moderate(client, article):
    from masthead.testing import make_user

    client.force_login(make_user("editor1", group="Editor"))
    held = make_comment(article, status=Comment.Status.PENDING)
    client.post(QUEUE, {"action": "approve", "_selected_action": [held.pk]})
    held.refresh_from_db()
    assert held.status == Comment.Status.APPROVED
