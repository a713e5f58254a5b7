"""Preview grants: signed, expiring, revocable access to one draft of one page."""

import uuid

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel


class PreviewTarget(models.Model):
    """The front-end URL that shows drafts of one site in one language."""

    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("site"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The site whose drafts this front-end shows."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("locale"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The language of the drafts."),
    )
    url_template = models.URLField(
        verbose_name=_("URL template"),
        max_length=500,
        help_text=_(
            "Front-end preview address with {token} where the preview token goes, e.g. "
            "https://helpdesk.example.org/ja/preview?token={token}. It may also use {path}."
        ),
    )

    panels = [FieldPanel("site"), FieldPanel("locale"), FieldPanel("url_template")]

    class Meta:
        verbose_name = _("front-end preview target")
        verbose_name_plural = _("front-end preview targets")
        constraints = [
            models.UniqueConstraint(fields=["site", "locale"], name="one_preview_target_per_site")
        ]

    def __str__(self):
        return f"{self.site} / {self.locale}"


class PreviewGrant(models.Model):
    """What a preview token points to: a snapshot of the draft, who asked, and until when."""

    id = models.UUIDField(
        verbose_name=_("ID"), primary_key=True, default=uuid.uuid4, editable=False
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType",
        verbose_name=_("content type"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("revision"),
        null=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The saved revision the draft was based on, if any."),
    )
    content = models.JSONField(verbose_name=_("content"), encoder=DjangoJSONEncoder)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(verbose_name=_("created at"), auto_now_add=True)
    expires_at = models.DateTimeField(verbose_name=_("expires at"), db_index=True)
    revoked_at = models.DateTimeField(verbose_name=_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("preview grant")
        ordering = ["-created_at"]

    def __str__(self):
        return f"Preview of {self.content.get('title', '?')} for {self.user}"
