"""The `events` root field."""

import datetime
import enum

import strawberry
from strawberry.types import Info

from graphql_api.common.arguments import (
    FallbackArg,
    LimitArg,
    LocaleArg,
    OffsetArg,
    arg,
    date_range,
    ordered,
)
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.locales import localized_pages
from graphql_api.common.pagination import DEFAULT_LIMIT, paginate
from graphql_api.common.scope import make_scope
from graphql_api.taxonomy.filters import sector_filter
from pages import models

from .types import EventPageList, EventStatus


@strawberry.enum(description="Orderings of events.")
class EventOrder(enum.Enum):
    START_DESC = ("-start", "-pk")
    START_ASC = ("start", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


@strawberry.type
class EventQueries:
    @strawberry.field(description="Events, filtered and ordered, one page at a time.")
    def events(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        status: arg(EventStatus | None, "Only events with this status now.") = None,
        sector: arg(str | None, "Only events matchmaking in the sector with this slug.") = None,
        start_from: arg(
            datetime.datetime | None, "Only events starting at or after this instant."
        ) = None,
        start_to: arg(
            datetime.datetime | None, "Only events starting at or before this instant."
        ) = None,
        order: arg(EventOrder, "Ordering; latest start first by default.") = EventOrder.START_DESC,
    ) -> EventPageList:
        scope = make_scope(info, locale, fallback)
        date_range(start_from, start_to, "startFrom/startTo")
        queryset = localized_pages(models.EventPage, scope)
        if status is not None:
            # The same rule as the rendered pages, from the model.
            queryset = queryset.filter(
                models.EventPage.status_filter(models.EventPage.Status(status.value), scope.now)
            )
        if sector is not None:
            queryset = queryset.filter(sector_filter(models.EventPage, sector))
        if start_from is not None:
            queryset = queryset.filter(start__gte=start_from)
        if start_to is not None:
            queryset = queryset.filter(start__lte=start_to)
        return paginate(EventPageList, ordered(queryset, order), limit, offset, scope, info)
