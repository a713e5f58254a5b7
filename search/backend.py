"""Wagtail's search backend for the admin: pages from the site's own index, the rest as before.

The admin's page search, the explorer's filter box and the page choosers then find Japanese words
inside compounds the way visitors do (search.text), drafts included; images, documents and
snippets stay with Wagtail's database backend.
"""

from collections import Counter

from wagtail.models import Page
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.query import Phrase, PlainText

from .matching import matches, ranked


class PageSearchResults:
    """The pages of a queryset matching a query, sliced and counted like Wagtail's results."""

    supports_facet = True

    def __init__(self, found, queryset, order_by_relevance, start=0, stop=None):
        self.found = found
        self.queryset = queryset
        self.order_by_relevance = order_by_relevance
        self.start, self.stop = start, stop
        self._results = None

    def results(self):
        if self._results is None:
            if self.order_by_relevance:
                ids = [match.page_id for match in ranked(self.found)[self.start : self.stop]]
                pages = self.queryset.filter(pk__in=ids).in_bulk()
                self._results = [pages[page_id] for page_id in ids if page_id in pages]
            else:
                # The queryset's own order (the admin's sortable columns).
                ids = [match.page_id for match in self.found]
                self._results = list(self.queryset.filter(pk__in=ids)[self.start : self.stop])
        return self._results

    def count(self):
        total = max(0, len(self.found) - self.start)
        return total if self.stop is None else min(total, self.stop - self.start)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start = self.start + (key.start or 0)
            stop = self.stop if key.stop is None else self.start + key.stop
            if self.stop is not None and stop is not None:
                stop = min(stop, self.stop)
            return PageSearchResults(
                self.found, self.queryset, self.order_by_relevance, start, stop
            )
        return self.results()[key]

    def __iter__(self):
        return iter(self.results())

    def __len__(self):
        return len(self.results())

    def facet(self, field_name):
        """Counts of the matched pages by content type, the one facet the admin asks for."""
        if field_name not in {"content_type", "content_type_id"}:
            raise NotImplementedError(f"Pages are faceted by content type only, not {field_name}.")
        return dict(Counter(match.content_type_id for match in self.found).most_common())


class SearchBackend:
    """Wagtail's database backend, with pages searched in the site's search index."""

    def __init__(self, params):
        self.delegate = DatabaseSearchBackend(params)

    def __getattr__(self, name):
        return getattr(self.delegate, name)

    def _pages(self, query, model_or_queryset, order_by_relevance, prefix):
        queryset = (
            model_or_queryset
            if hasattr(model_or_queryset, "query")
            else model_or_queryset.objects.all()
        )
        text = query if isinstance(query, str) else query.query_string
        # None: nothing searchable in the query (punctuation only).
        found = matches(text, queryset, prefix=prefix) or []
        return PageSearchResults(found, queryset, order_by_relevance)

    def _handles(self, query, model_or_queryset):
        model = getattr(model_or_queryset, "model", model_or_queryset)
        # Phrases and plain words; Wagtail's other query objects (MATCH_ALL, And, Or) go on.
        return issubclass(model, Page) and isinstance(query, str | PlainText | Phrase)

    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        if self._handles(query, model_or_queryset):
            return self._pages(query, model_or_queryset, order_by_relevance, prefix=False)
        return self.delegate.search(query, model_or_queryset, fields, operator, order_by_relevance)

    def autocomplete(
        self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True
    ):
        if self._handles(query, model_or_queryset):
            return self._pages(query, model_or_queryset, order_by_relevance, prefix=True)
        return self.delegate.autocomplete(
            query, model_or_queryset, fields, operator, order_by_relevance
        )
