"""The `calls` root field."""

import datetime
import enum

import strawberry

from graphql_api.common.lists import Ordering, Range, Status, root_list
from pages import models

from .types import CallPageList, CallStatus


@strawberry.enum(description="Orderings of calls.")
class CallOrder(enum.Enum):
    DEADLINE_ASC = ("deadline", "pk")
    DEADLINE_DESC = ("-deadline", "-pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


CALLS = root_list(
    "calls",
    models.CallPage,
    CallPageList,
    "Calls for expression of interest, filtered and ordered, one page at a time.",
    Ordering(CallOrder, CallOrder.DEADLINE_ASC, "Ordering; nearest deadline first by default."),
    filters=(
        Status(CallStatus, "Only calls with this status now."),
        Range(
            "deadline",
            datetime.datetime,
            "Only calls whose deadline is at or after this instant.",
            "Only calls whose deadline is at or before this instant.",
        ),
    ),
)
