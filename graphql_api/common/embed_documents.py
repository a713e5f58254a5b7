"""The embeds' GraphQL documents, one per kind: run by the script and the iframe, always trusted."""

CALLS = """
query EmbedCalls($locale: Locale!, $limit: Int!) {
  items: calls(locale: $locale, limit: $limit, status: OPEN, order: DEADLINE_ASC) {
    totalCount
    items { title fullUrl daysLeft deadlineLocal { clock abbreviation dateTime timeZone } }
  }
}
"""

WEBINARS = """
query EmbedWebinars($locale: Locale!, $limit: Int!) {
  items: webinars(locale: $locale, limit: $limit, status: UPCOMING, order: START_ASC) {
    totalCount
    items { title fullUrl isCancelled startLocal { clock abbreviation dateTime timeZone } }
  }
}
"""

NEWS = """
query EmbedNews($locale: Locale!, $limit: Int!) {
  items: news(locale: $locale, limit: $limit, order: DATE_DESC) {
    totalCount
    items { title fullUrl date summary }
  }
}
"""

PARTNERS = """
query EmbedPartners($locale: Locale!, $limit: Int!) {
  items: partners(locale: $locale, limit: $limit, order: TITLE_ASC) {
    totalCount
    items { title fullUrl side country logo { url(width: 160) alt } }
  }
}
"""

PARTNERSHIPS = """
query EmbedPartnerships($locale: Locale!, $limit: Int!) {
  items: partnerships(locale: $locale, limit: $limit, order: SINCE_DESC) {
    totalCount
    items { title fullUrl since }
  }
}
"""

EMBED_DOCUMENTS = {
    "calls": CALLS,
    "webinars": WEBINARS,
    "news": NEWS,
    "partners": PARTNERS,
    "partnerships": PARTNERSHIPS,
}
MAX_EMBED_ITEMS = 20
