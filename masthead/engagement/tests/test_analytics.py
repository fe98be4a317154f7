"""Analytics in the desk: an article's 30 days, its rank today, top stories, CSV, home."""

import csv
import io
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib import admin
from django.db.models import F
from django.test import override_settings
from django.urls import reverse

from masthead.engagement import analytics
from masthead.engagement.admin import AnalyticsAdmin
from masthead.engagement.models import DailyViews, HourlyViews, RecentVisit, ViewTotal
from masthead.newsroom.models import Article
from masthead.testing import make_article, make_author, make_section, make_user, make_views

pytestmark = pytest.mark.django_db

# Mid-afternoon UTC: 15 hours of today are behind us, so "hours_ago" lands on known days.
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
TODAY = date(2026, 11, 27)
TOP_URL = reverse("admin:engagement_top_stories")


def days_ago(days, hour=12):
    """``hours_ago`` for make_views: ``hour`` o'clock (UTC) ``days`` days before today."""
    return days * 24 + (15 - hour)


def roll_up_before(day):
    """What the roll-up job does to buckets older than the retention: move them into
    daily buckets (done by hand here, so these tests only test the reading side)."""
    old = HourlyViews.objects.filter(hour__lt=analytics.start_of(day))
    for bucket in old:
        daily, _ = DailyViews.objects.get_or_create(
            article_id=bucket.article_id, day=bucket.hour.astimezone(UTC).date()
        )
        DailyViews.objects.filter(pk=daily.pk).update(views=F("views") + bucket.views)
    old.delete()


def analytics_url(article):
    return reverse("admin:engagement_article_analytics", args=[article.pk])


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def table_rows(response, table_id="top-stories"):
    """[(rank, headline, section, views, total)] of the top-stories table."""
    table = soup(response).find(id=table_id)
    if table is None:
        return []
    rows = []
    for tr in table.tbody.find_all("tr"):
        cells = [c for c in tr.find_all(["td", "th"], recursive=False)]
        rank, headline, section, views, total = cells
        rows.append(
            (
                int(rank.text),
                headline.a.text,
                section.text,
                int(views.text.replace(",", "")),
                int(total.text.replace(",", "")),
            )
        )
    return rows


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def editor(client):
    user = make_user("editor", "Editor")
    client.force_login(user)
    return user


@pytest.fixture
def writer():
    return make_user("writer", "Writer")


# --- one article -----------------------------------------------------------------------
@pytest.fixture
def story():
    """Views on known UTC days, around both midnights that bound the 30-day window."""
    article = make_article("Seoul and Tokyo resume talks")
    make_views(article, 5, hours_ago=0)  # today 15:00
    make_views(article, 3, hours_ago=15)  # today 00:00
    make_views(article, 7, hours_ago=16)  # yesterday 23:00
    make_views(article, 2, hours_ago=days_ago(10))  # 17 November
    make_views(article, 11, hours_ago=days_ago(29, hour=0))  # 29 October 00:00, first day
    make_views(article, 100, hours_ago=days_ago(29, hour=0) + 1)  # 28 October 23:00: too old
    make_views(make_article(), 40, hours_ago=0)  # another story's views are not its views
    return article


def test_daily_views_cover_thirty_utc_days_ending_today(story):
    points = analytics.daily_views(story.pk)

    assert len(points) == 30
    assert points[0] == (date(2026, 10, 29), 11)
    assert points[-1] == (TODAY, 8)
    assert points[-2] == (date(2026, 11, 26), 7)
    assert dict(points)[date(2026, 11, 17)] == 2
    assert sum(views for _, views in points) == 11 + 2 + 7 + 8
    assert [day for day, _ in points] == [TODAY - timedelta(days=29 - i) for i in range(30)]


@override_settings(MASTHEAD_HOURLY_RETENTION_DAYS=2)
def test_daily_views_add_days_already_rolled_up_into_daily_buckets(story):
    before = analytics.daily_views(story.pk)

    roll_up_before(TODAY - timedelta(days=2))

    assert DailyViews.objects.filter(article=story).exists()
    assert analytics.daily_views(story.pk) == before


def test_the_chart_is_an_accessible_svg_with_thirty_bars_and_a_table(client, editor, story):
    response = client.get(analytics_url(story))

    assert response.status_code == 200
    page = soup(response)
    [svg] = page.select("figure svg")
    assert svg["role"] == "img"
    assert svg.title.text == "Views per day, last 30 days: Seoul and Tokyo resume talks"
    assert "29 October 2026 to 27 November 2026" in svg.desc.text
    assert set(svg["aria-labelledby"].split()) == {svg.title["id"], svg.desc["id"]}
    bars = svg.find_all("rect", class_="bar")
    assert len(bars) == 30
    values = {bar["data-day"]: int(bar["data-views"]) for bar in bars}
    assert values["2026-10-29"] == 11
    assert values["2026-11-17"] == 2
    assert values["2026-11-26"] == 7
    assert values["2026-11-27"] == 8
    assert sum(values.values()) == 28
    assert "today" in bars[-1]["class"]
    # The tallest bar reaches the top gridline; an empty day has no height.
    assert float(next(b for b in bars if b["data-day"] == "2026-11-17")["height"]) > 0
    assert float(next(b for b in bars if b["data-day"] == "2026-11-01")["height"]) == 0
    # The same numbers, for screen readers and anyone who wants them, in a table.
    table = page.find("details").find("table")
    rows = {tr.th.time["datetime"]: int(tr.td.text) for tr in table.tbody.find_all("tr")}
    assert rows == values
    assert response["Cache-Control"].startswith("max-age=0")


def test_the_article_page_shows_the_exact_total_pending_views_included(client, editor, story):
    RecentVisit.objects.create(visitor="a" * 32, article=story, counted_at=NOW, pending=4)

    response = client.get(analytics_url(story))

    folded = ViewTotal.objects.get(article=story).views
    assert soup(response).find(id="total-views").text == f"{folded + 4:,}"
    assert folded + 4 == 132


def test_the_article_page_says_where_the_story_ranks_today(client, editor):
    first, second, story, fourth = (make_article() for _ in range(4))
    for article, views in [(first, 50), (second, 40), (story, 30), (fourth, 10)]:
        make_views(article, views, hours_ago=2)
    make_views(make_article(), 500, hours_ago=16)  # read yesterday only: not in today's race

    rank = analytics.rank_today(story.pk)
    response = client.get(analytics_url(story))

    assert rank == analytics.Rank(views=30, rank=3, of=4)
    text = " ".join(soup(response).find(id="rank-today").text.split())
    assert text == "30 3rd of 4 stories read today"


def test_a_story_not_read_today_has_no_rank(client, editor):
    story = make_article()
    make_views(story, 9, hours_ago=16)
    make_views(make_article(), 3, hours_ago=1)

    response = client.get(analytics_url(story))

    assert analytics.rank_today(story.pk) == analytics.Rank(views=0, rank=None, of=1)
    assert "not read yet today (1 story read)" in soup(response).find(id="rank-today").text


def test_the_rank_today_is_the_storys_row_in_the_top_stories_table(client, editor):
    older, newer, other = make_article(), make_article(), make_article()
    make_views(older, 20, hours_ago=1)
    make_views(newer, 20, hours_ago=3)
    make_views(other, 25, hours_ago=0)

    rows = table_rows(client.get(TOP_URL))

    assert [r[1] for r in rows] == [other.headline, newer.headline, older.headline]
    assert analytics.rank_today(newer.pk).rank == 2
    assert analytics.rank_today(older.pk).rank == 3


def test_the_change_form_links_to_the_articles_analytics(client, editor, story):
    response = client.get(reverse("admin:newsroom_article_change", args=[story.pk]))

    assert response.status_code == 200
    assert f'href="{analytics_url(story)}"' in response.content.decode()


# --- top stories -----------------------------------------------------------------------
@pytest.fixture
def newsroom():
    """Stories read in different periods and sections (one hidden by a withdrawal)."""
    asia, politics = make_section("Asia"), make_section("Politics")
    stories = {
        "today": make_article("Read today", section=asia),
        "week": make_article("Read this week", section=politics),
        "month": make_article("Read this month", section=asia),
        "withdrawn": make_article("Withdrawn later", section=politics),
        "old": make_article("Read long ago", section=asia),
    }
    make_views(stories["today"], 10, hours_ago=0)
    make_views(stories["today"], 1, hours_ago=days_ago(3))
    make_views(stories["week"], 100, hours_ago=days_ago(6, hour=0))  # first day of 7
    make_views(stories["week"], 9, hours_ago=days_ago(7, hour=23))  # the day before
    make_views(stories["month"], 1000, hours_ago=days_ago(20))
    make_views(stories["withdrawn"], 5, hours_ago=1)
    Article.objects.filter(pk=stories["withdrawn"].pk).update(status=Article.Status.WITHDRAWN)
    DailyViews.objects.create(article=stories["old"], day=TODAY - timedelta(days=40), views=7)
    ViewTotal.objects.create(article=stories["old"], views=7)
    return stories


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("today", [("Read today", 10), ("Withdrawn later", 5)]),
        ("7d", [("Read this week", 100), ("Read today", 11), ("Withdrawn later", 5)]),
        (
            "30d",
            [
                ("Read this month", 1000),
                ("Read this week", 109),
                ("Read today", 11),
                ("Withdrawn later", 5),
            ],
        ),
    ],
)
def test_top_stories_rank_the_views_of_each_period(client, editor, newsroom, period, expected):
    response = client.get(TOP_URL, {"period": period})

    assert response.status_code == 200
    rows = table_rows(response)
    assert [(r[1], r[3]) for r in rows] == expected
    assert [r[0] for r in rows] == list(range(1, len(expected) + 1))


def test_top_stories_filter_by_section(client, editor, newsroom):
    response = client.get(TOP_URL, {"period": "30d", "section": "asia"})

    rows = table_rows(response)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Read this month", "Asia", 1000),
        ("Read today", "Asia", 11),
    ]
    assert soup(response).h1.text == "Top stories — 30 days in Asia"


def test_top_stories_show_the_total_and_link_the_desk_and_the_live_page(client, editor, newsroom):
    response = client.get(TOP_URL, {"period": "7d"})

    rows = table_rows(response)
    assert rows[0] == (1, "Read this week", "Politics", 100, 109)
    story = newsroom["week"]
    row = soup(response).find(id="top-stories").tbody.tr
    hrefs = [a["href"] for a in row.find_all("a")]
    assert reverse("admin:newsroom_article_change", args=[story.pk]) in hrefs
    assert story.get_absolute_url() in hrefs
    assert analytics_url(story) in hrefs
    withdrawn = soup(response).find(id="top-stories").tbody.find_all("tr")[2]
    assert newsroom["withdrawn"].get_absolute_url() not in str(withdrawn)
    assert "withdrawn" in withdrawn.text


@override_settings(MASTHEAD_HOURLY_RETENTION_DAYS=2)
def test_top_stories_add_days_already_rolled_up(client, editor, newsroom):
    roll_up_before(TODAY - timedelta(days=2))

    rows = table_rows(client.get(TOP_URL, {"period": "30d"}))

    assert [(r[1], r[3]) for r in rows] == [
        ("Read this month", 1000),
        ("Read this week", 109),
        ("Read today", 11),
        ("Withdrawn later", 5),
    ]


def test_top_stories_say_so_when_nothing_was_read(client, editor):
    response = client.get(TOP_URL)

    assert response.status_code == 200
    assert "No views today yet." in " ".join(soup(response).text.split())


@pytest.mark.parametrize("query", [{"period": "year"}, {"section": "nowhere"}])
def test_top_stories_answer_404_to_an_unknown_filter(client, editor, query):
    assert client.get(TOP_URL, query).status_code == 404


def test_the_app_list_entry_opens_top_stories(client, editor):
    response = client.get(reverse("admin:engagement_viewtotal_changelist"))

    assert response.status_code == 200
    assert response.templates[0].name == "admin/engagement/top_stories.html"


# --- CSV -------------------------------------------------------------------------------
def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # so that Excel reads UTF-8
    return list(csv.reader(io.StringIO(text[1:])))


def test_top_stories_download_as_csv(client, editor, newsroom):
    response = client.get(TOP_URL, {"period": "7d", "section": "politics", "format": "csv"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="top-stories-7d-politics-2026-11-27.csv"'
    )
    story = newsroom["week"]
    assert read_csv(response) == [
        ["rank", "article id", "headline", "section", "views in period", "total views", "url"],
        [
            "1",
            str(story.pk),
            "Read this week",
            "Politics",
            "100",
            "109",
            f"http://testserver{story.get_absolute_url()}",
        ],
        ["2", str(newsroom["withdrawn"].pk), "Withdrawn later", "Politics", "5", "5", ""],
    ]


def test_the_csv_keeps_headlines_in_any_script_and_defuses_formulas(client, editor):
    section = make_section("=Opinion")
    headlines = [
        '=HYPERLINK("http://evil.example","Click")',
        "+1 for the budget",
        "-10% in Seoul",
        "@everyone look",
        "한미 정상회담, 서울서 개최",
        'A plain, "quoted" headline',
    ]
    for views, headline in enumerate(headlines, 1):
        make_views(make_article(headline, section=section), views * 10, hours_ago=1)

    rows = read_csv(client.get(TOP_URL, {"format": "csv"}))[1:]

    by_headline = {row[2]: row for row in rows}
    assert set(by_headline) == {
        '\'=HYPERLINK("http://evil.example","Click")',
        "'+1 for the budget",
        "'-10% in Seoul",
        "'@everyone look",
        "한미 정상회담, 서울서 개최",
        'A plain, "quoted" headline',
    }
    assert {row[3] for row in rows} == {"'=Opinion"}


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("Plain = text", "Plain = text"),
        ("", ""),
        (42, 42),
    ],
)
def test_safe_cell_quotes_what_a_spreadsheet_would_run(value, safe):
    assert analytics.safe_cell(value) == safe


# --- the desk's home -------------------------------------------------------------------
def test_the_desk_home_shows_todays_top_ten_and_views_per_section(client, editor):
    asia, politics, sport = make_section("Asia"), make_section("Politics"), make_section("Sport")
    stories = []
    for n in range(12):
        story = make_article(f"Story {n:02d}", section=asia if n % 2 else politics)
        make_views(story, 10 + n, hours_ago=n % 15)
        make_views(story, 1000, hours_ago=16)  # yesterday: not today's news
        stories.append(story)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    page = soup(response)
    top = page.find(id="top-today").tbody.find_all("tr")
    assert [tr.th.a.text for tr in top] == [f"Story {n:02d}" for n in range(11, 1, -1)]
    assert top[0].th.a["href"] == analytics_url(stories[11])
    totals = {
        tr.th.text.strip(): int(tr.td.text.replace(",", ""))
        for tr in page.find(id="section-totals").tbody.find_all("tr")
    }
    assert totals == {
        "Asia": sum(10 + n for n in range(1, 12, 2)),
        "Politics": sum(10 + n for n in range(0, 12, 2)),
        "Sport": 0,
    }
    assert page.find(id="views-today").text == f"{sum(range(10, 22)):,}"
    assert sport.name in page.find(id="section-totals").text
    assert page.find(id="content-main").find(class_="app-newsroom")  # the app list stays


def test_the_desk_home_of_a_writer_shows_no_numbers(client, writer):
    make_views(make_article(), 10, hours_ago=1)
    client.force_login(writer)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    assert soup(response).find(id="desk-analytics") is None


def test_the_desk_home_stays_within_a_query_budget(client, editor, django_assert_max_num_queries):
    for n in range(30):
        make_views(make_article(), n + 1, hours_ago=1)

    # Session, user and permissions (4), the site context (2, cold cache), the
    # recent-actions log, then sections, views per section, the ranking and the articles.
    with django_assert_max_num_queries(12):
        client.get(reverse("admin:index"))


# --- who may see what ------------------------------------------------------------------
def test_anonymous_visitors_are_sent_to_the_login_page(client):
    story = make_article()

    for url in (TOP_URL, f"{TOP_URL}?format=csv", analytics_url(story)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login") + "?next=")


def test_writers_see_the_analytics_of_their_own_stories_only(client, writer):
    own = make_article(created_by=writer)
    bylined = make_article(authors=[make_author("Writer on the byline", user=writer)])
    someone_elses = make_article()
    client.force_login(writer)

    assert client.get(analytics_url(own)).status_code == 200
    assert client.get(analytics_url(bylined)).status_code == 200
    assert client.get(analytics_url(someone_elses)).status_code == 403
    assert client.get(TOP_URL).status_code == 403
    assert client.get(TOP_URL, {"format": "csv"}).status_code == 403


def test_staff_without_the_view_permission_see_no_analytics(client):
    client.force_login(make_user("intern"))

    assert client.get(TOP_URL).status_code == 403
    assert client.get(analytics_url(make_article())).status_code == 403


def test_an_unknown_article_is_a_404(client, editor):
    assert (
        client.get(reverse("admin:engagement_article_analytics", args=[999999])).status_code == 404
    )


@pytest.mark.parametrize("group", ["Editor", "Admin"])
def test_nobody_adds_changes_or_deletes_view_totals_through_the_desk(rf, group):
    user = make_user(f"someone-{group}", group)
    story = make_article()
    make_views(story, 3)
    request = rf.get("/")
    request.user = user
    model_admin = AnalyticsAdmin(ViewTotal, admin.site)

    assert model_admin.has_view_permission(request)
    assert not model_admin.has_add_permission(request)
    assert not model_admin.has_change_permission(request, ViewTotal.objects.get())
    assert not model_admin.has_delete_permission(request, ViewTotal.objects.get())


def test_the_desk_has_no_add_change_or_delete_pages_for_view_totals(client):
    client.force_login(make_user("boss", "Admin"))
    story = make_article()
    make_views(story, 3)
    base = reverse("admin:engagement_viewtotal_changelist")

    for suffix in ("add/", f"{story.pk}/change/", f"{story.pk}/delete/"):
        assert client.get(base + suffix).status_code == 404
    response = client.post(base, {"action": "delete_selected", "_selected_action": [story.pk]})
    assert response.status_code == 405
    assert ViewTotal.objects.filter(article=story).exists()


# --- query budget ----------------------------------------------------------------------
@pytest.mark.parametrize("stories", [3, 40])
@pytest.mark.parametrize("period", ["today", "30d"])
def test_top_stories_stay_within_a_query_budget_whatever_the_number_of_rows(
    client, editor, django_assert_max_num_queries, stories, period
):
    section = make_section("Asia")
    for n in range(stories):
        make_views(make_article(section=section), n + 1, hours_ago=n % 15)
        make_views(make_article(section=section), n + 1, hours_ago=days_ago(10))

    # Session, user and permissions (4), the site context (2, cold cache), then
    # sections, the ranking and the articles; the CSV renders no template.
    with django_assert_max_num_queries(10):
        response = client.get(TOP_URL, {"period": period, "section": "asia"})
    with django_assert_max_num_queries(8):
        client.get(TOP_URL, {"period": period, "format": "csv"})

    assert len(table_rows(response)) == (stories if period == "today" else 2 * stories)
