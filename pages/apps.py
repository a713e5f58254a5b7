from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Helpdesk content"

    def ready(self):
        # Publishing a source page brings its synchronised fields to its live translations.
        from . import translation_sync  # noqa: F401
