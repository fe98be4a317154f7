"""The reader pages' template environment (masthead/templating.py)."""

from django.templatetags.static import static as django_static
from django.test import override_settings

from masthead import templating


def test_static_is_django_s_and_follows_a_changed_setting():
    assert templating.static("masthead/site.css") == django_static("masthead/site.css")
    with override_settings(
        STATIC_URL="https://cdn.example/s/",
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ):
        assert templating.static("masthead/site.css") == "https://cdn.example/s/masthead/site.css"
    assert templating.static("masthead/site.css") == django_static("masthead/site.css")
