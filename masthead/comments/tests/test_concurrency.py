"""200 comments posted at once to one story by 200 visitors are all stored exactly once.

Runs the real `masthead serve` (gunicorn, started as tests/test_serve.py does) on a
temporary SQLite file; visitors are told apart by X-Forwarded-For from a trusted proxy
(the test client's own address).
"""

import json
import os
import signal
import subprocess
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from urllib.parse import urlencode

import pytest

from tests.test_serve import MASTHEAD, _start_serve

from .conftest import READER_UA

POSTS = 200


@pytest.fixture
def server(tmp_path):
    env = {
        **os.environ,
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
        "MASTHEAD_TRUSTED_PROXIES": "127.0.0.1",
        "MASTHEAD_COMMENT_MIN_SECONDS": "0",
    }
    env.pop("REDIS_URL", None)
    subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
    make = (
        "import django; django.setup(); from masthead.testing import make_article;"
        "print(make_article('Concurrency').pk)"
    )
    pk = subprocess.run(
        [sys.executable, "-c", make], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    port, proc = _start_serve(env)
    yield f"http://127.0.0.1:{port}", pk, env
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=60)


def _token(base):
    with urllib.request.urlopen(f"{base}/_comments/csrf", timeout=10) as response:
        cookie = SimpleCookie(response.headers["Set-Cookie"])["csrftoken"].value
        return cookie, json.loads(response.read())


def test_two_hundred_concurrent_comments_are_each_stored_once(server):
    base, pk, env = server
    cookie, answer = _token(base)

    def post(i):
        data = urlencode(
            {"name": f"Reader {i}", "body": f"Comment number {i}", "stamp": answer["stamp"]}
        ).encode()
        request = urllib.request.Request(
            f"{base}/_comments/{pk}",
            data=data,
            method="POST",
            headers={
                "User-Agent": READER_UA,
                "Accept": "application/json",
                "X-CSRFToken": answer["csrf"],
                "Cookie": f"csrftoken={cookie}",
                "X-Forwarded-For": f"198.51.{i // 256}.{i % 256}",
                "Origin": base,
                "Referer": base + "/",
            },
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status

    with ThreadPoolExecutor(max_workers=32) as pool:
        statuses = list(pool.map(post, range(POSTS)))
    assert statuses == [201] * POSTS
    check = (
        "import django, json; django.setup(); from masthead.comments.models import Comment;"
        "print(json.dumps(list(Comment.objects.values_list('body', 'status', 'visitor'))))"
    )
    rows = json.loads(
        subprocess.run(
            [sys.executable, "-c", check], env=env, check=True, capture_output=True, text=True
        ).stdout
    )
    assert sorted(body for body, _, _ in rows) == sorted(
        f"Comment number {i}" for i in range(POSTS)
    )
    assert {status for _, status, _ in rows} == {"approved"}
    assert len({visitor for _, _, visitor in rows}) == POSTS
