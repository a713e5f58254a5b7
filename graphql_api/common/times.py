"""Times shown in the helpdesk's display time zones."""

from datetime import datetime

import strawberry

from pages.timezones import in_display_zones


@strawberry.type(description="An instant as read in one time zone.")
class LocalDateTime:
    time_zone: str = strawberry.field(description="IANA time zone, e.g. 'Asia/Tokyo'.")
    date_time: datetime = strawberry.field(
        description="The instant with that zone's offset (ISO 8601)."
    )
    abbreviation: str = strawberry.field(
        description="Short zone name with daylight saving applied: CET, CEST, JST."
    )
    clock: str = strawberry.field(description="Hours and minutes on a 24-hour clock, e.g. 9:00.")


def local_times(moment):
    """The instant in Europe/Brussels and Asia/Tokyo."""
    return [
        LocalDateTime(
            time_zone=local.zone,
            date_time=local.value,
            abbreviation=local.abbreviation,
            clock=local.clock,
        )
        for local in in_display_zones(moment)
    ]
