"""The home page: one per language, at the root of each language's tree."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from django.db import models


class HomePage(Page):
    """The helpdesk's home page."""

    tagline = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("One line under the site name, e.g. 'A bridge for industrial cooperation'."),
    )
    intro = RichTextField(
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A paragraph introducing the helpdesk."),
    )

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "pages.NewsIndexPage",
        "pages.WebinarIndexPage",
        "pages.EventIndexPage",
        "pages.CallIndexPage",
        "pages.PartnerIndexPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
