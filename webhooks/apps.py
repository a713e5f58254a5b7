from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    name = "webhooks"
    verbose_name = _("Webhooks")

    def ready(self):
        # Publishing, unpublishing, moving and deleting pages, changing what pages show, and
        # the clock record deliveries.
        from . import clock, content_events, delivery  # noqa: F401
