"""Wall-clock times of the demo's webinars and events, which the sources give in Brussels time."""

import datetime
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")


def at_brussels(day, time):
    """An aware datetime for a Brussels wall-clock time."""
    return datetime.datetime.combine(day, time, BRUSSELS)
