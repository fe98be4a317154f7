from django.urls import path

from . import feeds

app_name = "distribution"
urlpatterns = [
    path("feed/", feeds.LatestStories(), name="feed"),
    path("feed/atom/", feeds.LatestStoriesAtom(), name="feed-atom"),
    path("author/<slug:slug>/feed/", feeds.AuthorStories(), name="author-feed"),
    path("author/<slug:slug>/feed/atom/", feeds.AuthorStoriesAtom(), name="author-feed-atom"),
    path("tag/<slug:slug>/feed/", feeds.TagStories(), name="tag-feed"),
    path("tag/<slug:slug>/feed/atom/", feeds.TagStoriesAtom(), name="tag-feed-atom"),
    path("<slug:section>/feed/", feeds.SectionStories(), name="section-feed"),
    path("<slug:section>/feed/atom/", feeds.SectionStoriesAtom(), name="section-feed-atom"),
]
