"""Standing information about the helpdesk: about, contact, legal notice, privacy, accessibility."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import BodyBlock
from .base import SYNCHRONISED_SLUG, HeadlessPreviewMixin


class InformationPage(HeadlessPreviewMixin, Page):
    """A page of standing information under the home page (About, Contact, Privacy, ...)."""

    summary = models.TextField(
        verbose_name=_("summary"),
        blank=True,
        help_text=_("One or two sentences for search results and link previews."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), help_text=_("The page's text."))
    show_offices = models.BooleanField(
        verbose_name=_("list the offices"),
        default=False,
        help_text=_(
            "Show the helpdesk's offices, with their addresses, after the text (About, Contact)."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("show_offices"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["pages.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")

    def get_context(self, request, *args, **kwargs):
        from pages.models import Office

        context = super().get_context(request, *args, **kwargs)
        context["offices"] = (
            Office.objects.filter(locale=self.locale).order_by("sort_order", "name")
            if self.show_offices
            else []
        )
        return context
