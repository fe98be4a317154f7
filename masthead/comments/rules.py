"""Anti-abuse rules, each a small function tested on its own (tests/test_rules.py).

``assess`` puts the holding rules together; the view applies the refusing ones (honeypot,
too fast, rate limit, duplicate) in order. No outside service is asked anything.
"""

import functools
import math
import re
import time
import unicodedata
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db.models import Count, Min, Q
from django.utils import timezone

from . import cache as blocks
from . import text
from .models import BannedVisitor, BlockedWord, Comment

STAMP_SALT = "masthead.comments.stamp"
DUPLICATE_WINDOW = timedelta(hours=24)


# --- refusing rules ---------------------------------------------------------------------
def honeypot_filled(data):
    """The hidden "website" field is empty for people; form-filling robots fill it."""
    return bool((data.get("website") or "").strip())


def make_stamp(now=None):
    """A signed "the form was shown at" time for the hidden ``stamp`` field."""
    return _signed_second(int(now if now is not None else time.time()), settings.SECRET_KEY)


@functools.lru_cache(maxsize=4)
def _signed_second(second, secret_key):
    # One signature a second, not one a page: signing takes ~15 µs (timeit) of every cold
    # article page, and every form shown within the same second carries the same stamp.
    return signing.dumps(second, key=secret_key, salt=STAMP_SALT)


def seconds_since_stamp(stamp, now=None):
    """Seconds since the form was shown, or None for a missing or forged stamp."""
    try:
        shown = signing.loads(stamp or "", salt=STAMP_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(shown, int):
        return None
    return (now if now is not None else time.time()) - shown


def too_fast(stamp, now=None):
    """True when the form came back sooner than a person can type (or without a stamp)."""
    elapsed = seconds_since_stamp(stamp, now)
    return elapsed is None or elapsed < settings.MASTHEAD_COMMENT_MIN_SECONDS


def _hit(key, timeout):
    """Count one more hit on ``key`` atomically (Redis INCR; locmem takes a lock)."""
    cache.add(key, 0, timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout)
        return 1


def rate_limited(visitor, now=None):
    """Seconds to wait when ``visitor`` is over its per-minute or per-day budget, else None.

    With a shared cache (Redis) the budget is counted there. Without one (the embedded
    default keeps one local cache per server process, which would multiply the budget by
    the number of processes) the stored comments are the shared record."""
    if blocks.shared_cache():
        return _rate_limited_in_cache(visitor, now)
    return _rate_limited_in_database(visitor, now)


def _rate_limited_in_database(visitor, now=None):
    """This visitor's comments in the last 60 seconds and since midnight (UTC: the visitor
    hash changes then anyway), from the ``visitor`` index. A sliding minute."""
    now = now if now is not None else time.time()
    moment = datetime.fromtimestamp(now, UTC)
    minute_ago = moment - timedelta(seconds=60)
    midnight = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    recent = Q(created_at__gt=minute_ago)
    seen = Comment.objects.filter(visitor=visitor, created_at__gte=midnight).aggregate(
        day=Count("id"),
        minute=Count("id", filter=recent),
        oldest=Min("created_at", filter=recent),
    )
    if seen["minute"] >= settings.MASTHEAD_COMMENT_RATE_PER_MINUTE:
        return max(1, math.ceil((seen["oldest"] - minute_ago).total_seconds()))
    if seen["day"] >= settings.MASTHEAD_COMMENT_RATE_PER_DAY:
        return max(1, math.ceil((midnight + timedelta(days=1) - moment).total_seconds()))
    return None


def _rate_limited_in_cache(visitor, now=None):
    """Fixed windows: a minute and a UTC day. Each call that passes counts as one post."""
    now = now if now is not None else time.time()
    minute, day = int(now // 60), int(now // 86400)
    limits = (
        ("m", minute, 60, settings.MASTHEAD_COMMENT_RATE_PER_MINUTE),
        ("d", day, 86400, settings.MASTHEAD_COMMENT_RATE_PER_DAY),
    )
    for name, window, seconds, limit in limits:
        key = f"masthead:comments:rate:{name}{window}:{visitor}"
        if (cache.get(key) or 0) >= limit:
            return max(1, int((window + 1) * seconds - now))
    for name, window, seconds, limit in limits:
        key = f"masthead:comments:rate:{name}{window}:{visitor}"
        if _hit(key, seconds + 5) > limit:  # lost a race with a concurrent post
            return max(1, int((window + 1) * seconds - now))
    return None


def earlier_duplicate(visitor, article_id, text_hash, now=None):
    """A recent comment with the same text from this visitor or on this article, or None.
    The same visitor on the same article comes first (a double submit)."""
    since = (now or timezone.now()) - DUPLICATE_WINDOW
    found = list(
        Comment.objects.filter(text_hash=text_hash, created_at__gte=since)
        .filter(Q(visitor=visitor) | Q(article_id=article_id))
        .only("id", "article_id", "visitor", "status")[:20]
    )
    found.sort(key=lambda c: not (c.visitor == visitor and c.article_id == article_id))
    return found[0] if found else None


# --- holding rules ----------------------------------------------------------------------
def too_many_links(body):
    """More than one link holds a comment for review (spam carries links)."""
    return len(text.links(body)) > 1


def _folded(value):
    return unicodedata.normalize("NFKC", value).casefold()


def blocked_words(body, words=None):
    """The blocklist entries found in ``body``. Latin-script entries match whole words;
    others (Korean attaches particles to words) match anywhere."""
    if words is None:
        words = BlockedWord.objects.values_list("word", flat=True)
    folded = _folded(body)
    found = []
    for word in words:
        entry = _folded(word).strip()
        if not entry:
            continue
        if entry.isascii():
            pattern = r"(?<!\w)" + re.escape(entry) + r"(?!\w)"
            if re.search(pattern, folded):
                found.append(word)
        elif entry in folded:
            found.append(word)
    return found


def is_banned(visitor):
    return bool(visitor) and BannedVisitor.objects.filter(visitor=visitor).exists()


def assess(body, visitor, premoderated, duplicate=None):
    """(status, held_reason) for a comment that passed the refusing rules."""
    reasons = []
    if is_banned(visitor):
        reasons.append("banned visitor")
    if too_many_links(body):
        reasons.append("more than one link")
    words = blocked_words(body)
    if words:
        reasons.append("blocked words: " + ", ".join(words)[:90])
    if duplicate is not None:
        reasons.append(f"same text as comment #{duplicate.pk}")
    if reasons:
        return Comment.Status.PENDING, "; ".join(reasons)[:120]
    if premoderated:
        return Comment.Status.PENDING, ""
    return Comment.Status.APPROVED, ""
