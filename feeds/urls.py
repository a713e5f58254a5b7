"""Feeds, calendar, sitemap and robots.txt (outside the language tree)."""

from django.urls import path, register_converter
from django.urls.converters import IntConverter

from pages.models.base import MAX_PAGE_ID

from . import sitemap, syndication


class Int32Converter(IntConverter):
    """A whole number up to the largest page id; a larger one matches no URL (a 404)."""

    def to_python(self, value):
        number = int(value)
        # No page id, nor sitemap page number, is larger, and the database refuses a query with
        # a number past its integer column.
        if number > MAX_PAGE_ID:
            raise ValueError(f"{value} is larger than any page id")
        return number


register_converter(Int32Converter, "int32")

# Each feed in RSS 2.0 and Atom, per language: /feeds/<language>/<name>.rss and .atom.
FEEDS = syndication.page_feeds()

urlpatterns = [
    *(
        path(f"feeds/<str:language>/{name}.{extension}", feed(), name=f"feed-{name}-{extension}")
        for name, feed_class in FEEDS.items()
        for extension, feed in (("rss", feed_class), ("atom", syndication.atom(feed_class)))
    ),
    path("feeds/<str:language>/calendar.ics", syndication.calendar, name="feed-calendar"),
    path(
        "feeds/<str:language>/calendar/<int32:page_id>.ics",
        syndication.event_calendar,
        name="event-calendar",
    ),
    path("sitemap.xml", sitemap.sitemap_index, name="sitemap"),
    path("sitemap-<int32:number>.xml", sitemap.sitemap_page, name="sitemap-page"),
    path("robots.txt", sitemap.robots_txt, name="robots-txt"),
]
