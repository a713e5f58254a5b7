"""Admin registration of the snippets."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Office, Region, Sector, WebinarSeries


class SectorViewSet(SnippetViewSet):
    model = Sector
    icon = "tag"
    list_display = ["name", "ecosystem", "slug"]
    list_filter = ["ecosystem"]
    search_fields = ["name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["code", "name", "name_national", "kind", "level", "country"]
    list_filter = ["kind", "level", "country"]
    search_fields = ["code", "name", "name_national"]
    list_per_page = 50


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    list_display = ["name", "city", "side"]


class WebinarSeriesViewSet(SnippetViewSet):
    model = WebinarSeries
    icon = "media"
    list_display = ["name", "slug"]


class ReferenceDataGroup(SnippetViewSetGroup):
    items = (SectorViewSet, RegionViewSet, OfficeViewSet, WebinarSeriesViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Reference data")
    menu_name = "reference-data"


register_snippet(ReferenceDataGroup)
