"""The lineup: which section and story type every demo article gets, and its headline.

Two rules keep the newsroom from looking templated:

* within a section, a story type does not come back among the ``RECENT`` stories next to
  it, so a section page (20 stories) never shows the same kind of story twice;
* no headline appears twice on the whole site.

Stories are planned newest first, so the stories readers see first get the whole range of
story types and headlines. A story type whose headlines have all been used (a one-off
such as a party agreement has a single one) drops out for older stories. Only deep in a
very large archive, when few types have headlines left, does the window shrink: first to
``MIN_RECENT``, the rule as promised, and only then below it. A headline repeats only
once every type allowed at that point is used up; see ``Lineup`` for where that happened.

Readers see stories in order of publication (published, then scheduled ones as they go
live); the desk also sees drafts, stories in review and withdrawn ones. Each of these two
lanes keeps the rule on its own, so that the stories readers see are spaced out however
many desk-only stories fall between them.
"""

from collections import deque
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from masthead.newsroom.models import Article

from . import headlines, prose, vocab
from .context import KEY_BITS, story_context

RECENT = 20  # a section page shows 20 stories: no story type twice on it
MIN_RECENT = 12  # the rule as promised; only far down the archive does it give way
WINDOWS = (RECENT, MIN_RECENT, 6, 2, 0)  # tried in turn when story types run out
TRIES = 8  # fresh contexts tried for one story type before it counts as used up
LIVE = frozenset(Article.LIVE)


class Pick(NamedTuple):
    """One article's section, story type (its number in the section's list), context key
    (see ``story_context``) and English headline."""

    section: str
    kind: int
    key: int
    headline: str

    @property
    def story_type(self):
        return headlines.STORIES[self.section][self.kind].name


@dataclass
class Lineup:
    picks: list
    # Counted over stories from newest to oldest: where the rules first had to give way
    # (None: never), and how many stories that concerned.
    first_narrowed: int | None = None  # a story type came back within RECENT stories
    narrowed: int = 0
    first_relaxed: int | None = None  # ... and within MIN_RECENT stories
    relaxed: int = 0
    first_repeat: int | None = None  # a headline appeared a second time
    repeated: int = 0


def plan_lineup(rng, slots, writer_section=None):
    """A Pick per (status, age) slot of ``build.plan``, in the same order.

    The first draft goes to ``writer_section`` (the demo writer's own draft)."""
    sections = [(slug, ministry) for _n, slug, _d, _w, ministry in vocab.SECTIONS]
    cum_weights = list(accumulate(weight for *_rest, weight, _m in vocab.SECTIONS))
    writer_draft = next((i for i, (status, _age) in enumerate(slots)
                         if status == Article.Status.DRAFT), None)  # fmt: skip
    used = set()  # every headline so far
    recent = {}  # (lane, section): the story types of the last RECENT stories, newest last
    used_up = {slug: set() for slug, _m in sections}  # types with no new headline left
    picks = [None] * len(slots)
    result = Lineup(picks)
    newest_first = sorted(range(len(slots)), key=lambda i: slots[i][1])
    for position, index in enumerate(newest_first):
        status = slots[index][0]
        slug, ministry = rng.choices(sections, cum_weights=cum_weights)[0]
        if index == writer_draft and writer_section:
            slug, ministry = next(s for s in sections if s[0] == writer_section)
        lane = recent.get((status in LIVE, slug))
        if lane is None:
            lane = recent[status in LIVE, slug] = deque(maxlen=RECENT)
        count = len(headlines.STORIES[slug])
        pick = None
        for window in WINDOWS:
            if window < MIN_RECENT and len(used_up[slug]) < count - MIN_RECENT:
                break  # enough fresh types remain; they were only unlucky
            avoid = set(list(lane)[max(0, len(lane) - window) :]) if window else ()
            candidates = [k for k in range(count) if k not in avoid and k not in used_up[slug]]
            while candidates and pick is None:
                kind = candidates.pop(rng.randrange(len(candidates)))
                for _try in range(TRIES):
                    key = rng.getrandbits(KEY_BITS)
                    headline = _headline(slug, kind, key, ministry)
                    if headline not in used:
                        pick = Pick(slug, kind, key, headline)
                        break
                else:
                    used_up[slug].add(kind)
            if pick is not None:
                if window < RECENT:
                    result.narrowed += 1
                    if result.first_narrowed is None:
                        result.first_narrowed = position
                if window < MIN_RECENT:
                    result.relaxed += 1
                    if result.first_relaxed is None:
                        result.first_relaxed = position
                break
        if pick is None:  # every type allowed here has run out: repeat a headline
            avoid = set(list(lane)[max(0, len(lane) - MIN_RECENT) :])
            kind = rng.choice([k for k in range(count) if k not in avoid])
            key = rng.getrandbits(KEY_BITS)
            pick = Pick(slug, kind, key, _headline(slug, kind, key, ministry))
            result.repeated += 1
            if result.first_repeat is None:
                result.first_repeat = position
        used.add(pick.headline)
        lane.append(pick.kind)
        picks[index] = pick
    return result


def _headline(slug, kind, key, ministry):
    return prose.headline_of(slug, kind, story_context(key, slug, ministry, ""))
