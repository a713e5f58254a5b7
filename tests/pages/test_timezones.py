"""Instants shown in Brussels and Tokyo time, daylight saving included."""

import datetime

import pytest

from pages.timezones import dual_clock, in_display_zones

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        # The first good-practice webinar: 17 December 2021, 9:00 CET.
        (datetime.datetime(2021, 12, 17, 8, 0, tzinfo=UTC), "9:00 CET / 17:00 JST"),
        (datetime.datetime(2022, 7, 1, 8, 0, tzinfo=UTC), "10:00 CEST / 17:00 JST"),
        (datetime.datetime(2022, 1, 1, 0, 5, tzinfo=UTC), "1:05 CET / 9:05 JST"),
        # Last Sunday of March 2022: clocks in Brussels go forward at 01:00 UTC.
        (datetime.datetime(2022, 3, 27, 0, 59, tzinfo=UTC), "1:59 CET / 9:59 JST"),
        (datetime.datetime(2022, 3, 27, 1, 0, tzinfo=UTC), "3:00 CEST / 10:00 JST"),
        # Last Sunday of October 2022: back to CET at 01:00 UTC.
        (datetime.datetime(2022, 10, 30, 0, 59, tzinfo=UTC), "2:59 CEST / 9:59 JST"),
        (datetime.datetime(2022, 10, 30, 1, 0, tzinfo=UTC), "2:00 CET / 10:00 JST"),
    ],
)
def test_dual_clock(moment, expected):
    assert dual_clock(moment) == expected


def test_dual_clock_of_an_instant_given_in_another_zone():
    tokyo = datetime.timezone(datetime.timedelta(hours=9))
    assert (
        dual_clock(datetime.datetime(2021, 12, 17, 17, 0, tzinfo=tokyo)) == "9:00 CET / 17:00 JST"
    )


def test_no_instant_gives_no_clock():
    assert (in_display_zones(None), dual_clock(None)) == ([], "")


def test_in_display_zones():
    zones = in_display_zones(datetime.datetime(2022, 12, 13, 8, 0, tzinfo=UTC))
    assert [(t.zone, t.value.isoformat(), t.abbreviation, t.clock) for t in zones] == [
        ("Europe/Brussels", "2022-12-13T09:00:00+01:00", "CET", "9:00"),
        ("Asia/Tokyo", "2022-12-13T17:00:00+09:00", "JST", "17:00"),
    ]


def test_display_zones_follow_the_setting(settings):
    settings.HELPDESK_DISPLAY_TIME_ZONES = ["Asia/Tokyo", "UTC"]
    assert dual_clock(datetime.datetime(2022, 7, 1, 8, 0, tzinfo=UTC)) == "17:00 JST / 8:00 UTC"
