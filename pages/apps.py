from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Helpdesk content"

    def ready(self):
        # Both modules connect publishing signal receivers.
        from . import translation_sync, webhooks  # noqa: F401
