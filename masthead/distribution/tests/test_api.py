"""The content API: published stories only, filters, cursor pages, ETag/304, CORS."""

from datetime import timedelta

import pytest
from django.utils import timezone

from masthead.newsroom.models import Article
from masthead.testing import make_article, make_views

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    return response, (response.json() if response.content else None)


def test_the_article_list_holds_published_stories_newest_first(client, newsroom):
    make_article("Draft", status=Article.Status.DRAFT)
    make_article("Withdrawn", status=Article.Status.WITHDRAWN)
    make_article(
        "Later",
        status=Article.Status.SCHEDULED,
        publish_at=timezone.now() + timedelta(hours=1),
    )
    response, data = get(client, "/api/v1/articles")
    assert response.status_code == 200
    assert [a["headline"] for a in data["items"]] == [
        newsroom["story"].headline,
        *(a.headline for a in newsroom["others"]),
    ]
    assert data["next_cursor"] is None
    first = data["items"][0]
    assert first["url"] == "http://testserver" + newsroom["story"].get_absolute_url()
    assert first["section"] == {"id": newsroom["asia"].pk, "name": "Asia", "slug": "asia"}
    assert [a["slug"] for a in first["authors"]] == ["kim-ha-eun", "lee-joon"]
    assert first["tags"] == ["diplomacy", "summit"]
    assert first["lead_image"] == {
        "url": "http://testserver/media/demo/summit.jpg",
        "alt": "Two leaders shake hands",
        "caption": "",
    }


def test_one_article_carries_body_provenance_and_views(client, newsroom):
    story = newsroom["story"]
    make_views(story, 1234)
    response, data = get(client, f"/api/v1/articles/{story.pk}")
    assert response.status_code == 200
    assert data["body_html"] == story.body_html
    assert data["provenance"] == {
        "original_language": "ko",
        "original_headline": "한일 정상, 셔틀 외교 재개 합의",
        "source_name": "Hanbit Ilbo",
        "source_url": "https://example.kr/news/1",
    }
    assert data["views"] == 1234
    assert get(client, f"/api/v1/articles/{newsroom['others'][0].pk}")[1]["provenance"] is None


def test_unpublished_and_unknown_articles_are_404(client, newsroom):
    draft = make_article("Draft", status=Article.Status.DRAFT)
    for pk in (draft.pk, 999999, 0, -1, 2**70):
        response = client.get(f"/api/v1/articles/{pk}")
        assert response.status_code in (404, 422), pk
        assert response.status_code < 500


def test_the_list_filters_by_section_author_tag_and_update_time(client, newsroom):
    def headlines(query):
        return [a["headline"] for a in get(client, "/api/v1/articles?" + query)[1]["items"]]

    story = newsroom["story"].headline
    assert headlines("section=asia") == [story]
    assert headlines("author=kim-ha-eun") == [story]
    assert len(headlines("author=lee-joon")) == 4
    assert headlines("tag=diplomacy") == [story]
    assert headlines("section=nowhere") == []
    later = newsroom["others"][2]
    cutoff = timezone.now()
    later.dek = "Edited."
    later.save()
    assert headlines("updated_since=" + cutoff.isoformat().replace("+", "%2B")) == [later.headline]


def test_odd_but_valid_times_are_accepted_on_every_database(client, newsroom):
    # PostgreSQL refuses a UTC offset beyond ±15:59; schemathesis found this one.
    for since in ("0187-08-31T11:36:19-23:27", "0001-01-01T00:00:00+23:59", "2024-01-01T00:00"):
        response = client.get("/api/v1/articles", {"updated_since": since})
        assert response.status_code in (200, 400), since
    assert len(get(client, "/api/v1/articles?updated_since=2000-01-01T00:00")[1]["items"]) == 4


def test_cursor_pages_walk_every_story_once(client, db):
    now = timezone.now()
    stories = [make_article(f"S{i}", publish_at=now - timedelta(minutes=i % 3)) for i in range(7)]
    seen, url = [], "/api/v1/articles?limit=3"
    while url:
        data = get(client, url)[1]
        assert len(data["items"]) <= 3
        seen += [a["id"] for a in data["items"]]
        url = data["next_cursor"] and f"/api/v1/articles?limit=3&cursor={data['next_cursor']}"
    assert sorted(seen) == sorted(a.pk for a in stories)
    assert len(seen) == len(set(seen))


def test_a_cursor_that_was_never_given_out_is_a_400(client, db):
    for cursor in ("zzz", "bm90IGEgY3Vyc29y", "MjAyNC0wMS0wMXwx", "%00", "=" * 10):
        response = client.get("/api/v1/articles", {"cursor": cursor})
        assert response.status_code == 400, cursor
        assert response.json()["detail"]


def test_answers_carry_an_etag_and_answer_304_when_unchanged(client, newsroom):
    response = client.get("/api/v1/articles")
    assert response["Cache-Control"] == "public, max-age=60"
    etag = response["ETag"]
    again = client.get("/api/v1/articles", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag
    story = newsroom["story"]
    story.headline = "Changed"
    story.save()
    assert client.get("/api/v1/articles", headers={"If-None-Match": etag}).status_code == 200


def test_cors_allows_only_the_configured_origins(client, newsroom, settings):
    settings.MASTHEAD_API_CORS_ORIGINS = ["https://app.example.com"]
    allowed = client.get("/api/v1/sections", headers={"Origin": "https://app.example.com"})
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.com"
    assert "Origin" in allowed["Vary"]
    other = client.get("/api/v1/sections", headers={"Origin": "https://evil.example"})
    assert not other.has_header("Access-Control-Allow-Origin")
    settings.MASTHEAD_API_CORS_ORIGINS = ["*"]
    anyone = client.get("/api/v1/sections", headers={"Origin": "https://evil.example"})
    assert anyone["Access-Control-Allow-Origin"] == "*"


def test_sections_and_authors_are_listed(client, newsroom):
    sections = get(client, "/api/v1/sections")[1]
    assert [s["slug"] for s in sections] == ["asia", "world"]
    assert sections[0]["url"] == "http://testserver/asia/"
    authors = get(client, "/api/v1/authors")[1]
    assert [a["slug"] for a in authors] == ["kim-ha-eun", "lee-joon"]
    assert authors[0]["email"] == "haeun.kim@masthead.example"


def test_the_openapi_schema_describes_every_endpoint(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert set(schema["paths"]) == {
        "/api/v1/articles",
        "/api/v1/articles/{article_id}",
        "/api/v1/sections",
        "/api/v1/authors",
    }
    assert client.get("/api/v1/docs").status_code == 404  # it would load a CDN script


def test_the_list_costs_a_fixed_number_of_queries(client, newsroom, django_assert_max_num_queries):
    for i in range(20):
        make_article(f"More {i}")
    with django_assert_max_num_queries(4):
        assert client.get("/api/v1/articles?limit=50").status_code == 200
