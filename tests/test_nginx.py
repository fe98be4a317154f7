"""deploy/nginx.conf in front of the app: Debian's nginx on loopback, a live server behind.

Checks what the file promises: reader pages micro-cached for a second (so a spike costs the
app about one request a second, and a change reaches readers within two seconds of the
app dropping its page), the beacon, comments and the desk never cached, staff with a session
never served from the cache, static files served by nginx with far-future caching.
"""

import json
import time
import urllib.error
import urllib.request

import pytest

from masthead.lib import nginx
from masthead.lib.ports import free_port
from masthead.newsroom.models import Article
from masthead.testing import make_article

pytestmark = [
    pytest.mark.skipif(nginx.NGINX is None, reason="nginx is not installed (.ci/run installs it)"),
    pytest.mark.django_db(transaction=True),
]

# `proxy_cache_valid 1s` counts whole seconds: a copy lives from 1 to 2 seconds.
NGINX_SECOND = 2.1
BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


@pytest.fixture
def front(live_server, tmp_path, settings):
    """nginx with deploy/nginx.conf, its CHANGE lines pointed at this test's places."""
    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1"]
    port = free_port()
    static = tmp_path / "static"
    (static / "masthead").mkdir(parents=True)
    (static / "masthead" / "probe.css").write_text("body { color: black; }\n")
    upstream = live_server.url.removeprefix("http://")
    try:
        process = nginx.start(tmp_path, nginx.front(tmp_path, upstream, port, static), port)
    except RuntimeError as error:
        pytest.fail(str(error))
    yield f"http://127.0.0.1:{port}"
    nginx.stop(process)


def fetch(url, method="GET", headers=None, data=None):
    request = urllib.request.Request(url, method=method, data=data)
    request.add_header("User-Agent", BROWSER)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_reader_pages_are_micro_cached_and_follow_changes_within_two_seconds(front):
    story = make_article("Harbour reopens")
    url = front + story.get_absolute_url()
    status, headers, body = fetch(url)
    assert status == 200 and b"Harbour reopens" in body
    assert headers["X-Front-Cache"] == "MISS"
    assert fetch(url)[1]["X-Front-Cache"] == "HIT"
    story.headline = "Harbour reopens after storm"
    story.save()  # the app drops its page at once; nginx keeps its copy a second or two
    time.sleep(NGINX_SECOND)
    status, headers, body = fetch(url)
    assert b"Harbour reopens after storm" in body
    assert headers["X-Front-Cache"] in ("EXPIRED", "UPDATING", "MISS")
    story.status = Article.Status.WITHDRAWN
    story.save()
    time.sleep(NGINX_SECOND)
    assert fetch(url)[0] == 404


def test_the_beacon_and_comments_are_never_cached(front):
    story = make_article("Counted story")
    beacon = f"{front}/_views/{story.pk}"
    for expected, reader in ((1, "203.0.113.1"), (2, "203.0.113.2")):
        forwarded = {"X-Forwarded-For": reader}
        status, _, body = fetch(beacon, method="POST", data=b"", headers=forwarded)
        assert status == 200 and body == f'{{"views": {expected}}}'.encode()
        # Read back at once: a copy kept by nginx would still say the previous count.
        assert fetch(beacon)[2] == f'{{"views": {expected}}}'.encode()
    tokens = {json.loads(fetch(f"{front}/_comments/csrf")[2])["csrf"] for _ in range(2)}
    assert len(tokens) == 2  # each answer made for its request, none kept


def test_staff_with_a_session_bypass_the_front_cache(front):
    story = make_article("Desk view")
    url = front + story.get_absolute_url()
    fetch(url)
    headers = fetch(url, headers={"Cookie": "sessionid=abc"})[1]
    assert headers["X-Front-Cache"] == "BYPASS"


def test_static_files_are_served_by_nginx_for_a_year(front):
    status, headers, body = fetch(f"{front}/static/masthead/probe.css")
    assert status == 200 and b"color: black" in body
    assert (
        "immutable" in headers["Cache-Control"] and "max-age=31536000" in headers["Cache-Control"]
    )
