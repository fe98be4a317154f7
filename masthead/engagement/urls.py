from django.urls import re_path

from . import views

app_name = "engagement"
urlpatterns = [
    re_path(r"^_views/(?P<raw_id>[^/]{1,40})\.gif$", views.pixel, name="pixel"),
    re_path(r"^_views/(?P<raw_id>[^/.]{1,40})$", views.beacon, name="beacon"),
]
