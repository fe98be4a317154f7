from django.urls import path, re_path

from . import views

app_name = "comments"
urlpatterns = [
    path("_comments/csrf", views.csrf, name="csrf"),
    re_path(r"^_comments/report/(?P<raw_id>[^/]{1,40})$", views.report, name="report"),
    re_path(r"^_comments/(?P<raw_id>[^/]{1,40})$", views.post, name="post"),
]
