"""Webhook endpoints front-ends register, and the log of every delivery to them."""

import secrets
import uuid
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .safety import allowed_schemes, ip_literal, is_allowed_address, is_local_name


class WebhookEvent(models.TextChoices):
    """What happened to a page, to content pages show, or to a page by the clock."""

    PUBLISHED = "page.published", _("Page published")
    UNPUBLISHED = "page.unpublished", _("Page unpublished")
    DELETED = "page.deleted", _("Page deleted")
    TRANSLATION_PUBLISHED = "translation.published", _("Translation published")
    MOVED = "page.moved", _("Page moved")
    CONTENT_CHANGED = "content.changed", _("Snippet, image, document or settings changed")
    STATUS_CHANGED = "page.status_changed", _("Page changed by the clock")


def new_secret():
    """A random signing secret."""
    return secrets.token_urlsafe(32)


def page_content_types():
    """Only page models can be chosen as webhook filters."""
    from wagtail.models import get_page_models

    return {"pk__in": [ContentType.objects.get_for_model(m).pk for m in get_page_models()]}


class WebhookEndpoint(models.Model):
    """A URL that receives a signed JSON POST when pages change."""

    name = models.CharField(
        verbose_name=_("name"), max_length=100, help_text=_("Who receives it, e.g. 'ECCP site'.")
    )
    url = models.URLField(
        verbose_name=_("URL"), help_text=_("HTTPS address that receives the POST requests.")
    )
    secret = models.CharField(
        verbose_name=_("secret"),
        max_length=100,
        default=new_secret,
        help_text=_(
            "Shared secret the receiver uses to check the X-EJRC-Signature header "
            "(HMAC-SHA256). Change it to revoke the old one."
        ),
    )
    send_published = models.BooleanField(
        verbose_name=_("send when published"),
        default=True,
        help_text=_("When a page is published."),
    )
    send_unpublished = models.BooleanField(
        verbose_name=_("send when unpublished"),
        default=True,
        help_text=_("When a page is unpublished."),
    )
    send_deleted = models.BooleanField(
        verbose_name=_("send when deleted"), default=True, help_text=_("When a page is deleted.")
    )
    send_translation_published = models.BooleanField(
        verbose_name=_("send when a translation is published"),
        default=True,
        help_text=_("When a translation of a page is published."),
    )
    send_moved = models.BooleanField(
        verbose_name=_("send when moved"),
        default=True,
        help_text=_("When a published page is moved or its place in the menu changes."),
    )
    send_content_changed = models.BooleanField(
        verbose_name=_("send when shown content changes"),
        default=True,
        help_text=_(
            "When a sector, series, office, region, image, document or the helpdesk settings "
            "change: the delivery lists the pages that show them."
        ),
    )
    send_status_changed = models.BooleanField(
        verbose_name=_("send when the clock changes a page"),
        default=True,
        help_text=_(
            "When time changes what a page shows: a call opens or closes or its days left "
            "change, a webinar or event starts or ends, a page expires."
        ),
    )
    page_types = models.ManyToManyField(
        ContentType,
        verbose_name=_("page types"),
        blank=True,
        limit_choices_to=page_content_types,
        related_name="+",
        help_text=_(
            "Only changes to these page types are sent; none chosen means all. Content "
            "changes are sent whatever the types."
        ),
    )
    is_active = models.BooleanField(
        verbose_name=_("active"), default=True, help_text=_("Pause deliveries without deleting.")
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        MultiFieldPanel(
            [
                FieldPanel("send_published"),
                FieldPanel("send_unpublished"),
                FieldPanel("send_deleted"),
                FieldPanel("send_translation_published"),
                FieldPanel("send_moved"),
                FieldPanel("send_content_changed"),
                FieldPanel("send_status_changed"),
            ],
            heading=_("Events"),
        ),
        FieldPanel("page_types"),
        FieldPanel("is_active"),
        FieldPanel("secret"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")

    def __str__(self):
        return self.name

    @property
    def events(self):
        """The events this endpoint subscribes to."""
        chosen = {
            WebhookEvent.PUBLISHED: self.send_published,
            WebhookEvent.UNPUBLISHED: self.send_unpublished,
            WebhookEvent.DELETED: self.send_deleted,
            WebhookEvent.TRANSLATION_PUBLISHED: self.send_translation_published,
            WebhookEvent.MOVED: self.send_moved,
            WebhookEvent.CONTENT_CHANGED: self.send_content_changed,
            WebhookEvent.STATUS_CHANGED: self.send_status_changed,
        }
        return [event for event, wanted in chosen.items() if wanted]

    def clean(self):
        super().clean()
        errors = {}
        url_problem = self.url_problem()
        if url_problem:
            errors["url"] = url_problem
        if not self.events:
            errors[NON_FIELD_ERRORS] = _("Choose at least one event to send.")
        if errors:
            raise ValidationError(errors)

    def url_problem(self):
        """Why deliveries may not go to the URL, or None.

        Only what the URL itself says: the address a name resolves to is checked at every
        delivery attempt, when it matters.
        """
        if not self.url:
            return None
        try:
            parts = urlsplit(self.url)
            host = parts.hostname or ""
        except ValueError:
            # Not a URL at all: the field's own validation says so.
            return None
        if parts.scheme.lower() not in allowed_schemes():
            if "http" in allowed_schemes():
                return _("Use an http:// or https:// address.")
            return _("Use an https:// address.")
        literal = ip_literal(host)
        if is_local_name(host) or (literal is not None and not is_allowed_address(literal)):
            return _(
                "Use a public address: %(host)s is local, private or reserved, "
                "and webhooks are not sent inside the network."
            ) % {"host": host}
        return None


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint, with the outcome of every attempt."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        RETRYING = "retrying", _("Retrying")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(
        verbose_name=_("ID"), primary_key=True, default=uuid.uuid4, editable=False
    )
    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("endpoint"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event = models.CharField(verbose_name=_("event"), max_length=30, choices=WebhookEvent.choices)
    payload = models.JSONField(verbose_name=_("payload"))
    status = models.CharField(
        verbose_name=_("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(verbose_name=_("attempts"), default=0)
    response_status = models.PositiveSmallIntegerField(
        verbose_name=_("response status"), null=True, blank=True
    )
    error = models.TextField(verbose_name=_("error"), blank=True)
    created_at = models.DateTimeField(
        verbose_name=_("created at"), auto_now_add=True, db_index=True
    )
    last_attempt_at = models.DateTimeField(verbose_name=_("last attempt at"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(verbose_name=_("next attempt at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")

    def __str__(self):
        return f"{self.event} -> {self.endpoint}"


class ClockCheck(models.Model):
    """How far the clock's changes to pages have been sent (one row).

    `rendered` holds the pages that the next moment will change, rendered beforehand: what a
    delivery compares them with once that moment has passed.
    """

    checked_until = models.DateTimeField(verbose_name=_("checked until"))
    next_moment = models.DateTimeField(verbose_name=_("next moment"), null=True, blank=True)
    rendered = models.JSONField(verbose_name=_("rendered"), default=dict)

    class Meta:
        verbose_name = _("clock check")
        verbose_name_plural = _("clock checks")

    def __str__(self):
        return f"Clock checked until {self.checked_until:%Y-%m-%d %H:%M:%S}"
