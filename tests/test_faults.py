"""Faults under traffic, against `masthead serve` in its own processes (not mocks).

- Redis stops mid-traffic: pages are still served (the cache reads as empty), beacons are
  counted in the database instead, and when Redis is back the app uses it again without a
  restart; after `flush-views` the stored count is exact. A private redis-server on a
  spare port (append-only file on, as docs/deploy.md asks), never the shared one.
- PostgreSQL drops every connection (what a restart looks like to the app): requests fail
  for a moment at most, then the app has reconnected by itself. Only this test's own
  database's connections are dropped.
- The viral story: 64 connections on one story right after it is published.
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from masthead.lib.ports import free_port

MASTHEAD = str(Path(sys.executable).with_name("masthead"))
REDIS_SERVER = shutil.which("redis-server")
PG_URL = os.environ.get("MASTHEAD_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432")


def _wait_for_port(port, process, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process.poll() is not None:
                out = process.stdout.read().decode() if process.stdout else ""
                pytest.fail(f"process exited: {out}")
            time.sleep(0.05)
    pytest.fail(f"nothing listens on {port} after {seconds} s")


def _request(url, method="GET", reader=None):
    """(status, body); a reader is (address, user agent) sent through the trusted proxy."""
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    address, agent = reader or ("198.51.100.1", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0")
    request.add_header("User-Agent", agent)
    request.add_header("X-Forwarded-For", address)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        return 0, str(error).encode()


def _reader(n):
    return f"198.51.{n // 250}.{n % 250 + 1}", f"Mozilla/5.0 (reader {n}) Firefox/128.0"


class App:
    """`masthead serve --no-worker` with ``env``, a story to read, and the CLI beside it."""

    def __init__(self, tmp_path, env, workers=2, threads=1):
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"},
            "MASTHEAD_VAR_DIR": str(tmp_path),
            "MASTHEAD_TRUSTED_PROXIES": "127.0.0.1",
            "DEBUG": "0",
            # Its own keys in any Redis it shares: another test's pending views for a story
            # with the same id must not be folded into this one's database.
            "MASTHEAD_CACHE_PREFIX": f"faults-{uuid.uuid4().hex[:8]}",
            "MASTHEAD_COUNTER_PREFIX": f"faults-{uuid.uuid4().hex[:8]}:views",
            **env,
        }
        self.run("migrate", "-v0")
        code = (
            "import django; django.setup(); from masthead.testing import make_article;"
            "a = make_article('Breaking: harbour reopens'); print(a.pk, a.get_absolute_url())"
        )
        out = subprocess.run(
            [sys.executable, "-c", code],
            env={**self.env, "DJANGO_SETTINGS_MODULE": "masthead.settings"},
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        self.article_id, self.path = int(out[0]), out[1]
        self.port = free_port()
        self.process = subprocess.Popen(
            [MASTHEAD, "serve", "--port", str(self.port), "--no-worker"]
            + ["--workers", str(workers), "--threads", str(threads)],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        _wait_for_port(self.port, self.process)
        self.base = f"http://127.0.0.1:{self.port}"

    def run(self, *args):
        return subprocess.run(
            [MASTHEAD, *args], env=self.env, check=True, capture_output=True, text=True
        ).stdout

    def beacon(self, n):
        return _request(f"{self.base}/_views/{self.article_id}", "POST", _reader(n))

    def stored_views(self):
        self.run("flush-views")
        status, body = _request(f"{self.base}/_views/{self.article_id}")
        assert status == 200
        return json.loads(body)["views"]

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)


@pytest.fixture
def private_redis(tmp_path):
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed")

    class Redis:
        port = free_port()
        folder = tmp_path / "redis"

        def start(self):
            self.folder.mkdir(exist_ok=True)
            self.process = subprocess.Popen(
                [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
                + ["--dir", str(self.folder), "--save", "", "--appendonly", "yes"]
                + ["--appendfsync", "always"],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
            )
            _wait_for_port(self.port, self.process)

        def stop(self):
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=10)

    redis = Redis()
    redis.start()
    yield redis
    if redis.process.poll() is None:
        redis.stop()


def test_redis_stopped_mid_traffic_loses_no_count_and_pages_keep_coming(tmp_path, private_redis):
    app = App(
        tmp_path,
        {
            "DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3",
            "REDIS_URL": f"redis://127.0.0.1:{private_redis.port}/0",
        },
    )
    try:
        statuses = [app.beacon(n)[0] for n in range(30)]  # counted in Redis
        private_redis.stop()
        statuses += [app.beacon(n)[0] for n in range(30, 60)]  # in the database instead
        for path in ("/", app.path):
            status, body = _request(app.base + path)
            assert status == 200 and b"harbour reopens" in body
        private_redis.start()  # its append-only file brings the first 30 back
        statuses += [app.beacon(n)[0] for n in range(60, 90)]  # in Redis again, no restart
        statuses += [app.beacon(n)[0] for n in range(10)]  # readers seen before Redis stopped
        assert set(statuses) == {200}
        assert app.stored_views() == 90
    finally:
        app.stop()


def _postgres_database():
    try:
        import psycopg

        admin = psycopg.connect(f"{PG_URL}/postgres", autocommit=True, connect_timeout=2)
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL not reachable at {PG_URL}: {exc}")
    name = f"masthead_faults_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    return admin, name


def test_postgresql_dropping_every_connection_costs_seconds_not_the_app(tmp_path):
    admin, name = _postgres_database()
    app = None
    try:
        app = App(tmp_path, {"DATABASE_URL": f"{PG_URL}/{name}"}, workers=2)
        for _ in range(10):  # every worker holds a persistent connection now
            assert _request(app.base + app.path)[0] == 200
            assert app.beacon(0)[0] == 200
        dropped = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [name],
        ).fetchone()[0]
        assert dropped >= 1
        results = []
        started = time.monotonic()
        while time.monotonic() - started < 3:
            results.append(_request(app.base + app.path)[0])
            results.append(app.beacon(len(results) + 100)[0])
        assert 500 not in results  # a dropped connection is a 503 at worst, never a 500
        assert results[-20:] == [200] * 20  # recovered by itself, no restart
        assert results.count(503) <= 4  # the beacons that met a dead connection
    finally:
        if app is not None:
            app.stop()
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def test_the_viral_story_64_connections_right_after_publication(tmp_path):
    app = App(tmp_path, {"DATABASE_URL": f"sqlite:///{tmp_path}/db.sqlite3"}, workers=2, threads=4)
    try:
        readers_per_connection, statuses, lock = 8, [], threading.Lock()

        def connection(c):
            mine = []
            for r in range(readers_per_connection):
                reader = c * readers_per_connection + r
                mine.append(_request(app.base + app.path)[0])  # the page...
                mine.append(app.beacon(reader)[0])  # ...and its beacon
                if r % 4 == 0:
                    mine.append(app.beacon(reader)[0])  # a reload: not counted again
            with lock:
                statuses.extend(mine)

        threads = [threading.Thread(target=connection, args=(c,)) for c in range(64)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert len(statuses) == 64 * (readers_per_connection * 2 + 2)
        assert set(statuses) == {200}
        assert app.stored_views() == 64 * readers_per_connection
    finally:
        app.stop()
