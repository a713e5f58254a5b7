"""Admin choosers narrowed to what fits the form: regions of the partner's country."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets import BaseChooser

REGION_CHOOSER = "region_chooser"


def nuts_country(iso_code):
    """The NUTS country code of an ISO one: Greece is EL in NUTS, GR in ISO."""
    return "EL" if iso_code == "GR" else iso_code


class RegionFilterForm(BaseFilterForm):
    """Search by code, by English (Latin) name or by national name (Japanese for prefectures)."""

    q = forms.CharField(
        label=_("Code or name"),
        widget=forms.TextInput(attrs={"placeholder": _("e.g. FR10, Paris, 福岡")}),
        required=False,
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.filter(
                Q(code__istartswith=query)
                | Q(name__icontains=query)
                | Q(name_national__icontains=query)
            )
        return objects


class RegionListingMixin:
    """The regions of the country the editor chose (all when none is chosen yet)."""

    filter_form_class = RegionFilterForm
    ordering = ("code",)

    def filter_object_list(self, objects):
        objects = super().filter_object_list(objects)
        country = self.request.GET.get("country")
        if country:
            objects = objects.filter(country=nuts_country(country.upper()))
        return objects


class RegionChooseView(RegionListingMixin, ChooseView):
    pass


class RegionChooseResultsView(RegionListingMixin, ChooseResultsView):
    pass


class RegionChosenView(ChosenView):
    """A partner refers to its region by code, not by row id."""

    def get_object_id(self, instance):
        return instance.code


class RegionChooserViewSet(ChooserViewSet):
    model = "pages.Region"
    icon = "globe"
    choose_one_text = _("Choose a region")
    choose_another_text = _("Choose another region")
    preserve_url_parameters = ["multiple", "country"]
    choose_view_class = RegionChooseView
    choose_results_view_class = RegionChooseResultsView
    chosen_view_class = RegionChosenView
    per_page = 50
    # The partner form uses RegionChooser below, which passes the chosen country along.
    register_widget = False


class RegionChooser(BaseChooser):
    """A region chooser that opens on the regions of the country chosen in the same form."""

    model = "pages.Region"
    chooser_modal_url_name = f"{REGION_CHOOSER}:choose"
    icon = "globe"
    choose_one_text = _("Choose a region")
    choose_another_text = _("Choose another region")
    link_to_chosen_text = _("Edit this region")

    def __init__(self, **kwargs):
        kwargs.setdefault("linked_fields", {"country": "#id_country"})
        super().__init__(**kwargs)

    def get_instance(self, value):
        if value is None or isinstance(value, self.model_class):
            return value
        return self.model_class.objects.filter(code=value).first()

    def get_value_data_from_instance(self, instance):
        return {**super().get_value_data_from_instance(instance), "id": instance.code}


PARTNER_CHOOSERS = {"EU": "eu_partner_chooser", "JP": "jp_partner_chooser"}


class PartnerListingMixin:
    """Partner profiles of one side of the cooperation only."""

    side = None

    def get_object_list(self):
        partners = super().get_object_list()
        japanese = Q(country="JP")
        return partners.filter(japanese if self.side == "JP" else ~japanese)


class PartnerChooseView(PartnerListingMixin, ChooseView):
    pass


class PartnerChooseResultsView(PartnerListingMixin, ChooseResultsView):
    pass


class PartnerChooserViewSet(ChooserViewSet):
    """The partner profiles of one side, searchable, in every language tree."""

    model = "pages.PartnerPage"
    icon = "group"
    side = None
    choose_view_class = PartnerChooseView
    choose_results_view_class = PartnerChooseResultsView
    register_widget = False
    per_page = 30

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(side=self.side, **kwargs)


def partner_chooser_viewsets():
    """One chooser per side: a webinar's EU slot lists European partners only, and so on."""
    return [
        PartnerChooserViewSet(
            name,
            side=side,
            choose_one_text=_("Choose a European partner")
            if side == "EU"
            else _("Choose a Japanese partner"),
        )
        for side, name in PARTNER_CHOOSERS.items()
    ]


class PartnerChooser(BaseChooser):
    """The partner chooser of one side."""

    model = "pages.PartnerPage"
    icon = "group"
    choose_another_text = _("Choose another partner")
    link_to_chosen_text = _("Edit this partner")

    def __init__(self, side, **kwargs):
        self.side = side
        self.chooser_modal_url_name = f"{PARTNER_CHOOSERS[side]}:choose"
        self.choose_one_text = (
            _("Choose a European partner") if side == "EU" else _("Choose a Japanese partner")
        )
        super().__init__(**kwargs)
