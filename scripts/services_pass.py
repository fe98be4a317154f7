"""The second test pass: the whole suite on PostgreSQL + Redis, as production runs.

Called by `make test` after the embedded-default pass. Uses PostgreSQL at
127.0.0.1:5432 (user postgres, trust auth) and Redis at 127.0.0.1:6379 unless
MASTHEAD_TEST_DATABASE_URL / MASTHEAD_TEST_REDIS_URL say otherwise. pytest-django creates
its own throwaway database (test_<name>) and drops it afterwards; Redis database 13 with a
run-specific key prefix keeps the cache and counters apart from anything else. Without the
services, the pass is skipped with a line saying so.
"""

import os
import socket
import subprocess
import sys
import uuid
from urllib.parse import urlsplit

DATABASE_URL = os.environ.get(
    "MASTHEAD_TEST_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/masthead_{os.getpid()}"
)
REDIS_URL = os.environ.get("MASTHEAD_TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def reachable(url, default_port):
    parts = urlsplit(url)
    try:
        socket.create_connection((parts.hostname, parts.port or default_port), timeout=2).close()
        return True
    except OSError:
        return False


def main():
    missing = [
        name
        for name, url, port in (("PostgreSQL", DATABASE_URL, 5432), ("Redis", REDIS_URL, 6379))
        if not reachable(url, port)
    ]
    if missing:
        print(
            f"SKIPPED the PostgreSQL + Redis pass: {' and '.join(missing)} not reachable "
            f"({DATABASE_URL.rsplit('/', 1)[0]}, {REDIS_URL}). The SQLite pass above ran."
        )
        return 0
    run = uuid.uuid4().hex[:8]
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "MASTHEAD_CACHE_PREFIX": f"test-{run}",
        "MASTHEAD_COUNTER_PREFIX": f"test-{run}:views",
    }
    print(f"PostgreSQL + Redis pass: {DATABASE_URL} (test_ database), {REDIS_URL}")
    # Chromium journeys ran in the first pass; here the data layer is what changes.
    args = [sys.executable, "-m", "pytest", "-m", "not browser", "-p", "no:cacheprovider"]
    status = subprocess.call(args + sys.argv[1:], env=env)
    if status or sys.argv[1:]:
        return status
    # The read-replica router, with a `replica` alias on the same server (as the issue
    # asks): a short run of its own, since every reader page would read from it.
    print(f"Read-replica pass: DATABASE_REPLICA_URL={DATABASE_URL} (the same server)")
    replica = {**env, "DATABASE_REPLICA_URL": DATABASE_URL}
    return subprocess.call(
        [sys.executable, "-m", "pytest", "-m", "replica", "-p", "no:cacheprovider"], env=replica
    )


if __name__ == "__main__":
    sys.exit(main())
