"""JSON-LD, Open Graph, Twitter cards and canonical links, read back with extruct."""

import extruct
import markupsafe
import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from masthead.testing import make_article

pytestmark = pytest.mark.django_db

BASE = "http://testserver"


def extract(client, url):
    html = client.get(url).content.decode()
    data = extruct.extract(html, base_url=BASE + url, syntaxes=["json-ld", "opengraph"])
    return html, data


def by_type(data, kind):
    found = [item for item in data["json-ld"] if item.get("@type") == kind]
    assert len(found) == 1, f"{kind}: {data['json-ld']}"
    return found[0]


def og(data):
    (graph,) = data["opengraph"]
    return graph["properties"]


def test_an_article_page_describes_itself_as_a_news_article(client, newsroom):
    story = newsroom["story"]
    story.refresh_from_db()
    url = story.get_absolute_url()
    article = by_type(extract(client, url)[1], "NewsArticle")
    assert article["@context"] == "https://schema.org"
    assert article["headline"] == story.headline
    assert article["description"] == story.dek
    assert article["datePublished"] == story.publish_at.isoformat()
    assert article["dateModified"] == max(story.publish_at, story.modified_at).isoformat()
    assert article["author"] == [
        {"@type": "Person", "name": "Kim Ha-eun", "url": f"{BASE}/author/kim-ha-eun/"},
        {"@type": "Person", "name": "Lee Joon", "url": f"{BASE}/author/lee-joon/"},
    ]
    assert article["publisher"]["@type"] == "Organization"
    assert article["publisher"]["name"] == "The Masthead Herald"
    logo = article["publisher"]["logo"]["url"]
    assert logo == f"{BASE}/static/masthead/logo.png"
    assert finders.find("masthead/logo.png"), "the logo is a static file"
    assert article["image"] == [f"{BASE}/media/demo/summit.jpg"]
    assert article["mainEntityOfPage"] == {"@type": "WebPage", "@id": BASE + url}
    assert article["articleSection"] == "Asia"
    assert article["keywords"] == ["diplomacy", "summit"]
    assert article["inLanguage"] == "en"


def test_a_translated_story_points_at_its_source_and_its_language(client, newsroom):
    article = by_type(extract(client, newsroom["story"].get_absolute_url())[1], "NewsArticle")
    assert article["translationOfWork"] == {
        "@type": "NewsArticle",
        "headline": "한일 정상, 셔틀 외교 재개 합의",
        "inLanguage": "ko",
        "url": "https://example.kr/news/1",
        "publisher": {"@type": "Organization", "name": "Hanbit Ilbo"},
    }
    assert article["isBasedOn"] == "https://example.kr/news/1"


def test_a_story_written_here_claims_no_source(client, newsroom):
    article = by_type(extract(client, newsroom["others"][0].get_absolute_url())[1], "NewsArticle")
    assert "translationOfWork" not in article and "isBasedOn" not in article
    assert "image" not in article


def test_an_article_page_carries_open_graph_and_a_twitter_card(client, newsroom):
    story = newsroom["story"]
    story.refresh_from_db()
    url = story.get_absolute_url()
    html, data = extract(client, url)
    props = og(data)
    single = dict(props)
    assert single["og:type"] == "article"
    assert single["og:title"] == story.headline
    assert single["og:description"] == story.dek
    assert single["og:url"] == BASE + url
    assert single["og:image"] == f"{BASE}/media/demo/summit.jpg"
    assert single["og:site_name"] == "The Masthead Herald"
    assert single["article:published_time"] == story.publish_at.isoformat()
    assert single["article:modified_time"] == story.modified_at.isoformat()
    assert single["article:section"] == "Asia"
    assert [v for k, v in props if k == "article:author"] == [
        f"{BASE}/author/kim-ha-eun/",
        f"{BASE}/author/lee-joon/",
    ]
    assert [v for k, v in props if k == "article:tag"] == ["diplomacy", "summit"]
    soup = BeautifulSoup(html, "html.parser")
    twitter = {m["name"]: m["content"] for m in soup.select("meta[name^='twitter:']")}
    assert twitter == {
        "twitter:card": "summary_large_image",
        "twitter:title": story.headline,
        "twitter:description": story.dek,
        "twitter:image": f"{BASE}/media/demo/summit.jpg",
        "twitter:image:alt": "Two leaders shake hands",
    }
    assert soup.select_one("link[rel=canonical]")["href"] == BASE + url


def test_a_story_without_a_standfirst_is_described_by_its_first_words_once(client, db):
    from unittest import mock

    from masthead.distribution import structured

    words = " ".join(f"word{i}" for i in range(60))
    story = make_article("No standfirst", dek="", body=f"**{words}**\n\nMore.")
    with mock.patch.object(structured, "strip_tags", wraps=structured.strip_tags) as strip:
        html, data = extract(client, story.get_absolute_url())
    first = " ".join(f"word{i}" for i in range(40)) + "…"
    assert by_type(data, "NewsArticle")["description"] == first
    assert dict(og(data))["og:description"] == first
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("meta[name='twitter:description']")["content"] == first
    assert strip.call_count == 1  # the body's tags stripped once for the three


def test_the_canonical_url_is_the_configured_site_url(client, newsroom, settings):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    url = newsroom["story"].get_absolute_url()
    html, data = extract(client, url)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("link[rel=canonical]")["href"] == "https://news.example.com" + url
    assert dict(og(data))["og:url"] == "https://news.example.com" + url


def test_a_headline_cannot_break_out_of_the_json_ld_script(client, db):
    story = make_article('Breaking </script><script>alert("x")</script> & more')
    html, data = extract(client, story.get_absolute_url())
    assert "<script>alert" not in html
    assert by_type(data, "NewsArticle")["headline"] == story.headline


def test_the_home_page_offers_a_site_search_action(client, newsroom):
    site = by_type(extract(client, "/")[1], "WebSite")
    assert site["name"] == "The Masthead Herald"
    assert site["url"] == f"{BASE}/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == f"{BASE}/search/?q={{search_term_string}}"
    assert action["query-input"] == "required name=search_term_string"
    assert client.get("/search/?q=diplomacy").status_code == 200


def test_listing_and_article_pages_carry_breadcrumbs(client, newsroom):
    crumbs = by_type(extract(client, "/asia/")[1], "BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Home", f"{BASE}/"),
        (2, "Asia", f"{BASE}/asia/"),
    ]
    story = by_type(extract(client, newsroom["story"].get_absolute_url())[1], "BreadcrumbList")
    assert [c["name"] for c in story["itemListElement"]] == ["Home", "Asia"]
    for url in ("/author/kim-ha-eun/", "/tag/diplomacy/"):
        assert by_type(extract(client, url)[1], "BreadcrumbList")


def test_every_reader_page_names_its_canonical_url(client, newsroom):
    for url, canonical in [
        ("/", "/"),
        ("/asia/", "/asia/"),
        ("/asia/?page=1&utm_source=x", "/asia/"),
        ("/author/kim-ha-eun/", "/author/kim-ha-eun/"),
        (newsroom["story"].get_absolute_url() + "?utm_source=x", None),
    ]:
        soup = BeautifulSoup(client.get(url).content, "html.parser")
        expected = BASE + (canonical or newsroom["story"].get_absolute_url())
        assert [link["href"] for link in soup.select("link[rel=canonical]")] == [expected], url


def test_json_ld_escapes_as_django_s_json_script_whatever_the_script():
    import json

    from django.utils.html import json_script

    from masthead.distribution.structured import json_ld

    data = {"headline": '한국 "뉴스" </script><b>&amp; 1 < 2 > 0', "n": [1, None]}
    inner = json_script(data).removeprefix('<script type="application/json">')
    expected = inner.removesuffix("</script>")
    assert json.loads(expected) == data  # Django's escapes, ASCII-only: the same value
    assert json.loads(json_ld(data)) == data
    assert "<" not in json_ld(data) and ">" not in json_ld(data) and "&" not in json_ld(data)
    assert "한국" in json_ld(data)  # kept as it is, not \uXXXX


@pytest.mark.parametrize(
    "value",
    [
        'He said "no" & left',
        "Rock 'n' roll <b>not bold</b>",
        "한일 정상 <script>",
        "",
        2026,
        markupsafe.Markup("<b>already HTML</b> &amp;"),
    ],
)
def test_the_head_escapes_values_as_the_templates_do(value):
    """head_html() writes its tags itself: every value is escaped exactly as Jinja's
    autoescape (markupsafe) would have, quotes included."""
    from masthead.distribution.structured import _text

    assert _text(value) == str(markupsafe.escape(value))
