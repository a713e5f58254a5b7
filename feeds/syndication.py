"""RSS 2.0, Atom and iCalendar feeds of the public pages, per language."""

import datetime
import re
from dataclasses import dataclass

from icalendar import Calendar, Event

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from pages.models import CallPage, EventPage, NewsPage, PartnershipPage, Sector, WebinarPage
from pages.models.snippets import in_sector
from pages.registry import import_from_kind_apps
from pages.structured_data import site_name
from pages.timezones import dual_clock
from pages.visibility import public_pages

FEED_SIZE = 50
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def feed_locale(language):
    """The Locale of a feed URL's language, or 404."""
    if language not in LANGUAGE_CODES:
        raise Http404("Unknown language")
    return Locale.objects.get(language_code=language)


SLUG = re.compile(r"[-a-zA-Z0-9_]{1,100}")


def filter_by_sector(queryset, request):
    """Narrow to one sector (?sector=slug); an unknown slug is a 404, not an empty feed."""
    slug = request.GET.get("sector")
    if not slug:
        return queryset
    # Anything but a slug (a NUL byte, which PostgreSQL refuses) is unknown without asking.
    if not SLUG.fullmatch(slug) or not Sector.objects.filter(slug=slug).exists():
        raise Http404(f"Unknown sector {slug!r}")
    return queryset.filter(in_sector(queryset.model, slug))


@dataclass(frozen=True)
class FeedRequest:
    """What one request asked a feed for: the feed object is shared by every request."""

    request: HttpRequest
    locale: Locale


# The feeds of page kinds by name, in the order they are declared.
_PAGE_FEEDS = {}


class PageFeed(Feed):
    """RSS 2.0 feed of one kind of page in one language.

    A subclass naming itself (`name`, the feed's file name) is served at
    /feeds/<language>/<name>.rss and .atom and linked from every page as `link_title`.
    """

    name = ""
    link_title = ""
    model = None
    ordering = ()
    heading = ""
    sector_filter = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # A subclass of a named feed (its Atom variant) is not a feed of its own.
        if "name" in cls.__dict__:
            _PAGE_FEEDS[cls.name] = cls

    def __call__(self, request, language):
        # The feed's <language> and its translated title follow the feed's language.
        with translation.override(language if language in LANGUAGE_CODES else None):
            return super().__call__(request, language=language)

    def get_object(self, request, language):
        return FeedRequest(request=request, locale=feed_locale(language))

    def title(self, asked):
        return f"{self.heading} | {_('EU-Japan Regional & Cluster Cooperation Helpdesk')}"

    def link(self, asked):
        return f"/{asked.locale.language_code}/"

    def feed_guid(self, asked):
        """The feed's Atom id: one per language, kind and sector (not the shared home link)."""
        guid = f"urn:ejrc:feed:{asked.locale.language_code}:{self.model._meta.model_name}"
        sector = asked.request.GET.get("sector") if self.sector_filter else None
        return f"{guid}:{sector}" if sector else guid

    def description(self, asked):
        return self.title(asked)

    def items(self, asked):
        pages = public_pages(self.model, asked.locale).order_by(*self.ordering)
        if self.sector_filter:
            pages = filter_by_sector(pages, asked.request)
        # Each item's URL is built from the request's cached site roots: no query per item.
        return [
            (page, page.get_url(asked.request))
            for page in pages.select_related("locale")[:FEED_SIZE]
        ]

    def item_title(self, item):
        return item[0].title

    def item_description(self, item):
        return item[0].summary

    def item_link(self, item):
        return item[1]

    def item_guid(self, item):
        page = item[0]
        return f"urn:ejrc:{page.locale.language_code}:{page.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item[0].first_published_at

    def item_updateddate(self, item):
        return item[0].last_published_at


class NewsFeed(PageFeed):
    name = "news"
    link_title = gettext_lazy("News (RSS)")
    model = NewsPage
    ordering = ("-date", "-pk")
    heading = gettext_lazy("Latest news")

    def item_pubdate(self, item):
        """The article's own date (at midnight UTC), not when the page was first published."""
        return datetime.datetime.combine(item[0].date, datetime.time(), tzinfo=datetime.UTC)


class WebinarFeed(PageFeed):
    name = "webinars"
    link_title = gettext_lazy("Webinars (RSS)")
    model = WebinarPage
    ordering = ("-start",)
    heading = gettext_lazy("Webinars")

    def item_description(self, item):
        page = item[0]
        return f"{page.start:%Y-%m-%d} {dual_clock(page.start)}. {page.summary}"


class CallFeed(PageFeed):
    name = "calls"
    link_title = gettext_lazy("Calls (RSS)")
    model = CallPage
    ordering = ("-deadline",)
    heading = gettext_lazy("Calls for expression of interest")
    sector_filter = False


class PartnershipFeed(PageFeed):
    name = "partnerships"
    link_title = gettext_lazy("Partnerships (RSS)")
    model = PartnershipPage
    ordering = ("-first_published_at", "-pk")
    heading = gettext_lazy("EU-Japan partnerships")


def page_feeds():
    """The feeds of page kinds by name: this module's, then those of the apps declaring kinds."""
    import_from_kind_apps("feeds")
    return dict(_PAGE_FEEDS)


def atom(feed_class):
    """The Atom variant of an RSS feed class."""
    return type(f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": Atom1Feed})


def new_calendar():
    """An empty iCalendar object naming the helpdesk as its producer."""
    cal = Calendar()
    cal.add("prodid", "-//EU-Japan Regional & Cluster Cooperation Helpdesk//CMS//EN")
    cal.add("version", "2.0")
    return cal


def calendar(request, language):
    """An iCalendar file of the public webinars and events of one language (times in UTC)."""
    locale = feed_locale(language)
    cal = new_calendar()
    cal.add("x-wr-calname", site_name(language))
    webinars = filter_by_sector(public_pages(WebinarPage, locale), request).order_by("-start")
    events = filter_by_sector(public_pages(EventPage, locale), request).order_by("-start")
    webinars, events = webinars.select_related("locale"), events.select_related("locale")
    for page in [*webinars[:FEED_SIZE], *events[:FEED_SIZE]]:
        cal.add_component(calendar_event(page, request))
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="ejrc-{language}.ics"'
    return response


def event_calendar(request, language, page_id):
    """An iCalendar file of one public webinar or event, to add it to a calendar."""
    locale = feed_locale(language)
    page = None
    for model in (WebinarPage, EventPage):
        page = public_pages(model, locale).filter(pk=page_id).select_related("locale").first()
        if page is not None:
            break
    if page is None:
        raise Http404("No public webinar or event has this id in this language")
    cal = new_calendar()
    cal.add("method", "PUBLISH")
    cal.add_component(calendar_event(page, request))
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


def calendar_event(page, request):
    """A VEVENT for a webinar or an event."""
    event = Event()
    event.add("uid", f"{page.translation_key}-{page.locale.language_code}@ejrc-helpdesk")
    event.add("summary", page.title)
    event.add("description", page.summary)
    event.add("dtstart", page.start)
    event.add("dtend", page.end)
    event.add("dtstamp", page.last_published_at or timezone.now())
    event.add("url", request.build_absolute_uri(page.get_url(request)))
    if page.venue:
        event.add("location", page.venue)
    cancelled = isinstance(page, WebinarPage) and page.is_cancelled
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event
