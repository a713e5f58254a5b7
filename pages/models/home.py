"""The home page: one per language, at the root of each language's tree."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import HelpStepsBlock
from .base import SYNCHRONISED_SLUG, HeadlessPreviewMixin


class HomePage(HeadlessPreviewMixin, Page):
    """The helpdesk's home page."""

    tagline = models.CharField(
        verbose_name=_("tagline"),
        max_length=200,
        blank=True,
        help_text=_("One line under the site name, e.g. 'A bridge for industrial cooperation'."),
    )
    intro = RichTextField(
        verbose_name=_("intro"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A paragraph introducing the helpdesk."),
    )

    help_steps = StreamField(
        HelpStepsBlock(),
        verbose_name=_("how the helpdesk helps"),
        blank=True,
        help_text=_("Up to four ways the helpdesk helps, shown as cards under the introduction."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("tagline"),
        FieldPanel("intro"),
        FieldPanel("help_steps"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("tagline"),
        index.SearchField("intro"),
        index.SearchField("help_steps"),
    ]

    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["wagtailcore.Page"]
    # Every kind whose parent_page_types names the home page, in the registry's order: set by
    # pages.registry, so that a new section needs no edit here.
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from pages.models import CallPage, EventPage, NewsPage, WebinarPage
        from pages.visibility import public_pages

        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        webinars = public_pages(WebinarPage, self.locale)
        webinar_status = WebinarPage.Status
        upcoming = webinars.filter(WebinarPage.status_filter(webinar_status.UPCOMING, now))
        context["upcoming_webinars"] = list(upcoming.order_by("start")[:3])
        # With nothing scheduled the home page is not empty: the latest webinars stand in,
        # with their recordings and slides.
        past = webinars.filter(WebinarPage.status_filter(webinar_status.PAST, now))
        context["past_webinars"] = (
            [] if context["upcoming_webinars"] else list(past.order_by("-start")[:3])
        )
        events = public_pages(EventPage, self.locale)
        ahead = events.exclude(EventPage.status_filter(EventPage.Status.PAST, now))
        coming = list(ahead.order_by("start")[:3])
        context["events"] = coming or list(events.order_by("-start")[:3])
        context["events_are_past"] = not coming
        open_calls = (
            public_pages(CallPage, self.locale)
            .filter(CallPage.status_filter(CallPage.Status.OPEN, now))
            .order_by("deadline")[:3]
        )
        open_calls = [(call, call.days_left_at(now)) for call in open_calls]
        # The hero leads with the call closing first, else with the next webinar or event.
        context["featured_call"] = open_calls[0] if open_calls else None
        context["open_calls"] = open_calls[1:]
        meetings = [*context["upcoming_webinars"][:1], *coming[:1]]
        context["next_meeting"] = min(meetings, key=lambda meeting: meeting.start, default=None)
        context["next_is_webinar"] = isinstance(context["next_meeting"], WebinarPage)
        context["latest_news"] = public_pages(NewsPage, self.locale).order_by("-date", "-pk")[:3]
        return context
