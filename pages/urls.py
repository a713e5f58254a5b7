"""Feeds, calendar, sitemap, robots.txt and draft previews (outside the language tree)."""

from django.urls import path

from . import feeds, sitemap, views

urlpatterns = [
    path("feeds/<str:language>/news.rss", feeds.NewsFeed(), name="feed-news-rss"),
    path("feeds/<str:language>/news.atom", feeds.atom(feeds.NewsFeed)(), name="feed-news-atom"),
    path("feeds/<str:language>/webinars.rss", feeds.WebinarFeed(), name="feed-webinars-rss"),
    path(
        "feeds/<str:language>/webinars.atom",
        feeds.atom(feeds.WebinarFeed)(),
        name="feed-webinars-atom",
    ),
    path("feeds/<str:language>/calls.rss", feeds.CallFeed(), name="feed-calls-rss"),
    path("feeds/<str:language>/calls.atom", feeds.atom(feeds.CallFeed)(), name="feed-calls-atom"),
    path("feeds/<str:language>/calendar.ics", feeds.calendar, name="feed-calendar"),
    path("preview/", views.preview, name="preview"),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots_txt, name="robots-txt"),
]
