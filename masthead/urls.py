from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from masthead.distribution.api import api
from masthead.media import media

admin.site.site_header = f"{settings.MASTHEAD_SITE_NAME} — desk"
admin.site.site_title = "Masthead desk"
admin.site.index_title = "Newsroom desk"

urlpatterns = [
    path("desk/", admin.site.urls),
    path("api/v1/", api.urls),
    re_path(r"^media/(?P<path>.*)$", media, name="media"),
    path("", include("masthead.engagement.urls")),
    path("", include("masthead.comments.urls")),
    path("", include("masthead.distribution.urls")),
    path("", include("masthead.newsroom.urls")),
]

handler404 = "masthead.errors.not_found"
handler500 = "masthead.errors.server_error"
