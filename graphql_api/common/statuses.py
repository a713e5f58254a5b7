"""Enums shared by the page types: formats of webinars and events, and where a page stands in time."""

import enum

import strawberry

from pages.models import EventFormat as EventFormatChoices
from pages.registry import PAGE_KINDS

from .enums import choices_enum

EventFormat = choices_enum(EventFormatChoices, "EventFormat", "How participants attend.")


def page_status_enum():
    """One enum of every page type's statuses, so that `status` merges across page types."""
    members = {}
    for kind in PAGE_KINDS:
        for choice in getattr(kind.model, "Status", ()):
            members.setdefault(choice.name, strawberry.enum_value(choice.value))
    return strawberry.enum(
        enum.Enum("PageStatus", members),
        name="PageStatus",
        description="Where a page stands in time: webinars are UPCOMING, LIVE or PAST; events "
        "UPCOMING, ONGOING or PAST; calls UPCOMING, OPEN or CLOSED.",
    )


PageStatus = page_status_enum()
