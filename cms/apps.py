"""The project package as a Django app: its templates, commands and database set-up."""

from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "EJRC Helpdesk CMS"

    def ready(self):
        from . import database  # noqa: F401 (connects its connection_created receiver)
