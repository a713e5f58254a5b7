"""The call's editor shows its applications as counts: how many by status, and places left."""

from urllib.parse import urlencode

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import MultiFieldPanel, Panel

from .models import Application
from .review import places_left


class ApplicationsPanel(Panel):
    """Counts only, for whoever edits the call; the list itself, for the roles that review."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "applications/admin/call_panel.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.accepts_applications)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            call = self.instance
            counts = dict(
                Application.objects.filter(call_key=call.translation_key)
                .values_list("status")
                .annotate(count=Count("pk"))
            )
            may_review = self.request.user.has_perm("applications.change_application")
            context.update(
                counts=[
                    (label, counts.get(status, 0)) for status, label in Application.Status.choices
                ],
                total=sum(counts.values()),
                places=call.places,
                places_left=places_left(call),
                list_url=(
                    reverse("applications:index") + "?" + urlencode({"call": call.translation_key})
                    if may_review
                    else None
                ),
            )
            return context


def show_applications_in_call_editor(call_model):
    """Put the counts at the end of the call editor's "Online applications" panel."""
    for panel in call_model.content_panels:
        fields = [getattr(child, "field_name", None) for child in getattr(panel, "children", [])]
        if isinstance(panel, MultiFieldPanel) and "accepts_applications" in fields:
            panel.children.append(ApplicationsPanel(heading=_("Applications received")))
            return
    raise LookupError("The call editor has no panel with accepts_applications.")
