"""RSS 2.0 and Atom feeds of the latest published stories: the site, a section, an
author, a tag (django.contrib.syndication, with full content and the lead image)."""

import copy
import mimetypes
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed

from masthead.newsroom.models import Article, Author, Byline, Section, Tag

from .links import absolute, base_url
from .structured import description

ITEMS = 50
CACHE_SECONDS = 300


class NewsRss(Rss201rev2Feed):
    """RSS 2.0 with the full story in ``content:encoded`` and the image in ``media:content``."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:media": "http://search.yahoo.com/mrss/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content_html"])
        if item["image"]:
            handler.addQuickElement(
                "media:content", attrs={"url": item["image"], "medium": "image"}
            )


class NewsAtom(Atom1Feed):
    """Atom with the full story as ``<content type="html">`` beside the summary."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        handler.addQuickElement("content", item["content_html"], {"type": "html"})


def summary(article):
    """The standfirst, or the story's first 50 words when it has none."""
    return description(article, words=50)


class LatestStories(Feed):
    """The site's newest stories. Subclasses narrow ``stories()`` to one section, author
    or tag; ``atom`` switches the format."""

    feed_type = NewsRss

    def __call__(self, request, *args, **kwargs):
        # Django keeps one Feed instance per URL pattern; a copy per request lets the item
        # methods build absolute URLs from this request without sharing state across threads.
        feed = copy.copy(self)
        feed.request = request
        response = Feed.__call__(feed, request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    def url(self, path):
        return absolute(self.request, path)

    def title(self, obj=None):
        return settings.MASTHEAD_SITE_NAME

    def description(self, obj=None):
        return f"The latest stories from {settings.MASTHEAD_SITE_NAME}."

    def link(self, obj=None):
        return self.url("/")

    def feed_url(self, obj=None):
        return self.request.build_absolute_uri(self.request.path)

    def stories(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        return (
            self.stories(obj)
            .select_related("section")
            .prefetch_related(
                Prefetch("bylines", queryset=Byline.objects.select_related("author")), "tags"
            )
            .defer("body")
            .order_by("-publish_at", "-id")[:ITEMS]
        )

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return summary(item)

    def item_link(self, item):
        return self.url(item.get_absolute_url())

    def item_guid(self, item):
        # A tag URI (RFC 4151): stays the same when the slug or section changes.
        host = urlsplit(base_url(self.request)).hostname or "localhost"
        return f"tag:{host},{item.first_published_at or item.publish_at:%Y-%m-%d}:article/{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return max(filter(None, [item.publish_at, item.updated_at]))

    def item_author_name(self, item):
        return ", ".join(b.author.name for b in item.bylines.all()) or None

    def item_author_link(self, item):
        bylines = item.bylines.all()
        return self.url(bylines[0].author.get_absolute_url()) if bylines else None

    def item_categories(self, item):
        return [item.section.name, *(tag.name for tag in item.tags.all())]

    def item_enclosures(self, item):
        if not item.lead_image_url:
            return []
        mime = mimetypes.guess_type(urlsplit(item.lead_image_url).path)[0] or "image/jpeg"
        # The size is unknown without fetching the file; RSS readers accept 0.
        return [Enclosure(self.url(item.lead_image_url), "0", mime)]

    def item_extra_kwargs(self, item):
        image = self.url(item.lead_image_url) if item.lead_image_url else ""
        return {"content_html": item.body_html, "image": image}


class SectionStories(LatestStories):
    def get_object(self, request, section):
        return get_object_or_404(Section, slug=section)

    def title(self, obj):
        return f"{obj.name} — {settings.MASTHEAD_SITE_NAME}"

    def description(self, obj):
        return obj.description or f"The latest {obj.name} stories."

    def link(self, obj):
        return self.url(obj.get_absolute_url())

    def stories(self, obj):
        return Article.objects.published().filter(section=obj)


class AuthorStories(SectionStories):
    def get_object(self, request, slug):
        return get_object_or_404(Author, slug=slug)

    def description(self, obj):
        return f"The latest stories by {obj.name}."

    def stories(self, obj):
        return Article.objects.published().filter(authors=obj)


class TagStories(SectionStories):
    def get_object(self, request, slug):
        return get_object_or_404(Tag, slug=slug)

    def description(self, obj):
        return f"The latest stories about {obj.name}."

    def stories(self, obj):
        return Article.objects.published().filter(tags=obj)


class LatestStoriesAtom(LatestStories):
    feed_type = NewsAtom


class SectionStoriesAtom(SectionStories):
    feed_type = NewsAtom


class AuthorStoriesAtom(AuthorStories):
    feed_type = NewsAtom


class TagStoriesAtom(TagStories):
    feed_type = NewsAtom
