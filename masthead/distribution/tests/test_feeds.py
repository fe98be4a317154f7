"""RSS and Atom feeds, read by feedparser (a client nobody here wrote)."""

from datetime import timedelta

import feedparser
import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from masthead.newsroom.models import Article
from masthead.testing import make_article, make_section

pytestmark = pytest.mark.django_db


def feed_urls(newsroom):
    urls = []
    for base in ("/", "/asia/", "/author/kim-ha-eun/", "/tag/diplomacy/"):
        urls += [f"{base}feed/", f"{base}feed/atom/"]
    return urls


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, f"{url}: {parsed.get('bozo_exception')}"
    return response, parsed


def test_every_feed_parses_cleanly_and_every_entry_is_complete(client, newsroom):
    for url in feed_urls(newsroom):
        response, parsed = parse(client, url)
        assert parsed.entries, url
        for entry in parsed.entries:
            assert entry.title and entry.link and entry.id, url
            assert entry.published_parsed, url
        # Cached whole like the reader pages (newsroom/pagecache.py), dropped with a story.
        assert response["Cache-Control"].startswith("public, max-age=0, s-maxage=")


def test_the_site_feed_is_rss_2_and_the_atom_feed_is_atom(client, newsroom):
    assert parse(client, "/feed/")[1].version == "rss20"
    assert parse(client, "/feed/atom/")[1].version == "atom10"
    assert client.get("/feed/")["Content-Type"].startswith("application/rss+xml")
    assert client.get("/feed/atom/")["Content-Type"].startswith("application/atom+xml")


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/"])
def test_an_entry_carries_the_whole_story(client, newsroom, url):
    story = newsroom["story"]
    entry = parse(client, url)[1].entries[0]
    assert entry.title == story.headline
    assert entry.link == "http://testserver" + story.get_absolute_url()
    assert entry.summary == story.dek
    assert "<strong>Monday</strong>" in entry.content[0].value
    assert "<blockquote>" in entry.content[0].value
    assert entry.author == "Kim Ha-eun, Lee Joon"
    assert [t.term for t in entry.tags] == ["Asia", "diplomacy", "summit"]
    image = "http://testserver/media/demo/summit.jpg"
    assert [link.href for link in entry.links if link.rel == "enclosure"] == [image]
    published = timezone.make_aware(__import__("datetime").datetime(*entry.published_parsed[:6]))
    assert abs(published - story.publish_at) < timedelta(seconds=1)
    assert entry.id == f"tag:testserver,{story.publish_at:%Y-%m-%d}:article/{story.pk}"


def test_the_rss_feed_names_the_image_as_media_content(client, newsroom):
    entry = parse(client, "/feed/")[1].entries[0]
    assert entry.media_content[0]["url"] == "http://testserver/media/demo/summit.jpg"


def test_feeds_narrow_to_their_section_author_or_tag(client, newsroom):
    titles = {e.title for e in parse(client, "/world/feed/")[1].entries}
    assert titles == {a.headline for a in newsroom["others"]}
    assert len(parse(client, "/author/lee-joon/feed/")[1].entries) == 4
    assert len(parse(client, "/author/kim-ha-eun/feed/atom/")[1].entries) == 1
    assert [e.title for e in parse(client, "/tag/diplomacy/feed/")[1].entries] == [
        newsroom["story"].headline
    ]
    assert parse(client, "/asia/feed/")[1].feed.title == "Asia — The Masthead Herald"


def test_feeds_leave_out_drafts_scheduled_and_withdrawn_stories(client, newsroom):
    section = newsroom["world"]
    make_article("A draft", section=section, status=Article.Status.DRAFT)
    make_article("Withdrawn", section=section, status=Article.Status.WITHDRAWN)
    make_article(
        "Tomorrow",
        section=section,
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(days=1),
    )
    titles = {e.title for e in parse(client, "/feed/")[1].entries}
    assert not titles & {"A draft", "Withdrawn", "Tomorrow"}


def test_a_feed_holds_the_latest_fifty_stories(client, db, django_assert_max_num_queries, settings):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # the feed's own budget, not the page cache's
    section = make_section("Busy")
    for i in range(55):
        make_article(f"Busy {i}", section=section, publish_at=timezone.now() - timedelta(hours=i))
    with django_assert_max_num_queries(5):
        entries = parse(client, "/busy/feed/")[1].entries
    assert len(entries) == 50
    assert entries[0].title == "Busy 0" and entries[-1].title == "Busy 49"


def test_a_feed_of_an_unknown_section_is_a_404(client, db):
    assert client.get("/no-such-section/feed/").status_code == 404
    assert client.get("/author/nobody/feed/atom/").status_code == 404


def test_feed_links_use_the_configured_site_url(client, newsroom, settings):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    entry = parse(client, "/feed/")[1].entries[0]
    assert entry.link.startswith("https://news.example.com/asia/")
    assert entry.id.startswith("tag:news.example.com,")


def test_pages_announce_their_feeds_for_autodiscovery(client, newsroom):
    pages = {
        "/": ["/feed/", "/feed/atom/"],
        "/asia/": ["/feed/", "/feed/atom/", "/asia/feed/", "/asia/feed/atom/"],
        "/author/kim-ha-eun/": ["/feed/", "/feed/atom/"]
        + ["/author/kim-ha-eun/feed/", "/author/kim-ha-eun/feed/atom/"],
        "/tag/diplomacy/": ["/feed/", "/feed/atom/", "/tag/diplomacy/feed/"]
        + ["/tag/diplomacy/feed/atom/"],
        newsroom["story"].get_absolute_url(): ["/feed/", "/feed/atom/"],
    }
    for page, expected in pages.items():
        soup = BeautifulSoup(client.get(page).content, "html.parser")
        links = soup.select("link[rel=alternate]")
        assert [link["href"] for link in links] == expected, page
        for link in links:
            assert client.get(link["href"]).status_code == 200


def test_a_feed_shows_a_new_story_at_once_though_it_is_cached(client, newsroom):
    from masthead.testing import make_article

    first = client.get("/feed/")
    assert client.get("/feed/")["X-Cache"] == "HIT"
    story = make_article("Fresh off the desk")
    again = client.get("/feed/")
    assert again["X-Cache"] == "MISS" and b"Fresh off the desk" in again.content
    section_feed = client.get(story.section.get_absolute_url() + "feed/")
    assert b"Fresh off the desk" in section_feed.content
    assert first.content != again.content
