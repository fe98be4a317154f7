from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from masthead.distribution.api import api
from masthead.media import media

admin.site.site_header = f"{settings.MASTHEAD_SITE_NAME} — desk"
admin.site.site_title = "Masthead desk"
admin.site.index_title = "Newsroom desk"

urlpatterns = [
    # The reader's pages first: an article's address was matched against some 25 patterns
    # of the desk, the API and the other apps before its own (~20 µs of every article page
    # not in the page cache). None of them hides another's: a section cannot take a
    # top-level address the site uses, and the section pattern skips those
    # (newsroom.urls.SectionSlug); tests/test_urls.py resolves every kind of address.
    path("", include("masthead.newsroom.urls")),
    path("desk/", admin.site.urls),
    path("api/v1/", api.urls),
    re_path(r"^media/(?P<path>.*)$", media, name="media"),
    path("", include("masthead.engagement.urls")),
    path("", include("masthead.comments.urls")),
    path("", include("masthead.distribution.urls")),
]

handler404 = "masthead.errors.not_found"
handler500 = "masthead.errors.server_error"
