"""Newsroom's function API for lists: ids of stories from cheap indexed queries, cached
under the content version so every list on a page shares one answer."""

import functools

from masthead.lib.compiled import Compiled

from .cache import cached
from .models import LIST_FIELDS, Article, MustRead, Section

POOL = 30  # candidates per list: enough to fill a list after de-duplication across lists
_BATCHES = (8, 128)  # ids per compiled query; fewer are padded with 0 (no story's id)


def latest_ids(section=None, limit=POOL):
    """Newest published stories, optionally of one section (a Section id)."""

    def compute():
        articles = Article.objects.published()
        if section is not None:
            articles = articles.filter(section=section)
        return list(articles.order_by("-publish_at", "-id").values_list("id", flat=True)[:limit])

    return cached(f"latest:{section}:{limit}", compute)


def lead_id():
    """The home page's lead: the newest published story with a lead image (else the newest)."""

    def compute():
        newest = Article.objects.published().order_by("-publish_at", "-id")
        pk = newest.exclude(lead_image_url="").values_list("id", flat=True).first()
        return pk or newest.values_list("id", flat=True).first()

    return cached("lead", compute)


def curated_must_read_ids():
    """Editors' current Must-Reads, in their order, published stories only."""
    # A handful of rows: join them to their articles and keep the published ones here.
    # (An "article__in=published()" subquery makes SQLite list every published id.)
    picks = (
        MustRead.objects.current()
        .select_related("article")
        .only("article__status", "article__publish_at")
        .order_by("position", "id")
    )
    return [pick.article_id for pick in picks if pick.article.is_published]


def sections():
    """Every section in navigation order (the navigation, the search form, home)."""
    return cached("sections", lambda: list(Section.objects.all()))


@functools.cache
def _by_ids(size):
    markers = [-(n + 1) for n in range(size)]  # ids no story has
    return Compiled(
        Article,
        lambda *ids: Article.objects.filter(pk__in=ids).only(*LIST_FIELDS).order_by(),
        markers,
    )


def stories_for_lists(ids):
    """{id: story} of the stories with these ids, with their section (from the cached
    navigation) and the fields a list shows. Each batch is one query whose SQL is built
    once per process (a cold article page built one for its related stories)."""
    ids = list(dict.fromkeys(ids))
    found = {}
    while ids:
        size = next((n for n in _BATCHES if n >= len(ids)), _BATCHES[-1])
        batch, ids = ids[:size], ids[size:]
        for story in _by_ids(size).run(*batch, *[0] * (size - len(batch))):
            found[story.pk] = story
    with_cached_sections(found.values())
    return found


def with_cached_sections(stories):
    """Give each story its section from the cached navigation: no query. (A section not
    there yet, the moment after it is created, is left to load itself.)"""
    by_id = {section.pk: section for section in sections()}
    for story in stories:
        section = by_id.get(story.section_id)
        if section is not None:
            story.section = section
