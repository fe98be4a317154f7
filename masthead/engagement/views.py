"""The view beacon: ``POST /_views/<id>`` counts, ``GET /_views/<id>`` reads,
``GET /_views/<id>.gif`` counts readers without JavaScript.

Answers are quick and never cached: 200 ``{"views": N}`` with the exact current count,
400 for a malformed id or body, 404 for a story readers cannot see, 413 for a body over
1 KiB. Whether a request was counted is not part of the answer (bots learn nothing).
"""

import base64
import json
import time
from datetime import timedelta

from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt

from masthead.newsroom.models import Article

from . import rules, visitors
from .counters import dedup_window, get_counter

MAX_BODY = 1024
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
NO_STORE = "no-store"


def _error(status, message):
    response = JsonResponse({"error": message}, status=status)
    response["Cache-Control"] = NO_STORE
    return response


def _article_id(raw):
    if not raw.isdigit() or len(raw) > 18:
        return None
    return int(raw)


READABLE_SECONDS = 10
_readable_until = {}  # article id -> monotonic time until which it is known readable


def _readable(article_id):
    """Whether readers can see the story. A yes is remembered in this process for
    ``READABLE_SECONDS`` (the beacon is the busiest URL: no query or cache round trip per
    view); a story withdrawn in another process stops counting within that time, in this
    one at once (``forget_readable`` on save)."""
    clock = time.monotonic()
    if _readable_until.get(article_id, 0) > clock:
        return True
    readable = Article.objects.published().filter(pk=article_id).exists()
    if readable:
        if len(_readable_until) > 50_000:
            _readable_until.clear()
        _readable_until[article_id] = clock + READABLE_SECONDS
    return readable


def forget_readable(sender=None, instance=None, **kwargs):
    """A story was saved or deleted in this process: check it again on its next beacon."""
    if instance is None:
        _readable_until.clear()
    else:
        _readable_until.pop(instance.pk, None)


def _visitor(request):
    """(visitor hash, yesterday's hash just after midnight or None, now), or None when
    this request must not be counted."""
    if rules.reason_not_to_count(request):
        return None
    ip = visitors.client_ip(request)
    if ip is None:
        return None
    user_agent = request.META.get("HTTP_USER_AGENT", "")
    now = timezone.now()
    today = visitors.today_utc(now)
    visitor = visitors.visitor_hash(ip, user_agent, today)
    yesterday = None
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if now - midnight < dedup_window():
        yesterday = visitors.visitor_hash(ip, user_agent, today - timedelta(days=1))
    return visitor, yesterday, now


def _count(request, article_id):
    """Count this request as a view of ``article_id`` if it is a reader's."""
    who = _visitor(request)
    if who is None:
        return False
    visitor, yesterday, now = who
    return get_counter().hit(article_id, visitor, now, also_seen_as=yesterday)


def _count_and_read(request, article_id):
    """Count this request if it is a reader's; the exact current count either way."""
    who = _visitor(request)
    if who is None:
        return get_counter().current(article_id)
    visitor, yesterday, now = who
    return get_counter().count(article_id, visitor, now, also_seen_as=yesterday)[1]


def _body_error(request):
    """(status, message) when a POST body is refused, else None."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 400, "Bad Content-Length."
    if length > MAX_BODY:
        return 413, f"A beacon body is at most {MAX_BODY} bytes."
    body = request.read(MAX_BODY + 1) if length else b""
    if len(body) > MAX_BODY:
        return 413, f"A beacon body is at most {MAX_BODY} bytes."
    if body.strip() and request.content_type == "application/json":
        try:
            json.loads(body)
        except ValueError:
            return 400, "The beacon body is not valid JSON."
    return None


def beacon_answer(request, raw_id):
    """(status, JSON-able dict) of the beacon, for Django's view and for the fast path
    in front of Django (``fastpath.py``): one implementation, two doors."""
    method = request.method
    if method not in ("GET", "HEAD", "POST"):
        return 405, {"error": "Use POST to count a view or GET to read the count."}
    article_id = _article_id(raw_id)
    if article_id is None:
        return 400, {"error": "The article id must be a whole number."}
    if method == "POST" and (refused := _body_error(request)):
        return refused[0], {"error": refused[1]}
    if not _readable(article_id):
        return 404, {"error": "No such article."}
    if method == "POST":
        return 200, {"views": _count_and_read(request, article_id)}
    return 200, {"views": get_counter().current(article_id)}


def pixel_answer(request, raw_id):
    """(status, JSON-able error dict or None for the GIF) of the <noscript> pixel."""
    if request.method not in ("GET", "HEAD"):
        return 405, {"error": "The pixel is fetched with GET."}
    article_id = _article_id(raw_id)
    if article_id is None:
        return 400, {"error": "The article id must be a whole number."}
    if not _readable(article_id):
        return 404, {"error": "No such article."}
    if request.method == "GET":
        _count(request, article_id)
    return 200, None


@csrf_exempt
def beacon(request, raw_id):
    status, payload = beacon_answer(request, raw_id)
    response = JsonResponse(payload, status=status)
    response["Cache-Control"] = NO_STORE
    return response


def pixel(request, raw_id):
    """The <noscript> pixel: counts like the beacon, answers a 1x1 GIF."""
    status, payload = pixel_answer(request, raw_id)
    if payload is not None:
        response = JsonResponse(payload, status=status)
    else:
        response = HttpResponse(PIXEL, content_type="image/gif")
    response["Cache-Control"] = NO_STORE
    return response
