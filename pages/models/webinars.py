"""Webinars, such as the EU-Japan regional cooperation good-practices series."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..admin_widgets import ZonedDateTimeInput
from ..blocks import DocumentsBlock, ProgrammeBlock
from .base import (
    SYNCHRONISED_SECTORS,
    SYNCHRONISED_SLUG,
    DerivedStatusMixin,
    HeadlessPreviewMixin,
    SectionIndexPage,
    sectors_field,
)
from .partners import EU_SIDE, JP_SIDE, SidedPartnerLink


class EventFormat(models.TextChoices):
    """How people attend (maps to schema.org's attendance modes)."""

    ONLINE = "online", _("Online")
    ON_SITE = "on_site", _("On site")
    HYBRID = "hybrid", _("Hybrid (on site and online)")


class WebinarPage(HeadlessPreviewMixin, DerivedStatusMixin, Page):
    """One webinar: when it runs, who speaks, and its recording afterwards."""

    class Status(models.TextChoices):
        UPCOMING = "upcoming", _("Upcoming")
        LIVE = "live", _("Live now")
        PAST = "past", _("Past")

    class Interpretation(models.TextChoices):
        NONE = "none", _("None")
        EN_JA = "en_ja", _("English ↔ Japanese")

    series = models.ForeignKey(
        "pages.WebinarSeries",
        verbose_name=_("series"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The series the webinar belongs to."),
    )
    summary = models.TextField(
        verbose_name=_("summary"), help_text=_("Two or three sentences shown in lists and embeds.")
    )
    start = models.DateTimeField(
        verbose_name=_("start"),
        db_index=True,
        help_text=_("Start, in your own time zone (set in your account); shown in CET and JST."),
    )
    duration_minutes = models.PositiveSmallIntegerField(
        verbose_name=_("duration in minutes"),
        default=90,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
        help_text=_("Planned length in minutes."),
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
        help_text=_("Venue or platform, e.g. 'Zoom'."),
    )
    interpretation = models.CharField(
        verbose_name=_("interpretation"),
        max_length=10,
        choices=Interpretation.choices,
        default=Interpretation.EN_JA,
        help_text=_("Simultaneous interpretation offered."),
    )
    # Planned end, derived from start and duration; stored so status filters run in SQL.
    end = models.DateTimeField(verbose_name=_("end"), editable=False, db_index=True)
    registration_url = models.URLField(
        verbose_name=_("registration URL"), blank=True, help_text=_("Where participants register.")
    )
    programme = StreamField(
        ProgrammeBlock(),
        verbose_name=_("programme"),
        blank=True,
        help_text=_("Time slots with talks and speakers."),
    )
    sectors = sectors_field(_("Sectors the webinar is about."))
    recording_url = models.URLField(
        verbose_name=_("recording URL"),
        blank=True,
        help_text=_("Recording (YouTube, Vimeo...), once the webinar has taken place."),
    )
    presentations = StreamField(
        DocumentsBlock(),
        verbose_name=_("presentations"),
        blank=True,
        help_text=_("Slides of the speakers, after the webinar."),
    )
    cancellation_notice = models.TextField(
        verbose_name=_("cancellation notice"),
        blank=True,
        help_text=_("Filled only if the webinar is cancelled or postponed; shown prominently."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("series"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("start", widget=ZonedDateTimeInput), FieldPanel("duration_minutes")]
                ),
                FieldRowPanel([FieldPanel("format"), FieldPanel("interpretation")]),
                FieldPanel("venue"),
                FieldPanel("registration_url"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("eu_partner_links", heading=_("European partners"), label=_("EU partner")),
        InlinePanel("jp_partner_links", heading=_("Japanese partners"), label=_("JP partner")),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("programme"),
        MultiFieldPanel(
            [FieldPanel("recording_url"), FieldPanel("presentations")],
            heading=_("After the webinar"),
        ),
        FieldPanel("cancellation_notice"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("programme"),
        index.SearchField("presentations"),
        index.SearchField("cancellation_notice"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [SYNCHRONISED_SLUG, SYNCHRONISED_SECTORS]

    parent_page_types = ["pages.WebinarIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("webinar")
        verbose_name_plural = _("webinars")

    status_boundaries = (("start", datetime.timedelta(0)), ("end", datetime.timedelta(0)))

    def compute_end(self):
        """Derive the planned end from the start and the duration."""
        if self.start and self.duration_minutes:
            self.end = self.start + datetime.timedelta(minutes=self.duration_minutes)

    @classmethod
    def status_filter(cls, status, moment):
        """A filter selecting the webinars that have the status at the moment."""
        return {
            cls.Status.UPCOMING: models.Q(start__gt=moment),
            cls.Status.LIVE: models.Q(start__lte=moment, end__gt=moment),
            cls.Status.PAST: models.Q(end__lte=moment),
        }[status]

    def status_at(self, moment):
        """Upcoming before the start, live until the planned end, past from the end on."""
        self.compute_end()
        if moment < self.start:
            return self.Status.UPCOMING
        if moment < self.end:
            return self.Status.LIVE
        return self.Status.PAST

    @property
    def programme_slots(self):
        """The programme's slots, in order."""
        return [child.value for child in self.programme]

    @property
    def eu_partners(self):
        """The European partner pages chosen, in order (as chosen, whatever their state)."""
        return [link.partner for link in self.eu_partner_links.all()]

    @property
    def jp_partners(self):
        """The Japanese partner pages chosen, in order (as chosen, whatever their state)."""
        return [link.partner for link in self.jp_partner_links.all()]

    @property
    def is_cancelled(self):
        return bool(self.cancellation_notice.strip())

    def get_context(self, request, *args, **kwargs):
        from .related import webinars_with_the_same_partners

        context = super().get_context(request, *args, **kwargs)
        context["partners_other_webinars"] = webinars_with_the_same_partners(self)
        return context

    def clean(self):
        super().clean()
        self.compute_end()
        if self.recording_url and self.start and self.start > timezone.now():
            raise ValidationError(
                {"recording_url": _("A recording can only be added once the webinar has started.")}
            )

    def save(self, *args, **kwargs):
        self.compute_end()
        super().save(*args, **kwargs)


class WebinarEUPartner(SidedPartnerLink):
    """A European partner of a webinar."""

    side = EU_SIDE
    page = ParentalKey(
        WebinarPage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="eu_partner_links",
    )


class WebinarJPPartner(SidedPartnerLink):
    """A Japanese partner of a webinar."""

    side = JP_SIDE
    page = ParentalKey(
        WebinarPage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="jp_partner_links",
    )


class WebinarIndexPage(SectionIndexPage):
    """The list of webinars."""

    listing_count = ngettext_lazy("%(count)s webinar", "%(count)s webinars", "count")
    subpage_types = ["pages.WebinarPage"]
    listed_model = WebinarPage
    listing_order = ("-start",)
    listing_filters = ("status", "sector")

    def prepare_cards(self, items):
        """The webinars with their partners, whom the cards pair: Europe, then Japan."""
        from .related import with_partner_pairs

        return with_partner_pairs(items)

    class Meta:
        verbose_name = _("webinar index")
        verbose_name_plural = _("webinar indexes")
