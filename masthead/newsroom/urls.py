import re

from django.urls import path, register_converter

from . import views
from .models import RESERVED_SECTION_SLUGS


class FourDigits:
    regex = "[0-9]{4}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class TwoDigits(FourDigits):
    regex = "[0-9]{2}"


class SectionSlug(FourDigits):
    """A section's slug: a slug that is not one of the site's own top-level addresses
    (``RESERVED_SECTION_SLUGS``, which no section may take). With it, this app's
    addresses are tried first (masthead/urls.py) and ``<section>/`` does not hide
    /search/, /feed/ or /desk/."""

    reserved = "|".join(map(re.escape, sorted(RESERVED_SECTION_SLUGS)))
    regex = f"(?!(?:{reserved})/)[-a-zA-Z0-9_]+"


register_converter(FourDigits, "yyyy")
register_converter(TwoDigits, "dd")
register_converter(SectionSlug, "section")

app_name = "newsroom"
urlpatterns = [
    path("", views.home, name="home"),
    path("author/<slug:slug>/", views.author, name="author"),
    path("tag/<slug:slug>/", views.tag, name="tag"),
    path("<section:section>/", views.section, name="section"),
    path(
        "<section:section>/<yyyy:year>/<dd:month>/<dd:day>/<slug:slug>/",
        views.article,
        name="article",
    ),
]
