"""The final order of "You May Also Like", from stored candidates only.

A candidate's score is its text similarity plus a co-reading bonus, times a freshness
factor:

    (similarity + CO_READ_WEIGHT * readers / (readers + min_readers)) * freshness

``freshness`` is 1 for a story published now and falls towards ``1 - FRESHNESS_SHARE``
with the configured half-life, so an old story that is much closer still wins over a
fresh one that is barely related. ``readers`` is the number of readers of the page's
story who also read the candidate; pairs under the minimum support are never stored, and
the bonus saturates, so a handful of readers cannot push a story up.

Then the page's rules: never the story itself nor anything in ``exclude``, and at most
``PER_SECTION`` stories of one section unless nothing else qualifies. Ties go to the
newer story (higher id), so the list is deterministic.
"""

from dataclasses import dataclass

CO_READ_WEIGHT = 0.3  # a strongly co-read pair counts like a third of a perfect text match
FRESHNESS_SHARE = 0.5  # freshness can halve a score, never more
PER_SECTION = 2


@dataclass(frozen=True)
class Candidate:
    id: int
    section: object
    similarity: float
    co_readers: int = 0
    age_days: float | None = None  # None: freshness is not taken into account


def score(candidate, half_life_days, min_readers):
    co_read = 0.0
    if candidate.co_readers >= min_readers > 0:
        co_read = candidate.co_readers / (candidate.co_readers + min_readers)
    relevance = candidate.similarity + CO_READ_WEIGHT * co_read
    if half_life_days and candidate.age_days is not None:
        decay = 2.0 ** (-max(candidate.age_days, 0.0) / half_life_days)
        relevance *= 1.0 - FRESHNESS_SHARE + FRESHNESS_SHARE * decay
    return relevance


def rank(candidates, *, limit, exclude=(), half_life_days=0, min_readers=0, diverse=True):
    """Ids of the best ``limit`` candidates, best first, under the page's rules."""
    excluded = set(exclude)
    ordered = sorted(
        (c for c in candidates if c.id not in excluded),
        key=lambda c: (-score(c, half_life_days, min_readers), -c.id),
    )
    if not diverse:
        return [c.id for c in ordered[:limit]]
    chosen, skipped, per_section = [], [], {}
    for c in ordered:
        if len(chosen) == limit:
            break
        if per_section.get(c.section, 0) < PER_SECTION:
            per_section[c.section] = per_section.get(c.section, 0) + 1
            chosen.append(c)
        else:
            skipped.append(c)
    if len(chosen) < limit:  # nothing else qualifies: the best of the rest, in order
        chosen += skipped[: limit - len(chosen)]
        chosen.sort(key=lambda c: ordered.index(c))
    return [c.id for c in chosen]
