"""The `news` root field."""

import datetime
import enum

import strawberry

from graphql_api.common.lists import Ordering, Range, root_list
from graphql_api.partners.filters import PartnerLink, WithPartner
from graphql_api.taxonomy.filters import InSector
from pages import models

from .types import NewsPageList


@strawberry.enum(description="Orderings of news articles.")
class NewsOrder(enum.Enum):
    DATE_DESC = ("-date", "-pk")
    DATE_ASC = ("date", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


NEWS = root_list(
    "news",
    models.NewsPage,
    NewsPageList,
    "News articles, filtered and ordered, one page at a time.",
    Ordering(NewsOrder, NewsOrder.DATE_DESC, "Ordering; newest first by default."),
    filters=(
        InSector("Only articles about the sector with this slug."),
        WithPartner(
            "Only articles related to this partner profile (its id in any language).",
            links=(PartnerLink(models.NewsRelatedPage, partner="page", page="news_id"),),
        ),
        Range(
            "date",
            datetime.date,
            "Only articles dated on or after this day.",
            "Only articles dated on or before this day.",
        ),
    ),
)
