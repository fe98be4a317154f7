"""What an article page reads of its story: two short reads, whatever its status."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.newsroom import story
from masthead.newsroom.models import Article, Author
from masthead.testing import make_article, make_author, make_section, make_tag, make_views

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    zed, abe = make_author("Zed Writer"), make_author("Abe Writer")
    found = make_article(
        "Ministers meet in Seoul",
        section=make_section("Asia"),
        authors=[zed, abe],  # byline order, not alphabetical
        tags=[make_tag("Trade"), make_tag("Diplomacy")],
    )
    found.corrections.create(kind="correction", note="First note.")
    found.corrections.create(kind="update", note="Second note.")
    make_views(found, 17)
    return found


def test_it_reads_the_story_with_everything_the_page_shows(article):
    for loaded in (story.load(slug=article.slug), story.load(pk=article.pk)):
        assert loaded.article.pk == article.pk and loaded.article.views == 17
        assert [a.name for a in loaded.authors] == ["Zed Writer", "Abe Writer"]
        assert [t.name for t in loaded.tags] == ["Diplomacy", "Trade"]
        assert [c.note for c in loaded.corrections] == ["First note.", "Second note."]
        assert [c.get_kind_display() for c in loaded.corrections] == ["Correction", "Update"]
        first = loaded.corrections[0]
        assert first.created_at == article.corrections.get(note="First note.").created_at
        zed = Author.objects.get(name="Zed Writer")
        assert loaded.authors[0].get_absolute_url() == zed.get_absolute_url()
        assert all(a._state.adding is False for a in loaded.authors + loaded.tags)


def test_a_story_without_tags_or_corrections():
    bare = make_article("Bare story")
    loaded = story.load(pk=bare.pk)
    assert [a.pk for a in loaded.authors] == [a.pk for a in bare.authors.all()]
    assert (loaded.tags, loaded.corrections) == ([], [])


def test_byline_positions_order_the_authors_not_the_order_they_were_added():
    first, second, third = (make_author(name) for name in ("First", "Second", "Third"))
    story_ = make_article("Reordered byline", authors=[])
    story_.bylines.all().delete()
    for position, author in ((2, first), (0, second), (1, third)):  # ids against positions
        story_.bylines.create(author=author, position=position)
    assert [a.name for a in story.load(pk=story_.pk).authors] == ["Second", "Third", "First"]


def test_byline_order_is_kept_past_ten_authors():
    writers = [make_author(f"Writer {n:02d}") for n in range(12)]
    crowd = make_article("Crowded byline", authors=list(reversed(writers)))
    loaded = story.load(pk=crowd.pk)
    assert [a.name for a in loaded.authors] == [w.name for w in reversed(writers)]


def test_two_reads_and_the_section_from_the_cached_navigation(article):
    story.load(slug=article.slug)  # the navigation is cached now, as on a live site
    with CaptureQueriesContext(connection) as queries:
        loaded = story.load(slug=article.slug)
        assert loaded.article.section.name == "Asia"
    assert len(queries) == 2  # the article; its authors, tags and corrections


def test_any_status_is_read_and_readers_are_the_callers_question(article):
    article.status = Article.Status.WITHDRAWN
    article.save()
    loaded = story.load(slug=article.slug)
    assert loaded is not None and not loaded.article.is_published
    assert story.load(slug="no-such-story") is None and story.load(pk=10**9) is None


@pytest.mark.parametrize("count", [0, 1, 8, 9, 130])
def test_stories_for_lists_fetches_every_batch(count):
    from masthead.newsroom.queries import sections, stories_for_lists

    section = make_section("Asia")
    made = [make_article(f"Story {i}", section=section, authors=[]) for i in range(count)]
    wanted = [a.pk for a in made] + [10**9]  # and one that does not exist
    sections()  # cached, as on a live site
    with CaptureQueriesContext(connection) as queries:
        found = stories_for_lists(wanted + wanted[:2])  # repeated ids are asked once
    assert set(found) == {a.pk for a in made}
    for one in made:
        assert found[one.pk].get_absolute_url() == one.get_absolute_url()
        assert found[one.pk].section.name == "Asia"
    # Batches of 8 or 128 ids: 131 ids are two queries (128, then 3 padded to 8).
    assert len(queries) == (2 if count == 130 else 1)


def test_a_story_of_a_section_newer_than_the_cached_navigation_still_has_it():
    from masthead.newsroom.queries import sections, stories_for_lists

    sections()  # the navigation cached before the section exists
    story = make_article("Story", section=make_section("Brand new"), authors=[])
    found = stories_for_lists([story.pk])[story.pk]
    assert found.section.name == "Brand new" and found.pk == story.pk
    assert found.get_absolute_url() == story.get_absolute_url()
