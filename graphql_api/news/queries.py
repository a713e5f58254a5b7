"""The `news` root field."""

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
    page_id,
)
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.locales import localized_pages
from graphql_api.common.pagination import DEFAULT_LIMIT, paginate
from graphql_api.common.scope import make_scope
from graphql_api.partners.filters import related_to_partner
from graphql_api.taxonomy.filters import sector_filter
from pages import models

from .types import NewsPageList


@strawberry.enum(description="Orderings of news articles.")
class NewsOrder(enum.Enum):
    DATE_DESC = ("-date", "-pk")
    DATE_ASC = ("date", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


@strawberry.type
class NewsQueries:
    @strawberry.field(description="News articles, filtered and ordered, one page at a time.")
    def news(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        sector: arg(str | None, "Only articles about the sector with this slug.") = None,
        partner: arg(
            strawberry.ID | None,
            "Only articles related to this partner profile (its id in any language).",
        ) = None,
        date_from: arg(datetime.date | None, "Only articles dated on or after this day.") = None,
        date_to: arg(datetime.date | None, "Only articles dated on or before this day.") = None,
        order: arg(NewsOrder, "Ordering; newest first by default.") = NewsOrder.DATE_DESC,
    ) -> NewsPageList:
        scope = make_scope(info, locale, fallback)
        date_range(date_from, date_to, "dateFrom/dateTo")
        queryset = localized_pages(models.NewsPage, scope)
        if sector is not None:
            queryset = queryset.filter(sector_filter(models.NewsPage, sector))
        if partner is not None:
            queryset = queryset.filter(
                pk__in=models.NewsRelatedPage.objects.filter(
                    related_to_partner("page", page_id(partner, "partner"))
                ).values("news_id")
            )
        if date_from is not None:
            queryset = queryset.filter(date__gte=date_from)
        if date_to is not None:
            queryset = queryset.filter(date__lte=date_to)
        return paginate(NewsPageList, ordered(queryset, order), limit, offset, scope, info)
