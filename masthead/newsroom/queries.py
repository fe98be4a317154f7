"""Newsroom's function API for lists: ids of stories from cheap indexed queries, cached
under the content version so every list on a page shares one answer."""

import datetime
import functools
from dataclasses import dataclass

from masthead.lib.compiled import Compiled

from .cache import cached
from .models import LIST_FIELDS, Article, MustRead, Section, article_url

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


@dataclass(slots=True)
class ListStory:
    """What a list reads of a story (``LIST_FIELDS``), with its section: not an
    ``Article``, whose making cost more than the query for the five or so a cold page
    reads."""

    id: int
    headline: str
    slug: str
    dek: str
    publish_at: datetime.datetime | None
    created_at: datetime.datetime
    lead_image_url: str
    lead_image_alt: str
    section: Section

    @property
    def pk(self):
        return self.id

    def get_absolute_url(self):
        return article_url(self.section.slug, self.publish_at or self.created_at, self.slug)


def stories_for_lists(ids):
    """{id: ListStory} of the stories with these ids, with their section (from the cached
    navigation). Each batch is one query whose SQL is built once per process (a cold
    article page built one for its related stories)."""
    ids = list(dict.fromkeys(ids))
    by_section = {section.pk: section for section in sections()}
    found = {}
    while ids:
        size = next((n for n in _BATCHES if n >= len(ids)), _BATCHES[-1])
        batch, ids = ids[:size], ids[size:]
        for row in _by_ids(size).rows(*batch, *[0] * (size - len(batch))):
            section = by_section.get(row.section_id)
            if section is None:  # created a moment ago: not in the cached navigation yet
                section = by_section[row.section_id] = Section.objects.get(pk=row.section_id)
            found[row.id] = ListStory(
                id=row.id,
                headline=row.headline,
                slug=row.slug,
                dek=row.dek,
                publish_at=row.publish_at,
                created_at=row.created_at,
                lead_image_url=row.lead_image_url,
                lead_image_alt=row.lead_image_alt,
                section=section,
            )
    return found


def with_cached_sections(stories):
    """Give each story its section from the cached navigation: no query. (A section not
    there yet, the moment after it is created, is left to load itself.)"""
    by_id = {section.pk: section for section in sections()}
    for story in stories:
        section = by_id.get(story.section_id)
        if section is not None:
            story.section = section
