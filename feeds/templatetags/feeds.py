"""The feeds every page links to, in the page's language."""

from django import template

from feeds.syndication import page_feeds

register = template.Library()


@register.simple_tag
def site_feeds():
    """(name, link title) of each feed of page kinds."""
    return [(name, feed.link_title) for name, feed in page_feeds().items()]
