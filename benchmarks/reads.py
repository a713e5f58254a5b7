"""The reads the benchmark measures, as GraphQL documents with their variables."""

import json
from dataclasses import dataclass, field
from urllib.parse import urlencode

NEWS = """
query News($limit: Int!, $locale: Locale!) {
  news(limit: $limit, locale: $locale) {
    totalCount
    items {
      id title url date summary
      image { alt url(width: 640) srcset }
      sectors { items { slug name } }
      relatedPages { items { __typename id title url } }
      translations { locale title url }
    }
  }
}
"""

WEBINARS = """
query Webinars($limit: Int!, $locale: Locale!) {
  webinars(limit: $limit, locale: $locale) {
    totalCount
    items {
      id title url start end status summary
      series { slug name }
      euPartners { items { id title url } }
      jpPartners { items { id title url } }
      programme { items { id startTime endTime title speakers { items { name organisation } } } }
      translations { locale title url }
    }
  }
}
"""

PAGES = """
query Pages($limit: Int!, $locale: Locale!) {
  pages(limit: $limit, locale: $locale, types: [NEWS, WEBINAR, EVENT, CALL]) {
    totalCount
    items { __typename id title slug url firstPublishedAt locale }
  }
}
"""

PAGE_BY_PATH = """
query Article($path: String!) {
  page(path: $path) {
    __typename id title url
    ... on NewsPage {
      date
      body(limit: 100) {
        totalCount
        items {
          __typename
          ... on ParagraphBlock { id html }
          ... on QuoteBlock { id quote attribution }
        }
      }
    }
  }
}
"""

# Every root list, at the sizes whose query counts must agree.
ROOT_LISTS = {
    "news": "{ news(limit: %d) { totalCount items { id title url } } }",
    "webinars": "{ webinars(limit: %d) { totalCount items { id title url } } }",
    "events": "{ events(limit: %d) { totalCount items { id title url } } }",
    "calls": "{ calls(limit: %d) { totalCount items { id title url } } }",
    "partners": "{ partners(limit: %d) { totalCount items { id title url } } }",
    "partnerships": "{ partnerships(limit: %d) { totalCount items { id title url } } }",
    "pages": "{ pages(limit: %d) { totalCount items { id title url } } }",
    "sectors": "{ sectors(limit: %d) { totalCount items { slug name } } }",
    "webinarSeries": "{ webinarSeries(limit: %d) { totalCount items { slug name } } }",
    "regions": "{ regions(limit: %d) { totalCount items { code nameNational } } }",
    "offices": "{ offices(limit: %d) { totalCount items { name } } }",
}
LIST_SIZES = (5, 20, 100)


@dataclass(frozen=True)
class Read:
    """One measured read: its name, document and variables."""

    name: str
    document: str
    variables: dict = field(default_factory=dict)

    def payload(self):
        """The JSON body of the request."""
        return {"query": self.document, "variables": self.variables}


def measured_reads(article_path):
    """The four reads of the latency table (the article is the one with the long body)."""
    return [
        Read("news x100", NEWS, {"limit": 100, "locale": "EN"}),
        Read("webinars x100", WEBINARS, {"limit": 100, "locale": "EN"}),
        Read("pages x100, 4 types", PAGES, {"limit": 100, "locale": "EN"}),
        Read("page(path), 100 blocks", PAGE_BY_PATH, {"path": article_path}),
    ]


# The HTTP read: `news` with its nested relations, by GET so caches can keep it.
HTTP_ITEMS = 50


def http_path():
    """The path and query string of the HTTP read."""
    variables = json.dumps({"limit": HTTP_ITEMS, "locale": "EN"})
    return "/graphql/?" + urlencode({"query": NEWS, "variables": variables})
