"""404 and 500 pages that need nothing but a template (the 500 page must not query)."""

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader


def not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def server_error(request):
    html = loader.render_to_string("500.html", {"site_name": settings.MASTHEAD_SITE_NAME})
    return HttpResponseServerError(html)
