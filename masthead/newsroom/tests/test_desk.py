"""The editor's desk: roles, publishing routes, form checks, history and preview."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone

from masthead.newsroom.models import Article
from masthead.testing import make_article, make_author, make_section, make_user

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:newsroom_article_add")
LIST_URL = reverse("admin:newsroom_article_changelist")


def change_url(article):
    return reverse("admin:newsroom_article_change", args=[article.pk])


@pytest.fixture
def section():
    return make_section("Asia")


@pytest.fixture
def author():
    return make_author("Kim Ha-eun")


@pytest.fixture
def writer(client):
    user = make_user("writer", "Writer")
    return user


@pytest.fixture
def editor():
    return make_user("editor", "Editor")


def form_data(section, author, **overrides):
    data = {
        "headline": "Seoul and Tokyo resume talks",
        "slug": "seoul-and-tokyo-resume-talks",
        "dek": "",
        "section": section.pk,
        "body": "The talks resumed.",
        "status": "draft",
        "publish_at_0": "",
        "publish_at_1": "",
        "updated_at_0": "",
        "updated_at_1": "",
        "lead_image_url": "",
        "lead_image_alt": "",
        "lead_image_caption": "",
        "original_language": "",
        "original_headline": "",
        "source_name": "",
        "source_url": "",
        "bylines-TOTAL_FORMS": "1",
        "bylines-INITIAL_FORMS": "0",
        "bylines-MIN_NUM_FORMS": "1",
        "bylines-MAX_NUM_FORMS": "1000",
        "bylines-0-author": author.pk,
        "bylines-0-position": "0",
        "corrections-TOTAL_FORMS": "0",
        "corrections-INITIAL_FORMS": "0",
        "corrections-MIN_NUM_FORMS": "0",
        "corrections-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def at(moment):
    local = timezone.localtime(moment)
    return {"publish_at_0": local.strftime("%Y-%m-%d"), "publish_at_1": local.strftime("%H:%M:%S")}


# --- writers ---------------------------------------------------------------------------


def test_a_writer_can_write_a_draft(client, writer, section, author):
    client.force_login(writer)
    response = client.post(ADD_URL, form_data(section, author))
    assert response.status_code == 302, response.context["adminform"].form.errors
    article = Article.objects.get()
    assert article.status == "draft"
    assert article.created_by == writer


@pytest.mark.parametrize("status", ["published", "scheduled", "withdrawn"])
def test_a_writer_cannot_publish_through_the_form(client, writer, section, author, status):
    client.force_login(writer)
    data = form_data(section, author, status=status, **at(timezone.now() + timedelta(days=1)))
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not Article.objects.exists()


def test_a_writer_is_not_offered_reader_visible_statuses(client, writer):
    client.force_login(writer)
    response = client.get(ADD_URL)
    choices = {value for value, _ in response.context["adminform"].form.fields["status"].choices}
    assert choices == {"draft", "review"}


def test_a_writer_cannot_publish_with_a_list_action(client, writer, section, author):
    article = make_article(section=section, status="review", created_by=writer)
    client.force_login(writer)
    for action in ("publish_now", "schedule", "withdraw"):
        client.post(LIST_URL, {"action": action, "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "review"


def test_a_writer_cannot_edit_a_published_story(client, writer, section, author):
    article = make_article(section=section, created_by=writer)
    client.force_login(writer)
    response = client.post(change_url(article), form_data(section, author, headline="Hijacked"))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.headline != "Hijacked"


def test_a_writer_cannot_edit_someone_elses_draft(client, writer, section, author):
    other = make_user("other", "Writer")
    article = make_article(section=section, status="draft", created_by=other)
    client.force_login(writer)
    response = client.post(change_url(article), form_data(section, author, headline="Mine now"))
    assert response.status_code == 403


def test_a_writer_submits_a_draft_for_review(client, writer, section):
    article = make_article(section=section, status="draft", created_by=writer)
    client.force_login(writer)
    client.post(LIST_URL, {"action": "submit_for_review", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "review"


def test_a_writer_cannot_delete(client, writer, section):
    article = make_article(section=section, status="draft", created_by=writer)
    client.force_login(writer)
    response = client.post(
        reverse("admin:newsroom_article_delete", args=[article.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert Article.objects.filter(pk=article.pk).exists()


# --- editors ---------------------------------------------------------------------------


def test_an_editor_publishes_now(client, editor, section):
    article = make_article(section=section, status="review")
    client.force_login(editor)
    client.post(LIST_URL, {"action": "publish_now", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "published"
    assert article.is_published
    assert article.first_published_at is not None


def test_an_editor_schedules_for_a_future_time(client, editor, section):
    article = make_article(section=section, status="review")
    when = timezone.localtime(timezone.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    client.force_login(editor)
    response = client.post(
        LIST_URL,
        {
            "action": "schedule",
            "apply": "1",
            "_selected_action": [article.pk],
            "publish_at": when.strftime("%Y-%m-%dT%H:%M"),
        },
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == "scheduled"
    assert article.publish_at == when


def test_the_schedule_action_refuses_a_past_time(client, editor, section):
    article = make_article(section=section, status="review")
    client.force_login(editor)
    response = client.post(
        LIST_URL,
        {
            "action": "schedule",
            "apply": "1",
            "_selected_action": [article.pk],
            "publish_at": "2001-01-01T10:00",
        },
    )
    assert response.status_code == 200
    assert "already passed" in response.content.decode()
    article.refresh_from_db()
    assert article.status == "review"


def test_an_editor_withdraws_a_story_and_readers_lose_it(client, editor, section):
    article = make_article(section=section)
    client.force_login(editor)
    client.post(LIST_URL, {"action": "withdraw", "_selected_action": [article.pk]})
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == 404


# --- form checks -----------------------------------------------------------------------


def test_an_empty_headline_is_refused_with_a_clear_message(client, editor, section, author):
    client.force_login(editor)
    response = client.post(ADD_URL, form_data(section, author, headline="   "))
    assert response.status_code == 200
    assert "Every article needs a headline." in response.content.decode()


def test_a_duplicate_slug_is_refused_with_a_free_suggestion(client, editor, section, author):
    make_article("Old", section=section, slug="seoul-and-tokyo-resume-talks")
    client.force_login(editor)
    response = client.post(ADD_URL, form_data(section, author))
    assert response.status_code == 200
    html = response.content.decode()
    assert "already uses the slug" in html
    assert "seoul-and-tokyo-resume-talks-2" in html


def test_a_past_schedule_time_is_refused(client, editor, section, author):
    client.force_login(editor)
    data = form_data(section, author, status="scheduled", **at(timezone.now() - timedelta(hours=1)))
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert "already passed" in response.content.decode()
    assert not Article.objects.exists()


def test_an_article_needs_an_author(client, editor, section, author):
    client.force_login(editor)
    data = form_data(section, author)
    data.update({"bylines-TOTAL_FORMS": "0"})
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not Article.objects.exists()


# --- history, preview, list ------------------------------------------------------------


def test_every_save_keeps_a_revision_shown_in_the_desk(client, editor, section, author):
    client.force_login(editor)
    client.post(ADD_URL, form_data(section, author))
    article = Article.objects.get()
    byline = article.bylines.get()
    data = form_data(section, author, headline="Talks resume in Seoul")
    data.update({"bylines-INITIAL_FORMS": "1", "bylines-0-id": byline.pk})
    data["bylines-0-article"] = article.pk
    client.post(change_url(article), data)
    assert article.history.count() == 2
    history = client.get(reverse("admin:newsroom_article_history", args=[article.pk]))
    assert history.status_code == 200
    assert "Talks resume in Seoul" in history.content.decode()


def test_staff_preview_a_draft_exactly_as_readers_will(client, writer, section):
    article = make_article("Draft headline", section=section, status="draft")
    preview = reverse("admin:newsroom_article_preview", args=[article.pk])
    assert client.get(article.get_absolute_url()).status_code == 404
    assert client.get(preview).status_code == 302  # to the desk's login
    client.force_login(writer)
    response = client.get(preview)
    assert response.status_code == 200
    assert "Draft headline" in response.content.decode()
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_the_article_list_filters_and_searches(client, editor, section):
    make_article("Chip exports rise", section=section)
    make_article("Typhoon nears Jeju", section=section, status="draft")
    client.force_login(editor)
    for query in ("?status__exact=draft", f"?section__id__exact={section.pk}", "?q=typhoon"):
        response = client.get(LIST_URL + query)
        assert response.status_code == 200
    found = client.get(LIST_URL + "?q=typhoon").context["cl"].result_list
    assert [a.headline for a in found] == ["Typhoon nears Jeju"]


def test_a_writer_cannot_publish_by_reverting_to_a_published_revision(
    client, writer, editor, section, author
):
    article = make_article(section=section, status="draft", created_by=writer)
    article.status = "published"
    article.save()  # an editor published it...
    article.status = "draft"
    article.save()  # ...and took it back to draft
    published_revision = article.history.filter(status="published").first()
    client.force_login(writer)
    url = reverse(
        "admin:newsroom_article_simple_history",
        args=[article.pk, published_revision.history_id],
    )
    data = form_data(section, author, status="published", **at(article.publish_at))
    byline = article.bylines.get()
    data.update({"bylines-INITIAL_FORMS": "1", "bylines-0-id": byline.pk})
    data["bylines-0-article"] = article.pk
    assert client.get(url).status_code == 200  # the revert page is open to the writer...
    response = client.post(url, data)
    assert response.status_code == 200  # ...but saving it as published is refused
    assert "status" in response.context["adminform"].form.errors
    article.refresh_from_db()
    assert article.status == "draft"


def test_view_on_site_opens_the_preview_until_the_story_is_live(client, editor, section):
    draft = make_article(section=section, status="draft")
    live = make_article(section=section)
    client.force_login(editor)

    def view_on_site(article):
        soup = BeautifulSoup(client.get(change_url(article)).content, "html.parser")
        return soup.select_one("a.viewsitelink")["href"]

    assert view_on_site(draft) == reverse("admin:newsroom_article_preview", args=[draft.pk])
    assert view_on_site(live) == live.get_absolute_url()


def test_a_stale_form_that_repeats_an_author_gets_a_message_not_an_error(
    client, editor, section, author
):
    client.force_login(editor)
    client.post(ADD_URL, form_data(section, author))
    article = Article.objects.get()
    # The byline row already saved is missing from this (stale) form, which adds it again.
    response = client.post(change_url(article), form_data(section, author, headline="New"))
    assert response.status_code == 200
    assert "reload the page" in response.content.decode()
    assert article.bylines.count() == 1


def test_the_same_author_twice_in_one_byline_is_refused(client, editor, section, author):
    client.force_login(editor)
    data = form_data(section, author)
    data.update({"bylines-TOTAL_FORMS": "2", "bylines-1-author": author.pk})
    data["bylines-1-position"] = "1"
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not Article.objects.exists()
