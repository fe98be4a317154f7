"""Querysets compiled once, run with new values: the ORM's answers, without the ORM's
building on every call."""

import pytest
from django.db import connection
from django.db.models import F, Value
from django.test.utils import CaptureQueriesContext

from masthead.lib.compiled import Compiled
from masthead.newsroom.models import Article, Author, Tag
from masthead.testing import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db

SLUG = "\x00slug\x00"
ID = -5_550_001


@pytest.fixture
def stories():
    section = make_section("Asia")
    first = make_article("Ministers meet in Seoul", section=section)
    second = make_article("Harbour reopens after storm", section=section)
    first.tags.add(make_tag("Diplomacy"), make_tag("Trade"))
    second.tags.add(make_tag("Weather"))
    return first, second


def test_it_answers_what_the_orm_answers_for_each_value(stories):
    built = []

    def build(slug):
        built.append(slug)
        return Article.objects.filter(slug=slug).annotate(answer=Value(42))

    by_slug = Compiled(Article, build, [SLUG])
    for story in (*stories, *stories):
        (found,) = by_slug.run(story.slug)
        assert found.pk == story.pk and found.headline == story.headline
        assert found.answer == 42 and found.section_id == story.section_id
    assert built == [SLUG]  # built once, run four times
    assert list(by_slug.run("no-such-story")) == []


def test_relations_in_the_filter_and_the_model_ordering_are_kept(stories):
    tags = Compiled(Tag, lambda pk: Tag.objects.filter(articles__id=pk), [ID])
    for story in stories:
        assert [t.name for t in tags.run(story.pk)] == [t.name for t in story.tags.all()]


def test_values_are_parameters_not_sql(stories):
    by_slug = Compiled(Article, lambda slug: Article.objects.filter(slug=slug), [SLUG])
    for hostile in ("x' OR '1'='1", "100%", "%s", "'); DROP TABLE newsroom_article; --"):
        assert list(by_slug.run(hostile)) == []
    assert Article.objects.count() == 2


def test_one_query_a_run(stories):
    authors = Compiled(
        Author, lambda pk: Author.objects.filter(bylines__article_id=pk).order_by("name"), [ID]
    )
    story = stories[0]
    story.bylines.create(author=make_author("Park Min-jun"), position=2)
    story.bylines.create(author=make_author("Kim Ji-won"), position=1)
    list(authors.run(story.pk))
    with CaptureQueriesContext(connection) as queries:
        names = [a.name for a in authors.run(story.pk)]
    assert len(queries) == 1
    assert names == [a.name for a in story.authors.order_by("name")]
    assert {"Kim Ji-won", "Park Min-jun"} < set(names)


def test_instances_are_the_orm_s_dates_deferred_fields_and_annotations_included(stories):
    story = stories[0]
    by_id = Compiled(
        Article,
        lambda pk: (
            Article.objects.filter(pk=pk)
            .annotate(section_name=F("section__name"), shown=F("publish_at"))
            .only("headline", "publish_at", "section_id")
        ),
        [ID],
    )
    (found,) = by_id.run(story.pk)
    (orm,) = Article.objects.filter(pk=story.pk).annotate(shown=F("publish_at"))
    assert found.publish_at == orm.publish_at and found.publish_at.tzinfo is not None
    assert found.shown == orm.shown  # an annotation converted as the ORM converts it
    assert found.section_name == "Asia"
    only = Article.objects.only("headline", "publish_at", "section_id").get(pk=story.pk)
    assert found.get_deferred_fields() == only.get_deferred_fields() != set()
    assert found.slug == story.slug  # a deferred field loads as the ORM's does
    assert found._state.db == "default" and not found._state.adding


def test_rows_are_the_instances_values_without_the_instances(stories):
    by_section = Compiled(
        Article,
        lambda section: (
            Article.objects.filter(section_id=section)
            .annotate(shown=F("publish_at"), label=F("section__name"))
            .only("status", "publish_at", "section_id")
            .order_by("id")
        ),
        [ID],
    )
    section = stories[0].section_id
    instances = by_section.run(section)
    rows = by_section.rows(section)
    assert [type(row).__name__ for row in rows] == ["ArticleRow", "ArticleRow"]
    assert set(rows[0]._fields) == {"id", "status", "publish_at", "section_id", "shown", "label"}
    for row, instance in zip(rows, instances, strict=True):
        assert row.id == instance.pk and row.status == instance.status
        assert row.publish_at == instance.publish_at and row.publish_at.tzinfo is not None
        assert row.shown == instance.shown == row.publish_at  # converted as the ORM does
        assert (row.section_id, row.label) == (section, "Asia")
    assert by_section.rows(-1) == []
    one = Compiled(Tag, lambda pk: Tag.objects.filter(pk=pk).only("id"), [ID])
    tag = stories[0].tags.first()
    assert one.rows(tag.pk) == [(tag.pk,)] and one.rows(tag.pk)[0].id == tag.pk


def test_tuples_are_a_values_list_union_s_rows_converted_as_the_orm_converts_them(stories):
    def build(first, second):
        dated = Article.objects.filter(pk=first).values_list("id", "publish_at").order_by()
        also = Article.objects.filter(pk=second).values_list("id", "publish_at").order_by()
        return dated.union(also, all=True).order_by("id")

    both = Compiled(Article, build, [ID, ID - 1])
    first, second = sorted(stories, key=lambda a: a.pk)
    expected = list(build(first.pk, second.pk))
    assert [tuple(row) for row in both.tuples(first.pk, second.pk)] == expected
    assert expected[0][1].tzinfo is not None  # a datetime, not SQLite's text
    assert both.tuples(-1, -2) == []
    with pytest.raises(TypeError, match="tuples"):
        both.run(first.pk, second.pk)
    with pytest.raises(TypeError, match="tuples"):
        both.rows(first.pk, second.pk)
    instances = Compiled(Article, lambda pk: Article.objects.filter(pk=pk), [ID])
    with pytest.raises(TypeError, match="run"):
        instances.tuples(first.pk)


@pytest.mark.parametrize(
    "build, problem",
    [
        (lambda pk: Article.objects.filter(pk=pk, section_id=pk), "not one parameter"),
        (lambda pk: Article.objects.filter(section_id=7), "not one parameter"),
        (lambda pk: Article.objects.select_related("section").filter(pk=pk), "one model"),
        (lambda pk: Tag.objects.filter(pk=pk), "not <class"),
        (lambda pk: Article.objects.filter(pk=pk).values("headline"), "one model"),
        (lambda pk: Article.objects.filter(pk=pk).values_list("id", flat=True), "not flat"),
    ],
)
def test_what_it_cannot_compile_is_refused_at_once(build, problem):
    with pytest.raises(ValueError, match=problem):
        list(Compiled(Article, build, [ID]).run(1))


# --- the driver's cursor, without Django's per-statement layers ------------------------


def _by_id():
    return Compiled(Article, lambda pk: Article.objects.filter(pk=pk), [ID])


def test_unlogged_reads_skip_django_s_cursor_and_answer_the_same(stories, monkeypatch):
    wrapped = []
    real = connection.cursor
    monkeypatch.setattr(connection, "cursor", lambda *a: wrapped.append(1) or real(*a))
    by_id = _by_id()
    with CaptureQueriesContext(connection) as logged:  # counted: Django's cursor
        counted = [(a.pk, a.headline, a.publish_at) for a in by_id.run(stories[0].pk)]
    assert len(logged) == 1 and len(wrapped) == 1
    unlogged = [(a.pk, a.headline, a.publish_at) for a in by_id.run(stories[0].pk)]
    assert unlogged == counted and len(wrapped) == 1  # the driver's cursor, directly
    values = Compiled(Tag, lambda pk: Tag.objects.filter(articles__id=pk).values_list("name"), [ID])
    assert sorted(values.tuples(stories[0].pk)) == [("Diplomacy",), ("Trade",)]


def test_named_parameters_are_the_driver_s_too(stories):
    from masthead.lib.compiled import fetchall

    sql = "SELECT headline FROM newsroom_article WHERE id = %(story)s AND headline LIKE %(x)s"
    params = {"story": stories[1].pk, "x": "%storm%"}
    assert [tuple(r) for r in fetchall(connection, sql, params)] == [(stories[1].headline,)]
    with CaptureQueriesContext(connection):
        assert [tuple(r) for r in fetchall(connection, sql, params)] == [(stories[1].headline,)]


def test_an_execute_wrapper_sees_every_compiled_read(stories):
    seen = []

    def wrapper(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    by_id = _by_id()
    with connection.execute_wrapper(wrapper):
        assert [a.pk for a in by_id.run(stories[1].pk)] == [stories[1].pk]
    assert len(seen) == 1 and "newsroom_article" in seen[0]


def test_a_driver_error_is_django_s_error(stories, monkeypatch):
    from django.db import DatabaseError

    from masthead.lib import compiled

    by_id = _by_id()
    by_id.run(stories[0].pk)  # compiled; its SQL in the driver's style is remembered
    placeholder = "?" if connection.vendor == "sqlite" else "%s"
    bad = f"SELECT * FROM no_such_table WHERE id = {placeholder}"  # noqa: S608 (a constant)
    for key in list(compiled._NATIVE):
        monkeypatch.setitem(compiled._NATIVE, key, bad)
    with pytest.raises(DatabaseError) as raised:
        by_id.run(stories[0].pk)
    assert type(raised.value).__module__ == "django.db.utils"  # not the driver's own class


def test_a_read_in_a_broken_transaction_is_refused_as_django_refuses_it(stories):
    from django.db import transaction
    from django.db.transaction import TransactionManagementError

    by_id = _by_id()
    with transaction.atomic():
        transaction.set_rollback(True)
        with pytest.raises(TransactionManagementError):
            by_id.run(stories[0].pk)
