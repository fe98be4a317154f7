"""Model rules: derived HTML, canonical URLs, old slugs, Must-Read expiry."""

from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from masthead.newsroom import queries
from masthead.newsroom.models import Article, OldSlug
from masthead.testing import make_article, make_must_read, make_section

pytestmark = pytest.mark.django_db


def test_the_body_is_rendered_and_sanitized_on_save():
    article = make_article(body="**Bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))")
    assert "<strong>Bold</strong>" in article.body_html
    assert "onerror" not in article.body_html
    assert "javascript:" not in article.body_html


def test_the_canonical_url_has_section_date_and_slug():
    when = timezone.make_aware(timezone.datetime(2026, 3, 4, 12, 0))
    article = make_article(section=make_section("Asia"), slug="talks", publish_at=when)
    assert article.get_absolute_url() == "/asia/2026/03/04/talks/"


def test_a_published_article_always_has_a_publish_time():
    article = make_article(status="draft")
    with pytest.raises(IntegrityError):
        Article.objects.filter(pk=article.pk).update(status="published", publish_at=None)


def test_publishing_without_a_time_publishes_now():
    article = make_article(status="draft")
    article.status = Article.Status.PUBLISHED
    article.save()
    assert article.publish_at <= timezone.now()


def test_a_changed_slug_is_remembered_for_redirects(client):
    article = make_article(slug="first-slug")
    old_url = article.get_absolute_url()
    article.slug = "second-slug"
    article.save()
    assert OldSlug.objects.get(slug="first-slug").article == article
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_returning_to_an_old_slug_forgets_it_as_an_old_one():
    article = make_article(slug="a")
    article.slug = "b"
    article.save()
    article.slug = "a"
    article.save()
    assert list(OldSlug.objects.values_list("slug", flat=True)) == ["b"]


def test_a_wrong_date_or_section_redirects_to_the_canonical_url(client):
    article = make_article(section=make_section("Asia"), slug="talks")
    other = make_section("World")
    for url in (
        "/asia/1999/01/01/talks/",
        f"/{other.slug}/{article.publish_at:%Y/%m/%d}/talks/",
    ):
        response = client.get(url)
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()


def test_an_old_slug_of_a_withdrawn_story_is_a_404(client):
    article = make_article(slug="gone")
    article.slug = "gone-2"
    article.status = Article.Status.WITHDRAWN
    article.save()
    assert client.get("/x/2026/01/01/gone/").status_code == 404


def test_expired_must_reads_drop_out():
    live = make_article("live")
    old = make_article("old")
    make_must_read(live, position=1)
    make_must_read(old, position=0, expires_at=timezone.now() - timedelta(minutes=1))
    assert queries.curated_must_read_ids() == [live.pk]


def test_must_reads_of_unpublished_stories_are_not_shown():
    draft = make_article(status="draft")
    make_must_read(draft)
    assert queries.curated_must_read_ids() == []


def test_a_free_slug_skips_slugs_that_still_redirect():
    from masthead.newsroom.forms import free_slug

    moved = make_article(slug="talks")
    moved.slug = "talks-resume"
    moved.save()
    assert free_slug("talks") == "talks-2"
    assert free_slug("talks", exclude_pk=moved.pk) == "talks"


@pytest.mark.parametrize("slug", ["search", "feed", "api", "Author", "desk"])
def test_a_section_cannot_take_an_address_the_site_already_uses(slug):
    from django.core.exceptions import ValidationError

    from masthead.newsroom.models import Section

    with pytest.raises(ValidationError, match="already uses"):
        Section(name="Something", slug=slug).full_clean()
