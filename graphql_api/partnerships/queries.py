"""The `partnerships` root field."""

import enum

import strawberry
from strawberry.types import Info

from django.db.models import Q

from graphql_api.common.arguments import (
    FallbackArg,
    LimitArg,
    LocaleArg,
    OffsetArg,
    arg,
    ordered,
)
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.locales import localized_pages
from graphql_api.common.pagination import DEFAULT_LIMIT, paginate
from graphql_api.common.scope import make_scope
from graphql_api.partners.filters import partner_filter
from graphql_api.taxonomy.filters import sector_filter
from graphql_api.taxonomy.types import Side
from pages import models

from .types import PartnershipPageList


@strawberry.enum(description="Orderings of partnerships.")
class PartnershipOrder(enum.Enum):
    SINCE_ASC = ("since", "title", "pk")
    SINCE_DESC = ("-since", "title", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


def with_partner(condition):
    """Partnerships with a partner matching the condition on either side, in any language."""
    keys = models.PartnerPage.objects.filter(condition).values("translation_key")
    linked = Q()
    for link in (models.PartnershipEUPartner, models.PartnershipJPPartner):
        pages = link.objects.filter(partner__translation_key__in=keys).values("page_id")
        linked |= Q(pk__in=pages)
    return linked


@strawberry.type
class PartnershipQueries:
    @strawberry.field(
        description="EU-Japan partnerships, filtered and ordered, one page at a time. Side, "
        "country and region select partnerships with at least one partner matching all three."
    )
    def partnerships(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        side: arg(Side | None, "Only partnerships with a partner on this side.") = None,
        country: arg(
            str | None,
            "Only partnerships with a partner in this ISO 3166-1 alpha-2 country, e.g. FI.",
        ) = None,
        region: arg(
            str | None,
            "Only partnerships with a partner in this region: a NUTS code matches itself and "
            "the regions below it (FI1 matches FI1D); a prefecture code (01-47) matches that "
            "prefecture.",
        ) = None,
        sector: arg(str | None, "Only partnerships in the sector with this slug.") = None,
        order: arg(PartnershipOrder, "Ordering; the longest-standing first by default.") = (
            PartnershipOrder.SINCE_ASC
        ),
    ) -> PartnershipPageList:
        scope = make_scope(info, locale, fallback)
        queryset = localized_pages(models.PartnershipPage, scope)
        if (side, country, region) != (None, None, None):
            queryset = queryset.filter(with_partner(partner_filter(side, country, region)))
        if sector is not None:
            queryset = queryset.filter(sector_filter(models.PartnershipPage, sector))
        return paginate(PartnershipPageList, ordered(queryset, order), limit, offset, scope, info)
