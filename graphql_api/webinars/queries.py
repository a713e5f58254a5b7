"""The `webinars` root field."""

import datetime
import enum

import strawberry

from graphql_api.common.lists import Ordering, Range, Status, root_list
from graphql_api.partners.filters import PartnerLink, WithPartner
from graphql_api.taxonomy.filters import InSector, InSeries
from pages import models

from .types import WebinarPageList, WebinarStatus


@strawberry.enum(description="Orderings of webinars.")
class WebinarOrder(enum.Enum):
    START_DESC = ("-start", "-pk")
    START_ASC = ("start", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


WEBINARS = root_list(
    "webinars",
    models.WebinarPage,
    WebinarPageList,
    "Webinars, filtered and ordered, one page at a time.",
    Ordering(WebinarOrder, WebinarOrder.START_DESC, "Ordering; latest start first by default."),
    filters=(
        Status(
            WebinarStatus,
            "Only webinars with this status now: UPCOMING (not started), LIVE (started, "
            "before the planned end) or PAST (ended).",
        ),
        InSeries("Only webinars of the series with this slug."),
        InSector("Only webinars about the sector with this slug."),
        WithPartner(
            "Only webinars with this partner on either side (its id in any language).",
            links=(PartnerLink(models.WebinarEUPartner), PartnerLink(models.WebinarJPPartner)),
        ),
        Range(
            "start",
            datetime.datetime,
            "Only webinars starting at or after this instant.",
            "Only webinars starting at or before this instant.",
        ),
    ),
)
