"""Webhooks: signed JSON POSTs when pages, the content they show, or the clock change them.

Deliveries are recorded in the editor's transaction and sent by a task worker afterwards, so a
slow or failing endpoint never blocks or breaks publishing. Failed attempts are retried with
exponential backoff; every attempt is logged on the WebhookDelivery row.

An attempt goes only to https (http when WEBHOOK_ALLOW_HTTP) public addresses (safety.py),
follows no redirect and ends within WEBHOOK_TIMEOUT_SECONDS whatever the receiver does
(sending.py). Workers claim a delivery before sending it, so several can run side by side.
"""

import hashlib
import hmac
import json
import logging
import threading
import time
from datetime import timedelta

from django_tasks import task

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import F, Q
from django.db.models.signals import post_delete, pre_delete
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail_localize.models import TranslationSource

from .models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from .revalidation import awaited, snapshots, someone_listens, take_snapshot, touched_paths
from .safety import Refused
from .sending import post

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-EJRC-Signature"
TIMESTAMP_HEADER = "X-EJRC-Timestamp"


def sign(secret, timestamp, body):
    """HMAC-SHA256 of '<timestamp>.<body>' with the endpoint's secret, as 'sha256=<hex>'."""
    message = f"{timestamp}.".encode() + body
    return "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def page_payload(event, page, pk, gone=False, touched=None):
    """The JSON body describing what happened to a page, and the site paths it changed."""
    touched = touched or touched_paths(page, pk, gone=gone)
    return {
        "event": event,
        "page": {
            "id": pk,
            "type": f"{page._meta.app_label}.{type(page).__name__}",
            # The API's type of the page (each page model is served as the type of its name).
            "graphqlType": type(page).__name__,
            "locale": page.locale.language_code,
            "url": settings.PUBLIC_BASE_URL + touched["path"] if touched["path"] else None,
            "path": touched["path"],
            "previousPath": touched["previousPath"],
            "translationKey": str(page.translation_key),
            "translations": touched["translations"],
        },
        "affectedPaths": touched["affectedPaths"],
        "timestamp": timezone.now().isoformat(),
    }


def is_translation(page):
    """Whether the page is a translation: not in its translation source's language.

    Pages translated outside wagtail-localize have no source; for them the default language
    is the source language.
    """
    source_locale_id = (
        TranslationSource.objects.filter(object_id=page.translation_key)
        .values_list("locale_id", flat=True)
        .first()
    )
    if source_locale_id is None:
        source_locale_id = Locale.get_default().pk
    return page.locale_id != source_locale_id


def subscribed_endpoints(event, page=None):
    """Active endpoints that receive the event (of a page of this type, when a page's)."""
    endpoints = WebhookEndpoint.objects.filter(is_active=True)
    if page is not None:
        content_type = ContentType.objects.get_for_model(type(page))
        endpoints = endpoints.filter(Q(page_types__isnull=True) | Q(page_types=content_type))
    return [endpoint for endpoint in endpoints.distinct() if event in endpoint.events]


def record(event, endpoints, payload):
    """One delivery per endpoint, in the change's transaction; sent once it commits.

    `payload` is called after the commit: the paths a change touched are found by rendering
    pages as the change left them. When it gives None, the deliveries are dropped.
    """
    deliveries = [
        WebhookDelivery.objects.create(endpoint=endpoint, event=event, payload={})
        for endpoint in endpoints
    ]
    if deliveries:

        def send_when_committed():
            body = payload()
            ids = [delivery.pk for delivery in deliveries]
            if body is None:
                # The change turned out to show nowhere: there is nothing to revalidate.
                WebhookDelivery.objects.filter(pk__in=ids).delete()
                return
            WebhookDelivery.objects.filter(pk__in=ids).update(payload=body)
            for pk in ids:
                deliver.enqueue(str(pk))

        transaction.on_commit(send_when_committed)
    return deliveries


def queue_event(event, page, gone=False):
    """Record one delivery per subscribed endpoint and send them once the change commits."""
    page = page.specific
    subscribed = subscribed_endpoints(event, page)
    if not subscribed:
        # The paths a change touched cost renders: worked out only when someone listens.
        snapshots().pop(page.pk, None)
        return []
    page.locale  # noqa: B018 -- read now, while a page being deleted still has one
    pk = page.pk  # a deleted instance's pk is None by the time the payload is made
    awaited().add(pk)
    return record(event, subscribed, lambda: page_payload(event, page, pk, gone=gone))


@receiver(page_published)
def on_published(sender, instance, **kwargs):
    if not instance.live:
        # Wagtail signals a revision scheduled to go live later too: nothing is public yet.
        return
    event = (
        WebhookEvent.TRANSLATION_PUBLISHED if is_translation(instance) else WebhookEvent.PUBLISHED
    )
    queue_event(event, instance)


# Pages being deleted in this thread: Wagtail unpublishes a live page just before deleting it,
# and that is reported as one deletion, not as an unpublish followed by a deletion.
_deleting = threading.local()


def pages_being_deleted():
    if not hasattr(_deleting, "ids"):
        _deleting.ids = set()
    return _deleting.ids


@receiver(page_unpublished)
def on_unpublished(sender, instance, **kwargs):
    if instance.pk not in pages_being_deleted():
        queue_event(WebhookEvent.UNPUBLISHED, instance)


@receiver(pre_delete)
def on_deleted(sender, instance, **kwargs):
    # Only the specific page class, so a deletion is reported once, not once per parent table.
    # This receiver is connected before Wagtail's own (pages comes first in INSTALLED_APPS), so
    # it sees the page still live.
    if isinstance(instance, Page) and type(instance) is not Page and instance.live:
        pages_being_deleted().add(instance.pk)
        if someone_listens():
            take_snapshot(instance)
        queue_event(WebhookEvent.DELETED, instance, gone=True)


@receiver(post_page_move)
def on_moved(sender, instance, **kwargs):
    if instance.live:
        queue_event(WebhookEvent.MOVED, instance)


@receiver(post_delete)
def on_deletion_done(sender, instance, **kwargs):
    if isinstance(instance, Page):
        pages_being_deleted().discard(instance.pk)


def backoff(attempt):
    """Delay before the next attempt: 30 s, 1 min, 2 min, 4 min..."""
    return timedelta(seconds=settings.WEBHOOK_RETRY_BASE_SECONDS * 2 ** (attempt - 1))


# A claimed delivery is left alone this long after its attempt started; past that, its worker
# is taken for dead and a later task for the same delivery may try again.
CLAIM_MARGIN_SECONDS = 60


def claim(delivery_id, now):
    """Take the delivery for one attempt; False if another worker has it or it is not due.

    One conditional UPDATE, so of two workers holding tasks for the same delivery only one
    sends it. While the attempt runs, next_attempt_at holds the end of the claim; the attempt's
    outcome then replaces it. Counting the attempt here means a worker that dies mid-attempt
    still used one.
    """
    Status = WebhookDelivery.Status
    claimed_until = now + timedelta(seconds=settings.WEBHOOK_TIMEOUT_SECONDS + CLAIM_MARGIN_SECONDS)
    return (
        WebhookDelivery.objects.filter(
            Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
            pk=delivery_id,
            status__in=[Status.PENDING, Status.RETRYING],
        ).update(
            attempts=F("attempts") + 1,
            last_attempt_at=now,
            next_attempt_at=claimed_until,
        )
        == 1
    )


def describe(error):
    """An exception as one short line for the log: its type and its (printable) message."""
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in str(error).strip())
    line = f"{type(error).__name__}: {text}" if text else type(error).__name__
    return line[:500]


@task(backend="webhooks", queue_name="webhooks")
def deliver(delivery_id):
    """Send one delivery; schedule a retry on failure until the attempts run out."""
    if not claim(delivery_id, timezone.now()):
        # Delivered, given up, not due yet, or being sent by another worker right now.
        return
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    delivery.response_status = None
    try:
        status = send(delivery)
    except Refused as error:
        # The endpoint points inside the network: trying again would only probe it again.
        give_up(delivery, str(error))
    except TimeoutError:
        record_failure(delivery, f"Timed out after {settings.WEBHOOK_TIMEOUT_SECONDS} s")
    except Exception as error:
        # Whatever went wrong (refused connection, garbage answer, TLS), it is one failed
        # attempt: the delivery must never stay pending with no task left to send it.
        record_failure(delivery, describe(error))
    except BaseException:
        # The worker is being stopped: log the attempt and schedule the next one first.
        record_failure(delivery, "Interrupted: the worker stopped during the attempt")
        delivery.save()
        raise
    else:
        delivery.response_status = status
        if 200 <= status < 300:
            delivery.status = WebhookDelivery.Status.DELIVERED
            delivery.error = ""
            delivery.next_attempt_at = None
        elif 300 <= status < 400:
            record_failure(delivery, f"HTTP {status}: redirects are not followed")
        else:
            record_failure(delivery, f"HTTP {status}")
    delivery.save()


def send(delivery):
    """POST the delivery's signed payload to its endpoint; the answer's HTTP status."""
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "EJRC-Helpdesk-Webhooks/1",
        "X-EJRC-Event": delivery.event,
        "X-EJRC-Delivery": str(delivery.pk),
        TIMESTAMP_HEADER: timestamp,
        SIGNATURE_HEADER: sign(delivery.endpoint.secret, timestamp, body),
    }
    return post(delivery.endpoint.url, body, headers, settings.WEBHOOK_TIMEOUT_SECONDS)


def give_up(delivery, message):
    """Log an attempt that must not be repeated: the delivery failed for good."""
    delivery.error = message
    delivery.status = WebhookDelivery.Status.FAILED
    delivery.next_attempt_at = None
    logger.warning("Webhook %s refused: %s", delivery.pk, message)


def record_failure(delivery, message):
    """Log a failed attempt and schedule the next one, or give up."""
    delivery.error = message
    if delivery.attempts >= settings.WEBHOOK_MAX_ATTEMPTS:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
        logger.warning("Webhook %s failed for good: %s", delivery.pk, message)
        return
    delivery.status = WebhookDelivery.Status.RETRYING
    delivery.next_attempt_at = timezone.now() + backoff(delivery.attempts)
    run_after = delivery.next_attempt_at
    transaction.on_commit(lambda: deliver.using(run_after=run_after).enqueue(str(delivery.pk)))
