"""News articles."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import BodyBlock
from .base import (
    SYNCHRONISED_SECTORS,
    SYNCHRONISED_SLUG,
    HeadlessPreviewMixin,
    SectionIndexPage,
    sectors_field,
)

RELATABLE_PAGE_TYPES = [
    "pages.PartnerPage",
    "pages.WebinarPage",
    "pages.CallPage",
    "pages.EventPage",
]


class NewsPage(HeadlessPreviewMixin, Page):
    """A news article."""

    date = models.DateField(
        verbose_name=_("date"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("Publication date shown to readers."),
    )
    summary = models.TextField(
        verbose_name=_("summary"),
        help_text=_("Two or three sentences shown in lists, feeds and embeds."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), help_text=_("The article."))
    image = models.ForeignKey(
        "pages.LibraryImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Lead image; give it alt text in the image library."),
    )
    sectors = sectors_field(_("Sectors the article is about."))
    source_url = models.URLField(
        verbose_name=_("source URL"),
        blank=True,
        help_text=_("Original source, when the article reports someone else's news."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_links", heading=_("Related pages"), label=_("Related page")),
        FieldPanel("source_url"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [SYNCHRONISED_SLUG, SYNCHRONISED_SECTORS]

    parent_page_types = ["pages.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def public_related_pages(self):
        """Related pages visitors may see, in this article's language."""
        from pages.visibility import public_translations

        pages = [link.page for link in self.related_links.all()]
        language = self.locale.language_code
        # Two links to one page show it once.
        return list(dict.fromkeys(p for p in public_translations(pages, language) if p))


class NewsRelatedPage(Orderable):
    """A partner, webinar, call or event an article is about."""

    news = ParentalKey(
        NewsPage, verbose_name=_("news"), on_delete=models.CASCADE, related_name="related_links"
    )
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A partner profile, webinar, call or event."),
    )

    panels = [PageChooserPanel("page", RELATABLE_PAGE_TYPES)]

    def clean(self):
        super().clean()
        if self.page_id:
            model_name = f"pages.{self.page.specific_class.__name__}"
            if model_name not in RELATABLE_PAGE_TYPES:
                raise ValidationError(
                    {"page": _("Relate a partner profile, webinar, call or event.")}
                )


class NewsIndexPage(SectionIndexPage):
    """The list of news articles."""

    listing_count = ngettext_lazy("%(count)s news article", "%(count)s news articles", "count")
    subpage_types = ["pages.NewsPage"]
    listed_model = NewsPage
    listing_order = ("-date", "-pk")
    listing_joins = ("image",)
    listing_filters = ("sector",)

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")
