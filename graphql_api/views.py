"""The GraphQL endpoint."""

from strawberry.django.views import GraphQLView

from django.conf import settings
from django.views.decorators.csrf import csrf_exempt

from .schema import schema


class HelpdeskGraphQLView(GraphQLView):
    """Strawberry's view, with GraphiQL only where the settings enable it."""

    @property
    def graphql_ide(self):
        return "graphiql" if getattr(settings, "GRAPHIQL_ENABLED", False) else None

    @graphql_ide.setter
    def graphql_ide(self, value):
        """The settings decide; the value given to the constructor is ignored."""

    def create_response(self, response_data, sub_response):
        """Answer 400 when a request failed as a whole (malformed, invalid or bad input)."""
        response = super().create_response(response_data, sub_response)
        if (
            isinstance(response_data, dict)
            and response_data.get("errors")
            and response_data.get("data") is None
        ):
            response.status_code = 400
        return response


def graphql_view():
    """The endpoint: queries by GET or POST.

    CSRF protection is off because the API is read-only (the schema has no mutations) and
    public, so a forged cross-site request can neither change data nor read private content.
    """
    return csrf_exempt(HelpdeskGraphQLView.as_view(schema=schema, allow_queries_via_get=True))
