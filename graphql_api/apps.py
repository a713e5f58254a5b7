from django.apps import AppConfig


class GraphqlApiConfig(AppConfig):
    name = "graphql_api"
    verbose_name = "GraphQL API"

    def ready(self):
        from .http import caching  # noqa: F401  (connects the cache invalidation receivers)
