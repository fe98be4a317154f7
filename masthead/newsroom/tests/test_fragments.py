"""Parts of pages kept as HTML per content version (``newsroom.cache.fragment``, the
templates' ``{% call kept(...) %}``): the navigation and the lists many pages share.
Kept, they must never outlive what they show."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from masthead.newsroom import cache as content
from masthead.newsroom.models import Article, Section
from masthead.testing import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_page_cache(settings):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # every request renders its page


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def nav(page, which="nav"):
    return [(a.get_text(), a.get("aria-current")) for a in page.select(f"#{which} a")]


def list_headlines(page, name):
    return [a.get_text() for a in page.select(f'[data-list="{name}"] li a')]


def test_a_fragment_is_rendered_once_per_content_version():
    renders = []

    def render():
        renders.append(1)
        return f"<p>{len(renders)}</p>"

    assert content.fragment(("part",), render) == "<p>1</p>"
    assert content.fragment(("part",), render) == "<p>1</p>"
    assert content.fragment(("other",), render) == "<p>2</p>"
    content.bump()
    assert content.fragment(("part",), render) == "<p>3</p>"


def test_nothing_is_kept_when_lists_are_not_cached(settings):
    settings.MASTHEAD_LIST_CACHE_SECONDS = 0
    renders = []
    for _ in range(2):
        content.fragment(("part",), lambda: renders.append(1) or "x")
    assert len(renders) == 2


def test_a_kept_fragment_lives_a_few_seconds_at_most(monkeypatch, settings):
    settings.MASTHEAD_LIST_CACHE_SECONDS = 60
    now = [1000.0]
    monkeypatch.setattr(content, "_clock", lambda: now[0])
    renders = []
    for at in (1000.0, 1004.9, 1005.0, 1006.0):
        now[0] = at
        content.fragment(("part",), lambda at=at: renders.append(at) or "x")
    assert renders == [1000.0, 1005.0]
    settings.MASTHEAD_LIST_CACHE_SECONDS = 2  # and never longer than the lists
    for at in (1010.0, 1011.9, 1012.0):
        now[0] = at
        content.fragment(("part",), lambda at=at: renders.append(at) or "x")
    assert renders == [1000.0, 1005.0, 1010.0, 1012.0]


def test_the_navigation_marks_the_section_of_each_section_page(client):
    asia, world = make_section("Asia"), make_section("World")
    make_article("One", section=asia)
    assert nav(soup(client, asia.get_absolute_url())) == [("Asia", "page"), ("World", None)]
    assert nav(soup(client, world.get_absolute_url())) == [("Asia", None), ("World", "page")]
    assert nav(soup(client, "/")) == [("Asia", None), ("World", None)]
    # The bottom navigation marks none.
    assert nav(soup(client, asia.get_absolute_url()), "footer-nav") == [
        ("Asia", None),
        ("World", None),
    ]


def test_a_renamed_section_shows_at_once_in_every_kept_part(client):
    asia = make_section("Asia")
    story = make_article("Ministers meet in Seoul", section=asia)
    other = make_article("Markets close higher", section=asia)
    before = soup(client, story.get_absolute_url())
    assert nav(before)[0][0] == "Asia"
    assert "Asia Latest Stories" in before.select_one('[data-list="latest"] h2').get_text()

    asia.name = "Asia-Pacific"
    asia.save()  # a save moves the content version on

    page = soup(client, other.get_absolute_url())
    assert nav(page)[0][0] == "Asia-Pacific"
    assert nav(page, "footer-nav")[0][0] == "Asia-Pacific"
    labels = {s.get_text() for s in page.select("[data-list] .section-label")}
    assert labels == {"Asia-Pacific"}


def test_an_edited_headline_shows_at_once_in_a_shared_list(client):
    asia = make_section("Asia")
    listed = make_article("Old headline", section=asia)
    reader = make_article("A story read later", section=asia)
    first = make_article("A third story", section=asia)
    assert "Old headline" in list_headlines(soup(client, first.get_absolute_url()), "latest")
    assert "Old headline" in list_headlines(soup(client, reader.get_absolute_url()), "latest")

    listed.headline = "Corrected headline"
    listed.save()

    shown = list_headlines(soup(client, reader.get_absolute_url()), "latest")
    assert "Corrected headline" in shown and "Old headline" not in shown


def test_a_flushed_cache_never_brings_back_a_kept_part(client):
    """A cache emptied under a running process (Redis restarted: it keeps nothing on disk)
    starts its content version again; a change made meanwhile without a save (a bulk
    update, a restore from backup) must still show, not the HTML kept under an old
    number."""
    asia = make_section("Asia")
    story = make_article("Ministers meet in Seoul", section=asia)
    cache.clear()  # the parts are kept under the number a new cache starts from
    assert nav(soup(client, story.get_absolute_url()))[0][0] == "Asia"

    Section.objects.filter(pk=asia.pk).update(name="Asia-Pacific")  # no signal, no bump
    Article.objects.filter(pk=story.pk).update(headline="Ministers meet again")
    cache.clear()  # content.forget_local_lists() not called: the process keeps its parts

    page = soup(client, story.get_absolute_url())
    assert nav(page)[0][0] == "Asia-Pacific"
    assert page.h1.get_text() == "Ministers meet again"
