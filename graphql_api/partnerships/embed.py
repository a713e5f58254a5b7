"""The partnerships' embed, newest first, with the year they began."""

from django.utils.translation import gettext_lazy

from graphql_api.common.embeds import Embed

PARTNERSHIPS = Embed(
    name="partnerships",
    document="""
query EmbedPartnerships($locale: Locale!, $limit: Int!) {
  items: partnerships(locale: $locale, limit: $limit, order: SINCE_DESC) {
    totalCount
    items { title fullUrl since }
  }
}
""",
    heading=gettext_lazy("Partnerships"),
    empty=gettext_lazy("No partnership yet."),
)
