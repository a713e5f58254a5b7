# Japanese dates are written with full-width brackets; ruff would flag them.
# ruff: noqa: RUF002
"""Time-zone helpers: every instant is stored in UTC and shown in Brussels and Tokyo time."""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import get_language, override, pgettext
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


def reader_zones(moment, language=None):
    """The instant in each display zone, the reader's first: Japan time leads in Japanese."""
    zones = in_display_zones(moment)
    if (language or get_language()) == "ja":
        zones.reverse()
    return zones


def dual_clock(moment, language=None):
    """Format an instant as '9:00 CET / 17:00 JST', or '17:00 JST / 9:00 CET' in Japanese."""
    return " / ".join(f"{t.clock} {t.abbreviation}" for t in reader_zones(moment, language))


def in_every_display_zone(moment, language=None):
    """An instant in both display zones, with the date, led by the reader's zone.

    '31 August 2026, 23:59 CEST / 1 September 2026, 6:59 JST'; in Japanese, Japan time first:
    '2026年9月1日（火）6:59 JST / 2026年8月31日（月）23:59 CEST'. The second side repeats the
    date only when it is another day there: '19 November 2026, 9:00 CET / 17:00 JST'.
    """
    language = language or get_language()
    zones = reader_zones(moment, language)
    lead = zones[0].value.date()
    parts = []
    for index, local in enumerate(zones):
        time = f"{local.clock} {local.abbreviation}"
        if index == 0 or local.value.date() != lead:
            with override(language):
                day = date_format(local.value, "DATE_FORMAT")
                time = pgettext("a date and a time", "%(date)s, %(time)s") % {
                    "date": day,
                    "time": time,
                }
        parts.append(time)
    return " / ".join(parts)


def brussels_instant(day, clock):
    """The instant of a wall-clock time on a Brussels calendar day (programme slots)."""
    if isinstance(day, datetime):
        day = day.astimezone(BRUSSELS).date()
    return datetime.combine(day, clock, BRUSSELS)
