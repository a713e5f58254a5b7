"""The `partners` root field."""

import enum

import strawberry
from strawberry.types import Info

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
from graphql_api.taxonomy.filters import sector_filter
from graphql_api.taxonomy.types import Side
from pages import models

from .filters import partner_filter
from .types import PartnerKind, PartnerPageList


@strawberry.enum(description="Orderings of partner profiles.")
class PartnerOrder(enum.Enum):
    # By each page's sort key: its title, or in Japanese its reading (kana order).
    TITLE_ASC = ("sort_key", "pk")
    TITLE_DESC = ("-sort_key", "-pk")
    PUBLISHED_DESC = ("-first_published_at", "-pk")


@strawberry.type
class PartnerQueries:
    @strawberry.field(description="Partner profiles, filtered and ordered, one page at a time.")
    def partners(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        kind: arg(PartnerKind | None, "Only partners of this kind.") = None,
        side: arg(Side | None, "Only partners on this side (JP: country JP).") = None,
        country: arg(str | None, "Only this ISO 3166-1 alpha-2 country code, e.g. FI.") = None,
        region: arg(
            str | None,
            "Only partners in this region: a NUTS code matches itself and the regions below "
            "it (FI1 matches FI1D); a prefecture code (01-47) matches that prefecture.",
        ) = None,
        sector: arg(str | None, "Only partners working in the sector with this slug.") = None,
        order: arg(
            PartnerOrder,
            "Ordering; by title by default, in Japanese in kana order (五十音順) of the names' readings.",
        ) = PartnerOrder.TITLE_ASC,
    ) -> PartnerPageList:
        scope = make_scope(info, locale, fallback)
        queryset = localized_pages(models.PartnerPage, scope)
        if kind is not None:
            queryset = queryset.filter(kind=kind.value)
        queryset = queryset.filter(partner_filter(side, country, region))
        if sector is not None:
            queryset = queryset.filter(sector_filter(models.PartnerPage, sector))
        queryset = ordered(queryset, order)
        return paginate(PartnerPageList, queryset, limit, offset, scope, info)
