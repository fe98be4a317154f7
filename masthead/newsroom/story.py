"""The story an article page shows: the article (with its section and view count), its
authors in byline order, its tags and its corrections.

Four short indexed reads whose SQL is built once per process (``masthead.lib.compiled``):
building it again for every page cost a cold article page more CPU than running it.
"""

from dataclasses import dataclass, field

from masthead import lists
from masthead.lib.compiled import Compiled

from . import queries
from .models import Article, Author, Correction, Tag

_SLUG = "\x00story-slug\x00"  # markers (masthead/lib/compiled.py): values nobody has
_ID = -918_273_645

_BY_SLUG = Compiled(
    Article, lambda slug: lists.with_view_counts(Article.objects.filter(slug=slug)), [_SLUG]
)
_BY_ID = Compiled(Article, lambda pk: lists.with_view_counts(Article.objects.filter(pk=pk)), [_ID])
_AUTHORS = Compiled(
    Author,
    lambda pk: Author.objects.filter(bylines__article_id=pk).order_by(
        "bylines__position", "bylines__id"
    ),
    [_ID],
)
_TAGS = Compiled(Tag, lambda pk: Tag.objects.filter(articles__id=pk), [_ID])
_CORRECTIONS = Compiled(Correction, lambda pk: Correction.objects.filter(article_id=pk), [_ID])


@dataclass
class Story:
    article: Article  # with ``views``, its folded view count
    authors: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    corrections: list = field(default_factory=list)


def load(slug=None, pk=None):
    """The story with this slug (or id), whatever its status, or None. Whether readers may
    see it is the caller's question (``story.article.is_published``)."""
    found = _BY_SLUG.run(slug) if slug is not None else _BY_ID.run(pk)
    article = next(iter(found), None)
    if article is None:
        return None
    queries.with_cached_sections([article])  # one query fewer
    return Story(
        article,
        authors=list(_AUTHORS.run(article.pk)),
        tags=list(_TAGS.run(article.pk)),
        corrections=list(_CORRECTIONS.run(article.pk)),
    )
