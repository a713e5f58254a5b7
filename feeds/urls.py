"""Feeds, calendar, sitemap and robots.txt (outside the language tree)."""

from django.urls import path

from . import sitemap, syndication

urlpatterns = [
    path("feeds/<str:language>/news.rss", syndication.NewsFeed(), name="feed-news-rss"),
    path(
        "feeds/<str:language>/news.atom",
        syndication.atom(syndication.NewsFeed)(),
        name="feed-news-atom",
    ),
    path("feeds/<str:language>/webinars.rss", syndication.WebinarFeed(), name="feed-webinars-rss"),
    path(
        "feeds/<str:language>/webinars.atom",
        syndication.atom(syndication.WebinarFeed)(),
        name="feed-webinars-atom",
    ),
    path("feeds/<str:language>/calls.rss", syndication.CallFeed(), name="feed-calls-rss"),
    path(
        "feeds/<str:language>/calls.atom",
        syndication.atom(syndication.CallFeed)(),
        name="feed-calls-atom",
    ),
    path("feeds/<str:language>/calendar.ics", syndication.calendar, name="feed-calendar"),
    path("sitemap.xml", sitemap.sitemap, name="sitemap"),
    path("robots.txt", sitemap.robots_txt, name="robots-txt"),
]
