"""A CDN purge on ``pages_changed``: real HTTP to a front on loopback, after the commit."""

import json
import logging
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from masthead.newsroom import pagecache, purge
from masthead.testing import make_article

pytestmark = pytest.mark.django_db


class Front:
    """A caching proxy's purge endpoint on loopback: records what it is asked."""

    def __init__(self, status=200):
        self.requests = []
        front = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                front.requests.append((self.command, self.path, dict(self.headers), body))
                self.send_response(front.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_PURGE = do_BAN = do_POST = _answer  # noqa: N815

            def log_message(self, *args):
                pass

        self.status = status
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def front():
    server = Front()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch):
    monkeypatch.setattr(purge, "RETRY_DELAYS", (0, 0))


def test_an_edit_purges_every_page_that_shows_the_story_after_the_commit(
    front, settings, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_PURGE = "http"
    settings.MASTHEAD_PURGE_TARGETS = [front.url]
    settings.MASTHEAD_SITE_URL = "https://news.example.org"
    story = make_article("Harbour reopens")
    assert purge.wait()
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        story.headline = "Harbour reopens after the storm"
        story.save()
    assert purge.wait() and front.requests == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert purge.wait()
    purged = {path for method, path, headers, _ in front.requests}
    assert {method for method, *_ in front.requests} == {"PURGE"}
    assert {headers["Host"] for _, _, headers, _ in front.requests} == {"news.example.org"}
    expected = {"/", story.get_absolute_url(), story.section.get_absolute_url(), "/feed/"}
    expected |= {a.get_absolute_url() for a in story.authors.all()}
    assert expected <= purged


def test_purges_wait_for_the_other_processes_to_see_the_new_version(
    front, settings, django_capture_on_commit_callbacks
):
    # Another server process trusts the old version for MASTHEAD_PAGE_RECHECK_MS: a front
    # purged sooner could fetch the old page from it and keep it again.
    settings.MASTHEAD_PURGE = "http"
    settings.MASTHEAD_PURGE_TARGETS = [front.url]
    settings.MASTHEAD_PAGE_RECHECK_MS = 400
    story = make_article("Harbour reopens")
    assert purge.wait()
    front.requests.clear()
    with django_capture_on_commit_callbacks(execute=True):
        story.headline = "Harbour reopens after the storm"
        story.save()
    committed = time.monotonic()
    time.sleep(0.2)
    assert front.requests == []
    assert purge.wait()
    assert front.requests and time.monotonic() - committed >= 0.4


def test_a_front_that_is_down_costs_a_warning_never_the_save(
    settings, caplog, django_capture_on_commit_callbacks
):
    closed = Front()
    closed.close()  # nothing listens there any more
    settings.MASTHEAD_PURGE = "http"
    settings.MASTHEAD_PURGE_TARGETS = [closed.url]
    with caplog.at_level(logging.WARNING, logger="masthead.newsroom.purge"):
        with django_capture_on_commit_callbacks(execute=True):
            story = make_article("Still saved")
        assert purge.wait()
    assert story.pk and "Purge PURGE" in caplog.text and "failed" in caplog.text


def test_a_refusal_is_not_retried_and_a_page_not_cached_there_is_fine(
    front, settings, caplog, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_PURGE = "http"
    settings.MASTHEAD_PURGE_TARGETS = [front.url]
    front.status = 404  # Varnish's answer for a page it does not hold
    with caplog.at_level(logging.WARNING, logger="masthead.newsroom.purge"):
        with django_capture_on_commit_callbacks(execute=True):
            pagecache.drop(["/a/"])
        assert purge.wait()
        assert len(front.requests) == 1 and "failed" not in caplog.text
        front.status = 405  # purging not allowed from here: retrying cannot help
        front.requests.clear()
        with django_capture_on_commit_callbacks(execute=True):
            pagecache.drop(["/b/"])
        assert purge.wait()
    assert len(front.requests) == 1 and "HTTP 405" in caplog.text


def test_cloudflare_gets_absolute_urls_thirty_per_call_with_the_token(
    front, settings, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_PURGE = "cloudflare"
    settings.MASTHEAD_CLOUDFLARE_API = front.url + "/client/v4"
    settings.MASTHEAD_CLOUDFLARE_ZONE = "zone123"
    settings.MASTHEAD_CLOUDFLARE_TOKEN = "secret-token"
    settings.MASTHEAD_SITE_URL = "https://news.example.org"
    paths = [f"/world/2026/11/27/story-{i}/" for i in range(45)]
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.drop(paths)
    assert purge.wait()
    assert [(m, p) for m, p, *_ in front.requests] == [
        ("POST", "/client/v4/zones/zone123/purge_cache"),
        ("POST", "/client/v4/zones/zone123/purge_cache"),
    ]
    files = [url for *_, body in front.requests for url in json.loads(body)["files"]]
    assert sorted(files) == sorted(f"https://news.example.org{p}" for p in paths)
    assert [len(json.loads(body)["files"]) for *_, body in front.requests] == [30, 15]
    assert {h["Authorization"] for _, _, h, _ in front.requests} == {"Bearer secret-token"}


def test_off_by_default(front, settings, django_capture_on_commit_callbacks):
    assert settings.MASTHEAD_PURGE == ""
    settings.MASTHEAD_PURGE_TARGETS = [front.url]
    with django_capture_on_commit_callbacks(execute=True):
        pagecache.drop(["/"])
    assert purge.wait() and front.requests == []


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MASTHEAD_PURGE": "akamai"}, "use http or cloudflare"),
        ({"MASTHEAD_PURGE": "http"}, "needs MASTHEAD_PURGE_TARGETS"),
        ({"MASTHEAD_PURGE": "cloudflare", "MASTHEAD_CLOUDFLARE_ZONE": "z"}, "TOKEN"),
    ],
)
def test_a_purge_set_up_that_cannot_work_is_refused_at_start(tmp_path, env, message):
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "masthead.settings",
            "MASTHEAD_VAR_DIR": str(tmp_path),
            "PYTHONPATH": ":".join(sys.path),
            **env,
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and message in result.stderr
