"""Site search on the database the suite runs on (FTS5 on SQLite, full-text search on
PostgreSQL): ranking, snippets, filters, pages, index upkeep and hostile queries."""

from datetime import timedelta
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.distribution import search
from masthead.distribution.models import SearchDocument
from masthead.newsroom.models import Article, Byline
from masthead.testing import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

HOSTILE = [
    "",
    " ",
    "x" * 1000,
    "diplomacy " * 120,
    '"',
    '"unbalanced',
    "'",
    "a' OR '1'='1",
    "'; DROP TABLE newsroom_article; --",
    "1; SELECT * FROM auth_user",
    "NEAR(seoul tokyo, 2)",
    "seoul NEAR tokyo",
    "NEAR",
    "*",
    "seoul*",
    "**",
    "(",
    ")",
    "((seoul)",
    "seoul) OR (tokyo",
    "AND",
    "OR NOT",
    "seoul AND OR tokyo",
    "-seoul",
    "^seoul",
    "headline:seoul",
    "{headline body}: seoul",
    "!@#$%^&*()_+=[]{}|;:,.<>?/~`",
    "%",
    "_",
    "\\",
    "\x00",
    "seoul:* & tokyo | !x <-> y",
    "<script>alert(1)</script>",
    "한일 정상 (",
    "🚀🚀🚀",
    "\ue000marker\ue001",
]


def hits(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text() for a in soup.select(".search-results h2 a")]


@pytest.fixture
def stories(newsroom):
    economy = make_section("Economy")
    park = make_author("Park Min-ji")
    return {
        **newsroom,
        "economy": economy,
        "chips": make_article(
            "Chip exports hit a record",
            section=economy,
            authors=[park],
            body="Semiconductor shipments rose for the ninth month; Seoul cheered.",
            publish_at=timezone.now() - timedelta(days=40),
        ),
        "body_only": make_article(
            "Markets close higher",
            section=economy,
            body="Traders said shuttle diplomacy between the neighbours helped sentiment.",
        ),
    }


@pytest.mark.parametrize("query", HOSTILE)
def test_a_hostile_query_returns_a_page_never_an_error(client, stories, query):
    for params in ({"q": query}, {"q": query, "page": "2", "section": query, "from": query}):
        response = client.get("/search/", params)
        assert response.status_code == 200, query
        assert b"<h1>Search</h1>" in response.content


def test_the_engine_never_sees_query_syntax():
    assert search.terms('NEAR(seoul "tokyo"*) OR 1=1; --') == [
        "near",
        "seoul",
        "tokyo",
        "or",
        "1",
        "1",
    ]
    assert search.terms("x" * 1000) == ["x" * 40]
    assert len(search.terms("a " * 100)) == 8
    assert search.terms("_ * ( ) 🚀") == []


def test_it_finds_a_story_by_headline_dek_body_author_and_original_headline(client, stories):
    story = stories["story"].headline
    assert hits(client.get("/search/?q=shuttle")) == [story, "Markets close higher"]
    assert hits(client.get("/search/?q=first+time+year")) == [story]  # the standfirst
    assert hits(client.get("/search/?q=semiconductor")) == ["Chip exports hit a record"]
    assert hits(client.get("/search/?q=Park+Min-ji")) == ["Chip exports hit a record"]


def test_a_korean_query_finds_the_korean_original_headline(client, stories):
    assert hits(client.get("/search/", {"q": "셔틀 외교"})) == [stories["story"].headline]
    # A word found with its particle attached: "외교" in "외교를".
    make_article("Ministers talk", original_language="ko", original_headline="장관들, 외교를 논의")
    assert "Ministers talk" in hits(client.get("/search/", {"q": "외교"}))


def test_words_are_matched_as_prefixes_and_all_must_match(client, stories):
    assert hits(client.get("/search/?q=diplom")) == [
        stories["story"].headline,
        "Markets close higher",
    ]
    assert hits(client.get("/search/?q=shuttle+semiconductor")) == []


def test_a_headline_match_ranks_above_a_body_match(client, stories):
    make_article("Shuttle buses return", body="Nothing else.")
    results = hits(client.get("/search/?q=shuttle"))
    assert results.index("Shuttle buses return") < results.index("Markets close higher")


def test_snippets_mark_the_words_and_escape_everything_else(client, db):
    make_article(
        "Safe <b>headline</b> about rockets",
        dek="",
        body="Rockets & <script>alert('x')</script> launched; the rockets flew.",
    )
    response = client.get("/search/?q=rockets")
    soup = BeautifulSoup(response.content, "html.parser")
    result = soup.select_one(".search-results li")
    assert [m.get_text().lower() for m in result.select("h2 mark")] == ["rockets"]
    assert result.select_one("h2 a").get_text() == "Safe <b>headline</b> about rockets"
    assert "rockets" in [m.get_text().lower() for m in result.select(".snippet mark")]
    assert not result.select("script, b")
    assert b"<script>alert" not in response.content


def test_search_filters_by_section_and_date_range(client, stories):
    assert hits(client.get("/search/?q=seoul&section=economy")) == ["Chip exports hit a record"]
    assert stories["story"].headline in hits(client.get("/search/?q=seoul&section=asia"))
    old = (timezone.localdate() - timedelta(days=40)).isoformat()
    assert hits(client.get(f"/search/?q=seoul&from={old}&to={old}")) == [
        "Chip exports hit a record"
    ]
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    assert "Chip exports hit a record" not in hits(client.get(f"/search/?q=seoul&from={yesterday}"))
    # An unknown section or a date that is not a date is ignored, not an error.
    assert len(hits(client.get("/search/?q=seoul&section=nope&from=2024-99-99"))) == 2


def test_results_come_in_pages_of_twenty_keeping_the_query(client, db):
    section = make_section("Busy")
    for i in range(45):
        make_article(
            f"Harbour report {i}", section=section, publish_at=timezone.now() - timedelta(hours=i)
        )
    first = client.get("/search/?q=harbour&section=busy")
    soup = BeautifulSoup(first.content, "html.parser")
    assert len(hits(first)) == 20
    assert "45 stories found; page 1 of 3" in soup.select_one(".search-summary").get_text()
    following = soup.select_one(".pagination a[rel=next]")["href"]
    assert following == "?q=harbour&section=busy&page=2"
    third = client.get("/search/" + following.replace("page=2", "page=3"))
    assert len(hits(third)) == 5
    assert client.get("/search/?q=harbour&page=9").status_code == 200


def test_past_a_thousand_matches_it_stops_counting(client, db, monkeypatch):
    monkeypatch.setattr(search, "MAX_RESULTS", 3)
    for i in range(5):
        make_article(f"Lighthouse {i}")
    soup = BeautifulSoup(client.get("/search/?q=lighthouse").content, "html.parser")
    assert soup.select_one(".search-summary").get_text().startswith("More than 1,000 stories")


def test_a_very_common_word_ranks_its_newest_matches(client, db, monkeypatch):
    now = timezone.now()
    oldest = make_article("Harbour harbour harbour", publish_at=now - timedelta(days=9))
    for i in range(3):
        make_article(f"Story {i}", body="The harbour.", publish_at=now - timedelta(days=i))
    # Every match ranked: the headline match first.
    assert hits(client.get("/search/?q=harbour"))[0] == oldest.headline
    # Past CANDIDATES matches, only the newest CANDIDATES are ranked (bounded time).
    monkeypatch.setattr(search, "CANDIDATES", 3)
    found = hits(client.get("/search/?q=harbour"))
    assert sorted(found) == ["Story 0", "Story 1", "Story 2"]


def test_snippets_come_from_the_best_field_and_say_their_language(client, db):
    make_article(
        "Ministers meet",
        dek="",
        body="Nothing about it here.",
        original_language="ko",
        original_headline="장관들, 외교를 논의",
    )
    soup = BeautifulSoup(client.get("/search/", {"q": "외교"}).content, "html.parser")
    snippet = soup.select_one(".search-results .snippet")
    assert snippet["lang"] == "ko"
    assert [m.get_text() for m in snippet.select("mark")] == ["외교를"]
    make_article("Café society", dek="", body="A long day. " * 40 + "The café opened at noon.")
    soup = BeautifulSoup(client.get("/search/", {"q": "Café"}).content, "html.parser")
    snippet = soup.select_one(".search-results .snippet")
    assert not snippet.has_attr("lang")
    assert snippet.get_text().startswith("…")  # cut before the match, not the body's start
    assert [m.get_text() for m in snippet.select("mark")] == ["café"]
    assert [m.get_text() for m in soup.select(".search-results h2 mark")] == ["Café"]


def test_the_index_follows_publish_edit_and_withdraw(client, db):
    story = make_article("Draft about volcanoes", status=Article.Status.DRAFT)
    assert hits(client.get("/search/?q=volcanoes")) == []
    story.status = Article.Status.PUBLISHED
    story.save()
    assert hits(client.get("/search/?q=volcanoes")) == ["Draft about volcanoes"]
    story.headline = "Glaciers retreat"
    story.save()
    assert hits(client.get("/search/?q=volcanoes")) == []
    assert hits(client.get("/search/?q=glaciers")) == ["Glaciers retreat"]
    story.status = Article.Status.WITHDRAWN
    story.save()
    assert hits(client.get("/search/?q=glaciers")) == []
    assert not SearchDocument.objects.filter(pk=story.pk).exists()


def test_deleting_a_story_removes_it_from_the_index(client, db):
    story = make_article("Doomed story", authors=[make_author(), make_author()])
    story.delete()
    assert not SearchDocument.objects.filter(pk=story.pk).exists()
    Article.objects.filter(pk=make_article("Doomed too").pk).delete()
    assert hits(client.get("/search/?q=doomed")) == []
    assert SearchDocument.objects.count() == 0


def test_a_byline_or_an_author_rename_reaches_the_index(client, db):
    story = make_article("Quiet day")
    author = make_author("Choi Seo-yeon")
    Byline.objects.create(article=story, author=author, position=5)
    assert hits(client.get("/search/?q=choi")) == ["Quiet day"]
    Byline.objects.filter(article=story, author=author).delete()
    assert hits(client.get("/search/?q=choi")) == []
    Byline.objects.create(article=story, author=author, position=5)
    author.name = "Yoon Seo-yeon"
    author.save()
    assert hits(client.get("/search/?q=yoon")) == ["Quiet day"]
    assert hits(client.get("/search/?q=choi")) == []


def test_renaming_a_prolific_author_reindexes_in_bulk_and_a_bio_edit_not_at_all(
    client, db, django_assert_max_num_queries
):
    author = make_author("Choi Seo-yeon")
    for i in range(30):
        make_article(f"Dispatch {i}", authors=[author])
    author.bio = "Covers the Busan port."
    with django_assert_max_num_queries(3):  # the save and the name check: no indexing
        author.save()
    author.name = "Yoon Seo-yeon"
    with django_assert_max_num_queries(12):  # not 4 per story
        author.save()
    assert len(search.search("yoon").hits) == 20 and search.search("yoon").total == 30
    assert search.search("choi").total == 0


def test_a_new_search_costs_only_its_own_queries(client, stories):
    client.get("/search/?q=seoul")  # the sidebar's lists and the sections, cached
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/search/?q=diplom").status_code == 200
    statements = [
        q["sql"] for q in captured.captured_queries if "SAVEPOINT" not in q["sql"]
    ]  # the test's own transaction
    # The ranked ids with the count, the page's stories, their texts for the snippets (and
    # on PostgreSQL the planner's estimates and, with the ranking, the chosen path): the
    # sidebar is claimed from the cached lists, whatever the results.
    assert len(statements) == (4 if connection.vendor == "postgresql" else 3), statements


def test_a_scheduled_story_is_found_only_from_its_publish_time(client, db):
    make_article(
        "Embargoed budget",
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(hours=1),
    )
    assert hits(client.get("/search/?q=budget")) == []
    later = timezone.now() + timedelta(hours=2)
    assert [h.article.headline for h in search.search("budget", now=later).hits] == [
        "Embargoed budget"
    ]


def test_a_search_request_only_reads(client, stories):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/search/?q=seoul").status_code == 200
    writes = [
        q["sql"] for q in queries if q["sql"].split()[0].upper() in {"INSERT", "UPDATE", "DELETE"}
    ]
    assert writes == []


def test_rebuild_indexes_what_bulk_loads_wrote(client, db):
    story = make_article("Typhoon nears the coast")
    SearchDocument.objects.all().delete()
    assert hits(client.get("/search/?q=typhoon")) == []
    out = StringIO()
    call_command("rebuild_search", stdout=out)
    assert out.getvalue().startswith("Search index rebuilt: 1 stories in ")
    assert hits(client.get("/search/?q=typhoon")) == [story.headline]


def test_every_page_links_to_search(client, stories):
    soup = BeautifulSoup(client.get("/").content, "html.parser")
    assert soup.select_one(".site-search a")["href"] == "/search/"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement bound")
def test_a_search_the_engine_gives_up_on_says_so_with_a_hint(client, stories, monkeypatch):
    # A ranking that takes 50 ms a story against a 1 ms bound: canceled, whatever the plan.
    monkeypatch.setattr(search, "POSTGRES_TIMEOUT_MS", 1)
    monkeypatch.setattr(search, "RANK", f"(SELECT {search.RANK} FROM pg_sleep(0.05))")  # noqa: S608
    response = client.get("/search/?q=seoul")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "took too long" in soup.select_one("main").get_text()
    assert not soup.select(".search-summary, .search-results")
    monkeypatch.undo()
    assert hits(client.get("/search/?q=seoul"))  # the connection is usable afterwards


def test_a_snippet_shows_a_short_field_whole_and_cuts_a_long_one_around_the_words():
    from masthead.distribution import highlight

    short = "인천 앞바다 규모 4.6 지진…서울까지 흔들려"
    html, field = highlight.snippet(["", short], ["서울"])
    assert field == 1 and not html.startswith("…") and html.count("<mark>") == 1
    long = " ".join(f"w{i}" for i in range(100)) + " harbour " + "tail " * 3
    html, _ = highlight.snippet([long], ["harbour"])
    assert html.startswith("…") and "<mark>harbour</mark>" in html
    assert len(html.split()) == highlight.SNIPPET_WORDS  # a full window, not a stub


def test_marks_fold_case_and_accents_and_keep_words_and_syllables_whole():
    from masthead.distribution import highlight

    html = highlight.mark("Café CAFÉS décafé cafeteria_cafe", ["cafe"])
    assert html == (
        "<mark>Café</mark> <mark>CAFÉS</mark> décafé <mark>cafeteria</mark>_<mark>cafe</mark>"
    )
    # A Hangul syllable is one letter, as for both engines: "가" starts "가방", not "각".
    assert highlight.mark("각 가방", ["가"]) == "각 <mark>가방</mark>"
    assert highlight.mark("İstanbul <b>", ["ist"]) == "<mark>İstanbul</mark> &lt;b&gt;"


def test_a_snippet_of_a_long_body_is_cut_around_its_words_wherever_they_are():
    from masthead.distribution import highlight

    words = [f"w{i}" for i in range(3000)]
    middle = " ".join(words[:1500] + ["harbour"] + words[1500:])
    html, _ = highlight.snippet([middle], ["harbour"])
    shown = html.split()
    assert shown[0] == "…w1495" and shown[5] == "<mark>harbour</mark>" and html.endswith("…")
    assert len(shown) == highlight.SNIPPET_WORDS
    end = " ".join(words + ["harbour"])
    html, _ = highlight.snippet([end], ["harbour"])
    assert html.startswith("…") and html.endswith("<mark>harbour</mark>")
    assert len(html.split()) == highlight.SNIPPET_WORDS
    # The densest stretch wins over a lone early match.
    dense = " ".join(["harbour"] + words[:1000] + ["harbour ships harbour"] + words[1000:])
    html, _ = highlight.snippet([dense], ["harbour"])
    assert html.count("<mark>") == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's two paths")
@pytest.mark.parametrize("walk", [True, False], ids=["walk", "index"])
def test_both_postgresql_paths_rank_the_same_newest_matches(client, db, monkeypatch, walk):
    now = timezone.now()
    news, other = make_section("News"), make_section("Other")
    make_article("Harbour harbour", section=news, publish_at=now - timedelta(days=9))
    for i in range(4):
        make_article(
            f"Story {i}", section=news, body="The harbour.", publish_at=now - timedelta(days=i)
        )
    make_article("Harbour elsewhere", section=other)
    make_article(
        "Harbour tomorrow",
        section=news,
        status=Article.Status.SCHEDULED,
        publish_at=now + timedelta(days=1),
    )
    monkeypatch.setattr(search, "_walk", lambda *estimates: walk)
    assert hits(client.get("/search/?q=harbour"))[:2] == ["Harbour harbour", "Harbour elsewhere"]
    assert hits(client.get("/search/", {"q": "harbour", "section": news.slug}))[0] == (
        "Harbour harbour"
    )
    monkeypatch.setattr(search, "CANDIDATES", 3)
    found = hits(client.get("/search/", {"q": "harbour", "section": news.slug}))
    assert sorted(found) == ["Story 1", "Story 2", "Story 3"]  # the newest 3, not tomorrow's


def test_postgresql_walks_for_a_common_word_and_takes_the_index_for_a_rare_one():
    stories = 100_000
    assert search._walk(70_000, stories, stories)  # "korea": 1,430 vectors read
    assert not search._walk(9_000, stories, stories)  # "president": 11,100 vectors
    assert not search._walk(50, stories, stories)
    assert not search._walk(0, stories, stories)
    # One section in eight: the walk passes over seven stories for each it reads.
    assert search._walk(60_000, 12_500, stories)
    assert not search._walk(20_000, 12_500, stories)
