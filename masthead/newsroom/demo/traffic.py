"""When the demo's readers came: an article's view total split into hourly and daily buckets.

Popular Now and the most-viewed list read ``HourlyViews`` (the last 30 days) and the
archive keeps ``DailyViews`` (older days), exactly as ``masthead flush-views`` leaves them.
So the demo writes both, and for every article the buckets add up to its ``ViewTotal``.

Readership after publication follows a power law, ``(1 + t/tau) ** -alpha`` (t in hours):
most views in the first hours, then a long tail. The views in a stretch of time are the
integral of that curve over it, scaled to the article's total and rounded so that the
rounded shares still add up to the total exactly (largest remainders).

Rows are bounded: an hour of its own for the first 12 hours after publication, then
3-hour, 12-hour and 48-hour stretches, each stored as one row on its middle hour, so an
article has at most 48 hourly rows; days older than the hourly window get a row each for
the first week after publication, then one per week. Stretches that round to no view get
no row.
"""

from datetime import UTC, datetime, timedelta

from django.db import connection

from masthead.engagement.models import DailyViews, HourlyViews

# (first hour after the publication hour, hours per row) for the hourly buckets.
HOURLY_STRETCHES = ((0, 1), (12, 3), (48, 12), (168, 48))
DAILY_SINGLE_DAYS = 7  # one row per day for the first week after publication, then weekly
WEEK = 7


def hourly_cutoff(now, retention_days):
    """The start of the hourly window: what ``roll_up_hours`` keeps as hours (a midnight)."""
    return (
        (now - timedelta(days=retention_days))
        .astimezone(UTC)
        .replace(hour=0, minute=0, second=0, microsecond=0)
    )


def _stretch(k):
    """(start, end) in hours after the publication hour of the row holding hour ``k``."""
    size, origin = 1, 0
    for first, hours in HOURLY_STRETCHES:
        if k >= first:
            origin, size = first, hours
    start = origin + (k - origin) // size * size
    return start, start + size


def segments(publish_at, now, cutoff):
    """[(kind, key, t0, t1)]: the rows an article can have and the time each covers.

    ``kind`` is "day" (``key`` a date) or "hour" (``key`` an hour); t0 and t1 are hours
    after ``publish_at``. Together the segments cover publication to ``now`` exactly once.
    (Plain numbers of hours since the epoch inside: this runs for every demo article.)"""
    out = []
    published = publish_at.timestamp() / 3600
    age = now.timestamp() / 3600 - published
    cut = round(cutoff.timestamp() / 3600)
    if published < cut:
        first_day = int(published // 24)
        days = cut // 24 - first_day
        j = 0
        while j < days:
            end = j + 1 if j < DAILY_SINGLE_DAYS else min(j + WEEK, days)
            t0 = max(0.0, (first_day + j) * 24 - published)
            t1 = (first_day + end) * 24 - published
            out.append(("day", _day(first_day + (j + end - 1) // 2), t0, t1))
            j = end
    publish_hour = int(published)  # hours since the epoch (UTC has no leap hours)
    k = max(publish_hour, cut) - publish_hour
    last = int(now.timestamp() // 3600) - publish_hour
    while k <= last:
        start, end = _stretch(k)
        start, end = max(start, k), min(end, last + 1)
        t0 = max(0.0, publish_hour + start - published)
        t1 = min(age, publish_hour + end - published)
        out.append(("hour", _hour(publish_hour + (start + end - 1) // 2), t0, t1))
        k = end
    return out


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_hours_cache, _days_cache = {}, {}


def _hour(index):
    """The aware UTC datetime ``index`` hours after the epoch (one object per hour)."""
    hour = _hours_cache.get(index)
    if hour is None:
        if len(_hours_cache) > 100_000:
            _hours_cache.clear()
        hour = _hours_cache[index] = EPOCH + timedelta(hours=index)
    return hour


def _day(index):
    day = _days_cache.get(index)
    if day is None:
        if len(_days_cache) > 100_000:
            _days_cache.clear()
        day = _days_cache[index] = (EPOCH + timedelta(days=index)).date()
    return day


def split(views, segments_, tau, alpha):
    """Whole views per segment, in proportion to the readership curve; they sum to ``views``."""
    exponent = 1.0 - alpha
    weights = [
        (1.0 + t0 / tau) ** exponent - (1.0 + t1 / tau) ** exponent
        for _kind, _key, t0, t1 in segments_
    ]
    total = sum(weights)
    if views <= 0 or not segments_:
        return [0] * len(segments_)
    if total <= 0:  # published this very instant: all in the one bucket
        weights, total = [1.0] * len(segments_), float(len(segments_))
    shares = [views * w / total for w in weights]
    whole = [int(s) for s in shares]
    left = views - sum(whole)
    if left:
        by_remainder = sorted(range(len(shares)), key=lambda i: whole[i] - shares[i])
        for i in by_remainder[:left]:
            whole[i] += 1
    return whole


class Traffic:
    """Bucket rows for one demo build (a random stream of its own: the text does not move)."""

    def __init__(self, rng, now, retention_days):
        self.rng = rng
        self.now = now
        self.cutoff = hourly_cutoff(now, retention_days)

    def buckets(self, publish_at, views):
        """([(hour, views)], [(day, views)]) for one article; rows with no view left out."""
        tau = self.rng.uniform(2.0, 12.0)  # hours: how fast a story's readership fades
        alpha = self.rng.uniform(1.3, 1.9)  # how long its tail is
        if not views:
            return [], []
        segs = segments(publish_at, self.now, self.cutoff)
        hours, days = [], []
        for (kind, key, _t0, _t1), n in zip(segs, split(views, segs, tau, alpha), strict=True):
            if n:
                (hours if kind == "hour" else days).append((key, n))
        return hours, days


def insert(hourly, daily):
    """Insert ``[(article_id, hour, views)]`` and ``[(article_id, day, views)]``.

    Plain ``executemany`` rather than ``bulk_create``: millions of rows at 100,000
    articles, and building a model instance and compiling its values costs ~20 times the
    insert itself. Values are adapted the way the ORM adapts them (on SQLite a datetime is
    stored as naive UTC text), so ORM lookups such as ``hour=`` match these rows."""
    ops = connection.ops
    adapt_hour, adapt_day = _memo(ops.adapt_datetimefield_value), _memo(ops.adapt_datefield_value)
    with connection.cursor() as cursor:
        for model, field, rows, adapt in (
            (HourlyViews, "hour", hourly, adapt_hour),
            (DailyViews, "day", daily, adapt_day),
        ):
            if rows:
                cursor.executemany(
                    f"INSERT INTO {model._meta.db_table} (article_id, {field}, views) "  # noqa: S608
                    "VALUES (%s, %s, %s)",
                    [(pk, adapt(key), n) for pk, key, n in rows],
                )


def _memo(adapt):
    """``adapt`` remembering its answers: a build has only a few thousand hours and days."""
    seen = {}

    def adapted(value):
        result = seen.get(value)
        if result is None:
            result = seen[value] = adapt(value)
        return result

    return adapted
