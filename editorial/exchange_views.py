"""Admin views of the translation exchange: export a section as one PO file, import it back."""

import polib

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from .translation_exchange import export_section, import_section, may_translate_into

MAX_PO_BYTES = 5 * 1024 * 1024


class ExportForm(forms.Form):
    locale = forms.ModelChoiceField(
        queryset=Locale.objects.none(), empty_label=None, label=_("Translate into")
    )
    include_subpages = forms.BooleanField(
        required=False,
        initial=True,
        label=_("With every page below it"),
        help_text=_(
            "Pages not yet translated get a draft translation, if their parent page has one."
        ),
    )

    def __init__(self, *args, page, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only from a source to its translations: exported "into English", a Japanese page
        # would turn its English source into a translation of itself.
        if is_translation(page):
            self.fields["locale"].queryset = Locale.objects.none()
            self.fields["locale"].help_text = _(
                "This page is a translation: export its source page to translate it."
            )
            return
        # Only into the languages whose version of the page the user may write.
        writable = [
            locale.pk
            for locale in Locale.objects.exclude(pk=page.locale_id)
            if may_translate_into(user, page, locale)
        ]
        self.fields["locale"].queryset = Locale.objects.filter(pk__in=writable)
        if not writable:
            self.fields["locale"].help_text = _(
                "You may not write this page's translation in any language."
            )


def is_translation(page):
    """Whether wagtail-localize made the page as a translation of a page in another language."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).exists()


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("PO file"),
        help_text=_("A file exported from this site, with the agency's translations."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_PO_BYTES:
            raise ValidationError(_("The file is larger than 5 MB."))
        try:
            text = upload.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise ValidationError(_("The file is not UTF-8 text.")) from error
        # polib reads a text without a line break as the path of a file on the server.
        if "\n" not in text:
            raise ValidationError(_("The file is not a PO file: it has a single line."))
        try:
            return polib.pofile(text)
        except (OSError, ValueError) as error:
            raise ValidationError(
                _("The file is not a PO file: %(error)s") % {"error": error}
            ) from error


def require_translation_rights(user):
    if not user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied


def export_for_translation(request, page_id):
    """Download the strings of a page (and the pages below it) with their translations."""
    require_translation_rights(request.user)
    page = get_object_or_404(Page, pk=page_id).specific
    form = ExportForm(request.POST or None, page=page, user=request.user)
    if request.method == "POST" and form.is_valid():
        locale = form.cleaned_data["locale"]
        exported = export_section(page, locale, request.user, form.cleaned_data["include_subpages"])
        response = HttpResponse(
            str(exported.po).encode("utf-8"), content_type="text/x-gettext-translation"
        )
        response["Content-Disposition"] = (
            f'attachment; filename="{page.slug}-{locale.language_code}.po"'
        )
        return response
    return TemplateResponse(
        request, "editorial/exchange/export_for_translation.html", {"page": page, "form": form}
    )


def import_translations(request):
    """Upload a translated export; report what changed and what was refused."""
    require_translation_rights(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    if request.method == "POST" and form.is_valid():
        report = import_section(form.cleaned_data["file"], request.user)
    return TemplateResponse(
        request, "editorial/exchange/import_translations.html", {"form": form, "report": report}
    )
