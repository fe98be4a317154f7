"""Sitemaps and robots.txt, validated against the sitemaps.org and Google News schemas."""

from datetime import datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
import xmlschema
from django.utils import timezone

from masthead.distribution import sitemaps
from masthead.newsroom.models import Article
from masthead.testing import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).parent / "data" / "schemas"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture(scope="module")
def urlset_schema():
    # The urlset schema only accepts the news elements with their schema loaded beside it.
    return xmlschema.XMLSchema10([str(SCHEMAS / "sitemap.xsd"), str(SCHEMAS / "sitemap-news.xsd")])


@pytest.fixture(scope="module")
def index_schema():
    return xmlschema.XMLSchema10(str(SCHEMAS / "siteindex.xsd"))


def fetch(client, url, schema):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    schema.validate(response.content.decode())
    return ElementTree.fromstring(response.content)


def locs(tree):
    return [el.text for el in tree.iterfind(".//sm:loc", NS)]


def at(year, month, day=10):
    return datetime(year, month, day, 12, tzinfo=timezone.get_current_timezone())


@pytest.fixture
def archive(db):
    """Stories in three months, a section, author and tag with stories, and ones without."""
    asia = make_section("Asia")
    make_section("Empty section")
    make_author("Nobody Yet")
    kim = make_author("Kim Ha-eun")
    trade = make_tag("trade")
    make_tag("unused")
    stories = {
        "jan": make_article("January", section=asia, authors=[kim], publish_at=at(2024, 1, 5)),
        "jan2": make_article("January 2", section=asia, authors=[kim], publish_at=at(2024, 1, 20)),
        "mar": make_article(
            "March", section=asia, authors=[kim], tags=[trade], publish_at=at(2024, 3)
        ),
        "new": make_article("Just now", section=asia, authors=[kim]),
    }
    make_article("Draft", section=asia, status=Article.Status.DRAFT)
    return stories


def test_the_sitemap_index_lists_months_and_listings_and_validates(client, archive, index_schema):
    tree = fetch(client, "/sitemap.xml", index_schema)
    now = timezone.localtime()
    assert locs(tree) == [
        "http://testserver/sitemap-sections.xml",
        "http://testserver/sitemap-authors.xml",
        "http://testserver/sitemap-tags.xml",
        f"http://testserver/sitemap-articles-{now:%Y}-{now:%m}.xml",
        "http://testserver/sitemap-articles-2024-03.xml",
        "http://testserver/sitemap-articles-2024-01.xml",
    ]
    for loc in locs(tree):
        assert client.get(loc.removeprefix("http://testserver")).status_code == 200


def test_every_sitemap_validates_against_the_sitemaps_org_schema(client, archive, urlset_schema):
    for name in ("sections", "authors", "tags"):
        fetch(client, f"/sitemap-{name}.xml", urlset_schema)
    tree = fetch(client, "/sitemap-articles-2024-01.xml", urlset_schema)
    assert locs(tree) == [
        "http://testserver" + archive["jan"].get_absolute_url(),
        "http://testserver" + archive["jan2"].get_absolute_url(),
    ]


def test_listing_sitemaps_leave_out_pages_without_stories(client, archive, urlset_schema):
    assert locs(fetch(client, "/sitemap-sections.xml", urlset_schema)) == [
        "http://testserver/asia/"
    ]
    assert locs(fetch(client, "/sitemap-authors.xml", urlset_schema)) == [
        "http://testserver/author/kim-ha-eun/"
    ]
    assert locs(fetch(client, "/sitemap-tags.xml", urlset_schema)) == [
        "http://testserver/tag/trade/"
    ]


def lastmods(tree):
    return [datetime.fromisoformat(el.text) for el in tree.iterfind(".//sm:lastmod", NS)]


def test_lastmod_is_the_last_change_readers_could_see(client, archive, urlset_schema, index_schema):
    jan2 = archive["jan2"]
    jan2.headline = "January 2, corrected"
    jan2.save()
    jan2.refresh_from_db()
    tree = fetch(client, "/sitemap-articles-2024-01.xml", urlset_schema)
    first, second = lastmods(tree)
    assert first == archive["jan"].modified_at.replace(microsecond=0)
    assert second == jan2.modified_at.replace(microsecond=0)
    index = fetch(client, "/sitemap.xml", index_schema)
    by_loc = dict(zip(locs(index), lastmods(index), strict=True))
    assert by_loc["http://testserver/sitemap-articles-2024-01.xml"] == second
    section = lastmods(fetch(client, "/sitemap-sections.xml", urlset_schema))
    assert section == [archive["new"].publish_at.replace(microsecond=0)]


def test_a_month_over_the_url_limit_is_split_into_pages(
    client, archive, monkeypatch, urlset_schema, index_schema
):
    monkeypatch.setattr(sitemaps, "URLS_PER_FILE", 1)
    monkeypatch.setattr(sitemaps.SiteSitemap, "limit", 1)
    index = locs(fetch(client, "/sitemap.xml", index_schema))
    assert "http://testserver/sitemap-articles-2024-01.xml" in index
    assert "http://testserver/sitemap-articles-2024-01.xml?p=2" in index
    first = fetch(client, "/sitemap-articles-2024-01.xml", urlset_schema)
    second = fetch(client, "/sitemap-articles-2024-01.xml?p=2", urlset_schema)
    assert len(locs(first)) == len(locs(second)) == 1
    assert client.get("/sitemap-articles-2024-01.xml?p=3").status_code == 404


def test_unknown_months_and_sitemaps_are_404(client, archive):
    for url in (
        "/sitemap-articles-2024-02.xml",
        "/sitemap-articles-2024-13.xml",
        "/sitemap-nothing.xml",
        "/sitemap-articles-2024-01.xml?p=x",
    ):
        assert client.get(url).status_code == 404, url


def test_the_sitemaps_cost_a_fixed_number_of_queries(
    client, archive, django_assert_max_num_queries, django_assert_num_queries, settings
):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # their own budget; a cached one costs 1 query
    for i in range(30):
        make_article(f"More {i}", publish_at=at(2023, 1 + i % 12))
    with django_assert_num_queries(5):  # cold: content version, months, 3 listings
        client.get("/sitemap.xml")
    with django_assert_max_num_queries(0):  # warm: both aggregates come from the cache
        client.get("/sitemap.xml")
    with django_assert_max_num_queries(4):
        client.get("/sitemap-articles-2023-05.xml")
    with django_assert_max_num_queries(3):
        client.get("/sitemap-authors.xml")


def test_the_news_sitemap_holds_the_last_48_hours_and_validates(client, archive, urlset_schema):
    asia = archive["new"].section
    recent = make_article(
        'Tokyo & Seoul "agree" <again>',
        section=asia,
        publish_at=timezone.now() - timedelta(hours=47),
    )
    make_article("Too old", section=asia, publish_at=timezone.now() - timedelta(hours=49))
    make_article(
        "Scheduled",
        section=asia,
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(hours=1),
    )
    tree = fetch(client, "/news-sitemap.xml", urlset_schema)
    assert locs(tree) == [
        "http://testserver" + archive["new"].get_absolute_url(),
        "http://testserver" + recent.get_absolute_url(),
    ]
    news = tree.find("sm:url/news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "The Masthead Herald"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "en"
    assert news.findtext("news:title", namespaces=NS) == "Just now"
    published = datetime.fromisoformat(news.findtext("news:publication_date", namespaces=NS))
    assert published == archive["new"].publish_at.replace(microsecond=0)
    titles = [el.text for el in tree.iterfind(".//news:title", NS)]
    assert titles[1] == 'Tokyo & Seoul "agree" <again>'


def test_robots_txt_names_the_sitemaps_and_keeps_crawlers_out_of_the_desk(client, settings):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert {"Disallow: /desk/", "Disallow: /_views/"} <= set(lines)
    assert "Sitemap: https://news.example.com/sitemap.xml" in lines
    assert "Sitemap: https://news.example.com/news-sitemap.xml" in lines


def test_sitemaps_use_the_configured_site_url(client, archive, settings, urlset_schema):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    tree = fetch(client, "/sitemap-sections.xml", urlset_schema)
    assert locs(tree) == ["https://news.example.com/asia/"]


def test_sitemaps_and_robots_can_be_cached_by_a_cdn(client, archive):
    # Cached whole like the reader pages (newsroom/pagecache.py), dropped with a story.
    for url in ("/sitemap.xml", "/news-sitemap.xml"):
        assert client.get(url)["Cache-Control"].startswith("public, max-age=0, s-maxage=")
    assert client.get("/robots.txt")["Cache-Control"] == "public, max-age=86400"
