"""The Redis counter backend (``REDIS_URL``): the buffer of counted views lives in Redis.

Same interface as ``counters.DatabaseCounter``; one Redis is shared by every server process.
All keys start with ``prefix`` (``MASTHEAD_COUNTER_PREFIX``), written ``P`` below:

``P:seen:<visitor>:<article>``
    The dedup key: the time (microseconds since the epoch, from ``now``) this visitor was
    last counted for this article. The window is decided by comparing that time with
    ``now`` inside Lua, so it is exact to the microsecond and follows the caller's clock;
    the key's ``PX`` expiry (window + one minute) only keeps Redis tidy.
``P:pending:hours``
    Hash ``"<article>:<hour start, epoch seconds UTC>" -> views`` not yet folded.
``P:pending:articles``
    Hash ``"<article>" -> views`` not yet folded (the same views, per article, for reads).
``P:pending:reads``
    List ``"<visitor>:<article>"`` of the views counted since the last flush, for
    "readers of this also read" (``store_co_reads``: only story pairs reach the database).
``P:session:<visitor>``
    Set of the stories this visitor was counted for within the dedup window (expires
    with it).
``P:flushing``
    The token of the batch being flushed, if any.
``P:batch:<token>:hours`` / ``...:articles`` / ``...:reads``
    The pending keys, renamed when a flush takes them.

Counting is one Lua script (EVALSHA): check ``also_seen_as`` and the dedup key, then set the
dedup key and increment both pending hashes, or do nothing at all.

Flushing is exactly once, whatever step a flushing process dies in:

1. One script: if ``P:flushing`` names a batch (left by a flush that died), take that one;
   otherwise rename the pending hashes to a fresh token's batch keys and set ``P:flushing``.
2. One database transaction: if ``FlushBatch(token)`` exists the batch was applied already,
   so skip; else add the batch to the totals and create ``FlushBatch(token)``. (On PostgreSQL
   two flushers of the same batch collide on the primary key; the loser rolls back.)
3. One script: delete the batch keys, and ``P:flushing`` if it still names this token.

A death before 2 commits leaves the batch in Redis for the next flush; a death after 2
commits and before 3 makes the next flush find the ``FlushBatch`` row and only delete the
keys. ``FlushBatch`` rows older than a day are deleted by the flush.

When Redis cannot be reached a view is counted by the embedded ``DatabaseCounter`` instead
(a warning is logged); reads add both buffers and every flush folds both.

Limits, written down: the scripts expect one Redis (or a primary), not Redis Cluster; views
waiting in Redis are as durable as Redis's persistence (AOF) makes them; dedup state does
not cross backends, so a reader counted by the fallback during an outage can be counted
again by Redis within the same window; a timeout *after* the count script ran on Redis
(reply lost) falls back to the database and may count that one view twice (a view is never
lost, at worst counted twice in that case).
"""

import logging
import time
import uuid
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import redis
from django.db import transaction
from django.utils import timezone
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from masthead.newsroom.models import Article

from .counters import DatabaseCounter, add_to_totals, dedup_window, hour_of, store_co_reads
from .models import FlushBatch

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)
EXPIRY_MARGIN_MS = 60_000  # the dedup key outlives the window by this much (clock skew)
SCAN_COUNT = 1_000
FLUSH_BATCH_RETENTION = timedelta(days=1)
WARN_EVERY_SECONDS = 60

# A Lua function both scripts below use: an article's views waiting in Redis, pending
# and in a batch being flushed. The batch key is named from the token read here, so it
# cannot be declared in KEYS.
WAITING = """
local function waiting(pending_articles, flushing, article, prefix)
  local n = tonumber(redis.call('HGET', pending_articles, article) or '0')
  local token = redis.call('GET', flushing)
  if token then
    local key = prefix .. ':batch:' .. token .. ':articles'
    n = n + tonumber(redis.call('HGET', key, article) or '0')
  end
  return n
end
"""

# KEYS: seen, pending hours, pending articles, flushing, pending reads, the visitor's
#       session[, seen under also_seen_as]
# ARGV: now (µs), window (µs), expiry (ms), hour field, article field, prefix, visitor
# Returns {1 if counted else 0, the article's views waiting in Redis afterwards}.
HIT = (
    WAITING
    + """
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local function recent(key)
  local at = redis.call('GET', key)
  if not at then return false end
  at = tonumber(at)
  return at == nil or now - at < window
end
local function pending() return waiting(KEYS[3], KEYS[4], ARGV[5], ARGV[6]) end
if (KEYS[7] and recent(KEYS[7])) or recent(KEYS[1]) then return {0, pending()} end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
redis.call('HINCRBY', KEYS[2], ARGV[4], 1)
redis.call('HINCRBY', KEYS[3], ARGV[5], 1)
-- For "readers of this also read": what this visitor read within the window, and the
-- new read for the flush to pair with it (the visitor hash never reaches the database).
redis.call('SADD', KEYS[6], ARGV[5])
redis.call('PEXPIRE', KEYS[6], ARGV[3])
redis.call('RPUSH', KEYS[5], ARGV[7] .. ':' .. ARGV[5])
return {1, pending()}
"""
)

# KEYS: pending hours, pending articles, flushing, pending reads, new batch hours, new
# batch articles, new batch reads
# ARGV: new token. Returns {token, 1 if left over by an earlier flush else 0} or nil.
CLAIM = """
local current = redis.call('GET', KEYS[3])
if current then return {current, 1} end
if redis.call('EXISTS', KEYS[1]) == 0 then return false end
redis.call('RENAME', KEYS[1], KEYS[5])
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('RENAME', KEYS[2], KEYS[6]) end
if redis.call('EXISTS', KEYS[4]) == 1 then redis.call('RENAME', KEYS[4], KEYS[7]) end
redis.call('SET', KEYS[3], ARGV[1])
return {ARGV[1], 0}
"""

# KEYS: flushing, batch hours, batch articles, batch reads. ARGV: token.
RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
redis.call('DEL', KEYS[2], KEYS[3], KEYS[4])
return 1
"""

# KEYS: pending articles, flushing. ARGV: article, prefix.
PENDING = WAITING + "return waiting(KEYS[1], KEYS[2], ARGV[1], ARGV[2])\n"


def _micros(moment):
    return (moment - EPOCH) // MICROSECOND


class RedisCounter:
    """Counted views wait in Redis until ``flush`` folds them into the database."""

    name = "redis"

    def __init__(self, url, prefix, *, socket_timeout=0.5, connect_timeout=0.25):
        self.prefix = prefix
        # Options in the URL win over these. One quick retry covers a dropped pooled
        # connection; every script is safe to run twice (a repeated count is deduplicated).
        self.redis = redis.Redis.from_url(
            url,
            decode_responses=True,
            socket_timeout=socket_timeout,
            socket_connect_timeout=connect_timeout,
            retry=Retry(NoBackoff(), 1),
        )
        self._hit = self.redis.register_script(HIT)
        self._claim_script = self.redis.register_script(CLAIM)
        self._release_script = self.redis.register_script(RELEASE)
        self._pending_script = self.redis.register_script(PENDING)
        self.database = DatabaseCounter()
        self._last_warning = None
        self._unwarned = 0

    # --- keys ------------------------------------------------------------------------

    def _seen_key(self, visitor, article_id):
        return f"{self.prefix}:seen:{visitor}:{article_id}"

    @property
    def _pending_hours(self):
        return f"{self.prefix}:pending:hours"

    @property
    def _pending_articles(self):
        return f"{self.prefix}:pending:articles"

    @property
    def _flushing(self):
        return f"{self.prefix}:flushing"

    @property
    def _pending_reads(self):
        return f"{self.prefix}:pending:reads"

    def _session_key(self, visitor):
        return f"{self.prefix}:session:{visitor}"

    def _batch_keys(self, token):
        batch = f"{self.prefix}:batch:{token}"
        return f"{batch}:hours", f"{batch}:articles", f"{batch}:reads"

    # --- the interface ---------------------------------------------------------------

    def hit(self, article_id, visitor, now, also_seen_as=None):
        return self.count(article_id, visitor, now, also_seen_as, answer=False)[0]

    def count(self, article_id, visitor, now, also_seen_as=None, answer=True):
        """``hit()`` and then ``current()`` with one Redis round trip: the count script
        also returns the article's views waiting in Redis. (counted, current or None)."""
        window = dedup_window()
        keys = [
            self._seen_key(visitor, article_id),
            self._pending_hours,
            self._pending_articles,
            self._flushing,
            self._pending_reads,
            self._session_key(visitor),
        ]
        if also_seen_as:
            keys.append(self._seen_key(also_seen_as, article_id))
        hour = int(hour_of(now).timestamp())
        args = [
            _micros(now),
            window // MICROSECOND,
            window // timedelta(milliseconds=1) + EXPIRY_MARGIN_MS,
            f"{article_id}:{hour}",
            str(article_id),
            self.prefix,
            visitor,
        ]
        try:
            counted, waiting = self._hit(keys=keys, args=args)
        except UNREACHABLE as exc:
            self._warn("counting in the database instead", exc)
            counted = self.database.hit(article_id, visitor, now, also_seen_as=also_seen_as)
            return counted, (self.database.current(article_id) if answer else None)
        # Redis first, then the database: the order ``current()`` reads in.
        return bool(counted), (int(waiting) + self.database.current(article_id) if answer else None)

    def pending(self, article_id):
        """Views not folded yet: Redis (pending + a batch being flushed) and the fallback."""
        return self._redis_pending(article_id) + self.database.pending(article_id)

    def current(self, article_id):
        """The stored total plus every pending view.

        Redis is read first (pending and any batch being flushed, in one script), then the
        database (``ViewTotal`` and the fallback buffer, in one statement). So a read never
        misses a view; but in the short window between a flush's commit and its deleting the
        batch keys (step 2 to 3, normally well under a millisecond), a read can see that
        batch in both places and answer too many by the size of the batch. Nothing stored
        is affected: the totals in the database are always exact, and the next read is.
        When Redis is unreachable only the database part is answered.
        """
        return self._redis_pending(article_id) + self.database.current(article_id)

    def flush(self, now=None):
        """Fold every view waiting in Redis (a left-over batch first) and in the fallback
        buffer into the totals; returns how many views this call moved."""
        now = now or timezone.now()
        moved = 0
        try:
            moved += self._flush_redis(now)
        except UNREACHABLE as exc:
            self._warn("flushing only the database buffer", exc)
        finally:
            moved += self.database.flush(now)  # views counted while Redis was down
        return moved

    def close(self):
        self.redis.close()
        self.redis.connection_pool.disconnect()

    # --- flushing, step by step --------------------------------------------------------

    def _flush_redis(self, now):
        moved = 0
        for _ in range(2):  # at most a left-over batch, then a fresh one
            claimed = self._claim()
            if claimed is None:
                break
            token, left_over = claimed
            moved += self._apply(token, now)
            self._release(token)
            if not left_over:
                break
        return moved

    def _claim(self):
        """Step 1: the token of the batch to flush (left over or fresh), or None."""
        token = uuid.uuid4().hex
        keys = [self._pending_hours, self._pending_articles, self._flushing, self._pending_reads]
        result = self._claim_script(keys=[*keys, *self._batch_keys(token)], args=[token])
        if not result:
            return None
        return result[0], bool(int(result[1]))

    def _apply(self, token, now):
        """Step 2: add the batch to the database once; returns the views it added."""
        hours_key, _, reads_key = self._batch_keys(token)
        per_hour = defaultdict(int)
        for field, views in self.redis.hscan_iter(hours_key, count=SCAN_COUNT):
            # A field seen twice (HSCAN may repeat) carries the same value: assign, not add.
            article_id, _, stamp = field.rpartition(":")
            try:
                per_hour[(int(article_id), datetime.fromtimestamp(int(stamp), UTC))] = int(views)
            except ValueError:
                logger.warning("Ignoring malformed counter field %r in %s", field, hours_key)
        if not per_hour:
            return 0
        fresh, read = self._sessions(reads_key)
        with transaction.atomic():
            _, created = FlushBatch.objects.get_or_create(token=token, defaults={"flushed_at": now})
            if not created:
                return 0  # applied by a flush that died before deleting the keys
            ids = {article_id for article_id, _ in per_hour}
            existing = set(Article.objects.filter(pk__in=ids).values_list("pk", flat=True))
            if gone := ids - existing:
                logger.info("Dropping views of %d deleted article(s)", len(gone))
                per_hour = {key: n for key, n in per_hour.items() if key[0] in existing}
            add_to_totals(per_hour)
            fresh = {v: ids & existing for v, ids in fresh.items()}
            store_co_reads(fresh, read, now)
            FlushBatch.objects.filter(flushed_at__lt=now - FLUSH_BATCH_RETENTION).delete()
        return sum(per_hour.values())

    def _sessions(self, reads_key):
        """The batch's new reads per visitor, and what each of those visitors read within
        the dedup window (their session sets), for co-reading."""
        fresh = defaultdict(set)
        for item in self.redis.lrange(reads_key, 0, -1):
            visitor, _, article_id = item.rpartition(":")
            if article_id.isdigit():
                fresh[visitor].add(int(article_id))
        visitors = list(fresh)
        read = {}
        for start in range(0, len(visitors), SCAN_COUNT):
            chunk = visitors[start : start + SCAN_COUNT]
            pipe = self.redis.pipeline(transaction=False)
            for visitor in chunk:
                pipe.smembers(self._session_key(visitor))
            for visitor, members in zip(chunk, pipe.execute(), strict=True):
                read[visitor] = {int(m) for m in members if m.isdigit()}
        return fresh, read

    def _release(self, token):
        """Step 3: forget the batch in Redis."""
        self._release_script(keys=[self._flushing, *self._batch_keys(token)], args=[token])

    # --- helpers -------------------------------------------------------------------------

    def _redis_pending(self, article_id):
        keys = [self._pending_articles, self._flushing]
        try:
            return int(self._pending_script(keys=keys, args=[str(article_id), self.prefix]))
        except UNREACHABLE as exc:
            self._warn("reading only the database", exc)
            return 0

    def _warn(self, doing, exc):
        """Log a warning, at most one a minute per process (an outage hits every beacon)."""
        clock = time.monotonic()
        if self._last_warning is not None and clock - self._last_warning < WARN_EVERY_SECONDS:
            self._unwarned += 1
            return
        more = f" ({self._unwarned} more since the last warning)" if self._unwarned else ""
        logger.warning("Redis counter unreachable (%s): %s%s", exc, doing, more)
        self._last_warning = clock
        self._unwarned = 0
