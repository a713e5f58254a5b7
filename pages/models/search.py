"""The site's own search index: one document per live page and its terms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """A page as search reads it: its texts, those texts normalised for matching, its sectors."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    title = models.TextField()
    # Summary, body and the other searched texts, for snippets.
    text = models.TextField()
    # Title and text normalised (see pages.search.normalise), for substring checks.
    normalised = models.TextField()
    # Slugs of the page's sectors, separated by spaces, for facets and filters.
    sectors = models.TextField(blank=True, default="")

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A term of a document (English stem, Japanese character or pair, partner name), weighted."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=64)
    weight = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        # Covers the search's query: the documents holding terms, and their weights.
        indexes = [
            models.Index(fields=["term", "document", "weight"], name="pages_searchterm_covering")
        ]

    def __str__(self):
        return self.term
