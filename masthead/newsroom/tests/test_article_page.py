"""The article page: every block of the reference page, in order, with its hooks."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.newsroom.models import Article, Correction
from masthead.recommendations.jobs import update_related
from masthead.recommendations.models import RelatedCandidate
from masthead.testing import (
    make_article,
    make_author,
    make_must_read,
    make_section,
    make_tag,
    make_views,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom():
    """A translated story with two authors, tags and a correction, in a busy newsroom."""
    asia = make_section("Asia")
    world = make_section("World")
    diplomacy, summit = make_tag("diplomacy"), make_tag("summit")
    kim = make_author("Kim Ha-eun", email="haeun.kim@masthead.example")
    lee = make_author("Lee Joon")
    story = make_article(
        "Seoul and Tokyo agree to resume shuttle diplomacy",
        section=asia,
        authors=[kim, lee],
        tags=[diplomacy, summit],
        dek="Leaders meet for the first time in a year.",
        body="The two leaders met on Monday.\n\n> We turn a page, said one aide.\n\nTalks go on.",
        original_language="ko",
        original_headline="한일 정상, 셔틀 외교 재개 합의",
        source_name="Hanbit Ilbo",
        source_url="https://example.kr/news/1",
    )
    Correction.objects.create(article=story, note="An earlier version misspelled a name.")
    others = []
    for i in range(12):
        others.append(
            make_article(
                f"Asia story {i}",
                section=asia,
                tags=[diplomacy] if i % 2 else [],
                publish_at=timezone.now() - timedelta(hours=2 + i),
            )
        )
        others.append(
            make_article(
                f"World story {i}",
                section=world,
                publish_at=timezone.now() - timedelta(hours=3 + i),
            )
        )
    for rank, article in enumerate(others):
        make_views(article, 1000 - rank * 10)
    make_views(story, 4321)
    make_must_read(others[0], position=0)
    make_must_read(others[5], position=1)
    update_related()  # the worker's job: "You May Also Like" from the related index
    return story


def _soup(client, article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_it_shows_every_block_of_the_reference_page_in_order(client, newsroom):
    soup = _soup(client, newsroom)
    order = list(soup.find_all(True))

    def pos(element):
        assert element is not None
        return order.index(element)

    blocks = [
        soup.select_one(".skip-links a[href='#nav']"),
        soup.select_one(".skip-links a[href='#main']"),
        soup.select_one(".skip-links a[href='#footer-nav']"),
        soup.find("h1"),
        soup.select_one(".byline [data-views]"),
        soup.select_one(".original-headline"),
        soup.select_one(".body"),
        soup.select_one(".corrections"),
        soup.select_one(".signature a[href^='mailto:']"),
        soup.select_one("#comments"),
        soup.select_one("[data-list=latest]"),
        soup.select_one("[data-list=related]"),
        soup.select_one("[data-list=popular]"),
        soup.select_one("[data-list=must-reads]"),
        soup.select_one("#share"),
    ]
    positions = [pos(b) for b in blocks]
    assert positions == sorted(positions)


def test_it_carries_the_stable_page_hooks(client, newsroom):
    soup = _soup(client, newsroom)
    assert soup.select_one(f"article[data-article-id='{newsroom.pk}']")
    assert soup.select_one("[data-views]")["data-views"] == "4321"
    original = soup.select_one(".original-headline")
    assert original["lang"] == "ko"
    assert original.get_text(strip=True) == "한일 정상, 셔틀 외교 재개 합의"
    assert soup.select_one(".signature a[href='mailto:haeun.kim@masthead.example']")
    comments = soup.select_one("#comments")
    assert "Comments 0" in " ".join(comments.get_text(" ").split())
    assert "300" in comments.get_text()
    assert soup.find("html")["lang"] == "en"
    assert len(soup.find_all("h1")) == 1
    assert soup.select("#share a")


def test_byline_links_every_author_in_order(client, newsroom):
    soup = _soup(client, newsroom)
    names = [a.get_text() for a in soup.select(".byline a[rel=author]")]
    assert names == ["Kim Ha-eun", "Lee Joon"]
    assert soup.select_one(".byline time[datetime]")


def test_each_list_holds_linked_stories_with_section_labels(client, newsroom):
    soup = _soup(client, newsroom)
    expected = {"latest": 6, "related": 5, "popular": 5, "must-reads": 5}
    for name, size in expected.items():
        items = soup.select(f"[data-list={name}] li")
        assert len(items) == size, name
        for li in items:
            assert li.find("a")["href"].startswith("/")
            assert li.select_one(".section-label").get_text(strip=True) in {"Asia", "World"}
    assert soup.select_one("[data-list=latest] h2").get_text() == "Asia Latest Stories"
    for name in ("related", "popular", "must-reads"):
        assert soup.select_one(f"[data-list={name}] ol"), f"{name} is numbered"


def test_no_story_appears_twice_on_the_page(client, newsroom):
    soup = _soup(client, newsroom)
    links = [a["href"] for a in soup.select("[data-list] li a")]
    assert len(links) == 21
    assert len(links) == len(set(links))
    assert newsroom.get_absolute_url() not in links


def test_curated_must_reads_come_first(client, newsroom):
    soup = _soup(client, newsroom)
    first = soup.select("[data-list=must-reads] li a")[0].get_text()
    assert first == "Asia story 0"


def test_latest_stories_come_from_the_articles_own_section(client, newsroom):
    soup = _soup(client, newsroom)
    labels = {s.get_text() for s in soup.select("[data-list=latest] .section-label")}
    assert labels == {"Asia"}


def test_related_prefers_stories_sharing_tags(client, newsroom):
    soup = _soup(client, newsroom)
    related = [a.get_text() for a in soup.select("[data-list=related] li a")]
    tagged = {a.headline for a in Article.objects.filter(tags__slug="diplomacy")}
    assert related and related[0] in tagged


def test_the_page_stays_within_eleven_queries_with_a_cold_cache(
    client, newsroom, django_assert_max_num_queries, settings
):
    # Two for the story (its bylines, tags and corrections in one), eight for the lists
    # (Must-Reads picks, the section's latest, Popular Now, the week's most viewed, their
    # stories in one query, related candidates and their stories; the content version),
    # one for the comments block (counts, settings and a page of comments with replies in
    # one query, whatever their number). This is the render's budget with every cache
    # empty: the whole-page cache (off here) adds one lookup to a miss and answers a hit
    # with that lookup alone (test_pagecache.py).
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0
    extra = make_author("Third Author")
    newsroom.bylines.create(author=extra, position=2)
    newsroom.tags.add(*[make_tag() for _ in range(5)])
    from django.core.cache import cache

    cache.clear()
    with django_assert_max_num_queries(11):
        response = client.get(newsroom.get_absolute_url())
    assert response.status_code == 200


@pytest.mark.parametrize("outside_the_pools", [False, True])
def test_a_story_nobody_asked_for_yet_costs_four_or_five_queries(
    client, newsroom, django_assert_num_queries, settings, outside_the_pools
):
    # The archive's long tail: the page of a story never shown before, on a live site
    # where the lists every story of its section shares are already cached. The story,
    # its bylines, tags and corrections (one read), its related candidates, its comments
    # block and, for related stories the shared lists do not hold already, one more.
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0
    if outside_the_pools:  # an old story of another section nobody reads any more
        old = make_article(
            "Archive: the 1998 summit", publish_at=timezone.now() - timedelta(days=400)
        )
        RelatedCandidate.objects.create(article=newsroom, candidate=old, similarity=0.99)
    other = make_article(section=newsroom.section, headline="Another story of the desk")
    client.get(other.get_absolute_url())
    with django_assert_num_queries(5 if outside_the_pools else 4):
        response = client.get(newsroom.get_absolute_url())
    assert response.status_code == 200
    related = BeautifulSoup(response.content, "html.parser").select("[data-list=related] li")
    assert len(related) == 5
    assert ("Archive: the 1998 summit" in str(related)) == outside_the_pools


def test_a_warm_page_costs_only_the_article_queries(
    client, newsroom, django_assert_max_num_queries, settings
):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # the render with warm lists
    client.get(newsroom.get_absolute_url())
    with django_assert_max_num_queries(6):
        client.get(newsroom.get_absolute_url())


def test_lead_image_has_alt_text_and_caption(client):
    article = make_article(
        lead_image_url="/media/demo/a.jpg",
        lead_image_alt="Harbour cranes at dusk",
        lead_image_caption="Busan port.",
    )
    soup = _soup(client, article)
    img = soup.select_one("figure.lead-image img")
    assert img["alt"] == "Harbour cranes at dusk"
    assert soup.select_one("figure.lead-image figcaption").get_text() == "Busan port."


def test_an_untranslated_story_has_no_original_headline(client):
    soup = _soup(client, make_article())
    assert soup.select_one(".original-headline") is None


def test_the_body_is_the_sanitized_html_of_the_markdown(client):
    article = make_article(body="Hello **world** <script>alert(1)</script>")
    soup = _soup(client, article)
    assert soup.select_one(".body strong").get_text() == "world"
    assert soup.select_one(".body script") is None


def test_topics_link_to_their_tag_pages(client, newsroom):
    soup = _soup(client, newsroom)
    links = {a.get_text(): a["href"] for a in soup.select(".topics a[rel=tag]")}
    assert links == {"diplomacy": "/tag/diplomacy/", "summit": "/tag/summit/"}
    assert client.get("/tag/diplomacy/").status_code == 200
