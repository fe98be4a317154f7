"""Addresses reversed once and filled in: the same paths as ``reverse()``."""

import datetime

import pytest
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import override_settings
from django.urls import NoReverseMatch, reverse, set_script_prefix

from masthead.lib.urls import _shape, remembered_reverse, shaped_reverse
from masthead.newsroom.models import Article
from masthead.testing import make_article, make_section

SAMPLES = (("section", "sample-section"), ("slug", "sample-slug"))


@pytest.fixture(autouse=True)
def _prefix():
    set_script_prefix("/")
    yield
    set_script_prefix("/")


def test_fills_in_the_shape_reverse_gives():
    kwargs = {"section": "asia", "year": "2026", "month": "11", "day": "08", "slug": "a-b_c-9"}
    samples = (*SAMPLES, ("year", "1987"), ("month", "06"), ("day", "29"))
    assert shaped_reverse("newsroom:article", samples, **kwargs) == reverse(
        "newsroom:article", kwargs=kwargs
    )


def test_each_script_prefix_has_its_own_shape():
    author = (("slug", "sample-slug"),)
    set_script_prefix("/news/{odd}/")
    assert shaped_reverse("newsroom:author", author, slug="seoul") == reverse(
        "newsroom:author", kwargs={"slug": "seoul"}
    )
    assert shaped_reverse("newsroom:author", author, slug="seoul") == (
        "/news/%7Bodd%7D/author/seoul/"
    )
    set_script_prefix("/")
    assert shaped_reverse("newsroom:author", author, slug="seoul") == "/author/seoul/"


def test_values_reverse_would_quote_or_refuse_go_through_reverse():
    with pytest.raises(NoReverseMatch):
        shaped_reverse("newsroom:author", (("slug", "sample-slug"),), slug="서울")
    with pytest.raises(NoReverseMatch):
        shaped_reverse("newsroom:author", (("slug", "sample-slug"),), slug="a/b")


def test_a_sample_found_twice_leaves_every_call_to_reverse():
    _shape.cache_clear()
    set_script_prefix("/sample-slug/")
    assert _shape("newsroom:author", (("slug", "sample-slug"),), "/sample-slug/", None) is None
    assert shaped_reverse("newsroom:author", (("slug", "sample-slug"),), slug="x") == (
        "/sample-slug/author/x/"
    )


@pytest.mark.django_db
def test_article_addresses_are_reverse_s():
    section = make_section("Asia")
    when = datetime.datetime(2026, 1, 2, 23, 30, tzinfo=datetime.UTC)
    story = make_article("Ports reopen", section=section, publish_at=when)
    Article.objects.filter(pk=story.pk).update(slug="ports_reopen-2")
    story.refresh_from_db()
    assert story.get_absolute_url() == reverse("newsroom:article", kwargs=story.url_kwargs())
    assert story.get_absolute_url().endswith("/ports_reopen-2/")


@pytest.mark.django_db
def test_each_request_reverses_under_its_own_script_prefix(settings):
    from masthead.testing import wsgi_call

    settings.MASTHEAD_PAGE_CACHE_SECONDS = 0
    section = make_section("Asia")
    story = make_article("Ports reopen", section=section)
    path = story.get_absolute_url()
    for prefix in ("/news", "", "/edition"):
        status, _, body = wsgi_call(path, SCRIPT_NAME=prefix)
        page = body.decode()
        assert status == 200
        assert f'href="{prefix}/asia/"' in page  # the navigation and the kicker
        assert f'href="{prefix}/search/"' in page
        assert f'<link rel="canonical" href="http://127.0.0.1{prefix}{path}">' in page
    set_script_prefix("/elsewhere/")
    assert section.get_absolute_url() == "/elsewhere/asia/"  # outside a request: each time


@pytest.fixture
def signals_only():
    """Request signals without Django's connection handling (no database here)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_a_request_whose_end_was_never_signalled_remembers_nothing_wrong(signals_only):
    section_url = (("section", "sample-section"),)
    request_started.send(sender=None)
    try:
        set_script_prefix("/a/")
        assert shaped_reverse("newsroom:section", section_url, section="asia") == "/a/asia/"
        set_script_prefix("/b/")  # no request_finished: the memo still says /a/
        assert remembered_reverse("newsroom:tag", "trade") == "/b/tag/trade/"
    finally:
        request_finished.send(sender=None)
    set_script_prefix("/a/")
    request_started.send(sender=None)
    try:  # /b/'s address was not remembered as /a/'s
        assert remembered_reverse("newsroom:tag", "trade") == "/a/tag/trade/"
    finally:
        request_finished.send(sender=None)


def test_a_changed_root_urlconf_is_followed():
    section_url = (("section", "sample-section"),)
    assert remembered_reverse("newsroom:tag", "trade") == "/tag/trade/"
    assert shaped_reverse("newsroom:section", section_url, section="asia") == "/asia/"
    with override_settings(ROOT_URLCONF="masthead.lib.tests.urls_mounted"):
        assert remembered_reverse("newsroom:tag", "trade") == "/news/tag/trade/"
        assert shaped_reverse("newsroom:section", section_url, section="asia") == "/news/asia/"
    assert remembered_reverse("newsroom:tag", "trade") == "/tag/trade/"
