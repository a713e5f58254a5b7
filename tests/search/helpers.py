"""What a query finds, as the search tests compare it."""

from search.matching import search, searchable


def found(query, locales, now=None):
    """Ids of the first 20 public pages of the locales the query finds, best first."""
    return [hit.page_id for hit in search(query, searchable(locales, now), 20, 0).hits]
