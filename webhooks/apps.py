from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = _("Webhooks")

    def ready(self):
        # Publishing, unpublishing and deleting pages record deliveries.
        from . import delivery  # noqa: F401
