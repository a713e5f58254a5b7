"""The `sectors`, `regions`, `offices`, `webinarSeries` and `settings` root fields."""

import re

import strawberry
from strawberry.types import Info

from graphql_api.common.arguments import FallbackArg, LimitArg, LocaleArg, OffsetArg, arg
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.errors import BadInput
from graphql_api.common.locales import localized_snippets
from graphql_api.common.pagination import DEFAULT_LIMIT, paginate
from graphql_api.common.scope import make_scope
from pages import models

from .types import (
    OfficeList,
    RegionKind,
    RegionList,
    SectorList,
    SettingsType,
    Side,
    WebinarSeriesList,
)


@strawberry.type
class TaxonomyQueries:
    @strawberry.field(description="The matchmaking sectors, by name.")
    def sectors(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        ecosystem: arg(str | None, "Only sectors of this industrial ecosystem code.") = None,
    ) -> SectorList:
        scope = make_scope(info, locale, fallback)
        queryset = localized_snippets(models.Sector, scope)
        if ecosystem is not None:
            codes = {code for code, _ in models.snippets.INDUSTRIAL_ECOSYSTEMS}
            if ecosystem not in codes:
                raise BadInput(
                    f"ecosystem must be one of {', '.join(sorted(codes))}; got '{ecosystem}'."
                )
            queryset = queryset.filter(ecosystem=ecosystem)
        return paginate(SectorList, queryset.order_by("name", "pk"), limit, offset, scope, info)

    @strawberry.field(description="The webinar series, by name.")
    def webinar_series(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
    ) -> WebinarSeriesList:
        scope = make_scope(info, locale, fallback)
        queryset = localized_snippets(models.WebinarSeries, scope).order_by("name", "pk")
        return paginate(WebinarSeriesList, queryset, limit, offset, scope, info)

    @strawberry.field(
        description="NUTS 2024 regions and Japanese prefectures, by kind and code; names in "
        "the requested language."
    )
    def regions(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        kind: arg(RegionKind | None, "Only regions of this list.") = None,
        country: arg(str | None, "Only this NUTS country code (EL for Greece) or JP.") = None,
        level: arg(int | None, "Only NUTS regions of this level (0-3).") = None,
        code: arg(str | None, "Only regions whose code starts with this, e.g. FI1 or 13.") = None,
    ) -> RegionList:
        scope = make_scope(info, locale)
        queryset = models.Region.objects.all()
        if kind is not None:
            queryset = queryset.filter(kind=kind.value)
        if country is not None:
            if not re.fullmatch(r"[A-Za-z]{2}", country):
                raise BadInput(f"country must be a two-letter code; got '{country}'.")
            queryset = queryset.filter(country=country.upper())
        if level is not None:
            if not 0 <= level <= 3:
                raise BadInput(f"level must be between 0 and 3; got {level}.")
            queryset = queryset.filter(level=level)
        if code is not None:
            if not re.fullmatch(r"[A-Za-z0-9]{1,5}", code):
                raise BadInput(f"code must be a NUTS or prefecture code; got '{code}'.")
            queryset = queryset.filter(code__startswith=code.upper())
        return paginate(RegionList, queryset.order_by("kind", "code"), limit, offset, scope, info)

    @strawberry.field(description="The helpdesk's offices, in their display order.")
    def offices(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        side: arg(Side | None, "Only offices serving this side.") = None,
    ) -> OfficeList:
        scope = make_scope(info, locale, fallback)
        queryset = localized_snippets(models.Office, scope)
        if side is not None:
            queryset = queryset.filter(side=side.value)
        queryset = queryset.order_by("sort_order", "name", "pk")
        return paginate(OfficeList, queryset, limit, offset, scope, info)

    @strawberry.field(description="Contact details and social accounts of the helpdesk.")
    def settings(self) -> SettingsType:
        # The settings are the same in every language. The defaults until an editor saves the settings: reading never writes.
        return models.HelpdeskSettings.objects.first() or models.HelpdeskSettings()
