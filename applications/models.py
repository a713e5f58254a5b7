"""An application to a call, and the history of its review."""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from pages.models.partners import COUNTRY_CHOICES

# The languages of the form, named in the admin's language.
LANGUAGES = [("en", _("English")), ("ja", _("Japanese"))]
# Reference numbers avoid letters read alike (0/O, 1/I/L) so applicants can read them out.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_reference():
    """A reference number such as 'EJRC-7KQ4-M2XD', unguessable from the ones before."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _position in range(8))
    return f"EJRC-{code[:4]}-{code[4:]}"


def private_storage():
    """The storage of applicants' files: never served to the public."""
    return storages["applications"]


def attachment_path(application, filename):
    """Where an attachment is kept: by call and reference, under a name of the site's own."""
    return f"calls/{application.call_id}/{application.reference}.pdf"


class Application(models.Model):
    """An expression of interest sent with the site's form."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        SHORTLISTED = "shortlisted", _("Shortlisted")
        SELECTED = "selected", _("Selected")
        REJECTED = "rejected", _("Rejected")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    call = models.ForeignKey(
        "pages.CallPage",
        verbose_name=_("call"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The call, in the language the applicant read it."),
    )
    # The call whatever its language: places and the one application per address count on it.
    call_key = models.UUIDField(verbose_name=_("call"), editable=False, db_index=True)
    reference = models.CharField(
        verbose_name=_("reference"), max_length=20, unique=True, default=new_reference
    )
    language = models.CharField(verbose_name=_("language"), max_length=2, choices=LANGUAGES)
    status = models.CharField(
        verbose_name=_("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    submitted_at = models.DateTimeField(verbose_name=_("submitted at"))
    name = models.CharField(verbose_name=_("name"), max_length=200)
    role = models.CharField(verbose_name=_("role"), max_length=200)
    email = models.EmailField(verbose_name=_("e-mail"))
    phone = models.CharField(verbose_name=_("phone"), max_length=40, blank=True)
    organisation = models.CharField(verbose_name=_("organisation"), max_length=300)
    country = models.CharField(verbose_name=_("country"), max_length=2, choices=COUNTRY_CHOICES)
    region = models.ForeignKey(
        "pages.Region",
        verbose_name=_("region"),
        to_field="code",
        db_column="region_code",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    eccp_profile = models.URLField(verbose_name=_("ECCP profile"), blank=True)
    partners = models.ManyToManyField(
        "pages.PartnerPage",
        verbose_name=_("partners to meet"),
        blank=True,
        related_name="+",
    )
    other_partners = models.TextField(verbose_name=_("other partners to meet"), blank=True)
    motivation = models.TextField(verbose_name=_("motivation"))
    attachment = models.FileField(
        verbose_name=_("attachment"),
        storage=private_storage,
        upload_to=attachment_path,
        blank=True,
    )
    # The privacy text the applicant agreed to, as it read then.
    consent = models.TextField(verbose_name=_("consent given"))

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at"]
        constraints = [
            # The same address applies once to a call (in either of its languages).
            models.UniqueConstraint(fields=["call_key", "email"], name="one_application_per_email"),
        ]

    def __str__(self):
        # The reference alone: the admin's logs keep this text after an erasure.
        return self.reference

    def save(self, *args, **kwargs):
        self.call_key = self.call.translation_key
        super().save(*args, **kwargs)


class StatusChange(models.Model):
    """A step of an application's review: its new status, why, by whom and when."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    status = models.CharField(
        verbose_name=_("status"), max_length=12, choices=Application.Status.choices
    )
    note = models.TextField(verbose_name=_("note"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(verbose_name=_("changed at"))

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.application.reference}: {self.get_status_display()}"
