"""The upcoming webinars' embed, soonest first."""

from django.utils.translation import gettext_lazy

from graphql_api.common.embeds import Embed

WEBINARS = Embed(
    name="webinars",
    document="""
query EmbedWebinars($locale: Locale!, $limit: Int!) {
  items: webinars(locale: $locale, limit: $limit, status: UPCOMING, order: START_ASC) {
    totalCount
    items { title fullUrl isCancelled startLocal { clock abbreviation dateTime timeZone } }
  }
}
""",
    heading=gettext_lazy("Upcoming webinars"),
    empty=gettext_lazy("No webinar is scheduled at the moment."),
    local_time="startLocal",
)
