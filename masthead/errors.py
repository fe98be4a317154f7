"""404 and 500 pages that need nothing but a template (the 500 page must not query)."""

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseServerError, QueryDict
from django.template import loader


def not_found(request, exception=None):
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def server_error(request):
    html = loader.render_to_string("500.html", {"site_name": settings.MASTHEAD_SITE_NAME})
    return HttpResponseServerError(html)


class DropNulBytes:
    """Middleware: NUL bytes (``%00``) are removed from query parameters.

    No page, feed, search or API filter has a use for one, and PostgreSQL refuses NUL in
    text parameters with an error that would otherwise become a 500 wherever a query
    parameter reaches the database (schemathesis found one in the content API). Removing
    them keeps a reader's search a search; form fields are already refused by Django's
    own validator."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in k or any("\x00" in v for v in vs) for k, vs in request.GET.lists()):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
