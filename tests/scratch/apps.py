from django.apps import AppConfig


class ScratchConfig(AppConfig):
    """A throwaway content type, declared only in its own package, to show what covers it."""

    name = "tests.scratch"
    label = "scratch"
    default_auto_field = "django.db.models.BigAutoField"
    # pages.registry reads the kinds an app declares; graphql_api.schema imports its `api`.
    page_kinds = "tests.scratch.kinds.PAGE_KINDS"
