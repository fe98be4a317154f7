"""The story an article page shows: the article (with its section and view count), its
authors in byline order, its tags and its corrections.

Two short indexed reads whose SQL is built once per process (``masthead.lib.compiled``):
building it again for every page cost a cold article page more CPU than running it. The
article, then its authors, tags and corrections together (one ``UNION ALL``: with
PostgreSQL each read is a round trip, and these were three).
"""

from dataclasses import dataclass, field

from django.db import router
from django.db.models import F, Value
from django.db.models.functions import Cast

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

# The parts' rows: which part, then the columns of an author (with its byline's position
# and id: the byline order), of a tag, of a correction; each part leaves the others' NULL.
_MODELS = {"a": Author, "t": Tag, "c": Correction}
_FIELDS = {part: [f.attname for f in m._meta.concrete_fields] for part, m in _MODELS.items()}


def _layout():
    """({column: (its part, what that part reads, its type for the others' NULL)},
    {part: the position of its first column in a row, after "part"})."""
    layout, start = {}, {}
    for part, model in _MODELS.items():
        start[part] = 1 + len(layout)
        for f in model._meta.concrete_fields:
            output = f.target_field if f.is_relation else f
            layout[f"{part}_{f.attname}"] = (part, f.attname, output)
    # After every part's own columns: the byline order, read by the authors' part.
    layout["a_position"] = ("a", "bylines__position", Author._meta.get_field("id"))
    layout["a_byline"] = ("a", "bylines__id", Author._meta.get_field("id"))
    return layout, start


_LAYOUT, _START = _layout()


def _part(queryset, part):
    """``queryset`` as rows of ``_LAYOUT``: its own columns, NULL in the others'."""
    columns = {
        # A typed NULL: PostgreSQL makes NULL UNION NULL text, then meets the next part's.
        column: F(read) if owner == part else Cast(Value(None), output_field=output)
        for column, (owner, read, output) in _LAYOUT.items()
    }
    return queryset.annotate(part=Value(part), **columns).values_list("part", *columns).order_by()


def _parts(author_pk, tag_pk, correction_pk):
    authors = _part(Author.objects.filter(bylines__article_id=author_pk), "a")
    tags = _part(Tag.objects.filter(articles__id=tag_pk), "t")
    corrections = _part(Correction.objects.filter(article_id=correction_pk), "c")
    return authors.union(tags, corrections, all=True).order_by(
        "part", "a_position", "a_byline", "t_name", "c_created_at", "c_id"
    )


# One marker per part: each must be one parameter of the statement.
_PARTS = Compiled(Author, _parts, [_ID, _ID - 1, _ID - 2])


def _read_parts(pk):
    """(authors in byline order, tags by name, corrections by date) of story ``pk``: one
    read, each row made the instance of its model."""
    found = {part: [] for part in _MODELS}
    alias = router.db_for_read(Author) or "default"
    for row in _PARTS.tuples(pk, pk, pk):
        part = row[0]
        names, start = _FIELDS[part], _START[part]
        found[part].append(_MODELS[part].from_db(alias, names, row[start : start + len(names)]))
    return found["a"], found["t"], found["c"]


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
    authors, tags, corrections = _read_parts(article.pk)
    return Story(article, authors=authors, tags=tags, corrections=corrections)
