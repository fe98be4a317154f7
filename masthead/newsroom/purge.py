"""Purge a CDN or caching proxy the moment pages change (``pagecache.pages_changed``).

Reader pages say ``Cache-Control: public, max-age=0, s-maxage=N,
stale-while-revalidate=N`` (``pagecache.cache_control``), so a CDN may keep a page up to
the page cache's lifetime (60 s by default). With a purge backend configured, the paths
``pagecache.drop`` bumps are purged at the front too, once the change has committed:

- ``MASTHEAD_PURGE=http``: one request per path and front, ``PURGE /path`` (the method is
  ``MASTHEAD_PURGE_METHOD``) to each base URL of ``MASTHEAD_PURGE_TARGETS``, with the
  site's host (``MASTHEAD_SITE_URL``) as ``Host``. Varnish, Fastly (URL purge), Squid and
  nginx with the cache-purge module all take this form.
- ``MASTHEAD_PURGE=cloudflare``: Cloudflare's API, ``POST /zones/<MASTHEAD_CLOUDFLARE_ZONE>
  /purge_cache`` with the absolute URLs, 30 per call, ``MASTHEAD_CLOUDFLARE_TOKEN`` as the
  bearer token.

A purge goes out ``MASTHEAD_PAGE_RECHECK_MS`` (250 ms) after the commit: the other server
processes may answer with the page's old version for that long (``pagecache``), and a
front asking them sooner could keep the old page again. Purges travel on one background
thread per process: an editor's save never waits on the CDN, and a CDN that is slow or
down costs a logged warning (after two retries), never a failed save. A purge lost that
way (or with the process) leaves the page at the front until its ``s-maxage`` runs out,
as without a purge. ``wait()`` blocks until the queue is empty (tests, and the end of
management commands).
"""

import json
import logging
import queue
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlsplit

from django.conf import settings

logger = logging.getLogger(__name__)

CLOUDFLARE_BATCH = 30  # URLs per purge call (Cloudflare's limit on most plans)
TIMEOUT = 5
RETRY_DELAYS = (1, 4)  # seconds before the second and third attempts

_queue = queue.Queue()
_worker = None
_worker_lock = threading.Lock()


def on_pages_changed(sender, paths, **kwargs):
    """``pages_changed`` receiver: queue ``paths`` for the configured backend."""
    backend = settings.MASTHEAD_PURGE
    if not backend or not paths:
        return
    not_before = time.monotonic() + settings.MASTHEAD_PAGE_RECHECK_MS / 1000
    for request in _requests(backend, list(paths)):
        _queue.put((not_before, request))
    _ensure_worker()


def wait(timeout=30):
    """Block until every queued purge was sent (or gave up); False on timeout."""
    deadline = time.monotonic() + timeout
    while _queue.unfinished_tasks:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _requests(backend, paths):
    site = settings.MASTHEAD_SITE_URL
    if backend == "http":
        host = urlsplit(site).netloc if site else None
        method = settings.MASTHEAD_PURGE_METHOD
        for target in settings.MASTHEAD_PURGE_TARGETS:
            for path in paths:
                request = urllib.request.Request(target.rstrip("/") + path, method=method)
                if host:
                    request.add_header("Host", host)
                yield request
    elif backend == "cloudflare":
        url = f"{settings.MASTHEAD_CLOUDFLARE_API}/zones/{settings.MASTHEAD_CLOUDFLARE_ZONE}"
        for start in range(0, len(paths), CLOUDFLARE_BATCH):
            files = [site + path for path in paths[start : start + CLOUDFLARE_BATCH]]
            request = urllib.request.Request(
                url + "/purge_cache",
                data=json.dumps({"files": files}).encode(),
                method="POST",
            )
            request.add_header("Authorization", f"Bearer {settings.MASTHEAD_CLOUDFLARE_TOKEN}")
            request.add_header("Content-Type", "application/json")
            yield request


def _ensure_worker():
    global _worker
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_run, name="masthead-purge", daemon=True)
            _worker.start()


def _run():
    while True:
        not_before, request = _queue.get()
        try:
            time.sleep(max(0.0, not_before - time.monotonic()))
            _send(request)
        finally:
            _queue.task_done()


def _send(request):
    for attempt, delay in enumerate((0, *RETRY_DELAYS)):
        time.sleep(delay)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
                response.read()
                return True
        except urllib.error.HTTPError as error:
            if error.code == 404 and request.get_method() != "POST":
                return True  # nothing cached there: purged as far as the front goes
            problem = f"HTTP {error.code}"
            if 400 <= error.code < 500 and error.code != 429:
                break  # refused (a bad token, a method not allowed): retrying cannot help
        except OSError as error:
            problem = str(error)
        logger.info(
            "Purge %s %s: %s (attempt %d)", request.method, request.full_url, problem, attempt + 1
        )
    logger.warning("Purge %s %s failed: %s", request.method, request.full_url, problem)
    return False
