"""Absolute URLs for surfaces read away from the site (feeds, sitemaps, previews, share)."""

from urllib.parse import urlsplit

from django.conf import settings


def base_url(request):
    """``MASTHEAD_SITE_URL`` when set (what readers use), else the request's own origin."""
    return settings.MASTHEAD_SITE_URL or f"{request.scheme}://{request.get_host()}"


def absolute(request, url):
    """``url`` made absolute; an absolute URL (a CDN image, say) is kept as it is."""
    if not url or urlsplit(url).scheme:
        return url
    return base_url(request) + url
