"""``masthead demo``: the demo newsroom it builds, and how it behaves when run again."""

import random
import re
import string
from collections import Counter
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db.models import Count, Sum
from django.utils import timezone
from PIL import Image

from masthead.engagement import api as engagement
from masthead.engagement.jobs import roll_up_hours
from masthead.engagement.models import DailyViews, HourlyViews, ViewTotal
from masthead.lib.markup import render_markdown
from masthead.newsroom.demo import context, headlines, lineup, prose, vocab
from masthead.newsroom.demo.build import plan
from masthead.newsroom.models import (
    Article,
    Author,
    Correction,
    MustRead,
    OldSlug,
    Section,
    Tag,
)
from masthead.testing import make_article, make_author, make_must_read

HANGUL = re.compile("[\uac00-\ud7a3]")
MARKDOWN_SPECIAL = set("*_<>&[]#|~{}`\\")
MARKDOWN_MARKERS = {"##", ">", "-"}
SMALL = 60


@pytest.fixture(autouse=True)
def _demo_settings(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # The demo hashes three passwords per build; the default hasher is slow on purpose.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def demo(*args):
    out = StringIO()
    call_command("demo", *args, stdout=out)
    return out.getvalue()


def newsroom_snapshot():
    return list(
        Article.objects.order_by("id").values_list(
            "headline", "slug", "dek", "body", "original_headline", "section__slug", "status"
        )
    )


def plain_words(body):
    return len([w for w in body.split() if w not in MARKDOWN_MARKERS])


@pytest.mark.django_db
def test_it_builds_the_promised_newsroom():
    output = demo("--articles", str(SMALL), "--seed", "7")

    assert f"{SMALL} articles" in output and output.count("\n") == 1
    assert Section.objects.count() >= 6
    assert Author.objects.count() >= 12
    assert Tag.objects.count() >= 30
    assert Article.objects.count() == SMALL
    assert all(a.email.endswith("@masthead.example") and a.bio for a in Author.objects.all())

    translated = Article.objects.exclude(original_headline="")
    assert SMALL * 0.2 <= translated.count() <= SMALL * 0.47
    for article in translated:
        assert HANGUL.search(article.original_headline)
        assert article.original_language == "ko"
        assert article.source_name
        assert article.source_url.startswith("https://example.kr/")

    scheduled = Article.objects.filter(status=Article.Status.SCHEDULED)
    assert scheduled.exists()
    now = timezone.now()
    for article in scheduled:
        assert now < article.publish_at <= now + timedelta(days=3)
    assert not Article.objects.published().filter(pk__in=scheduled).exists()
    assert Article.objects.filter(status=Article.Status.DRAFT).exists()
    assert Article.objects.filter(status=Article.Status.REVIEW).exists()
    oldest = now - timedelta(days=60, minutes=1)
    assert not Article.objects.published().filter(publish_at__lt=oldest).exists()

    assert Correction.objects.exists()
    assert MustRead.objects.count() == 5
    assert not MustRead.objects.exclude(article__in=Article.objects.published()).exists()
    assert ViewTotal.objects.count() == Article.objects.published().count() + (
        Article.objects.filter(status=Article.Status.WITHDRAWN).count()
    )

    for article in Article.objects.prefetch_related("bylines", "tags"):
        positions = [b.position for b in article.bylines.all()]
        assert positions and positions == list(range(len(positions)))
        assert 1 <= len(article.tags.all()) <= 3
        assert 300 <= len(article.body.split()) <= 900
        assert 300 <= plain_words(article.body) <= 900
        assert article.dek and article.body_html
        if article.status in (Article.Status.PUBLISHED, Article.Status.SCHEDULED):
            assert article.first_published_at == article.publish_at
        else:
            assert article.publish_at is None and article.first_published_at is None


@pytest.mark.django_db
def test_the_stored_html_is_what_render_markdown_makes_of_the_body():
    demo("--articles", str(SMALL), "--seed", "11")

    for body, body_html in Article.objects.values_list("body", "body_html"):
        assert render_markdown(body) == body_html


def test_the_fast_renderer_agrees_with_render_markdown_on_many_bodies():
    rng = random.Random(2024)
    sections = [(slug, ministry) for _name, slug, _desc, _weight, ministry in vocab.SECTIONS]
    constructs = set()
    for i in range(200):
        slug, ministry = sections[i % len(sections)]
        *_, body, body_html, _ctx = prose.write_story(
            rng, slug, ministry, "Saenal Ilbo", i % 3 == 0
        )
        assert render_markdown(body) == body_html
        assert not MARKDOWN_SPECIAL & set(body.replace("## ", "").replace("> ", ""))
        constructs.update(tag for tag in ("<h2>", "<blockquote>", "<ul>") if tag in body_html)
    assert constructs == {"<h2>", "<blockquote>", "<ul>"}


@pytest.mark.django_db
def test_the_same_seed_writes_the_same_newsroom_and_another_seed_does_not():
    demo("--articles", "30", "--seed", "5")
    first = newsroom_snapshot()
    demo("--articles", "30", "--seed", "5")
    assert newsroom_snapshot() == first

    demo("--articles", "30", "--seed", "6")
    other = newsroom_snapshot()
    assert [row[0] for row in other] != [row[0] for row in first]
    assert [row[3] for row in other] != [row[3] for row in first]


@pytest.mark.django_db
def test_if_empty_leaves_an_existing_newsroom_alone():
    article = make_article(headline="An editor's own story")

    output = demo("--if-empty")

    assert "already" in output and output.count("\n") == 1
    assert list(Article.objects.values_list("pk", "headline")) == [
        (article.pk, "An editor's own story")
    ]
    assert not get_user_model().objects.filter(username="editor").exists()


@pytest.mark.django_db
def test_if_empty_builds_the_demo_when_there_are_no_articles():
    demo("--if-empty", "--articles", "25")

    assert Article.objects.count() == 25


@pytest.mark.django_db
def test_running_it_again_replaces_every_trace_of_the_old_newsroom():
    old = make_article(headline="Yesterday's news", authors=[make_author("Old Hand")])
    Correction.objects.create(article=old, note="Fixed a name.")
    make_must_read(old)
    OldSlug.objects.create(slug="yesterdays-news-old", article=old)
    ViewTotal.objects.create(article=old, views=99)
    old.tags.add(Tag.objects.create(name="old tag", slug="old-tag"))

    demo("--articles", "25")
    demo("--articles", "25")

    assert Article.objects.count() == 25
    assert not Article.objects.filter(headline="Yesterday's news").exists()
    assert not Author.objects.filter(name="Old Hand").exists()
    assert not Tag.objects.filter(slug="old-tag").exists()
    assert not OldSlug.objects.exists()
    assert not ViewTotal.objects.filter(views=99, article_id=old.pk).exists()
    assert Article.history.count() == 0
    assert Section.objects.count() == len(vocab.SECTIONS)


@pytest.mark.django_db
def test_lead_images_are_drawn_on_disk_and_described_honestly(settings):
    demo("--articles", str(SMALL))

    folder = settings.MEDIA_ROOT / "demo"
    files = sorted(folder.glob("*.jpg"))
    assert len(files) == 24
    with Image.open(files[0]) as image:
        assert image.size == (1200, 675) and image.format == "JPEG"
    with_image = Article.objects.exclude(lead_image_url="").select_related("section")
    assert with_image.count() >= SMALL * 0.8
    for article in with_image:
        name = article.lead_image_url.removeprefix(settings.MEDIA_URL + "demo/")
        assert (folder / name).is_file()
        assert article.lead_image_alt.startswith("Abstract illustration")
        assert f"the {article.section.name} section" in article.lead_image_alt
        assert article.lead_image_caption


@pytest.mark.django_db
def test_demo_users_can_log_in_and_have_their_desk_roles(client):
    demo("--articles", "25", "--password", "correct horse")

    User = get_user_model()
    for username, group in [("admin", "Admin"), ("editor", "Editor"), ("writer", "Writer")]:
        user = User.objects.get(username=username)
        assert user.is_staff and user.is_active
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert client.login(username=username, password="correct horse")
        client.logout()
    assert User.objects.get(username="admin").is_superuser
    assert not User.objects.get(username="editor").is_superuser
    writer = User.objects.get(username="writer")
    assert writer.author.slug == vocab.WRITER_AUTHOR_SLUG
    assert writer.has_perm("newsroom.add_article")
    assert not writer.has_perm("newsroom.publish_article")
    assert User.objects.get(username="editor").has_perm("newsroom.publish_article")
    assert Article.objects.filter(created_by=writer, status=Article.Status.DRAFT).exists()


@pytest.mark.django_db
def test_running_it_twice_resets_the_demo_users_password(client):
    demo("--articles", "20", "--password", "first")
    demo("--articles", "20", "--password", "second")

    assert get_user_model().objects.filter(username="editor").count() == 1
    assert not client.login(username="editor", password="first")
    assert client.login(username="editor", password="second")


@pytest.mark.django_db
def test_view_totals_have_a_long_tail_and_favour_recent_stories():
    demo("--articles", "200", "--seed", "3")

    views = sorted(ViewTotal.objects.values_list("views", flat=True))
    median = views[len(views) // 2]
    assert views[0] > 0
    assert views[-1] >= 5 * median
    week_ago = timezone.now() - timedelta(days=7)

    def median_views(**filters):
        rows = sorted(ViewTotal.objects.filter(**filters).values_list("views", flat=True))
        return rows[len(rows) // 2]

    recent = median_views(article__publish_at__gte=week_ago)
    older = median_views(article__publish_at__lt=week_ago - timedelta(days=21))
    assert recent > 2 * older


def bucket_sums(model):
    rows = model.objects.values_list("article_id").annotate(n=Sum("views")).order_by()
    return dict(rows)


@pytest.mark.django_db
def test_every_view_total_is_the_sum_of_its_hourly_and_daily_buckets():
    now = datetime(2026, 3, 10, 14, 25, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        output = demo("--articles", "150", "--seed", "4")

    hourly, daily = bucket_sums(HourlyViews), bucket_sums(DailyViews)
    totals = dict(ViewTotal.objects.values_list("article_id", "views"))
    assert totals and all(totals.values())
    assert {pk: hourly.get(pk, 0) + daily.get(pk, 0) for pk in totals} == totals
    assert set(hourly) | set(daily) == set(totals)
    assert f"{HourlyViews.objects.count()} hourly and {DailyViews.objects.count()} daily" in output

    # Hours of the last 30 days (from midnight, as flush-views keeps them), days before.
    cutoff = datetime(2026, 2, 8, tzinfo=UTC)
    published = dict(Article.objects.exclude(publish_at=None).values_list("pk", "publish_at"))
    for pk, hour, _views in HourlyViews.objects.values_list("article_id", "hour", "views"):
        assert hour.minute == hour.second == hour.microsecond == 0
        assert max(cutoff, published[pk] - timedelta(hours=1)) <= hour <= now
    for pk, day in DailyViews.objects.values_list("article_id", "day"):
        assert published[pk].date() <= day < cutoff.date()
    assert DailyViews.objects.exists() and not HourlyViews.objects.filter(views=0).exists()
    with time_machine.travel(now, tick=False):
        assert roll_up_hours(now) == 0  # nothing for flush-views to move: already consistent

    rows = HourlyViews.objects.values("article_id").annotate(n=Count("id")).order_by("-n")
    assert rows[0]["n"] <= 48


@pytest.mark.django_db
def test_a_story_is_read_most_in_its_first_day():
    demo("--articles", "400", "--seed", "1")

    now = timezone.now()
    first_day = later = 0
    stories = Article.objects.published().filter(
        publish_at__lt=now - timedelta(days=3), publish_at__gt=now - timedelta(days=25)
    )
    published = dict(stories.values_list("pk", "publish_at"))
    for pk, hour, views in HourlyViews.objects.filter(article__in=stories).values_list(
        "article_id", "hour", "views"
    ):
        if hour < published[pk] + timedelta(hours=24):
            first_day += views
        else:
            later += views
    assert first_day > later


@pytest.mark.django_db
def test_popular_now_is_full_on_the_demo_and_on_its_home_page(client):
    demo("--articles", "400", "--seed", "1")

    ids = engagement.popular()
    assert len(ids) == 5 == len(set(ids))
    assert Article.objects.published().filter(pk__in=ids).count() == 5
    assert len(engagement.most_viewed(days=7, limit=5)) == 5

    response = client.get("/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select("[data-list=popular] li a")) == 5
    assert len(soup.select("[data-list=must-reads] li a")) == 5


@pytest.mark.django_db
def test_it_refuses_a_newsroom_of_no_articles():
    with pytest.raises(CommandError):
        call_command("demo", "--articles", "0")


# Story types and the lineup: the newsroom must not look templated.

SLOT_ALIASES = {"small_word": "small_n", "small_word_cap": "small_n", "small_ordinal": "small_n",
                "sport_cap": "sport", "produce_cap": "produce", "pair": "country"}  # fmt: skip


def slots(template):
    """The facts a template mentions: "{city}" and "{city_ko:은}" both give "city"."""
    names = set()
    for _text, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None:
            name = field.split(":")[0].removesuffix("_ko")
            names.add(SLOT_ALIASES.get(name, name))
    return names


def section_slugs():
    return [slug for _name, slug, *_rest in vocab.SECTIONS]


def test_every_section_has_many_distinct_story_types():
    assert set(headlines.STORIES) == set(section_slugs())
    for slug, types in headlines.STORIES.items():
        assert len(types) >= 25, slug
        assert len({t.name for t in types}) == len(types)
        assert len({t.headline for t in types}) == len(types)
        assert len({t.dek for t in types}) == len(types)
        assert len({t.lede for t in types}) == len(types)
        # Varied in shape, not all "X does Y in PLACE": how the headlines start.
        openings = Counter(t.headline.split()[0] for t in types)
        assert openings.most_common(1)[0][1] <= 6, (slug, openings.most_common(3))


def test_korean_headlines_carry_the_same_facts_as_the_english_ones():
    for types in headlines.STORIES.values():
        for story_type in types:
            assert HANGUL.search(story_type.korean), story_type.name
            assert slots(story_type.korean) == slots(story_type.headline), story_type.name


def test_story_types_fill_in_from_any_context_without_markdown_characters():
    rng = random.Random(9)
    for slug, types in headlines.STORIES.items():
        for _ in range(20):
            ctx = context.story_context(rng.getrandbits(context.KEY_BITS), slug, "the x", "Y")
            for story_type in types:
                filled = [part.format_map(ctx) for part in story_type[1:]]
                assert "{" not in "".join(filled), story_type.name
                dek, lede = filled[2:]
                assert not MARKDOWN_SPECIAL & set(dek + lede), story_type.name


def test_korean_names_take_the_right_particle():
    assert format(context.Ko("서울"), "은") == "서울은"
    assert format(context.Ko("부산"), "이") == "부산이"
    assert format(context.Ko("대구"), "이") == "대구가"
    assert format(context.Ko("인천"), "을") == "인천을"
    assert format(context.Ko("일본"), "으로") == "일본으로"
    assert format(context.Ko("미국"), "로") == "미국으로"
    assert format(context.Ko("호주"), "으로") == "호주로"
    assert format(context.Ko("서울"), "으로") == "서울로"  # a final ㄹ takes 로
    assert format(context.Ko("체코"), "과") == "체코와"
    assert f"{context.Ko('서울')}" == "서울"


def test_a_headline_tells_which_story_type_wrote_it():
    rng = random.Random(4)
    for slug, types in headlines.STORIES.items():
        for kind, story_type in enumerate(types):
            for _ in range(5):
                ctx = context.story_context(rng.getrandbits(context.KEY_BITS), slug, "x", "")
                headline = prose.headline_of(slug, kind, ctx)
                assert headlines.story_types(slug, headline) == [story_type.name], headline


def test_the_same_key_gives_the_same_story_in_any_order_of_asking():
    key = random.Random(1).getrandbits(context.KEY_BITS)
    first = context.story_context(key, "culture", "the culture ministry", "")
    second = context.story_context(key, "culture", "the culture ministry", "")
    names = ["city", "pct", "subject", "title", "n", "small_word", "city2", "person_role"]
    values = [first[name] for name in names]
    assert [second[name] for name in reversed(names)] == values[::-1]
    assert first["city"] != first["city2"]
    assert len({first["person_last"], first["person2_last"], first["subject_last"]}) == 3


def assert_spaced_out(picks, window):
    """No story type twice among ``window`` consecutive picks of one section."""
    by_section = {}
    for pick in picks:
        by_section.setdefault(pick.section, []).append(pick.story_type)
    for section, kinds in by_section.items():
        for start in range(len(kinds)):
            run = kinds[start : start + window]
            assert len(set(run)) == len(run), (section, start, run)


def test_the_lineup_spaces_story_types_out_and_never_repeats_a_headline():
    rng = random.Random(3)
    slots_ = plan(rng, 3000)
    result = lineup.plan_lineup(rng, slots_, "tech")

    picks = result.picks
    assert len(picks) == len(slots_)
    assert len({p.headline for p in picks}) == len(picks)
    assert result.repeated == 0 and result.first_relaxed is None
    live = [p for p, (status, _age) in zip(picks, slots_, strict=True) if status in lineup.LIVE]
    assert_spaced_out(live, lineup.RECENT)
    first_draft = next(i for i, (status, _) in enumerate(slots_) if status == "draft")
    assert picks[first_draft].section == "tech"


@pytest.mark.django_db
def test_no_headline_appears_twice_in_the_newsroom():
    demo("--articles", "400", "--seed", "1")

    headlines_ = list(Article.objects.values_list("headline", flat=True))
    assert len(headlines_) == 400
    assert [h for h, n in Counter(headlines_).items() if n > 1] == []


@pytest.mark.django_db
def test_the_newest_stories_of_a_section_are_all_different_kinds_of_story():
    demo("--articles", "400", "--seed", "1")

    for section in Section.objects.all():
        published = Article.objects.published().filter(section=section)
        newest = list(published.order_by("-publish_at").values_list("headline", flat=True))
        kinds = [headlines.story_type(section.slug, h) for h in newest]
        assert None not in kinds, section.slug  # every headline comes from one story type
        assert len(set(kinds[:12])) == 12, (section.slug, kinds[:12])
        # A whole section page, and any run of 12 further down the archive, too.
        assert len(set(kinds[:20])) == len(kinds[:20])
        for start in range(len(kinds)):
            run = kinds[start : start + 12]
            assert len(set(run)) == len(run), (section.slug, start, run)
