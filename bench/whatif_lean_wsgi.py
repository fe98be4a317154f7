"""What-if: a lean beacon path in front of Django (benchmark prototype, never for a site).

    APP=whatif_lean_wsgi:application bench/beacon_run.sh --workers 2 -- --visitors 3000
    MASTHEAD_WHATIF_LEAN=no-count APP=whatif_lean_wsgi:application bench/beacon_run.sh ...

Measures what the beacon would cost without Django's request machinery, to size the fix
before anyone changes the app (docs/benchmarks.md). ``POST /_views/<id>`` with an empty
body is answered here, with the app's own functions: the same bot and prefetch rules,
the same visitor hash, the same counter ``hit()`` and ``current()``; everything else
(and a story this path does not know to be readable) goes to Django unchanged.

What it skips, and what a real fix would have to do instead:

- middleware, URL resolving, request/response objects: a beacon needs none of them;
- the per-request ``exists()`` on the article: readable ids are remembered for 10 s per
  process here (a real fix would cache them under the content version, or fold the check
  into the counter's one statement);
- the bot check is memoised per User-Agent (the same few thousand agents come back);
- the database connection is kept between beacons (no request signals close it).

``MASTHEAD_WHATIF_LEAN=no-count`` also drops the count from the answer (204, no
``current()``): the ceiling when a beacon only counts.
"""

import json
import os
import re
import time
from datetime import timedelta
from functools import lru_cache

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")
django.setup()

from django.utils import timezone  # noqa: E402  (after the set-up above)

from masthead.engagement import rules, visitors  # noqa: E402
from masthead.engagement.counters import dedup_window, get_counter  # noqa: E402
from masthead.newsroom.models import Article  # noqa: E402
from masthead.wsgi import application as django_application  # noqa: E402

BEACON = re.compile(r"/_views/([0-9]{1,18})")
NO_COUNT = os.environ.get("MASTHEAD_WHATIF_LEAN", "") == "no-count"
READABLE_SECONDS = 10
_readable = {}


def readable(article_id):
    clock = time.monotonic()
    known = _readable.get(article_id)
    if known is None or known[1] < clock:
        ok = Article.objects.published().filter(pk=article_id).exists()
        known = _readable[article_id] = (ok, clock + READABLE_SECONDS)
    return known[0]


@lru_cache(maxsize=20_000)
def is_bot(user_agent):
    return rules.is_crawler(user_agent[:512])


class _Request:
    """What ``visitors.client_ip`` reads of a request: its META (the WSGI environ)."""

    def __init__(self, environ):
        self.META = environ


def _count(environ, article_id):
    user_agent = environ.get("HTTP_USER_AGENT", "")
    if not user_agent.strip() or is_bot(user_agent.strip()):
        return
    purpose = " ".join(
        environ.get(h, "")
        for h in ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")
    ).lower()
    if any(word in purpose for word in rules.PREFETCH_WORDS):
        return
    ip = visitors.client_ip(_Request(environ))
    if ip is None:
        return
    now = timezone.now()
    today = visitors.today_utc(now)
    visitor = visitors.visitor_hash(ip, user_agent, today)
    yesterday = None
    if now - now.replace(hour=0, minute=0, second=0, microsecond=0) < dedup_window():
        yesterday = visitors.visitor_hash(ip, user_agent, today - timedelta(days=1))
    get_counter().hit(article_id, visitor, now, also_seen_as=yesterday)


def application(environ, start_response):
    match = BEACON.fullmatch(environ.get("PATH_INFO", ""))
    if (
        match is None
        or environ.get("REQUEST_METHOD") != "POST"
        or (environ.get("CONTENT_LENGTH") or "0") != "0"
        or not readable(int(match[1]))
    ):
        return django_application(environ, start_response)
    article_id = int(match[1])
    _count(environ, article_id)
    if NO_COUNT:
        start_response("204 No Content", [("Cache-Control", "no-store")])
        return [b""]
    body = json.dumps({"views": get_counter().current(article_id)}).encode()
    start_response(
        "200 OK",
        [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "no-store"),
        ],
    )
    return [body]
