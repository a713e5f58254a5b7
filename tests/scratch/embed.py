"""The success stories' embed, served at /embed/stories/ without an edit elsewhere."""

from django.utils.translation import gettext_lazy

from graphql_api.common.embeds import Embed

STORIES = Embed(
    name="stories",
    document="""
query EmbedStories($locale: Locale!, $limit: Int!) {
  items: stories(locale: $locale, limit: $limit, order: DATE_DESC) {
    totalCount
    items { title fullUrl date }
  }
}
""",
    heading=gettext_lazy("Success stories"),
    empty=gettext_lazy("No success story yet."),
)
