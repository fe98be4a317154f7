"""``masthead demo``: the demo newsroom it builds, and how it behaves when run again."""

import random
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone
from PIL import Image

from masthead.engagement.models import ViewTotal
from masthead.lib.markup import render_markdown
from masthead.newsroom.demo import prose, vocab
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
        assert not set("*_<>&[]#|~{}`\\") & set(body.replace("## ", "").replace("> ", ""))
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


@pytest.mark.django_db
def test_it_refuses_a_newsroom_of_no_articles():
    with pytest.raises(CommandError):
        call_command("demo", "--articles", "0")
