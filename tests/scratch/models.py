"""Success stories: a small page type and its section index."""

from django.db import models
from django.utils.translation import ngettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from pages.models.base import SYNCHRONISED_SLUG, HeadlessPreviewMixin, SectionIndexPage


class StoryPage(HeadlessPreviewMixin, Page):
    """A success story of the cooperation."""

    date = models.DateField(help_text="The day the story happened.")
    summary = models.TextField(help_text="Two sentences shown in lists.")
    body = RichTextField(blank=True, help_text="The story.")

    content_panels = [
        *Page.content_panels,
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("body")]
    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["scratch.StoryIndexPage"]
    subpage_types = []
    template = "scratch/story_page.html"


class StoryIndexPage(SectionIndexPage):
    """The index of the success stories."""

    subpage_types = ["scratch.StoryPage"]
    listed_model = StoryPage
    listing_order = ("-date", "-pk")
    listing_count = ngettext_lazy("%(count)s success story", "%(count)s success stories", "count")
    template = "scratch/story_index_page.html"
