"""Webhooks: signed deliveries from a real queue, retries, the log, and publishing never blocked."""

import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Page

from tests import factories
from webhooks.models import WebhookDelivery, WebhookEndpoint


class Receiver:
    """A local HTTP endpoint that records requests and answers with scripted statuses."""

    def __init__(self, statuses=()):
        self.requests = []
        self.statuses = list(statuses)
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers["Content-Length"])
                # The Message keeps header look-ups case-insensitive, as HTTP has them.
                receiver.requests.append((self.headers, self.rfile.read(length)))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.stop()


@pytest.fixture
def webhook_settings(settings):
    settings.WEBHOOK_RETRY_BASE_SECONDS = 0
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_TIMEOUT_SECONDS = 2
    # The local receivers are plain http on 127.0.0.1, which production refuses.
    settings.WEBHOOK_ALLOW_HTTP = True
    settings.WEBHOOK_ALLOWED_PRIVATE_NETWORKS = ["127.0.0.0/8"]
    return settings


def run_worker(django_capture_on_commit_callbacks):
    """Work through every due webhook task, as `db_worker --batch` does in production."""
    # The worker recycles database connections between tasks; inside a test that would close
    # the connection holding the test's transaction.
    with (
        mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        call_command(
            "db_worker",
            "--batch",
            "--backend=webhooks",
            "--queue-name=webhooks",
            "--no-startup-delay",
            verbosity=0,
        )


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def expected_signature(secret, headers, body):
    message = headers["X-EJRC-Timestamp"].encode() + b"." + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


@pytest.mark.django_db
def test_publish_is_delivered_by_the_worker_signed(
    site_tree, receiver, webhook_settings, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpoint.objects.create(name="ECCP", url=receiver.url, secret="s3cret")
    call = factories.CallPageFactory(parent=site_tree.calls, slug="mobility", live=False)
    publish(call, django_capture_on_commit_callbacks)

    # Publishing only queued the delivery: nothing was sent during the editor's request.
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, receiver.requests) == ("pending", 0, [])
    # The delivery, and the clock's look ahead at what the next moment changes.
    assert sorted(
        DBTaskResult.objects.filter(status="READY").values_list("task_path", flat=True)
    ) == [
        "webhooks.clock.check_clock",
        "webhooks.delivery.deliver",
    ]

    run_worker(django_capture_on_commit_callbacks)

    headers, body = receiver.requests[0]
    assert headers["X-EJRC-Signature"] == expected_signature("s3cret", headers, body)
    assert headers["X-EJRC-Event"] == "page.published"
    assert headers["X-EJRC-Delivery"] == str(delivery.pk)
    payload = json.loads(body)
    assert payload["event"] == "page.published"
    assert payload["page"] == {
        "id": call.pk,
        "type": "pages.CallPage",
        "graphqlType": "CallPage",
        "locale": "en",
        # PUBLIC_BASE_URL, not the Site record's host (localhost).
        "url": "https://helpdesk.example/en/calls/mobility/",
        "path": "/en/calls/mobility/",
        "previousPath": None,
        "translationKey": str(call.translation_key),
        "translations": [],
    }
    # The calls list and the home page's open calls show the new call.
    assert payload["affectedPaths"] == ["/en/", "/en/calls/"]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("delivered", 1, 200)
    assert endpoint.deliveries.count() == 1


@pytest.mark.django_db
def test_a_500_is_retried_and_logged(
    site_tree, receiver, webhook_settings, django_capture_on_commit_callbacks
):
    receiver.statuses = [500]
    WebhookEndpoint.objects.create(name="Partner site", url=receiver.url)
    publish(factories.NewsPageFactory(parent=site_tree.news), django_capture_on_commit_callbacks)

    run_worker(django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status, delivery.error) == (
        "retrying",
        1,
        500,
        "HTTP 500",
    )
    assert delivery.next_attempt_at is not None

    run_worker(django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.response_status, delivery.error) == (
        "delivered",
        2,
        200,
        "",
    )
    assert len(receiver.requests) == 2
    # Both attempts carried the same delivery id, so the receiver can de-duplicate.
    assert {h["X-EJRC-Delivery"] for h, _ in receiver.requests} == {str(delivery.pk)}


@pytest.mark.django_db
def test_publishing_succeeds_while_the_receiver_is_down(
    site_tree, webhook_settings, django_capture_on_commit_callbacks
):
    down = Receiver()
    down.stop()
    WebhookEndpoint.objects.create(name="Down", url=down.url)
    news = factories.NewsPageFactory(parent=site_tree.news, title="Still published")
    publish(news, django_capture_on_commit_callbacks)
    assert Page.objects.get(pk=news.pk).live is True

    for _attempt in range(3):
        run_worker(django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_status) == ("failed", 3, None)
    assert "refused" in delivery.error.lower()
    assert delivery.next_attempt_at is None


@pytest.mark.django_db
def test_events_and_page_type_filters(
    site_tree, receiver, webhook_settings, django_capture_on_commit_callbacks
):
    from django.contrib.contenttypes.models import ContentType

    from pages.models import CallPage

    only_calls = WebhookEndpoint.objects.create(
        name="Calls only", url=receiver.url, send_unpublished=False
    )
    only_calls.page_types.set([ContentType.objects.get_for_model(CallPage)])
    call = factories.CallPageFactory(parent=site_tree.calls)
    news = factories.NewsPageFactory(parent=site_tree.news)
    publish(call, django_capture_on_commit_callbacks)
    publish(news, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        call.unpublish()
    assert list(WebhookDelivery.objects.values_list("event", "payload__page__id")) == [
        ("page.published", call.pk)
    ]


@pytest.mark.django_db
def test_unpublish_delete_and_translation_events(
    site_tree, receiver, webhook_settings, django_capture_on_commit_callbacks
):
    WebhookEndpoint.objects.create(name="All", url=receiver.url)
    call = factories.CallPageFactory(parent=site_tree.calls)
    publish(call, django_capture_on_commit_callbacks)
    for page in (site_tree.home, site_tree.calls):
        page.copy_for_translation(site_tree.ja, alias=False).save_revision().publish()
    WebhookDelivery.objects.all().delete()

    ja_call = call.copy_for_translation(site_tree.ja, alias=False)
    publish(ja_call, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        call.unpublish()
    call.save_revision().publish()
    WebhookDelivery.objects.filter(event="page.published").delete()
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=ja_call.pk).specific.delete()
    # Deleting a live page is one event, not an unpublish followed by a delete.
    assert list(
        WebhookDelivery.objects.order_by("created_at").values_list("event", "payload__page__locale")
    ) == [
        ("translation.published", "ja"),
        ("page.unpublished", "en"),
        ("page.deleted", "ja"),
    ]


@pytest.mark.django_db
def test_endpoint_needs_an_event(db):
    endpoint = WebhookEndpoint(
        name="Nothing",
        url="https://example.org/hook",
        send_published=False,
        send_unpublished=False,
        send_deleted=False,
        send_translation_published=False,
        send_moved=False,
        send_content_changed=False,
        send_status_changed=False,
    )
    with pytest.raises(Exception) as error:
        endpoint.full_clean()
    assert error.value.message_dict == {"__all__": ["Choose at least one event to send."]}


@pytest.mark.django_db
def test_delivery_log_is_visible_and_read_only_in_the_admin(
    admin_client, site_tree, receiver, webhook_settings, django_capture_on_commit_callbacks
):
    WebhookEndpoint.objects.create(name="ECCP", url=receiver.url)
    publish(factories.NewsPageFactory(parent=site_tree.news), django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    listing = admin_client.get(reverse("webhook_deliveries:index"))
    assert listing.status_code == 200
    assert "ECCP" in listing.content.decode()
    inspect = admin_client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk]))
    assert inspect.status_code == 200
    assert (
        admin_client.get(reverse("webhook_deliveries:edit", args=[delivery.pk])).status_code == 302
    )
    assert admin_client.get(reverse("webhook_endpoints:add")).status_code == 200
