"""The one place where a page asks the engines for its lists and removes duplicates.

Each engine answers with article ids through its small function API (newsroom for
latest and curated Must-Reads, engagement for popular and most viewed, recommendations
for related). Here they are claimed in priority order so that no story appears twice on
one page, then the stories are fetched in one query. What every page shares (the
candidates of Latest Stories, Popular Now and Must-Reads) is cached under the content
version (``newsroom.cache``); an article page's own part, its related stories, is worked
out each time the page is rendered (the whole page is cached).
"""

from dataclasses import dataclass

from masthead.engagement import api as engagement
from masthead.newsroom import queries
from masthead.newsroom.cache import cached
from masthead.recommendations import api as recommendations

LATEST = 6
RELATED = 5
POPULAR = 5
MUST_READS = 5
POOL = queries.POOL


@dataclass(frozen=True)
class Item:
    """What a list shows of a story: its headline, link and section label."""

    id: int
    headline: str
    url: str
    section: str
    section_url: str
    dek: str = ""
    image_url: str = ""
    image_alt: str = ""
    published: object = None  # datetime


class _Claims:
    """Hands out stories to lists in the order lists ask; a story is given once."""

    def __init__(self, seen=()):
        self.seen = set(seen)

    def take(self, ids, limit):
        taken = []
        for pk in ids:
            if len(taken) == limit:
                break
            if pk not in self.seen:
                self.seen.add(pk)
                taken.append(pk)
        return taken


def _items(lists):
    """Turn {name: [ids]} into {name: [Item]} with one query."""
    wanted = {pk for ids in lists.values() for pk in ids}
    articles = queries.stories_for_lists(wanted)
    items = {}
    for name, ids in lists.items():
        items[name] = [
            Item(
                id=a.pk,
                headline=a.headline,
                url=a.get_absolute_url(),
                section=a.section.name,
                section_url=a.section.get_absolute_url(),
                dek=a.dek,
                image_url=a.lead_image_url,
                image_alt=a.lead_image_alt,
                published=a.publish_at,
            )
            for a in (articles.get(pk) for pk in ids)
            if a is not None
        ]
    return items


def with_view_counts(articles):
    """The article queryset with each story's view count, from engagement, in one query."""
    return engagement.with_views(articles)


def _pools(section_id=None):
    """The shared candidates of the sidebars, as Items: the Must-Reads picks, Popular Now,
    the week's most viewed and, for an article page, its section's latest. Every page that
    shows them shares one cached copy, so a page nobody asked for yet (the long tail of
    the archive, a new search) only claims from them, in memory."""

    def compute():
        named = {
            "curated": queries.curated_must_read_ids(),
            "popular": engagement.popular(limit=POOL),
            "most_viewed": engagement.most_viewed(days=7, limit=POOL),
        }
        if section_id is not None:
            named["latest"] = queries.latest_ids(section=section_id)
        pools = _items(named)
        # Every Item of the pools by id, kept with them: an article page looks its
        # related stories up here before reading them (built per page, ~1.7 % of it).
        pools["by_id"] = {item.id: item for pool in pools.values() for item in pool}
        return pools

    # "pools2": the value holds "by_id" too; a process of the release before, sharing
    # Redis during a deploy, must not read this shape, nor this one its.
    return cached(f"pools2:{section_id}", compute)


def _take(claims, pool, limit):
    """Up to ``limit`` of the pool's Items not claimed yet, claimed, in the pool's order:
    the pool is walked only as far as the list fills (not indexed first: that cost every
    article page ~3 % of its CPU, by py-spy, for four pools of ``POOL`` each)."""
    taken, seen = [], claims.seen
    for item in pool:
        if len(taken) == limit:
            break
        if item.id not in seen:
            seen.add(item.id)
            taken.append(item)
    return taken


def article_lists(article):
    """The four lists of an article page: latest, related, popular, must-reads.

    Not cached per story: the page itself is, and the lists of a page rendered again
    within their 60 s (a comment moved the page on) cost the related stories' one or two
    reads. Storing them cost every first render a pickle and, with Redis, two round trips
    (PostgreSQL + Redis, 500 first renders each, alternating: medians 7.74, 7.12, 6.86 ms
    of CPU stored against 7.19, 5.84, 6.72 not stored; docs/benchmarks.md)."""
    pools = _pools(article.section_id)
    claims = _Claims({article.pk})
    # Editors' picks are claimed first: curation wins over an automatic list.
    curated = _take(claims, pools["curated"], MUST_READS)
    latest = _take(claims, pools["latest"], LATEST)
    popular = _take(claims, pools["popular"], POPULAR)
    topup = _take(claims, pools["most_viewed"], MUST_READS - len(curated))
    related = recommendations.related(article, exclude=claims.seen, limit=RELATED)
    # Stories the pools hold already (related lists topped up with the section's
    # latest, say) are not read again.
    in_pools = pools["by_id"]
    fetched = _items({"related": [pk for pk in related if pk not in in_pools]})["related"]
    known = {item.id: item for item in fetched}
    known.update((pk, in_pools[pk]) for pk in related if pk in in_pools)
    return {
        "latest": latest,
        "related": [known[pk] for pk in related if pk in known],
        "popular": popular,
        "must_reads": curated + topup,
    }


def home_lists(per_section=4):
    """Home: the lead story, the latest of each section, Popular Now and Must-Reads."""

    def compute():
        claims = _Claims()
        lead = claims.take(filter(None, [queries.lead_id()]), 1)
        curated = claims.take(queries.curated_must_read_ids(), MUST_READS)
        # Popular Now before the section lists: it must fill even on a small site, and a
        # section list always has older stories to fall back on.
        popular = claims.take(engagement.popular(limit=POOL), POPULAR)
        sections = []
        for section in queries.sections():
            ids = claims.take(queries.latest_ids(section=section.pk), per_section)
            sections.append((section, ids))
        topup = claims.take(engagement.most_viewed(days=7, limit=POOL), MUST_READS - len(curated))
        named = {f"section:{s.pk}": ids for s, ids in sections}
        named.update({"lead": lead, "popular": popular, "must_reads": curated + topup})
        items = _items(named)
        return {
            "lead": items["lead"][0] if items["lead"] else None,
            "sections": [(s, items[f"section:{s.pk}"]) for s, _ in sections],
            "popular": items["popular"],
            "must_reads": items["must_reads"],
        }

    return cached("home-lists", compute)


def sidebar_lists(exclude=()):
    """Popular Now and Must-Reads for section, author, tag and search pages, without the
    stories of ``exclude`` (the page's own): claimed in memory from the cached pools."""
    pools = _pools()
    claims = _Claims(exclude)
    curated = _take(claims, pools["curated"], MUST_READS)
    popular = _take(claims, pools["popular"], POPULAR)
    topup = _take(claims, pools["most_viewed"], MUST_READS - len(curated))
    return {"popular": popular, "must_reads": curated + topup}
