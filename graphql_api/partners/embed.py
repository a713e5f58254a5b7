"""The partners' embed: cards with their side and country."""

from django.utils.translation import gettext_lazy

from graphql_api.common.embeds import Embed

PARTNERS = Embed(
    name="partners",
    document="""
query EmbedPartners($locale: Locale!, $limit: Int!) {
  items: partners(locale: $locale, limit: $limit, order: TITLE_ASC) {
    totalCount
    items { title fullUrl side country logo { url(width: 160) alt } }
  }
}
""",
    heading=gettext_lazy("Partners"),
    empty=gettext_lazy("No partner profile yet."),
)
