"""Absolute URLs for surfaces read away from the site (feeds, sitemaps, previews, share)."""

from urllib.parse import urlsplit

from django.conf import settings


def base_url(request):
    """``MASTHEAD_SITE_URL`` when set (what readers use), else the request's own origin
    (worked out once per request: an article page asks nine times)."""
    if settings.MASTHEAD_SITE_URL:
        return settings.MASTHEAD_SITE_URL
    origin = getattr(request, "_masthead_origin", None)
    if origin is None:
        origin = request._masthead_origin = f"{request.scheme}://{request.get_host()}"
    return origin


def absolute(request, url):
    """``url`` made absolute; an absolute URL (a CDN image, say) is kept as it is."""
    if url and url[0] == "/":  # a path (no scheme), as most are: no parsing (~1.5 µs)
        return base_url(request) + url
    if not url or urlsplit(url).scheme:
        return url
    return base_url(request) + url
