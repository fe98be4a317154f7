from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

admin.site.site_header = f"{settings.MASTHEAD_SITE_NAME} — desk"
admin.site.site_title = "Masthead desk"
admin.site.index_title = "Newsroom desk"

urlpatterns = [
    path("desk/", admin.site.urls),
]
if settings.MASTHEAD_SERVE_MEDIA:
    # The embedded default serves uploaded and demo media itself; behind a front server,
    # set MASTHEAD_SERVE_MEDIA=0 and let it serve var/media.
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
urlpatterns += [path("", include("masthead.newsroom.urls"))]

handler404 = "masthead.errors.not_found"
handler500 = "masthead.errors.server_error"
