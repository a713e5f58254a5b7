"""Time-zone helpers: every instant is stored in UTC and shown in Brussels and Tokyo time."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

BRUSSELS = ZoneInfo("Europe/Brussels")

TIME_ZONE_CHOICES = [
    ("Europe/Brussels", _("Central European Time (Brussels, Strasbourg)")),
    ("Asia/Tokyo", _("Japan Standard Time (Tokyo)")),
    ("UTC", _("Coordinated Universal Time")),
]


@dataclass(frozen=True)
class LocalTime:
    """One instant as read in one time zone."""

    zone: str
    value: datetime

    @property
    def abbreviation(self):
        """Short zone name with daylight saving applied (CET, CEST, JST, UTC)."""
        return self.value.tzname()

    @property
    def clock(self):
        """Hours and minutes, 24-hour clock, no leading zero: 9:00, 17:30."""
        return f"{self.value.hour}:{self.value.minute:02d}"


def in_display_zones(moment):
    """Return the instant as read in each of the helpdesk's display time zones."""
    if moment is None:
        return []
    return [
        LocalTime(zone=name, value=moment.astimezone(ZoneInfo(name)))
        for name in settings.HELPDESK_DISPLAY_TIME_ZONES
    ]


def dual_clock(moment):
    """Format an instant as '9:00 CET / 17:00 JST' (daylight saving included)."""
    return " / ".join(f"{t.clock} {t.abbreviation}" for t in in_display_zones(moment))


def in_every_display_zone(moment):
    """'Dec. 3, 2026 23:59 CET / Dec. 4, 2026 7:59 JST': the date on each side of the world."""
    return " / ".join(
        f"{date_format(local.value, 'DATE_FORMAT')} {local.clock} {local.abbreviation}"
        for local in in_display_zones(moment)
    )


def brussels_instant(day, clock):
    """The instant of a wall-clock time on a Brussels calendar day (programme slots)."""
    if isinstance(day, datetime):
        day = day.astimezone(BRUSSELS).date()
    return datetime.combine(day, clock, BRUSSELS)
