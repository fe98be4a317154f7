"""The reader pages' template environment (masthead/templating.py)."""

import datetime
from unittest import mock

import pytest
from django.template import defaultfilters
from django.templatetags.static import static as django_static
from django.test import override_settings
from django.utils import dateformat, timezone, translation

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


@pytest.mark.parametrize("fmt", ["c", "F j, Y, H:i", "M j, Y", "Y-m-d", None])
@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul", "America/New_York"])
def test_date_is_django_s_date_filter_in_the_current_time_zone(fmt, zone):
    value = datetime.datetime(2026, 3, 8, 6, 30, 15, 123456, tzinfo=datetime.UTC)
    with timezone.override(zone):
        expected = defaultfilters.date(timezone.localtime(value), fmt)
        assert templating.date({}, value, fmt) == expected
        if fmt != "F j, Y, H:i":  # a date has no time to show
            assert templating.date({}, value.date(), fmt) == defaultfilters.date(value.date(), fmt)
    assert templating.date({}, None, fmt) == templating.date({}, "", fmt) == ""
    for other in ("2026-03-08", 5):  # not a date: what Django's filter answers
        assert templating.date({}, other, fmt) == defaultfilters.date(other, fmt)


FORMATS = ["F j, Y, H:i", "M j, Y", "Y-m-d", "d.m.y G:i:s", r"j \o\f F", "n/j/Y", "l, F jS"]
VALUES = [
    datetime.datetime(2026, 1, 5, 0, 7, 9, tzinfo=datetime.UTC),
    datetime.datetime(2025, 12, 31, 23, 59, 59, tzinfo=datetime.UTC),
    datetime.datetime(999, 5, 9, 12, 0, tzinfo=datetime.UTC),
]


@pytest.mark.parametrize("language", ["en", "ko", "de"])
@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul"])
def test_formats_made_here_read_as_django_s(language, zone, settings):
    settings.USE_I18N = True
    with timezone.override(zone), translation.override(language):
        for value in VALUES:
            local = timezone.localtime(value)
            for fmt in FORMATS:
                assert templating.date({}, value, fmt) == defaultfilters.date(local, fmt), fmt
    for fmt in ("DATE_FORMAT", "SHORT_DATE_FORMAT"):  # names of formats: Django's
        assert templating.date({}, VALUES[0], fmt) == defaultfilters.date(VALUES[0], fmt)


@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul", "America/New_York"])
def test_time_tag_is_the_time_element_the_date_filter_made(zone):
    value = datetime.datetime(2026, 3, 8, 23, 30, 15, tzinfo=datetime.UTC)
    with timezone.override(zone):
        local = timezone.localtime(value)
        for fmt in ("F j, Y, H:i", "M j, Y", "l, F jS"):
            expected = (
                f'<time datetime="{defaultfilters.date(local, "c")}">'
                f"{defaultfilters.date(local, fmt)}</time>"
            )
            assert templating.time_tag({}, value, fmt) == expected
    assert templating.time_tag({}, None, "M j, Y") == ""
    assert templating.time_tag({}, datetime.date(2026, 3, 8), "Y") == (
        '<time datetime="2026-03-08">2026</time>'
    )


@pytest.mark.parametrize("zone", ["UTC", "Asia/Seoul", "Pacific/Kiritimati"])
def test_now_is_django_s_now_tag_in_the_current_time_zone(zone):
    moment = datetime.datetime(2026, 12, 31, 14, 30, tzinfo=datetime.UTC)  # 2027 in Kiritimati
    with timezone.override(zone), mock.patch.object(timezone, "now", return_value=moment):
        for fmt in ("Y", "F j, Y, H:i", "l, F jS", "c"):
            assert templating.now({}, fmt) == dateformat.format(timezone.localtime(moment), fmt)


def test_dates_read_the_zone_and_language_once_when_made(settings):
    settings.USE_I18N = True
    value = datetime.datetime(2026, 3, 8, 23, 30, tzinfo=datetime.UTC)
    with timezone.override("Asia/Seoul"), translation.override("de"):
        dates = templating.Dates()
    assert dates.format(value, "F j, H:i") == "März 9, 08:30"  # Seoul's day, in German
    assert templating.date({}, value, "F j, H:i") == "March 8, 23:30"  # the current ones: UTC
    naive = datetime.datetime(2026, 3, 8, 23, 30)
    assert dates.format(naive, "c") == "2026-03-08T23:30:00"  # naive: not converted


def test_a_page_formats_every_date_with_the_one_dates_of_its_render(settings, rf, db):
    """The page_dates context processor makes one Dates per page render; date, time_tag
    and now in the page (and in the comments block) take it instead of making their own."""
    from django.template import engines

    settings.USE_I18N = True
    value = datetime.datetime(2026, 3, 8, 23, 30, tzinfo=datetime.UTC)
    with timezone.override("Asia/Seoul"), translation.override("de"):
        made_in_seoul = templating.Dates()
    template = engines["jinja2"].from_string(
        "{{ value|date('F j, H:i') }} | {{ time_tag(value, 'M j') }} | {{ now('Y') }}"
    )
    moment = datetime.datetime(2026, 12, 31, 20, 0, tzinfo=datetime.UTC)  # 2027 in Seoul
    with mock.patch.object(timezone, "now", return_value=moment):
        own = template.render({"value": value, "page_dates": made_in_seoul})
        made_here = template.render({"value": value}, request=rf.get("/"))
    assert own == 'März 9, 08:30 | <time datetime="2026-03-09T08:30:00+09:00">Mär 9</time> | 2027'
    # Rendered through Django with a request, the context processor makes the page's own.
    assert made_here == (
        'March 8, 23:30 | <time datetime="2026-03-08T23:30:00+00:00">Mar 8</time> | 2026'
    )


@pytest.mark.parametrize("language", ["en", "de", "fr", "ko", "hi", "pt-br", "de-ch", "ar"])
def test_intcomma_in_a_page_is_django_s_intcomma(settings, language):
    """The page's intcomma groups ints itself where the language groups by threes; the
    text is Django's in every language (separators differ: "," "." " " "'")."""
    from django.contrib.humanize.templatetags.humanize import intcomma
    from django.template import engines

    settings.USE_I18N = True
    template = engines["jinja2"].from_string("{{ value|intcomma }}")
    with translation.override(language):
        for value in (0, 7, 999, 1000, 1234567, -1234567, 10**12, 1234.5, "12345", None):
            assert template.render({"value": value}) == str(intcomma(value)), value
