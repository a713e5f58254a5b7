"""Filters by taxonomy that every domain's root field offers."""

from dataclasses import dataclass

from graphql_api.common.arguments import slug
from graphql_api.common.errors import BadInput
from graphql_api.common.lists import Argument, ListFilter
from pages.models import Sector, WebinarSeries
from pages.models.snippets import in_sector


def known_slug(model, value, name, noun):
    """A slug argument that names a row of the model, or a clear error (like an unknown country)."""
    value = slug(value, name)
    if not model.objects.filter(slug=value).exists():
        raise BadInput(f"{name} must be the slug of a {noun}; got '{value}'.")
    return value


def sector_filter(model, sector):
    """Pages of the model in the sector with this slug (the slug checked first)."""
    return in_sector(model, known_slug(Sector, sector, "sector", "sector"))


def series_slug(series):
    """The slug of a webinar series filter, checked."""
    return known_slug(WebinarSeries, series, "series", "webinar series")


@dataclass(frozen=True)
class InSector(ListFilter):
    """Pages in the sector with this slug: argument `sector`."""

    description: str

    def arguments(self):
        return (Argument("sector", str | None, self.description),)

    def apply(self, queryset, values, scope):
        sector = values["sector"]
        return (
            queryset if sector is None else queryset.filter(sector_filter(queryset.model, sector))
        )


@dataclass(frozen=True)
class InSeries(ListFilter):
    """Webinars of the series with this slug: argument `series`."""

    description: str

    def arguments(self):
        return (Argument("series", str | None, self.description),)

    def apply(self, queryset, values, scope):
        series = values["series"]
        return queryset if series is None else queryset.filter(series__slug=series_slug(series))
