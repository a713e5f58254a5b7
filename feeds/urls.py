"""Feeds, calendar, sitemap and robots.txt (outside the language tree)."""

from django.urls import path

from . import sitemap, syndication

# Each feed in RSS 2.0 and Atom, per language: /feeds/<language>/<name>.rss and .atom.
FEEDS = {
    "news": syndication.NewsFeed,
    "webinars": syndication.WebinarFeed,
    "calls": syndication.CallFeed,
    "partnerships": syndication.PartnershipFeed,
}

urlpatterns = [
    *(
        path(f"feeds/<str:language>/{name}.{extension}", feed(), name=f"feed-{name}-{extension}")
        for name, feed_class in FEEDS.items()
        for extension, feed in (("rss", feed_class), ("atom", syndication.atom(feed_class)))
    ),
    path("feeds/<str:language>/calendar.ics", syndication.calendar, name="feed-calendar"),
    path(
        "feeds/<str:language>/calendar/<int:page_id>.ics",
        syndication.event_calendar,
        name="event-calendar",
    ),
    path("sitemap.xml", sitemap.sitemap_index, name="sitemap"),
    path("sitemap-<int:number>.xml", sitemap.sitemap_page, name="sitemap-page"),
    path("robots.txt", sitemap.robots_txt, name="robots-txt"),
]
