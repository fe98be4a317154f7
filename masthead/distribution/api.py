"""The read-only content API at /api/v1/ (django-ninja: the OpenAPI 3 schema comes from
the same type hints that validate the parameters, with no second library).

Only published stories. Every 200 answer carries an ETag (a hash of its body, so a
client's If-None-Match gets 304 Not Modified) and ``Cache-Control: public, max-age=60``;
cross-origin reads are allowed for the origins in ``MASTHEAD_API_CORS_ORIGINS``.
"""

import base64
import binascii
import hashlib
from datetime import UTC, datetime

from django.conf import settings
from django.db.models import Prefetch, Q
from django.http import HttpResponseNotModified
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control, patch_vary_headers
from ninja import NinjaAPI, Query, Schema
from ninja.errors import HttpError
from pydantic import Field

from masthead.engagement import api as engagement
from masthead.newsroom.models import Article, Author, Byline, Section

from .links import absolute

CACHE_SECONDS = 60
MAX_LIMIT = 100


class ContentAPI(NinjaAPI):
    """NinjaAPI with ETag/304, Cache-Control and CORS on every answer."""

    def create_response(self, request, data, *, status=None, temporal_response=None):
        response = super().create_response(
            request, data, status=status, temporal_response=temporal_response
        )
        if response.status_code == 200:
            etag = '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'
            asked = [tag.strip() for tag in request.headers.get("If-None-Match", "").split(",")]
            if etag in asked or "*" in asked:
                response = HttpResponseNotModified()
            response["ETag"] = etag
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        allow_cors(request, response)
        return response


def allow_cors(request, response):
    origins = settings.MASTHEAD_API_CORS_ORIGINS
    origin = request.headers.get("Origin")
    if "*" in origins:
        response["Access-Control-Allow-Origin"] = "*"
    elif origin and origin in origins:
        response["Access-Control-Allow-Origin"] = origin
        patch_vary_headers(response, ["Origin"])
    if response.has_header("Access-Control-Allow-Origin"):
        response["Access-Control-Expose-Headers"] = "ETag"
    return response


api = ContentAPI(
    title=f"{settings.MASTHEAD_SITE_NAME} content API",
    version="1",
    description="Read-only access to the published stories, sections and authors.",
    urls_namespace="api",
    docs_url=None,  # the interactive docs page would load its script from a CDN
)


# --- Schemas --------------------------------------------------------------------------


class Error(Schema):
    detail: str


class SectionOut(Schema):
    id: int
    name: str
    slug: str
    url: str
    description: str


class SectionRef(Schema):
    id: int
    name: str
    slug: str


class AuthorOut(Schema):
    id: int
    name: str
    slug: str
    url: str
    bio: str
    email: str = Field(description="Public contact address, printed under the stories.")


class AuthorRef(Schema):
    id: int
    name: str
    slug: str


class LeadImage(Schema):
    url: str
    alt: str
    caption: str


class Provenance(Schema):
    """Where a translated story comes from."""

    original_language: str = Field(description="BCP 47 tag, e.g. ko")
    original_headline: str
    source_name: str
    source_url: str


class ArticleOut(Schema):
    id: int
    headline: str
    slug: str
    dek: str
    url: str
    section: SectionRef
    authors: list[AuthorRef]
    tags: list[str]
    published_at: datetime
    updated_at: datetime | None = Field(description="Set when the desk marked an update.")
    modified_at: datetime = Field(description="Last change of any kind.")
    lead_image: LeadImage | None


class ArticleDetail(ArticleOut):
    body_html: str = Field(description="Sanitized HTML of the body.")
    provenance: Provenance | None
    views: int


class ArticlePage(Schema):
    items: list[ArticleOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page.")


class ArticleFilters(Schema):
    section: str | None = Field(None, description="Section slug", max_length=80)
    author: str | None = Field(None, description="Author slug", max_length=120)
    tag: str | None = Field(None, description="Tag slug", max_length=80)
    updated_since: datetime | None = Field(None, description="Changed at or after (ISO 8601)")
    cursor: str | None = Field(None, description="From the previous page", max_length=200)
    limit: int = Field(20, ge=1, le=MAX_LIMIT)


# --- Helpers --------------------------------------------------------------------------


def _stories():
    return (
        Article.objects.published()
        .select_related("section")
        .prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("author")), "tags"
        )
    )


def _summary(request, a):
    image = None
    if a.lead_image_url:
        image = {
            "url": absolute(request, a.lead_image_url),
            "alt": a.lead_image_alt,
            "caption": a.lead_image_caption,
        }
    return {
        "id": a.pk,
        "headline": a.headline,
        "slug": a.slug,
        "dek": a.dek,
        "url": absolute(request, a.get_absolute_url()),
        "section": {"id": a.section.pk, "name": a.section.name, "slug": a.section.slug},
        "authors": [
            {"id": b.author.pk, "name": b.author.name, "slug": b.author.slug}
            for b in a.bylines.all()
        ],
        "tags": [t.slug for t in a.tags.all()],
        "published_at": a.publish_at,
        "updated_at": a.updated_at,
        "modified_at": a.modified_at,
        "lead_image": image,
    }


def _utc(value):
    """In UTC: PostgreSQL refuses offsets beyond ±15:59 (schemathesis sent -23:27)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise HttpError(400, "updated_since is out of range.") from None


def _encode_cursor(article):
    raw = f"{article.publish_at.isoformat()}|{article.pk}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor):
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, pk = raw.rsplit("|", 1)
        when = datetime.fromisoformat(when)
        if when.tzinfo is None:
            raise ValueError
        return when.astimezone(UTC), int(pk)
    except (ValueError, OverflowError, UnicodeDecodeError, binascii.Error):
        raise HttpError(400, "That cursor is not one this API gave out.") from None


# --- Endpoints ------------------------------------------------------------------------


@api.get("/articles", response={200: ArticlePage, 400: Error}, tags=["articles"])
def articles(request, filters: Query[ArticleFilters]):
    """Published stories, newest first, one page at a time (follow `next_cursor`)."""
    stories = _stories().defer("body", "body_html")  # a list shows no body
    if filters.section:
        stories = stories.filter(section__slug=filters.section)
    if filters.author:
        stories = stories.filter(bylines__author__slug=filters.author)
    if filters.tag:
        stories = stories.filter(tags__slug=filters.tag)
    if filters.updated_since:
        stories = stories.filter(modified_at__gte=_utc(filters.updated_since))
    if filters.cursor:
        when, pk = _decode_cursor(filters.cursor)
        stories = stories.filter(Q(publish_at__lt=when) | Q(publish_at=when, pk__lt=pk))
    page = list(stories.order_by("-publish_at", "-id")[: filters.limit + 1])
    more = len(page) > filters.limit
    page = page[: filters.limit]
    return {
        "items": [_summary(request, a) for a in page],
        "next_cursor": _encode_cursor(page[-1]) if more else None,
    }


@api.get("/articles/{article_id}", response={200: ArticleDetail, 404: Error}, tags=["articles"])
def article(request, article_id: int):
    """One published story with its body, provenance and view count."""
    if not 0 < article_id < 2**63:
        raise HttpError(404, "No such article.")
    a = get_object_or_404(_stories(), pk=article_id)
    provenance = None
    if a.original_headline or a.source_url:
        provenance = {
            "original_language": a.original_language,
            "original_headline": a.original_headline,
            "source_name": a.source_name,
            "source_url": a.source_url,
        }
    return {
        **_summary(request, a),
        "body_html": a.body_html,
        "provenance": provenance,
        "views": engagement.views_for(a.pk),
    }


@api.get("/sections", response=list[SectionOut], tags=["sections"])
def sections(request):
    """Every section, in the navigation's order."""
    return [
        {
            "id": s.pk,
            "name": s.name,
            "slug": s.slug,
            "url": absolute(request, s.get_absolute_url()),
            "description": s.description,
        }
        for s in Section.objects.all()
    ]


@api.get("/authors", response=list[AuthorOut], tags=["authors"])
def authors(request):
    """Every author with a byline on a published story."""
    bylined = Author.objects.filter(bylines__article__in=Article.objects.published()).distinct()
    return [
        {
            "id": a.pk,
            "name": a.name,
            "slug": a.slug,
            "url": absolute(request, a.get_absolute_url()),
            "bio": a.bio,
            "email": a.email,
        }
        for a in bylined.order_by("name", "id")
    ]
