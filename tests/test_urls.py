"""Every kind of address reaches its own view: the reader's pages are tried first
(masthead/urls.py), and none of their patterns may hide another app's address."""

import pytest
from django.urls import Resolver404, resolve, reverse

from masthead.newsroom.models import RESERVED_SECTION_SLUGS

ARTICLE = "/asia/2026/11/28/seoul-and-tokyo-resume-talks/"


@pytest.mark.parametrize(
    "path, view",
    [
        ("/", "newsroom:home"),
        ("/asia/", "newsroom:section"),
        (ARTICLE, "newsroom:article"),
        ("/author/kim-ha-eun/", "newsroom:author"),
        ("/tag/diplomacy/", "newsroom:tag"),
        ("/search/", "distribution:search"),
        ("/feed/", "distribution:feed"),
        ("/feed/atom/", "distribution:feed-atom"),
        ("/asia/feed/", "distribution:section-feed"),
        ("/author/kim-ha-eun/feed/", "distribution:author-feed"),
        ("/tag/diplomacy/feed/atom/", "distribution:tag-feed-atom"),
        ("/robots.txt", "distribution:robots"),
        ("/sitemap.xml", "distribution:sitemap"),
        ("/news-sitemap.xml", "distribution:news-sitemap"),
        ("/sitemap-articles-2026-11.xml", "distribution:sitemap-articles"),
        ("/desk/", "admin:index"),
        ("/desk/newsroom/article/", "admin:newsroom_article_changelist"),
        ("/api/v1/articles", "api:articles"),
        ("/media/demo/summit.jpg", "media"),
        ("/_comments/csrf", "comments:csrf"),
        ("/_comments/12", "comments:post"),
        ("/_views/12", "engagement:beacon"),
        ("/_views/12.gif", "engagement:pixel"),
    ],
)
def test_each_address_reaches_its_own_view(path, view):
    assert resolve(path).view_name == view


@pytest.mark.parametrize("word", sorted(RESERVED_SECTION_SLUGS))
def test_no_reserved_address_is_taken_for_a_section(word):
    """/search/, /feed/, /desk/...: never the section page, whatever else they are."""
    for path in (f"/{word}/", f"/{word}/2026/11/28/a-story/"):
        try:
            found = resolve(path).view_name
        except Resolver404:
            continue
        assert found not in ("newsroom:section", "newsroom:article"), path


def test_the_reader_s_addresses_reverse_as_before():
    assert reverse("newsroom:section", kwargs={"section": "asia"}) == "/asia/"
    kwargs = {"section": "asia", "year": "2026", "month": "11", "day": "28"}
    assert reverse("newsroom:article", kwargs={**kwargs, "slug": "x"}) == "/asia/2026/11/28/x/"


def _routes(patterns, prefix=""):
    """The full route text of every pattern, includes walked."""
    from django.urls import URLResolver

    for found in patterns:
        text = prefix + str(found.pattern).lstrip("^")
        if isinstance(found, URLResolver):
            yield from _routes(found.url_patterns, text)
        else:
            yield text


def test_every_other_top_level_address_is_reserved_from_sections():
    """The reader's pages are tried first: a new top-level address in another app (say
    /newsletter/) would be taken for a section unless it is in RESERVED_SECTION_SLUGS."""
    from django.urls import get_resolver

    from masthead.newsroom import urls as newsroom_urls

    ours = {str(p.pattern) for p in newsroom_urls.urlpatterns}
    first_segments = set()
    for route in _routes(get_resolver().url_patterns):
        if route in ours or "/" not in route:
            continue  # the reader's own, or a file at the top (robots.txt: no slash)
        first = route.split("/", 1)[0]
        if first and not first.startswith("<") and not any(c in first for c in "()[]?"):
            first_segments.add(first)
    assert first_segments, "no top-level addresses found"
    assert first_segments <= RESERVED_SECTION_SLUGS, first_segments - RESERVED_SECTION_SLUGS
