"""The beacon's door in front of Django (``fastpath.py``, what ``masthead serve`` runs)."""

import json

import pytest
from django.db import OperationalError

from masthead.engagement import fastpath
from masthead.testing import make_article, wsgi_call

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def call(path, method="POST", body=b"", ip="203.0.113.7", ua=FIREFOX, **environ):
    """One request through ``masthead.wsgi.application``: (status, headers, body)."""
    environ = {"REMOTE_ADDR": ip, "HTTP_USER_AGENT": ua, **environ}
    return wsgi_call(path, method=method, body=body, **environ)


@pytest.fixture
def story():
    return make_article("Fast path")


def test_a_beacon_is_counted_once_and_answered_with_the_fresh_total(story):
    status, headers, body = call(f"/_views/{story.pk}")
    assert (status, json.loads(body)) == (200, {"views": 1})
    assert headers["Cache-Control"] == "no-store"
    assert headers["Content-Type"] == "application/json"
    assert "X-Frame-Options" not in headers  # Django's middleware never saw it
    assert json.loads(call(f"/_views/{story.pk}")[2]) == {"views": 1}  # same reader
    assert json.loads(call(f"/_views/{story.pk}", ip="203.0.113.8")[2]) == {"views": 2}
    assert json.loads(call(f"/_views/{story.pk}", method="GET")[2]) == {"views": 2}


def test_the_pixel_counts_and_answers_a_gif(story):
    status, headers, body = call(f"/_views/{story.pk}.gif", method="GET")
    assert status == 200
    assert headers["Content-Type"] == "image/gif"
    assert body.startswith(b"GIF89a")
    assert json.loads(call(f"/_views/{story.pk}", method="GET")[2]) == {"views": 1}


def test_bots_get_an_answer_but_no_count(story):
    status, _, body = call(
        f"/_views/{story.pk}", ua="Googlebot/2.1 (+http://www.google.com/bot.html)"
    )
    assert (status, json.loads(body)) == (200, {"views": 0})


def test_head_answers_without_a_body(story):
    status, headers, body = call(f"/_views/{story.pk}", method="HEAD")
    assert (status, body) == (200, b"")
    assert int(headers["Content-Length"]) > 0


@pytest.mark.parametrize(
    "path, method, body, environ",
    [
        ("/_views/{pk}", "POST", b"", {}),
        ("/_views/{pk}", "GET", b"", {}),
        ("/_views/{pk}", "PUT", b"", {}),
        ("/_views/{pk}", "DELETE", b"", {}),
        ("/_views/{pk}", "POST", b"x" * 1025, {}),
        ("/_views/{pk}", "POST", b"{not json", {"CONTENT_TYPE": "application/json"}),
        ("/_views/{pk}", "POST", b'{"ok": 1}', {"CONTENT_TYPE": "application/json"}),
        ("/_views/{pk}", "POST", b"", {"CONTENT_LENGTH": "lots"}),
        ("/_views/{pk}", "POST", b"", {"HTTP_SEC_PURPOSE": "prefetch"}),
        ("/_views/{pk}", "POST", b"", {"HTTP_USER_AGENT": ""}),
        ("/_views/999999", "POST", b"", {}),
        ("/_views/abc", "POST", b"", {}),
        ("/_views/-1", "GET", b"", {}),
        ("/_views/" + "9" * 30, "POST", b"", {}),
        ("/_views/{pk}.gif", "GET", b"", {}),
        ("/_views/{pk}.gif", "POST", b"", {}),
        ("/_views/abc.gif", "GET", b"", {}),
        ("/_views/999999.gif", "GET", b"", {}),
    ],
)
def test_it_answers_exactly_like_the_django_view(client, story, path, method, body, environ):
    path = path.format(pk=story.pk)
    fast = call(path, method=method, body=body, **environ)
    from django.core.cache import cache

    cache.clear()
    # The same request through Django's own view, on a second story in the same state.
    twin = make_article("Twin")
    django_path = path.replace(str(story.pk), str(twin.pk))
    extra = {"REMOTE_ADDR": "203.0.113.7", "HTTP_USER_AGENT": FIREFOX, **environ}
    if method == "POST":
        response = client.generic(
            method, django_path, body, content_type=environ.get("CONTENT_TYPE", ""), **extra
        )
    else:
        response = client.generic(method, django_path, **extra)
    assert "X-Frame-Options" not in fast[1]  # answered in front of Django's middleware
    assert fast[0] == response.status_code
    if response["Content-Type"] == "application/json":
        assert json.loads(fast[2]) == json.loads(response.content)
    else:
        assert fast[2] == response.content


def test_other_paths_go_to_django(story):
    status, headers, body = call(story.get_absolute_url(), method="GET")
    assert status == 200
    assert b"Fast path" in body
    assert call(f"/_views/{story.pk}/", method="GET")[0] == 404  # Django's own 404 page
    assert "text/html" in call(f"/_views/{story.pk}/", method="GET")[1]["Content-Type"]


def test_a_database_error_answers_503_and_drops_the_connection(story, monkeypatch):
    closed = []

    class Connection:
        def close(self):
            closed.append(True)

    def broken(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(fastpath, "connection", Connection())
    monkeypatch.setattr(fastpath, "beacon_answer", broken)
    status, headers, body = call(f"/_views/{story.pk}")
    assert status == 503
    assert headers["Retry-After"] == "5"
    assert "error" in json.loads(body)
    assert closed == [True]
