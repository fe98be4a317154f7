"""The site mounted under /news/ (test_urls: a changed ROOT_URLCONF is followed)."""

from django.urls import include, path

urlpatterns = [path("news/", include("masthead.urls"))]
