"""The latest news' embed."""

from django.utils.translation import gettext_lazy

from graphql_api.common.embeds import Embed

NEWS = Embed(
    name="news",
    document="""
query EmbedNews($locale: Locale!, $limit: Int!) {
  items: news(locale: $locale, limit: $limit, order: DATE_DESC) {
    totalCount
    items { title fullUrl date summary }
  }
}
""",
    heading=gettext_lazy("Latest news"),
    empty=gettext_lazy("No news yet."),
)
