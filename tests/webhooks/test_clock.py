"""The clock's task: scheduled publishing happens at its time, with its webhook."""

import datetime

import pytest
import time_machine
from django_tasks_db.models import DBTaskResult

from django.test import Client

from tests import factories
from webhooks.clock import send_clock_events
from webhooks.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 12, 7, 9, 0, tzinfo=datetime.UTC)
GO_LIVE = NOW + datetime.timedelta(hours=2)


@pytest.fixture
def scheduled(site_tree, django_capture_on_commit_callbacks):
    """An article approved to go live two hours from now, and an endpoint listening."""
    WebhookEndpoint.objects.create(name="Front-end", url="https://front.example/revalidate")
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        page = factories.NewsPageFactory(
            parent=site_tree.news, title="Launch", slug="launch", live=False, go_live_at=GO_LIVE
        )
        page.save_revision().publish()
    return page


def test_scheduling_a_revision_wakes_the_task_at_its_time(scheduled):
    runs = DBTaskResult.objects.filter(task_path="webhooks.clock.check_clock", run_after=GO_LIVE)
    assert runs.count() == 1
    scheduled.refresh_from_db()
    assert (scheduled.live, WebhookDelivery.objects.count()) == (False, 0)


def test_the_task_publishes_the_revision_at_its_time_and_tells_the_front_end(
    scheduled, django_capture_on_commit_callbacks
):
    with time_machine.travel(GO_LIVE - datetime.timedelta(seconds=1), tick=False):
        send_clock_events(GO_LIVE - datetime.timedelta(seconds=1))
        assert Client().get("/en/news/launch/").status_code == 404
    with (
        time_machine.travel(GO_LIVE, tick=False),
        django_capture_on_commit_callbacks(execute=True),
    ):
        send_clock_events(GO_LIVE)
    scheduled.refresh_from_db()
    assert (scheduled.live, scheduled.first_published_at) == (True, GO_LIVE)
    with time_machine.travel(GO_LIVE, tick=False):
        assert Client().get("/en/news/launch/").status_code == 200
    delivery = WebhookDelivery.objects.get()
    assert (delivery.event, delivery.payload["page"]["path"]) == (
        "page.published",
        "/en/news/launch/",
    )
    assert delivery.payload["affectedPaths"] == ["/en/", "/en/news/"]
