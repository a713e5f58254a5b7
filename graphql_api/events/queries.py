"""The `events` root field."""

import datetime
import enum

import strawberry

from graphql_api.common.lists import Ordering, Range, Status, root_list
from graphql_api.taxonomy.filters import InSector
from pages import models

from .types import EventPageList, EventStatus


@strawberry.enum(description="Orderings of events.")
class EventOrder(enum.Enum):
    START_DESC = ("-start", "-pk")
    START_ASC = ("start", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


EVENTS = root_list(
    "events",
    models.EventPage,
    EventPageList,
    "Events, filtered and ordered, one page at a time.",
    Ordering(EventOrder, EventOrder.START_DESC, "Ordering; latest start first by default."),
    filters=(
        Status(EventStatus, "Only events with this status now."),
        InSector("Only events matchmaking in the sector with this slug."),
        Range(
            "start",
            datetime.datetime,
            "Only events starting at or after this instant.",
            "Only events starting at or before this instant.",
        ),
    ),
)
