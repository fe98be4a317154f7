from django.urls import path, re_path

from masthead.newsroom.pagecache import reader_page

from . import feeds, sitemaps, views

# Feeds and sitemaps are cached whole like the reader pages, and dropped with the stories
# they list (signals.py registers their paths with the page cache).

app_name = "distribution"
urlpatterns = [
    path("search/", views.search, name="search"),
    path("robots.txt", sitemaps.robots, name="robots"),
    path("sitemap.xml", reader_page(sitemaps.index), name="sitemap"),
    path("news-sitemap.xml", reader_page(sitemaps.news), name="news-sitemap"),
    re_path(
        r"^sitemap-articles-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})\.xml$",
        reader_page(sitemaps.articles),
        name="sitemap-articles",
    ),
    path("sitemap-<slug:name>.xml", reader_page(sitemaps.listing), name="sitemap-listing"),
    path("feed/", reader_page(feeds.LatestStories()), name="feed"),
    path("feed/atom/", reader_page(feeds.LatestStoriesAtom()), name="feed-atom"),
    path("author/<slug:slug>/feed/", reader_page(feeds.AuthorStories()), name="author-feed"),
    path(
        "author/<slug:slug>/feed/atom/",
        reader_page(feeds.AuthorStoriesAtom()),
        name="author-feed-atom",
    ),
    path("tag/<slug:slug>/feed/", reader_page(feeds.TagStories()), name="tag-feed"),
    path("tag/<slug:slug>/feed/atom/", reader_page(feeds.TagStoriesAtom()), name="tag-feed-atom"),
    path("<slug:section>/feed/", reader_page(feeds.SectionStories()), name="section-feed"),
    path(
        "<slug:section>/feed/atom/",
        reader_page(feeds.SectionStoriesAtom()),
        name="section-feed-atom",
    ),
]
