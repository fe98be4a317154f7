"""Messages are made only for a request that uses them (masthead.lib.messages)."""

import pytest
from django.contrib.messages import storage

from masthead.newsroom.tests.test_desk import ADD_URL, form_data
from masthead.testing import make_article, make_author, make_section, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def storages_made(monkeypatch):
    made = []
    real = storage.default_storage

    def counting(request):
        made.append(request.path)
        return real(request)

    monkeypatch.setattr("masthead.lib.messages.default_storage", counting)
    monkeypatch.setattr("django.contrib.messages.middleware.default_storage", counting)
    return made


def test_a_reader_page_builds_no_message_storage(client, storages_made, settings):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # rendered, through every middleware
    story = make_article("Ministers meet in Seoul")
    response = client.get(story.get_absolute_url())
    assert response.status_code == 200
    assert storages_made == [] and "messages" not in response.cookies


def test_the_desk_still_says_what_it_did(client, storages_made):
    """A message added in one request (the article saved) is shown on the next page."""
    client.force_login(make_user("writer", "Writer"))
    data = form_data(make_section("Asia"), make_author("Kim"))
    response = client.post(ADD_URL, data, follow=True)
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) == 1 and "was added successfully" in shown[0]
    assert ADD_URL in storages_made  # made where it was used
