"""'Share it on...': every link carries the exact title and canonical URL, however odd."""

from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from masthead.distribution.share import share_items, share_links
from masthead.testing import make_article

pytestmark = pytest.mark.django_db

NETWORKS = ["X", "Facebook", "LinkedIn", "Reddit", "Telegram", "WhatsApp", "LINE", "E-mail"]
TITLES = [
    'He said "no" & left',
    "Rock 'n' roll <b>not bold</b> 100% + more #1 ?a=b",
    "한일 정상, 셔틀 외교 재개 합의",
    "Markets 📈 rally 🚀 as talks resume",
]
URL = "https://news.example.com/asia/2024/05/01/a-story/?x=1&y=2"


def decoded(href):
    """{parameter: value} of a share URL, decoded the way the network will decode it."""
    parts = urlsplit(href)
    # parse_qs would turn "+" into a space; the encoder never writes "+" for a space.
    assert "+" not in parts.query and " " not in parts.query
    return {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}


@pytest.mark.parametrize("title", TITLES)
def test_every_share_link_decodes_to_the_exact_title_and_url(title):
    links = dict(share_links(title, URL))
    assert list(links) == NETWORKS
    assert decoded(links["X"]) == {"text": title, "url": URL}
    assert decoded(links["Facebook"]) == {"u": URL}
    assert decoded(links["LinkedIn"]) == {"url": URL}
    assert decoded(links["Reddit"]) == {"url": URL, "title": title}
    assert decoded(links["Telegram"]) == {"url": URL, "text": title}
    assert decoded(links["WhatsApp"]) == {"text": f"{title} {URL}"}
    assert decoded(links["LINE"]) == {"url": URL}
    assert decoded(links["E-mail"]) == {"subject": title, "body": f"{title} {URL}"}
    assert links["E-mail"].startswith("mailto:?subject=")
    for href in links.values():
        assert href.isascii(), href


@pytest.mark.parametrize("title", TITLES)
def test_the_share_items_html_holds_exactly_the_share_links(title):
    """share_items() writes the links as HTML itself: parsed back, each href is the
    share link to the character, however odd the title."""
    html = share_items(title, URL)
    assert "&" not in html.replace("&amp;", "")  # a strict parser too reads it as written
    items = BeautifulSoup(html, "html.parser").select("li")
    found = [(li.a["data-network"], li.a.get_text(), li.a["href"]) for li in items]
    assert found == [(network, network, href) for network, href in share_links(title, URL)]


def test_share_links_go_to_each_networks_own_share_page():
    hosts = [urlsplit(href).netloc for _, href in share_links("T", URL)]
    assert hosts == [
        "x.com",
        "www.facebook.com",
        "www.linkedin.com",
        "www.reddit.com",
        "t.me",
        "wa.me",
        "social-plugins.line.me",
        "",
    ]


def test_the_article_page_shares_its_canonical_url_with_plain_links(client, db, settings):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    story = make_article(TITLES[0] + " " + TITLES[2] + " 🚀")
    soup = BeautifulSoup(client.get(story.get_absolute_url()).content, "html.parser")
    block = soup.select_one("#share")
    assert block.select_one("h2").get_text() == "Share it on…"
    canonical = "https://news.example.com" + story.get_absolute_url()
    links = block.select("a[data-network]")
    assert [a.get_text() for a in links] == NETWORKS
    for a in links:
        params = decoded(a["href"])
        assert canonical in params.values() or f"{story.headline} {canonical}" in params.values()
        if a["data-network"] != "E-mail":
            assert a["target"] == "_blank" and a["rel"] == ["noopener", "noreferrer"]
        else:  # the reader's mail client, not a tab
            assert not a.has_attr("target") and not a.has_attr("rel")
    assert decoded(block.select_one("[data-network=X]")["href"])["text"] == story.headline
    copy = block.select_one("button.share-copy")
    native = block.select_one("button.share-native")
    assert copy["data-share-url"] == native["data-share-url"] == canonical
    assert native["data-share-title"] == story.headline
    assert copy.has_attr("hidden") and native.has_attr("hidden")  # until the script says


def test_the_share_block_loads_no_third_party_script(client, db):
    story = make_article("Plain")
    soup = BeautifulSoup(client.get(story.get_absolute_url()).content, "html.parser")
    sources = [s.get("src") for s in soup.find_all("script") if s.get("src")]
    assert sources == [
        "/static/masthead/views.js",
        "/static/masthead/comments.js",
        "/static/masthead/share.js",
    ]
    assert not soup.find_all("iframe")


def test_the_share_script_only_offers_what_the_browser_can_do():
    from django.contrib.staticfiles import finders

    script = open(finders.find("masthead/share.js")).read()
    assert "navigator.share" in script and "navigator.clipboard" in script
    assert "http" not in script and "fetch(" not in script  # talks to no one
