"""The `webinars` root field."""

import datetime
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
    date_range,
    ordered,
    page_id,
)
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.locales import localized_pages
from graphql_api.common.pagination import DEFAULT_LIMIT, paginate
from graphql_api.common.scope import make_scope
from graphql_api.partners.filters import related_to_partner
from graphql_api.taxonomy.filters import sector_filter, series_slug
from pages import models

from .types import WebinarPageList, WebinarStatus


@strawberry.enum(description="Orderings of webinars.")
class WebinarOrder(enum.Enum):
    START_DESC = ("-start", "-pk")
    START_ASC = ("start", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


@strawberry.type
class WebinarQueries:
    @strawberry.field(description="Webinars, filtered and ordered, one page at a time.")
    def webinars(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        status: arg(
            WebinarStatus | None,
            "Only webinars with this status now: UPCOMING (not started), LIVE (started, "
            "before the planned end) or PAST (ended).",
        ) = None,
        series: arg(str | None, "Only webinars of the series with this slug.") = None,
        sector: arg(str | None, "Only webinars about the sector with this slug.") = None,
        partner: arg(
            strawberry.ID | None,
            "Only webinars with this partner on either side (its id in any language).",
        ) = None,
        start_from: arg(
            datetime.datetime | None, "Only webinars starting at or after this instant."
        ) = None,
        start_to: arg(
            datetime.datetime | None, "Only webinars starting at or before this instant."
        ) = None,
        order: arg(WebinarOrder, "Ordering; latest start first by default.") = (
            WebinarOrder.START_DESC
        ),
    ) -> WebinarPageList:
        scope = make_scope(info, locale, fallback)
        date_range(start_from, start_to, "startFrom/startTo")
        queryset = localized_pages(models.WebinarPage, scope)
        if status is not None:
            # The same rule as the rendered pages, from the model.
            queryset = queryset.filter(
                models.WebinarPage.status_filter(models.WebinarPage.Status(status.value), scope.now)
            )
        if series is not None:
            queryset = queryset.filter(series__slug=series_slug(series))
        if sector is not None:
            queryset = queryset.filter(sector_filter(models.WebinarPage, sector))
        if partner is not None:
            partner_pk = page_id(partner, "partner")
            queryset = queryset.filter(
                Q(
                    pk__in=models.WebinarEUPartner.objects.filter(
                        related_to_partner("partner", partner_pk)
                    ).values("page_id")
                )
                | Q(
                    pk__in=models.WebinarJPPartner.objects.filter(
                        related_to_partner("partner", partner_pk)
                    ).values("page_id")
                )
            )
        if start_from is not None:
            queryset = queryset.filter(start__gte=start_from)
        if start_to is not None:
            queryset = queryset.filter(start__lte=start_to)
        return paginate(WebinarPageList, ordered(queryset, order), limit, offset, scope, info)
