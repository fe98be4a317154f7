"""Site-wide guards: every reader page is well formed, self-contained and cheap."""

import re
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from masthead.testing import (
    make_article,
    make_author,
    make_must_read,
    make_section,
    make_tag,
    make_views,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def site(db):
    sections = [make_section(name) for name in ("Asia", "World", "Business")]
    author = make_author("Kim Ha-eun")
    tag = make_tag("trade")
    # 25 stories in Asia (two pages), 5 in each other section.
    articles = [
        make_article(
            f"Story {i}", section=sections[0 if i < 25 else i % 2 + 1], authors=[author], tags=[tag]
        )
        for i in range(35)
    ]
    for i, article in enumerate(articles):
        make_views(article, 100 * i)
    make_must_read(articles[3])
    return {"article": articles[0], "section": sections[0], "author": author, "tag": tag}


def reader_urls(site):
    return [
        "/",
        site["section"].get_absolute_url(),
        site["section"].get_absolute_url() + "?page=2",
        site["author"].get_absolute_url(),
        site["tag"].get_absolute_url(),
        site["article"].get_absolute_url(),
        "/search/?q=" + site["article"].headline.split()[0],
    ]


def test_every_reader_page_has_exactly_one_h1_and_a_language(client, site):
    for url in [*reader_urls(site), "/no-such-page/"]:
        response = client.get(url)
        soup = BeautifulSoup(response.content, "html.parser")
        assert len(soup.find_all("h1")) == 1, url
        assert soup.html["lang"] == "en", url


def test_every_reader_page_has_the_landmarks_and_skip_links(client, site):
    for url in reader_urls(site):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        for selector in ("header", "nav#nav", "main#main", "aside", "footer", "nav#footer-nav"):
            assert soup.select_one(selector), f"{selector} missing on {url}"
        targets = [a["href"] for a in soup.select(".skip-links a")]
        assert targets == ["#nav", "#main", "#footer-nav"], url


def test_reader_pages_make_no_third_party_requests(client, site):
    for url in reader_urls(site):
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        loaded = [tag.get("src") for tag in soup.find_all(["script", "img", "iframe"])]
        # rel=canonical and rel=alternate name URLs; nothing is fetched from them.
        loaded += [
            tag.get("href")
            for tag in soup.find_all("link")
            if not {"canonical", "alternate"} & set(tag.get("rel", []))
        ]
        for ref in filter(None, loaded):
            assert ref.startswith("/") and not ref.startswith("//"), f"{ref} on {url}"


@pytest.mark.parametrize("page", ["home", "section", "author", "tag"])
def test_listing_pages_stay_within_their_query_budget(
    client, site, page, django_assert_max_num_queries, settings
):
    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0  # the render's budget (see test_pagecache.py)
    url = {
        "home": "/",
        "section": site["section"].get_absolute_url(),
        "author": site["author"].get_absolute_url(),
        "tag": site["tag"].get_absolute_url(),
    }[page]
    with django_assert_max_num_queries(14):  # cold cache
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(4):  # warm cache: the listing itself
        assert client.get(url).status_code == 200


def test_home_shows_no_story_twice(client, site):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    links = [a["href"] for a in soup.select("[data-list] li a, [data-list=lead] a")]
    links = [href for href in links if href.count("/") > 2]
    assert len(links) == len(set(links))
    assert soup.select("[data-list=popular] li") and soup.select("[data-list=must-reads] li")


def test_section_pages_paginate_by_twenty(client, site):
    url = site["section"].get_absolute_url()
    first = BeautifulSoup(client.get(url).content, "html.parser")
    assert len(first.select(".teasers > li")) == 20
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    second = BeautifulSoup(client.get(url + "?page=2").content, "html.parser")
    assert len(second.select(".teasers > li")) == 5
    assert client.get(url + "?page=3").status_code == 404


def test_no_migrations_are_pending(db):
    out = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)
    assert "No changes detected" in out.getvalue()


def test_every_environment_variable_is_documented():
    """settings.py, docs/configuration.md and .env.example name the same variables."""
    sources = (ROOT / "masthead" / "settings.py").read_text()
    sources += (ROOT / "masthead/newsroom/management/commands/serve.py").read_text()
    used = set(re.findall(r'env_\w+\(\s*"([A-Z][A-Z0-9_]+)"', sources))
    used |= set(re.findall(r'os\.environ\.get\(\s*"([A-Z][A-Z0-9_]+)"', sources))
    docs = (ROOT / "docs/configuration.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z][A-Z0-9_]+)` \|", docs, re.M))
    example = (ROOT / ".env.example").read_text()
    example = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, re.M))
    assert used, "no variables found: the pattern is broken"
    assert used - documented == set(), "undocumented in docs/configuration.md"
    assert used - example == set(), "missing from .env.example"
    assert documented - used == set(), "documented but never read"


def test_home_leads_with_the_newest_illustrated_story(client, site):
    illustrated = make_article(
        "Illustrated",
        lead_image_url="/media/demo/x.jpg",
        dek="A standfirst.",
        publish_at=timezone.now() - timedelta(minutes=30),
    )
    make_article("Newer but bare", publish_at=timezone.now() - timedelta(minutes=1))
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    lead = soup.select_one("[data-list=lead]")
    assert lead.select_one("h2 a")["href"] == illustrated.get_absolute_url()
    assert lead.select_one("img")["src"] == "/media/demo/x.jpg"
    assert lead.select_one(".dek").get_text() == "A standfirst."
