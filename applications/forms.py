"""The application form: what a call's rules ask, checked with messages in the form's language."""

from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from pages.models import PartnerPage, Region
from pages.models.partners import COUNTRY_CHOICES
from pages.visibility import public_pages

from .models import Application

ECCP_HOST = "clustercollaboration.eu"
# A PDF file starts with these bytes, whatever its name says.
PDF_SIGNATURE = b"%PDF-"


def japanese_partners(locale):
    """The public Japanese partner profiles of the locale, as the directory lists them."""
    return public_pages(PartnerPage, locale).filter(country="JP").order_by("sort_key", "pk")


def eligible_regions(countries):
    """The regions below country level of the countries (every country when none is given)."""
    regions = Region.objects.exclude(level=0).order_by("code")
    if countries:
        # NUTS writes Greece as EL where ISO writes GR.
        regions = regions.filter(country__in={"EL" if code == "GR" else code for code in countries})
    return regions


def regions_by_country(regions, locale):
    """The regions as the menu lists them: grouped by country, named in the page's language."""
    names = dict(COUNTRY_CHOICES)
    groups = {}
    for region in regions:
        label = f"{region.localized_name(locale.language_code)} ({region.code})"
        groups.setdefault(region.iso_country, []).append((region.code, label))
    ordered = sorted(groups.items(), key=lambda item: str(names.get(item[0], item[0])))
    return [
        ("", "---------"),
        *((str(names.get(code, code)), options) for code, options in ordered),
    ]


class ApplicationForm(forms.ModelForm):
    """An expression of interest in one call, in the language of the page."""

    eccp_profile = forms.URLField(
        label=Application._meta.get_field("eccp_profile").verbose_name,
        help_text=_("Your cluster's profile on clustercollaboration.eu."),
        required=False,
        assume_scheme="https",
    )
    # Left empty by people, filled in by the robots that fill in every field.
    website = forms.CharField(required=False, widget=forms.HiddenInput)
    consent_given = forms.BooleanField(
        label=_("I have read the privacy notice and agree that the helpdesk processes my data."),
        error_messages={"required": _("Tick the box to agree to the privacy notice.")},
    )

    class Meta:
        model = Application
        fields = [
            "name",
            "role",
            "email",
            "phone",
            "organisation",
            "country",
            "region",
            "eccp_profile",
            "partners",
            "other_partners",
            "motivation",
            "attachment",
        ]
        widgets = {
            "partners": forms.CheckboxSelectMultiple,
            "motivation": forms.Textarea(attrs={"rows": 8}),
            "other_partners": forms.Textarea(attrs={"rows": 2}),
        }
        help_texts = {
            "partners": _("Japanese partners from the helpdesk's directory."),
            "other_partners": _("Partners not in the directory, one per line."),
            "attachment": _("The documents the call asks for, as one PDF file."),
        }

    def __init__(self, *args, call, oversized_upload=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.call = call
        self.oversized_upload = oversized_upload
        self.fields["partners"].queryset = japanese_partners(call.locale)
        eligible = set(call.eligible_countries or ())
        regions = eligible_regions(eligible)
        self.fields["region"].queryset = regions
        self.fields["region"].widget.choices = regions_by_country(regions, call.locale)
        self.fields["country"].choices = [
            ("", "---------"),
            *((code, name) for code, name in COUNTRY_CHOICES if not eligible or code in eligible),
        ]
        self.fields["motivation"].max_length = call.motivation_max_length
        self.fields["motivation"].widget.attrs["maxlength"] = call.motivation_max_length
        self.fields["eccp_profile"].required = call.requires_eccp_profile
        self.fields["attachment"].widget.attrs["accept"] = "application/pdf,.pdf"

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        already = Application.objects.filter(call_key=self.call.translation_key, email=email)
        if already.exists():
            raise forms.ValidationError(
                _("An application from this e-mail address has already been received.")
            )
        return email

    def clean_motivation(self):
        motivation = self.cleaned_data["motivation"]
        if len(motivation) > self.call.motivation_max_length:
            raise forms.ValidationError(
                _("Write at most %(limit)s characters (you wrote %(count)s).")
                % {"limit": self.call.motivation_max_length, "count": len(motivation)}
            )
        return motivation

    def clean_eccp_profile(self):
        url = self.cleaned_data["eccp_profile"]
        if url and (urlsplit(url).hostname or "").removeprefix("www.") != ECCP_HOST:
            raise forms.ValidationError(
                _("Give the address of a profile on clustercollaboration.eu.")
            )
        return url

    def clean_attachment(self):
        attachment = self.cleaned_data.get("attachment")
        limit = settings.APPLICATION_MAX_ATTACHMENT_BYTES
        if self.oversized_upload or (attachment and attachment.size > limit):
            raise forms.ValidationError(
                _("The file is larger than %(limit)s.") % {"limit": filesizeformat(limit)}
            )
        if not attachment:
            return attachment
        attachment.seek(0)
        if attachment.read(len(PDF_SIGNATURE)) != PDF_SIGNATURE:
            raise forms.ValidationError(_("Send the documents as one PDF file."))
        attachment.seek(0)
        return attachment

    def clean(self):
        cleaned = super().clean()
        region, country = cleaned.get("region"), cleaned.get("country")
        if region and country and region.iso_country != country:
            self.add_error("region", _("Choose a region of the country given."))
        if not cleaned.get("partners") and not cleaned.get("other_partners", "").strip():
            self.add_error("partners", _("Name at least one Japanese partner you want to meet."))
        organisation = cleaned.get("organisation", "").strip().casefold()
        limit = self.call.max_per_organisation
        if organisation and limit:
            same = Application.objects.filter(call_key=self.call.translation_key).exclude(
                status=Application.Status.WITHDRAWN
            )
            count = sum(
                1
                for name in same.values_list("organisation", flat=True)
                if name.strip().casefold() == organisation
            )
            if count >= limit:
                message = ngettext(
                    "This call takes at most %(count)s application per organisation.",
                    "This call takes at most %(count)s applications per organisation.",
                    limit,
                )
                self.add_error("organisation", message % {"count": limit})
        return cleaned

    @property
    def is_robot(self):
        """Whether the field people never see was filled in."""
        return bool(self.data.get("website"))
