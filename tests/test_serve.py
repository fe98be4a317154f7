"""`masthead serve` runs the real production server (granian + whitenoise, DEBUG off)."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from masthead.lib.ports import free_port

MASTHEAD = str(Path(sys.executable).with_name("masthead"))


def _get(url):
    """(status, headers (names in any case, as HTTP has them), body)."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def _start_serve(env):
    """`masthead serve` on a free port, once it accepts connections: (port, process)."""
    port = free_port()
    proc = subprocess.Popen(
        [MASTHEAD, "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return port, proc
        except OSError:
            if proc.poll() is not None:
                pytest.fail(proc.stdout.read().decode())
            time.sleep(0.1)
    proc.kill()
    pytest.fail("masthead serve did not accept connections within 30 s")


@pytest.fixture
def server(tmp_path):
    env = {
        **os.environ,
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "DEBUG": "0",
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
    port, proc = _start_serve(env)
    yield f"http://127.0.0.1:{port}", proc
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)


def test_it_serves_pages_and_hashed_static_files_with_debug_off(server):
    base, _ = server
    status, _, body = _get(base + "/")
    assert status == 200
    html = body.decode()
    assert "/static/masthead/site." in html
    css = html.split('href="/static/masthead/', 1)[1].split('"', 1)[0]
    assert css != "site.css", "static names are hashed for far-future caching"
    status, headers, _ = _get(f"{base}/static/masthead/{css}")
    assert status == 200
    assert "max-age=315360000" in headers["Cache-Control"]
    status, _, body = _get(base + "/no-such-page/")
    assert status == 404
    assert b"Page not found" in body and b"Traceback" not in body


def test_it_stops_cleanly_on_sigterm(server):
    _, proc = server
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0


def test_serve_runs_the_worker_and_a_graceful_stop_folds_every_view(tmp_path):
    env = {
        **os.environ,
        "MASTHEAD_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
        "MASTHEAD_FLUSH_SECONDS": "3600",  # only the shutdown flush can fold the view
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
    }
    env.pop("REDIS_URL", None)
    subprocess.run([MASTHEAD, "migrate", "-v0"], env=env, check=True)
    make = (
        "import django; django.setup(); from masthead.testing import make_article;"
        "print(make_article('Serve test').pk)"
    )
    pk = subprocess.run(
        [sys.executable, "-c", make], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    port, proc = _start_serve(env)
    try:
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/_views/{pk}",
            data=b"",
            method="POST",
            headers={"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Firefox/128.0"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.loads(response.read()) == {"views": 1}
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    assert b"flush-views: " in out, out.decode()
    check = (
        "import django; django.setup(); from masthead.engagement.models import ViewTotal;"
        f"print(ViewTotal.objects.get(article_id={pk}).views)"
    )
    stored = subprocess.run(
        [sys.executable, "-c", check], env=env, check=True, capture_output=True, text=True
    )
    assert stored.stdout.strip() == "1"
