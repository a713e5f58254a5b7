from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PreviewsConfig(AppConfig):
    name = "previews"
    verbose_name = _("Draft previews")

    def ready(self):
        # Publishing or unpublishing a page revokes the preview grants of its drafts.
        from . import tokens  # noqa: F401
