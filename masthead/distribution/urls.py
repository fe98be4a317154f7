from django.urls import path, re_path

from . import feeds, sitemaps, views

app_name = "distribution"
urlpatterns = [
    path("search/", views.search, name="search"),
    path("robots.txt", sitemaps.robots, name="robots"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("news-sitemap.xml", sitemaps.news, name="news-sitemap"),
    re_path(
        r"^sitemap-articles-(?P<year>[0-9]{4})-(?P<month>[0-9]{2})\.xml$",
        sitemaps.articles,
        name="sitemap-articles",
    ),
    path("sitemap-<slug:name>.xml", sitemaps.listing, name="sitemap-listing"),
    path("feed/", feeds.LatestStories(), name="feed"),
    path("feed/atom/", feeds.LatestStoriesAtom(), name="feed-atom"),
    path("author/<slug:slug>/feed/", feeds.AuthorStories(), name="author-feed"),
    path("author/<slug:slug>/feed/atom/", feeds.AuthorStoriesAtom(), name="author-feed-atom"),
    path("tag/<slug:slug>/feed/", feeds.TagStories(), name="tag-feed"),
    path("tag/<slug:slug>/feed/atom/", feeds.TagStoriesAtom(), name="tag-feed-atom"),
    path("<slug:section>/feed/", feeds.SectionStories(), name="section-feed"),
    path("<slug:section>/feed/atom/", feeds.SectionStoriesAtom(), name="section-feed-atom"),
]
