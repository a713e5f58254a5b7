from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApplicationsConfig(AppConfig):
    name = "applications"
    verbose_name = _("Applications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pages.models import CallPage

        from . import retention  # noqa: F401  (connects the deletion of a call's applications)
        from .panels import show_applications_in_call_editor

        show_applications_in_call_editor(CallPage)
