"""The site's own search index: one document per live page and its terms.

The tables keep the names they had when the index was part of the content model.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchFacet(models.Model):
    """A page type and set of sectors that documents share: what results are counted by."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    # Slugs of the sectors, sorted and separated by spaces.
    sectors = models.TextField(blank=True, default="")

    class Meta:
        db_table = "pages_searchfacet"
        verbose_name = _("search facet")
        verbose_name_plural = _("search facets")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "sectors"], name="pages_searchfacet_unique"
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}: {self.sectors}"


class SearchDocument(models.Model):
    """A page as search reads it: its texts, those texts normalised for matching, its facet."""

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    facet = models.ForeignKey(SearchFacet, on_delete=models.PROTECT, related_name="+")
    title = models.TextField()
    # Summary, body and the other searched texts, for snippets.
    text = models.TextField()
    # Title and text normalised (see search.text.normalise), for substring checks.
    normalised = models.TextField()

    class Meta:
        db_table = "pages_searchdocument"
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A term of a document (English stem, Japanese n-gram, partner name), weighted.

    The term carries its document's facet, so that a query counts its results by type and
    sector from the term index alone, without reading thousands of documents.
    """

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="terms")
    term = models.CharField(max_length=64)
    weight = models.PositiveSmallIntegerField()
    # Derived data written in bulk: no constraint to check on each of its millions of rows.
    facet = models.ForeignKey(
        SearchFacet, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )

    class Meta:
        db_table = "pages_searchterm"
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")
        # Covers the search's query: the documents holding terms, their weights and facets.
        indexes = [
            models.Index(
                fields=["term", "document", "weight", "facet"], name="pages_searchterm_covering"
            )
        ]

    def __str__(self):
        return self.term
