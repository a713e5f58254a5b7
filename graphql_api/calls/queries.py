"""The `calls` root field."""

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
from pages import models

from .types import CallPageList, CallStatus


@strawberry.enum(description="Orderings of calls.")
class CallOrder(enum.Enum):
    DEADLINE_ASC = ("deadline", "pk")
    DEADLINE_DESC = ("-deadline", "-pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


@strawberry.type
class CallQueries:
    @strawberry.field(
        description="Calls for expression of interest, filtered and ordered, one page at a time."
    )
    def calls(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        status: arg(CallStatus | None, "Only calls with this status now.") = None,
        deadline_from: arg(
            datetime.datetime | None, "Only calls whose deadline is at or after this instant."
        ) = None,
        deadline_to: arg(
            datetime.datetime | None, "Only calls whose deadline is at or before this instant."
        ) = None,
        order: arg(CallOrder, "Ordering; nearest deadline first by default.") = (
            CallOrder.DEADLINE_ASC
        ),
    ) -> CallPageList:
        scope = make_scope(info, locale, fallback)
        date_range(deadline_from, deadline_to, "deadlineFrom/deadlineTo")
        queryset = localized_pages(models.CallPage, scope)
        if status is not None:
            # The same rule as the rendered pages, from the model.
            queryset = queryset.filter(
                models.CallPage.status_filter(models.CallPage.Status(status.value), scope.now)
            )
        if deadline_from is not None:
            queryset = queryset.filter(deadline__gte=deadline_from)
        if deadline_to is not None:
            queryset = queryset.filter(deadline__lte=deadline_to)
        return paginate(CallPageList, ordered(queryset, order), limit, offset, scope, info)
