"""Events: conferences with B2B matchmaking."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..admin_widgets import ZonedDateTimeInput
from ..blocks import BodyBlock, EventDaysBlock
from .base import (
    SYNCHRONISED_SECTORS,
    SYNCHRONISED_SLUG,
    DerivedStatusMixin,
    HeadlessPreviewMixin,
    SectionIndexPage,
    sectors_field,
)
from .webinars import EventFormat


class EventPage(HeadlessPreviewMixin, DerivedStatusMixin, Page):
    """A conference, with its days, matchmaking and the figures afterwards."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        ONGOING = "ongoing", _("Taking place now")
        PAST = "past", _("Past")

    summary = models.TextField(
        verbose_name=_("summary"), help_text=_("Two or three sentences shown in lists and embeds.")
    )
    start = models.DateTimeField(
        verbose_name=_("start"), db_index=True, help_text=_("Opening time, in your own time zone.")
    )
    end = models.DateTimeField(
        verbose_name=_("end"), help_text=_("Closing time of the last day, in your own time zone.")
    )
    format = models.CharField(
        verbose_name=_("format"),
        max_length=10,
        choices=EventFormat.choices,
        default=EventFormat.ONLINE,
        help_text=_("How participants attend."),
    )
    venue = models.CharField(
        verbose_name=_("venue"),
        max_length=255,
        blank=True,
        help_text=_("Venue and city, or the online platform."),
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), blank=True, help_text=_("What the event is about.")
    )
    days = StreamField(
        EventDaysBlock(),
        verbose_name=_("days"),
        blank=True,
        help_text=_("Each day with its programme."),
    )
    sectors = sectors_field(_("Sectors of the B2B matchmaking."))
    matchmaking_url = models.URLField(
        verbose_name=_("matchmaking URL"),
        blank=True,
        help_text=_("The matchmaking platform where participants book meetings."),
    )
    registration_url = models.URLField(
        verbose_name=_("registration URL"), blank=True, help_text=_("Where participants register.")
    )
    participants_count = models.PositiveIntegerField(
        verbose_name=_("number of participants"),
        null=True,
        blank=True,
        help_text=_("Participants, once the event has taken place."),
    )
    meetings_count = models.PositiveIntegerField(
        verbose_name=_("number of meetings"),
        null=True,
        blank=True,
        help_text=_("B2B meetings held, once the event has taken place."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("start", widget=ZonedDateTimeInput),
                        FieldPanel("end", widget=ZonedDateTimeInput),
                    ]
                ),
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
        FieldPanel("days"),
        MultiFieldPanel(
            [
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("matchmaking_url"),
            ],
            heading=_("Matchmaking"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("participants_count"), FieldPanel("meetings_count")])],
            heading=_("Figures afterwards"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("days"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [SYNCHRONISED_SLUG, SYNCHRONISED_SECTORS]

    parent_page_types = ["pages.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    status_boundaries = (("start", datetime.timedelta(0)), ("end", datetime.timedelta(0)))

    @classmethod
    def status_filter(cls, status, moment):
        """A filter selecting the events that have the status at the moment."""
        return {
            cls.Status.UPCOMING: models.Q(start__gt=moment),
            cls.Status.ONGOING: models.Q(start__lte=moment, end__gt=moment),
            cls.Status.PAST: models.Q(end__lte=moment),
        }[status]

    def status_at(self, moment):
        """Upcoming before the start, ongoing until the end, past afterwards."""
        if moment < self.start:
            return self.Status.UPCOMING
        if moment < self.end:
            return self.Status.ONGOING
        return self.Status.PAST

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        has_figures = self.participants_count is not None or self.meetings_count is not None
        if has_figures and self.start and self.start > timezone.now():
            errors["participants_count"] = _(
                "Figures can only be recorded once the event has started."
            )
        if errors:
            raise ValidationError(errors)


class EventIndexPage(SectionIndexPage):
    """The list of events."""

    listing_count = ngettext_lazy("%(count)s event", "%(count)s events", "count")
    subpage_types = ["pages.EventPage"]
    listed_model = EventPage
    listing_order = ("-start",)
    listing_filters = ("status", "sector")

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")
