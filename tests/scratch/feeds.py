"""The success stories' feed, served and linked without an edit elsewhere."""

from django.utils.translation import gettext_lazy

from feeds.syndication import PageFeed

from .models import StoryPage


class StoryFeed(PageFeed):
    name = "stories"
    link_title = gettext_lazy("Success stories (RSS)")
    model = StoryPage
    ordering = ("-date", "-pk")
    heading = gettext_lazy("Success stories")
