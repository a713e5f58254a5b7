"""The front-end preview targets in the admin's Settings menu."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import PreviewTarget


class PreviewTargetViewSet(ModelViewSet):
    model = PreviewTarget
    icon = "view"
    menu_label = _("Front-end previews")
    menu_name = "front-end-previews"
    add_to_settings_menu = True
    list_display = ["site", "locale", "url_template"]
    form_fields = ["site", "locale", "url_template"]


@hooks.register("register_admin_viewset")
def register_preview_target_viewset():
    return PreviewTargetViewSet("preview_targets")
