"""Filters and pagination of the section indexes visitors browse."""

from django import forms
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .snippets import Sector, in_sector

PAGE_SIZE = 12


class ListingFilterForm(forms.Form):
    """The filters of one section index; which fields exist depends on the section."""

    status = forms.ChoiceField(required=False, label=_("Status"))
    sector = forms.ChoiceField(required=False, label=_("Sector"))
    side = forms.ChoiceField(
        required=False,
        label=_("Side"),
        choices=[("", _("Europe and Japan")), ("EU", _("Europe")), ("JP", _("Japan"))],
    )
    kind = forms.ChoiceField(required=False, label=_("Kind"))

    def __init__(self, data, *, model, fields, locale):
        super().__init__(data)
        for name in set(self.fields) - set(fields):
            del self.fields[name]
        if "status" in self.fields:
            self.fields["status"].choices = [("", _("All")), *model.Status.choices]
        if "kind" in self.fields:
            self.fields["kind"].choices = [("", _("All")), *model.Kind.choices]
        if "sector" in self.fields:
            names = Sector.objects.filter(locale=locale).values_list("slug", "name")
            self.fields["sector"].choices = [("", _("All sectors")), *names.order_by("name")]

    def apply(self, queryset, model):
        """Narrow the queryset by the valid filters; invalid values are reported, not applied."""
        if not self.is_valid():
            return queryset
        data = self.cleaned_data
        if data.get("status"):
            queryset = queryset.filter(model.status_filter(data["status"], timezone.now()))
        if data.get("sector"):
            queryset = queryset.filter(in_sector(model, data["sector"]))
        if data.get("side") == "JP":
            queryset = queryset.filter(country="JP")
        elif data.get("side") == "EU":
            queryset = queryset.exclude(country="JP")
        if data.get("kind"):
            queryset = queryset.filter(kind=data["kind"])
        return queryset


def paginate(queryset, page_number):
    """One page of a listing; an out-of-range or malformed number gives the nearest page."""
    return Paginator(queryset, PAGE_SIZE).get_page(page_number)
