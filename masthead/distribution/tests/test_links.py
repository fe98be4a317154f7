"""Absolute URLs for what is read away from the site: paths get the site's origin, an
address that has one already (a CDN image) is kept as it is."""

import pytest
from django.test import RequestFactory

from masthead.distribution.links import absolute


@pytest.mark.parametrize(
    "url, expected",
    [
        ("/asia/2026/11/28/a-story/", "https://news.example.com/asia/2026/11/28/a-story/"),
        ("/", "https://news.example.com/"),
        ("https://cdn.example.net/a.jpg", "https://cdn.example.net/a.jpg"),
        ("http://cdn.example.net/a.jpg", "http://cdn.example.net/a.jpg"),
        ("mailto:desk@example.com", "mailto:desk@example.com"),
        ("", ""),
        (None, None),
    ],
)
def test_paths_get_the_site_origin_and_absolute_urls_are_kept(settings, url, expected):
    settings.MASTHEAD_SITE_URL = "https://news.example.com"
    assert absolute(RequestFactory().get("/"), url) == expected


def test_without_a_site_url_the_request_origin_is_used(settings):
    settings.MASTHEAD_SITE_URL = ""
    settings.ALLOWED_HOSTS = ["reader.example.org"]
    request = RequestFactory(HTTP_HOST="reader.example.org").get("/")
    assert absolute(request, "/feed/") == "http://reader.example.org/feed/"
