"""Pages refreshed in bulk after comments were written in bulk (``cache.bump_many``)."""

import pytest

from masthead.comments import cache
from masthead.comments.models import Comment
from masthead.testing import make_article

pytestmark = pytest.mark.django_db


def test_bump_many_drops_the_pages_of_those_stories_only(client, django_assert_max_num_queries):
    stories = [make_article(f"Story {i}") for i in range(3)]
    for story in stories:
        assert client.get(story.get_absolute_url())["X-Cache"] == "MISS"
        assert client.get(story.get_absolute_url())["X-Cache"] == "HIT"
    # Written in bulk as bench/fill_comments.py writes them: no signal per comment.
    Comment.objects.bulk_create(
        [
            Comment(article=s, name="Reader", body="Seen at last.", status="approved")
            for s in stories[:2]
        ]
    )
    with django_assert_max_num_queries(3):  # the stories' addresses, the upsert
        cache.bump_many([s.pk for s in stories[:2]])
    for story in stories[:2]:
        response = client.get(story.get_absolute_url())
        assert response["X-Cache"] == "MISS" and b"Seen at last." in response.content
    assert client.get(stories[2].get_absolute_url())["X-Cache"] == "HIT"
