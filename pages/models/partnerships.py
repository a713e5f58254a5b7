"""EU-Japan partnerships: the regional and cluster cooperations the good-practice series presents."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from .base import (
    SYNCHRONISED_SECTORS,
    SYNCHRONISED_SLUG,
    HeadlessPreviewMixin,
    SectionIndexPage,
    sectors_field,
)
from .partners import EU_SIDE, JP_SIDE, SidedPartnerLink
from .webinars import WebinarPage


class PartnershipPage(HeadlessPreviewMixin, Page):
    """One EU-Japan partnership: its partners on both sides, since when, and what it achieved."""

    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("Two or three sentences shown in lists, feeds and embeds."),
    )
    since = models.PositiveSmallIntegerField(
        verbose_name=_("since"),
        validators=[MinValueValidator(1950)],
        help_text=_("The year the partners started working together, e.g. 2011."),
    )
    sectors = sectors_field(_("Sectors the partnership works in."))
    outcomes = RichTextField(
        verbose_name=_("outcomes"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the partnership has achieved: projects, exchanges, agreements, figures."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("since"),
        InlinePanel("eu_partner_links", heading=_("European partners"), label=_("EU partner")),
        InlinePanel("jp_partner_links", heading=_("Japanese partners"), label=_("JP partner")),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("outcomes"),
        InlinePanel("webinar_links", heading=_("Webinars that presented it"), label=_("Webinar")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("outcomes"),
        index.FilterField("since"),
    ]
    override_translatable_fields = [
        SYNCHRONISED_SLUG,
        SynchronizedField("since"),
        SYNCHRONISED_SECTORS,
    ]

    parent_page_types = ["pages.PartnershipIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    @property
    def eu_partners(self):
        """The European partner pages chosen, in order (as chosen, whatever their state)."""
        return [link.partner for link in self.eu_partner_links.all()]

    @property
    def jp_partners(self):
        """The Japanese partner pages chosen, in order (as chosen, whatever their state)."""
        return [link.partner for link in self.jp_partner_links.all()]

    @property
    def webinars(self):
        """The webinar pages chosen, in order (as chosen, whatever their state)."""
        return [link.webinar for link in self.webinar_links.all()]

    def clean(self):
        super().clean()
        if self.since and self.since > datetime.date.today().year:
            raise ValidationError({"since": _("A partnership cannot start in the future.")})


class PartnershipEUPartner(SidedPartnerLink):
    """A European partner of a partnership."""

    side = EU_SIDE
    page = ParentalKey(
        PartnershipPage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="eu_partner_links",
    )


class PartnershipJPPartner(SidedPartnerLink):
    """A Japanese partner of a partnership."""

    side = JP_SIDE
    page = ParentalKey(
        PartnershipPage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="jp_partner_links",
    )


class PartnershipWebinar(Orderable):
    """A webinar in which the partners presented their partnership."""

    page = ParentalKey(
        PartnershipPage,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="webinar_links",
    )
    webinar = models.ForeignKey(
        WebinarPage,
        verbose_name=_("webinar"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The webinar's page."),
    )

    panels = [FieldPanel("webinar")]


class PartnershipIndexPage(SectionIndexPage):
    """The list of partnerships."""

    listing_count = ngettext_lazy("%(count)s partnership", "%(count)s partnerships", "count")
    subpage_types = ["pages.PartnershipPage"]
    listed_model = PartnershipPage
    listing_order = ("since", "title")
    listing_filters = ("sector",)

    class Meta:
        verbose_name = _("partnership index")
        verbose_name_plural = _("partnership indexes")
