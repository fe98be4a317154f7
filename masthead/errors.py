"""404 and 500 pages that need nothing but a template (the 500 page must not query)."""

from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseNotFound, HttpResponseServerError
from django.template import loader


def not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def server_error(request):
    html = loader.render_to_string("500.html", {"site_name": settings.MASTHEAD_SITE_NAME})
    return HttpResponseServerError(html)


class RejectNulBytes:
    """Middleware: a query string carrying a NUL byte (``%00``) is answered 400.

    No page, feed, search or API filter has a use for one, and PostgreSQL refuses NUL in
    text parameters with an error that would otherwise become a 500 wherever a query
    parameter reaches the database (schemathesis found one in the content API). Form
    fields are already refused by Django's own validator."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "%00" in request.META.get("QUERY_STRING", "") or any(
            "\x00" in value for values in request.GET.lists() for value in values[1]
        ):
            return HttpResponseBadRequest(
                "A request parameter contains a NUL byte.", content_type="text/plain"
            )
        return self.get_response(request)
