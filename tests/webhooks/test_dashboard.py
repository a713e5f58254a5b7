"""The dashboard panel of failing webhooks: endpoints whose latest delivery did not arrive."""

import datetime

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from editorial.roles import ADMINISTRATORS, MODERATORS
from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.wagtail_hooks import failing_endpoints

pytestmark = pytest.mark.django_db
Status = WebhookDelivery.Status


def endpoint(name, *outcomes, active=True):
    """An endpoint with deliveries of these (status, attempts, HTTP status, error), oldest first."""
    found = WebhookEndpoint.objects.create(
        name=name, url=f"https://{name.lower()}.example.org/hook", is_active=active
    )
    for minute, (status, attempts, response_status, error) in enumerate(outcomes):
        delivery = WebhookDelivery.objects.create(
            endpoint=found,
            event="page_published",
            payload={},
            status=status,
            attempts=attempts,
            response_status=response_status,
            error=error,
        )
        # Distinct times: deliveries are ordered by them (their ids are random).
        WebhookDelivery.objects.filter(pk=delivery.pk).update(
            created_at=datetime.datetime(2026, 11, 20, 12, minute, tzinfo=datetime.UTC)
        )
    return found


@pytest.fixture
def endpoints():
    return {
        "eccp": endpoint("ECCP", (Status.DELIVERED, 1, 200, ""), (Status.FAILED, 5, 500, "")),
        "recovered": endpoint(
            "Recovered", (Status.FAILED, 5, 503, ""), (Status.DELIVERED, 1, 200, "")
        ),
        "paused": endpoint("Paused", (Status.FAILED, 5, 500, ""), active=False),
        "prefecture": endpoint("Prefecture", (Status.RETRYING, 2, None, "Connection refused")),
        "quiet": endpoint("Quiet"),
    }


def test_active_endpoints_whose_latest_delivery_failed(endpoints):
    deliveries = reverse("webhook_deliveries:index")
    assert [(task.title, task.url, task.note) for task in failing_endpoints()] == [
        (
            "ECCP",
            f"{deliveries}?endpoint={endpoints['eccp'].pk}",
            "Failed after 5 attempts: HTTP 500",
        ),
        (
            "Prefecture",
            f"{deliveries}?endpoint={endpoints['prefecture'].pk}",
            "Retrying after 2 attempts: Connection refused",
        ),
    ]


def test_only_administrators_see_the_panel(endpoints, client, django_user_model):
    for group, shown in ((ADMINISTRATORS, True), (MODERATORS, False)):
        user = django_user_model.objects.create_user(group.lower(), "", "x")
        user.groups.add(Group.objects.get(name=group))
        client.force_login(user)
        page = client.get(reverse("wagtailadmin_home")).content.decode()
        assert ("Webhooks failing" in page, "Failed after 5 attempts: HTTP 500" in page) == (
            shown,
            shown,
        )
