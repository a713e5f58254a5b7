"""Filters on partner profiles, for the partners list and for the domains that link partners."""

import re
from dataclasses import dataclass

import strawberry

from django.db.models import Q

from graphql_api.common.arguments import page_id
from graphql_api.common.errors import BadInput
from graphql_api.common.lists import Argument, ListFilter
from graphql_api.taxonomy.types import Side
from pages.models import PartnerPage
from pages.models.partners import COUNTRY_CHOICES

COUNTRIES = {code for code, _ in COUNTRY_CHOICES}


def partner_filter(side=None, country=None, region=None):
    """Partner profiles on the side, in the country and in the region given, or a clear error."""
    condition = Q()
    if side is not None:
        condition &= Q(country="JP") if side == Side.JP else ~Q(country="JP")
    if country is not None:
        if country.upper() not in COUNTRIES:
            raise BadInput(
                f"country must be the ISO 3166-1 alpha-2 code of a partner country; "
                f"got '{country}'."
            )
        condition &= Q(country=country.upper())
    if region is not None:
        if not re.fullmatch(r"[A-Za-z0-9]{1,5}", region):
            raise BadInput(f"region must be a NUTS or prefecture code; got '{region}'.")
        condition &= Q(region__code__startswith=region.upper())
    return condition


@dataclass(frozen=True)
class PartnerLink:
    """A table that links pages of a kind to partner profiles."""

    model: type
    # The link's foreign key to the partner page, and its column holding the linked page's id.
    partner: str = "partner"
    page: str = "page_id"


def linked_to_partners(links, condition):
    """Pages linked by any of the links to a partner matching the condition, in any language."""
    keys = PartnerPage.objects.filter(condition).values("translation_key")
    linked = Q()
    for link in links:
        pages = link.model.objects.filter(**{f"{link.partner}__translation_key__in": keys})
        linked |= Q(pk__in=pages.values(link.page))
    return linked


@dataclass(frozen=True)
class WithPartner(ListFilter):
    """Pages linked to one partner profile: argument `partner`, its id in any language."""

    description: str
    links: tuple[PartnerLink, ...]

    def arguments(self):
        return (Argument("partner", strawberry.ID | None, self.description),)

    def apply(self, queryset, values, scope):
        partner = values["partner"]
        if partner is None:
            return queryset
        condition = Q(pk=page_id(partner, "partner"))
        return queryset.filter(linked_to_partners(self.links, condition))


@dataclass(frozen=True)
class InPlace(ListFilter):
    """Partners on a side, in a country and in a region, or pages linked to such a partner."""

    side: str
    country: str
    region: str
    # No links: the listed pages are the partner profiles themselves.
    links: tuple[PartnerLink, ...] = ()

    def arguments(self):
        return (
            Argument("side", Side | None, self.side),
            Argument("country", str | None, self.country),
            Argument("region", str | None, self.region),
        )

    def apply(self, queryset, values, scope):
        place = values["side"], values["country"], values["region"]
        if place == (None, None, None):
            return queryset
        condition = partner_filter(*place)
        if self.links:
            condition = linked_to_partners(self.links, condition)
        return queryset.filter(condition)
