"""Site search: one interface, two engines.

``search(query, ...)`` answers a page of results on SQLite (FTS5, the embedded default)
and on PostgreSQL (full-text search with a GIN index); ``index_article()``,
``remove()`` and ``rebuild()`` keep the index (``SearchDocument``) in step with the
newsroom. The reader's words are never handed to either engine's query language: they
are cut into words (letters and digits of any script), and each word must match the
start of a word in the story. So quotes, NEAR, ``*``, parentheses or SQL are just text,
and a query can never fail to parse.
"""

import html
import json
import math
import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.postgres.search import SearchVector
from django.db import OperationalError, connection, transaction
from django.utils import timezone

from masthead.newsroom.models import Article, Byline

from . import highlight
from .models import SearchDocument

PER_PAGE = 20
MAX_PAGE = 50  # 1,000 results: nobody reads further, and deep offsets cost
MAX_RESULTS = MAX_PAGE * PER_PAGE  # counted up to here (+1, to say "more than 1,000")
# A query matching more stories than this ranks its newest CANDIDATES matches: relevance
# among recent news, in bounded time (ranking all 69,734 stories that start a word with
# "korea" took 120-240 ms; these 1,001 take 5-20 ms). The count needs no other query.
CANDIDATES = MAX_RESULTS + 1
POSTGRES_TIMEOUT_MS = 2000  # a ranking statement longer than this is canceled (PostgreSQL)


class SearchTooSlow(Exception):
    """The engine gave up on this query (PostgreSQL's statement bound)."""


MAX_TERMS = 8
MAX_TERM_CHARS = 40
ORIGINAL_HEADLINE = 2  # index of the original headline in the snippet's fields (search())
_TAG = re.compile(r"<[^>]*>")
# Column weights: a word in the headline (or the original's) counts most.
WEIGHTS = {"headline": "A", "original_headline": "A", "dek": "B", "authors": "B", "body": "D"}
SQLITE_WEIGHTS = "10.0, 8.0, 4.0, 4.0, 1.0"  # bm25() in FTS column order (migration 0001)


def terms(query):
    """The words of a reader's query, lowercased, at most 8 of at most 40 characters."""
    words = highlight.WORD.findall((query or "")[:1000].lower())
    return [w[:MAX_TERM_CHARS] for w in words][:MAX_TERMS]


# --- Indexing -------------------------------------------------------------------------


def plain_text(body_html):
    """Text of the sanitized body HTML (tags become spaces, entities characters)."""
    return html.unescape(_TAG.sub(" ", body_html))


def _document(article, authors):
    return SearchDocument(
        article_id=article.pk,
        section_id=article.section_id,
        publish_at=article.publish_at,
        headline=article.headline,
        original_headline=article.original_headline or "",
        dek=article.dek or "",
        authors=authors or "",
        body=plain_text(article.body_html),
    )


def _vector():
    vectors = [SearchVector(name, weight=w, config="simple") for name, w in WEIGHTS.items()]
    total = vectors[0]
    for vector in vectors[1:]:
        total = total + vector
    return total


# A story is indexed when it is published or scheduled with a publish time (a scheduled
# one is found from that time on): ``_searchable`` in Python, ``_searchable_stories`` in SQL.
_INDEXED = Article.LIVE


def _searchable(article):
    return article.status in _INDEXED and article.publish_at is not None


def _author_names(article_ids):
    names = {}
    bylines = Byline.objects.filter(article_id__in=article_ids).select_related("author")
    for b in bylines.order_by("article_id", "position", "id"):
        names.setdefault(b.article_id, []).append(b.author.name)
    return {pk: ", ".join(n) for pk, n in names.items()}


def index_article(article):
    """Index (or drop) one story after it was saved: published and scheduled stories are
    indexed (a scheduled one is found from its publish time on), others are removed."""
    if not _searchable(article):
        remove(article.pk)
        return
    document = _document(article, _author_names([article.pk]).get(article.pk, ""))
    with transaction.atomic():
        document.save()
        if connection.vendor == "postgresql":
            SearchDocument.objects.filter(pk=article.pk).update(vector=_vector())


def remove(article_id):
    SearchDocument.objects.filter(pk=article_id).delete()


def _searchable_stories():
    return Article.objects.filter(status__in=_INDEXED, publish_at__isnull=False).only(
        "id", "section_id", "publish_at", "headline", "original_headline", "dek", "body_html"
    )


def _write(article_ids, batch=2000, replace=True):
    """Index the searchable stories among ``article_ids`` again (the others are removed),
    ``batch`` at a time: one query for their bylines, one insert, one vector update
    (and first a delete of their old documents when ``replace``)."""
    count = 0
    stories = _searchable_stories()
    for start in range(0, len(article_ids), batch):
        chunk = article_ids[start : start + batch]
        if replace:
            SearchDocument.objects.filter(pk__in=chunk).delete()
        names = _author_names(chunk)
        documents = [_document(a, names.get(a.pk, "")) for a in stories.filter(id__in=chunk)]
        SearchDocument.objects.bulk_create(documents)
        if connection.vendor == "postgresql":
            SearchDocument.objects.filter(pk__in=chunk).update(vector=_vector())
        count += len(documents)
    return count


def index_many(article_ids):
    """Index these stories again, in bulk (an author renamed on 6,000 bylines: 12 queries
    instead of 24,000)."""
    with transaction.atomic():
        return _write(sorted(set(article_ids)))


def rebuild():
    """Index every story again (after a bulk load such as ``masthead demo``)."""
    with transaction.atomic():
        SearchDocument.objects.all().delete()
        ids = list(_searchable_stories().order_by("id").values_list("id", flat=True))
        return _write(ids, replace=False)


# --- Searching ------------------------------------------------------------------------


@dataclass
class Hit:
    article: Article
    headline: str  # safe HTML: escaped, with <mark> around matched words
    snippet: str  # safe HTML, likewise
    snippet_lang: str = ""  # set when the snippet is the original (Korean...) headline


@dataclass
class Results:
    query: str
    terms: list
    hits: list = field(default_factory=list)
    total: int = 0
    number: int = 1
    too_slow: bool = False  # the engine gave up: the page says so, with a hint

    @property
    def more_than_shown(self):
        return self.total > MAX_RESULTS

    @property
    def num_pages(self):
        return min(MAX_PAGE, math.ceil(self.total / PER_PAGE))

    @property
    def start_index(self):
        return (self.number - 1) * PER_PAGE + 1

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def previous_page_number(self):
        return self.number - 1

    @property
    def next_page_number(self):
        return self.number + 1


def search(query, section=None, since=None, until=None, page=1, now=None):
    """A page of published stories matching every word of ``query``, best first.

    ``section`` is a Section id, ``since``/``until`` dates (inclusive), ``page`` from 1.
    """
    words = terms(query)
    page = max(1, min(MAX_PAGE, page))
    results = Results(query=query, terms=words, number=page)
    if not words:
        return results
    now = now or timezone.now()
    tz = timezone.get_current_timezone()
    start = datetime.combine(since, time.min, tz) if since else None
    end = datetime.combine(until + timedelta(days=1), time.min, tz) if until else None
    engine = _postgres if connection.vendor == "postgresql" else _sqlite
    try:
        total, ranked = engine(words, section, start, end, now, (page - 1) * PER_PAGE)
    except SearchTooSlow:
        results.too_slow = True
        return results
    # The index only holds published or scheduled stories; a scheduled one is shown from
    # its publish time (``published()``'s rule, applied here to the page's stories: in
    # SQL, SQLite walks the published-stories index instead, 12 ms at 100,000 stories).
    stories = Article.objects.for_lists("original_language", "status").in_bulk(ranked)
    found = {pk: a for pk, a in stories.items() if a.is_published_at(now)}
    texts = {
        row[0]: row[1:]
        for row in SearchDocument.objects.filter(pk__in=ranked).values_list(
            "pk", "headline", "dek", "body", "original_headline", "authors"
        )
    }
    results.total = total
    for pk in ranked:
        if pk not in found or pk not in texts:
            continue
        article = found[pk]
        headline, *fields = texts[pk]
        snippet, column = highlight.snippet(fields, words)
        lang = (article.original_language or "und") if column == ORIGINAL_HEADLINE else ""
        results.hits.append(Hit(article, highlight.mark(headline, words), snippet, lang))
    return results


def _page(candidates, offset):
    """(the count up to MAX_RESULTS + 1, the ids of one page) from (id, score) rows,
    a lower score ranking first; ties go to the newer story."""
    total = min(len(candidates), MAX_RESULTS + 1)
    ordered = sorted(candidates, key=lambda row: (row[1], -row[0]))
    return total, [pk for pk, _ in ordered[offset : offset + PER_PAGE]]


def _sqlite(words, section, start, end, now, offset):
    match = " ".join(f'"{w}"*' for w in words)  # each word a quoted prefix: no syntax left
    where = ["distribution_search_fts MATCH %s", "d.publish_at <= %s"]
    params = [match, now]
    if section is not None:
        where.append("d.section_id = %s")
        params.append(section)
    if start is not None:
        where.append("d.publish_at >= %s")
        params.append(start)
    if end is not None:
        where.append("d.publish_at < %s")
        params.append(end)
    # Only the fixed fragments above are joined; every value travels as a parameter.
    # CROSS JOIN keeps the FTS table as the outer loop (SQLite's documented join-order
    # hint): led by the publish_at index instead, SQLite re-runs the MATCH for every
    # story in the date range (9 s for a common word at 100,000 stories).
    sql_from = (
        " FROM distribution_search_fts CROSS JOIN distribution_searchdocument d"
        " ON d.article_id = distribution_search_fts.rowid WHERE " + " AND ".join(where)
    )
    with connection.cursor() as cursor:
        # The newest CANDIDATES matches (the FTS table's rowid is the story's id, which
        # grows with time), each with its bm25 score; SQLite walks the match in rowid
        # order and stops there, so scoring never covers more than CANDIDATES stories.
        cursor.execute(
            f"SELECT d.article_id, bm25(distribution_search_fts, {SQLITE_WEIGHTS})"
            + sql_from  # noqa: S608
            + " ORDER BY distribution_search_fts.rowid DESC LIMIT %s",
            [*params, CANDIDATES],
        )
        return _page(cursor.fetchall(), offset)


# PostgreSQL: the newest CANDIDATES matches come one of two ways, and the planner's cost
# model cannot choose between them (it prices reading a story's ~5 KB vector like comparing
# two integers): walking the primary key backwards, reading the vector of each story the
# cheap conditions keep until CANDIDATES match (cheap when most stories match: "korea",
# 70 %), or taking every match of the words from the GIN index and keeping the newest
# (cheap when few do). Its row estimates are good (9,175 estimated for "president", 9,156
# found), so the path is chosen here from them. What a step costs, in units of one match
# taken from the index with its (narrow, migration 0002) row, ~0.8 us on the 100,000-story
# demo: reading a vector ~6.5 us (both from EXPLAIN ANALYZE of "diplom"); passing over a
# row the cheap conditions reject, ~0.2 us, is an estimate (a heap tuple, no vector).
VECTOR_COST = 8
ROW_COST = 0.25
_TABLE = "distribution_searchdocument"
RANK = "ts_rank(d.vector, to_tsquery('simple', %s))"  # d: a story among the candidates


def _walk(matches, eligible, stories):
    """Whether the walk is cheaper than the index, from the planner's estimates: the
    ``matches`` of the words among all ``stories``, and the ``eligible`` stories (those the
    cheap conditions keep). The walk reads about CANDIDATES / (matches / stories) vectors
    (the share of matches among eligible stories is taken to be the same), all of them
    when the matches are fewer, and passes over the ineligible stories in between."""
    if matches <= 0 or eligible <= 0 or stories <= 0:
        return False
    vectors = min(eligible, CANDIDATES * stories / matches)
    rows = vectors * max(1.0, stories / eligible)
    return vectors * VECTOR_COST + rows * ROW_COST < matches


def _estimates(cursor, conditions):
    """The planner's estimates of the rows meeting each of ``conditions`` ((SQL, params)
    pairs), from one EXPLAIN: nothing is run."""
    sql = " UNION ALL ".join(f"SELECT 1 FROM {_TABLE} WHERE {sql}" for sql, _ in conditions)  # noqa: S608
    cursor.execute("EXPLAIN (FORMAT JSON) " + sql, [p for _, params in conditions for p in params])
    plan = cursor.fetchone()[0]
    plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]
    return [part["Plan Rows"] for part in plan["Plans"]]


def _postgres(words, section, start, end, now, offset):
    # The cheap conditions first: the vector of a scheduled story, or of one in another
    # section, is never read.
    cheap, params = ["publish_at <= %s"], [now]
    if section is not None:
        # Not "= %s": the planner moves an equality after the other conditions (equivalence
        # classes), and the walk then read every vector before checking the section.
        cheap.append("section_id BETWEEN %s AND %s")
        params += [section, section]
    if start is not None:
        cheap.append("publish_at >= %s")
        params.append(start)
    if end is not None:
        cheap.append("publish_at < %s")
        params.append(end)
    cheap = " AND ".join(cheap)  # fixed fragments only; every value travels as a parameter
    match = "vector @@ to_tsquery('simple', %s)"
    tsquery = " & ".join(f"{w}:*" for w in words)
    with connection.cursor() as cursor:
        walk = _walk(*_estimates(cursor, [(match, [tsquery]), (cheap, params), ("true", [])]))
        if walk:
            planner = {"enable_bitmapscan": "off", "enable_seqscan": "off"}
            newest = f"SELECT article_id FROM {_TABLE} WHERE {cheap} AND {match}"  # noqa: S608
            newest_params = [*params, tsquery]
        else:  # the words' matches from the GIN index alone, then the rest
            planner = {"enable_indexscan": "off", "enable_seqscan": "off"}
            # No read-ahead: the pages are in memory, and asking the kernel for them again
            # cost 3 ms of 20 for a word in one story in five.
            planner["effective_io_concurrency"] = "0"
            every = f"SELECT article_id, section_id, publish_at FROM {_TABLE} WHERE {match}"  # noqa: S608
            newest = f"SELECT article_id FROM ({every} OFFSET 0) m WHERE {cheap}"  # noqa: S608
            newest_params = [tsquery, *params]
        # One message, so one round trip and one transaction (implicit, or the caller's):
        # only the chosen path open to the planner and a bound (at 1,000,000 stories a word
        # mix can take long whatever the path: canceled after POSTGRES_TIMEOUT_MS), then the
        # newest CANDIDATES matches and their rank (ranking reads each vector, so it runs on
        # those only), then the settings as they were, should the caller's transaction go on.
        ranked = (
            f"SELECT d.article_id, {RANK} FROM ({newest} ORDER BY article_id DESC LIMIT %s) c"  # noqa: S608
            f" JOIN {_TABLE} d ON d.article_id = c.article_id"
        )
        planner["statement_timeout"] = str(int(POSTGRES_TIMEOUT_MS))
        settings = ", ".join("set_config(%s, %s, true)" for _ in planner)
        statements = [f"SELECT {settings}", ranked, *(f"RESET {name}" for name in planner)]
        values = [x for setting in planner.items() for x in setting]
        # Inside the caller's transaction, a savepoint: a canceled search must not abort it.
        try:
            with transaction.atomic() if connection.in_atomic_block else nullcontext():
                cursor.execute(
                    "; ".join(statements), [*values, tsquery, *newest_params, CANDIDATES]
                )
                cursor.nextset()
                rows = cursor.fetchall()
        except OperationalError as error:
            cause = error.__cause__  # psycopg's error: 57014 is "canceled" (the bound)
            if "57014" in (getattr(cause, "sqlstate", None), getattr(cause, "pgcode", None)):
                raise SearchTooSlow from None
            raise  # anything else (the server gone) is not a slow search
    return _page([(pk, -rank) for pk, rank in rows], offset)
