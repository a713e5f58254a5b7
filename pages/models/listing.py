"""Filters and pagination of the section indexes visitors browse."""

from django import forms
from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from .snippets import Region, Sector, in_sector

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
    country = forms.ChoiceField(required=False, label=_("Country"))
    region = forms.ChoiceField(required=False, label=_("Region"))

    def __init__(self, data, *, model, fields, locale, items=None):
        # Japanese labels end with a full-width colon, as Japanese text does.
        super().__init__(data, label_suffix=pgettext("between a label and its value", ": ").strip())
        for name in set(self.fields) - set(fields):
            del self.fields[name]
        if "status" in self.fields:
            self.fields["status"].choices = [("", _("All")), *model.Status.choices]
        if "kind" in self.fields:
            self.fields["kind"].choices = [("", _("All")), *model.Kind.choices]
        if "sector" in self.fields:
            names = Sector.objects.filter(locale=locale).values_list("slug", "name")
            self.fields["sector"].choices = [("", _("All sectors")), *names.order_by("name")]
        # Countries and regions are offered only as far as the listed pages have them.
        if "country" in self.fields:
            labels = dict(model._meta.get_field("country").choices)
            present = items.order_by().values_list("country", flat=True).distinct()
            countries = [(code, str(labels.get(code, code))) for code in present if code]
            self.fields["country"].choices = [
                ("", _("All countries")),
                *sorted(countries, key=lambda choice: choice[1]),
            ]
        if "region" in self.fields:
            language = locale.language_code
            regions = sorted(
                Region.objects.filter(code__in=items.order_by().values("region")),
                # Prefectures in their JIS X 0401 order (Hokkaido to Okinawa), as Japanese
                # lists give them; other regions by the name shown.
                key=lambda region: (
                    region.country,
                    region.code if region.country == "JP" else region.localized_name(language),
                ),
            )
            self.fields["region"].choices = [
                ("", _("All regions")),
                *((region.code, region.localized_name(language)) for region in regions),
            ]

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
        if data.get("country"):
            queryset = queryset.filter(country=data["country"])
        if data.get("region"):
            queryset = queryset.filter(region_id=data["region"])
        return queryset


def paginate(queryset, page_number):
    """One page of a listing; an out-of-range or malformed number gives the nearest page."""
    return Paginator(queryset, PAGE_SIZE).get_page(page_number)
