"""The open calls' embed, nearest deadline first."""

from django.utils.translation import gettext_lazy

from graphql_api.common.embeds import Embed

CALLS = Embed(
    name="calls",
    document="""
query EmbedCalls($locale: Locale!, $limit: Int!) {
  items: calls(locale: $locale, limit: $limit, status: OPEN, order: DEADLINE_ASC) {
    totalCount
    items { title fullUrl daysLeft deadlineLocal { clock abbreviation dateTime timeZone } }
  }
}
""",
    heading=gettext_lazy("Open calls"),
    empty=gettext_lazy("No call is open at the moment."),
    local_time="deadlineLocal",
)
