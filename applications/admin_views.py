"""The review of applications in the admin: the list by call, each application, exports, GDPR."""

import json
from functools import wraps
from urllib.parse import urlencode

import django_filters

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView, View

from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from pages.models import CallPage, PartnerPage
from pages.models.partners import COUNTRY_CHOICES

from .models import Application
from .personal_data import applicant_data, applications_of, erase_applicant
from .review import NEXT_STATUSES, change_status, check_status_change, places_left

COUNTRY_NAMES = dict(COUNTRY_CHOICES)


def in_admin_language(pages):
    """One page per translation key: the one in the admin's language, else the first."""
    language = translation.get_language() or ""
    chosen = {}
    for page in pages.select_related("locale").order_by("pk"):
        current = chosen.get(page.translation_key)
        if current is None or page.locale.language_code == language[:2]:
            chosen[page.translation_key] = page
    return sorted(chosen.values(), key=lambda page: page.title.casefold())


def call_choices():
    """The calls that received applications, named in the admin's language."""
    keys = Application.objects.values("call_key")
    return [
        (str(call.translation_key), call.title)
        for call in in_admin_language(CallPage.objects.filter(translation_key__in=keys))
    ]


def partner_choices():
    """The partners applicants asked to meet, named in the admin's language."""
    asked = Application.partners.through.objects.values("partnerpage_id")
    partners = PartnerPage.objects.filter(pk__in=asked).values("translation_key")
    return [
        (str(partner.translation_key), partner.title)
        for partner in in_admin_language(PartnerPage.objects.filter(translation_key__in=partners))
    ]


class ApplicationFilterSet(WagtailFilterSet):
    """Filters of the list: the call (in both its languages), status, country, partner asked for."""

    call = django_filters.ChoiceFilter(label=_("Call"), field_name="call_key", choices=call_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Application.Status.choices)
    country = django_filters.ChoiceFilter(label=_("Country"), choices=COUNTRY_CHOICES)
    partner = django_filters.ChoiceFilter(
        label=_("Partner asked for"), choices=partner_choices, method="filter_partner"
    )

    class Meta:
        model = Application
        fields = []

    def filter_partner(self, queryset, name, value):
        """Applications asking for the partner, in whichever language they picked it."""
        return queryset.filter(partners__translation_key=value).distinct()


def partner_names(application):
    """The partners asked for, those picked from the directory then those typed."""
    names = [partner.title for partner in application.partners.all()]
    if application.other_partners:
        names.append(application.other_partners)
    return "; ".join(names)


# The export's columns: the same in both admin languages, headings and labels translated.
EXPORT_COLUMNS = {
    "reference": (_("Reference"), lambda application: application.reference),
    "call": (_("Call"), lambda application: application.call.title),
    "language": (_("Language"), lambda application: str(application.get_language_display())),
    "status": (_("Status"), lambda application: str(application.get_status_display())),
    "submitted_at": (_("Submitted at"), lambda application: application.submitted_at),
    "name": (_("Name"), lambda application: application.name),
    "role": (_("Role"), lambda application: application.role),
    "email": (_("E-mail"), lambda application: application.email),
    "phone": (_("Phone"), lambda application: application.phone),
    "organisation": (_("Organisation"), lambda application: application.organisation),
    "country": (_("Country"), lambda application: str(application.get_country_display())),
    "region": (
        _("Region"),
        lambda application: application.region.name if application.region else "",
    ),
    "eccp_profile": (_("ECCP profile"), lambda application: application.eccp_profile),
    "partners": (_("Partners to meet"), partner_names),
    "motivation": (_("Motivation"), lambda application: application.motivation),
    "attachment": (_("Attachment"), lambda application: bool(application.attachment)),
}


class ApplicationIndexView(generic.IndexView):
    """The applications, newest first, with places left when one call is filtered."""

    list_export = list(EXPORT_COLUMNS)
    export_headings = {name: heading for name, (heading, _value) in EXPORT_COLUMNS.items()}
    export_filename = "applications"
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        bool: {
            generic.IndexView.FORMAT_CSV: lambda value: str(_("yes") if value else _("no")),
            generic.IndexView.FORMAT_XLSX: lambda value: str(_("yes") if value else _("no")),
        },
    }

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("call", "region")
            .prefetch_related("partners")
        )

    def to_row_dict(self, item):
        return {name: value(item) for name, (_heading, value) in EXPORT_COLUMNS.items()}

    def write_csv_response(self, queryset):
        # Written while the admin's language is active: streamed, the rows would be written
        # after the view returns, in the site's default language.
        response = HttpResponse(b"".join(self.stream_csv(queryset)), content_type="text/csv")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


class ReviewForm(forms.ModelForm):
    """The next step of an application's review, and a note on why."""

    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Why, for the history of the review; applicants never see it."),
    )

    class Meta:
        model = Application
        fields = ["status"]

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, **kwargs)
        current = self.instance.status
        allowed = {current, *NEXT_STATUSES[current]}
        # The menu offers the steps allowed; any other is refused with the reason why.
        self.fields["status"].widget.choices = [
            (value, label) for value, label in Application.Status.choices if value in allowed
        ]
        self.fields["status"].help_text = _(
            "Received → shortlisted → selected or rejected; withdrawn when the applicant asks."
        )

    def clean_status(self):
        status = self.cleaned_data["status"]
        # Fields are cleaned before the form writes them on the instance: it still holds the
        # status being changed from.
        check_status_change(self.instance, status)
        return status

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == self.initial["status"] and not cleaned.get("note"):
            raise ValidationError(_("Choose a new status or write a note."), code="nothing")
        return cleaned


class ReviewView(generic.EditView):
    """An application as sent, its history, and the form of its next step."""

    template_name = "applications/admin/review.html"
    page_title = _("Review")
    submit_button_label = _("Save the review")

    def get_object(self, queryset=None):
        return get_object_or_404(
            Application.objects.select_related("call", "region").prefetch_related(
                "partners", "status_changes__changed_by"
            ),
            pk=self.kwargs["pk"],
        )

    def save_instance(self):
        application = self.object
        # The form wrote the new status on the instance; the review records it from the old one.
        application.status = self.form.initial["status"]
        change_status(
            application,
            self.form.cleaned_data["status"],
            self.form.cleaned_data["note"],
            self.request.user,
            timezone.now(),
        )
        return application

    def get_success_message(self):
        return _("Application %(reference)s is now %(status)s.") % {
            "reference": self.object.reference,
            "status": self.object.get_status_display().lower(),
        }

    def get_success_url(self):
        return self.get_edit_url()

    def get_side_panels(self):
        # The status panel would call an application "live": its history is on the page.
        return MediaContainer([])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.update(
            application=application,
            country=COUNTRY_NAMES.get(application.country, application.country),
            history=application.status_changes.all(),
            places_left=places_left(application.call),
            attachment_url=(
                reverse("applications:attachment", args=[application.pk])
                if application.attachment
                else None
            ),
            applicant_url=reverse("applications:applicant")
            + "?"
            + urlencode({"email": application.email}),
        )
        return context


class FormOnlyPermissionPolicy(ModelPermissionPolicy):
    """Applications come from the site's form only: nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


register_permission_policy(Application, FormOnlyPermissionPolicy(Application))


class AttachmentView(PermissionCheckedMixin, View):
    """An application's attachment, to those who review: never from a public address."""

    any_permission_required = ["change", "view"]
    model = Application

    def get(self, request, pk):
        application = get_object_or_404(Application, pk=pk)
        if not application.attachment:
            raise Http404
        response = FileResponse(
            application.attachment.open("rb"),
            as_attachment=True,
            filename=f"{application.reference}.pdf",
            content_type="application/pdf",
        )
        response["Cache-Control"] = "private, no-store"
        return response


class ApplicantDataView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """One applicant's data, found by e-mail: shown, downloaded, or erased on their request."""

    any_permission_required = ["change", "view"]
    model = Application
    template_name = "applications/admin/applicant.html"
    page_title = _("An applicant's data")
    header_icon = "user"

    def email(self):
        return (self.request.POST.get("email") or self.request.GET.get("email") or "").strip()

    def get(self, request, *args, **kwargs):
        email = self.email()
        if email and request.GET.get("format") == "json":
            data = applicant_data(email)
            response = HttpResponse(
                json.dumps(data, ensure_ascii=False, indent=2),
                content_type="application/json; charset=utf-8",
            )
            response["Content-Disposition"] = 'attachment; filename="applicant-data.json"'
            response["Cache-Control"] = "private, no-store"
            return response
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if not self.permission_policy.user_has_permission(request.user, "delete"):
            raise PermissionDenied
        email = self.email()
        if request.POST.get("confirm") != email or not email:
            messages.error(request, _("Type the applicant's e-mail address again to erase."))
            return redirect(reverse("applications:applicant") + "?" + urlencode({"email": email}))
        erased = erase_applicant(email)
        messages.success(
            request,
            ngettext(
                "Erased %(count)s application of %(email)s and its file.",
                "Erased %(count)s applications of %(email)s and their files.",
                erased,
            )
            % {"count": erased, "email": email},
        )
        return redirect("applications:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        email = self.email()
        context.update(
            email=email,
            applications=(applications_of(email).select_related("call") if email else []),
            may_erase=self.permission_policy.user_has_permission(self.request.user, "delete"),
        )
        return context


def refused_with_403(view):
    """The view, answering 403 to whoever may not read applications.

    The admin otherwise sends a refused user to its dashboard with a message: here the answer
    itself says that personal data was refused, to people and to monitoring alike.
    """

    @wraps(view)
    def checked(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return TemplateResponse(request, "applications/admin/refused.html", status=403)

    return checked


class ApplicationViewSet(ModelViewSet):
    """Applications to calls, for the roles that review them."""

    model = Application
    icon = "form"
    menu_label = _("Applications")
    menu_name = "applications"
    menu_order = 250
    add_to_admin_menu = True
    index_view_class = ApplicationIndexView
    edit_view_class = ReviewView
    filterset_class = ApplicationFilterSet
    search_fields = ["reference", "name", "email", "organisation"]
    list_display = [
        "reference",
        "name",
        "organisation",
        Column("country", label=_("Country"), accessor="get_country_display"),
        Column("call", label=_("Call"), accessor="call"),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("submitted_at", label=_("Submitted at"), sort_key="submitted_at"),
    ]
    list_per_page = 50
    copy_view_enabled = False
    # Applications are never a target of the admin's references or search index.
    add_to_reference_index = False

    def get_form_class(self, for_update=False):
        return ReviewForm

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(panel=None, **kwargs)

    def get_urlpatterns(self):
        patterns = [
            *super().get_urlpatterns(),
            path("attachment/<int:pk>/", AttachmentView.as_view(), name="attachment"),
            path("applicant/", ApplicantDataView.as_view(), name="applicant"),
        ]
        for pattern in patterns:
            pattern.callback = refused_with_403(pattern.callback)
        return patterns
