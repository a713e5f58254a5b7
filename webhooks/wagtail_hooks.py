"""The webhook endpoints and the read-only delivery log in the admin's Settings menu."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from editorial.dashboard import Task, TaskPanel

from .models import WebhookDelivery, WebhookEndpoint


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhooks")
    menu_name = "webhooks"
    add_to_settings_menu = True
    list_display = ["name", "url", "is_active"]
    form_fields = [
        "name",
        "url",
        "send_published",
        "send_unpublished",
        "send_deleted",
        "send_translation_published",
        "send_moved",
        "send_content_changed",
        "send_status_changed",
        "page_types",
        "is_active",
        "secret",
    ]


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Anyone who may view the model may only view it: the system writes the rows."""

    def user_has_permission(self, user, action):
        return action == "view" and any(
            super(ReadOnlyPermissionPolicy, self).user_has_permission(user, permission)
            for permission in ("view", "add", "change", "delete")
        )

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions)


register_permission_policy(WebhookDelivery, ReadOnlyPermissionPolicy(WebhookDelivery))


class WebhookDeliveryViewSet(ModelViewSet):
    """The delivery log: read-only, newest first, filterable by outcome."""

    model = WebhookDelivery
    icon = "list-ul"
    menu_label = _("Webhook deliveries")
    menu_name = "webhook-deliveries"
    add_to_settings_menu = True
    list_display = ["event", "endpoint", "status", "attempts", "response_status", "created_at"]
    list_filter = ["status", "event", "endpoint"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint",
        "event",
        "status",
        "attempts",
        "response_status",
        "error",
        "payload",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
    ]
    copy_view_enabled = False
    form_fields = ["status"]


@hooks.register("register_admin_viewset")
def register_webhook_viewsets():
    return [
        WebhookEndpointViewSet("webhook_endpoints"),
        WebhookDeliveryViewSet("webhook_deliveries"),
    ]


def failing_endpoints():
    """Active endpoints whose latest delivery failed or is being retried."""
    latest = WebhookDelivery.objects.filter(endpoint=OuterRef("pk")).order_by("-created_at", "-pk")
    endpoints = (
        WebhookEndpoint.objects.filter(is_active=True)
        .annotate(latest_status=Subquery(latest.values("status")[:1]))
        .filter(latest_status__in=[WebhookDelivery.Status.FAILED, WebhookDelivery.Status.RETRYING])
        .order_by("name", "pk")
    )
    tasks = []
    for endpoint in endpoints:
        delivery = endpoint.deliveries.order_by("-created_at", "-pk").first()
        answer = (
            _("HTTP %(status)s") % {"status": delivery.response_status}
            if delivery.response_status
            else delivery.error
        )
        tasks.append(
            Task(
                endpoint.name,
                "",
                reverse("webhook_deliveries:index") + f"?endpoint={endpoint.pk}",
                _("%(status)s after %(attempts)d attempts: %(answer)s")
                % {
                    "status": delivery.get_status_display(),
                    "attempts": delivery.attempts,
                    "answer": answer,
                },
            )
        )
    return tasks


@hooks.register("construct_homepage_panels")
def add_failing_webhooks_panel(request, panels):
    """Administrators see the endpoints that stopped receiving the site's changes."""
    if request.user.has_perm("webhooks.change_webhookendpoint"):
        panels.append(
            TaskPanel(
                "failing-webhooks",
                _("Webhooks failing"),
                failing_endpoints(),
                _("Every webhook's latest delivery succeeded."),
                order=90,
            )
        )
