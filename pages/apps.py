from django.apps import AppConfig


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = "Helpdesk content"

    def ready(self):
        from . import webhooks  # noqa: F401  (connects the publishing signal receivers)
