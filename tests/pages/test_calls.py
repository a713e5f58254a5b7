"""Calls for expression of interest: deadline instants, derived status and validation."""

import datetime
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError

from pages.models import CallPage
from tests import factories
from tests.pages.helpers import errors_of

UTC = datetime.UTC
ONE_SECOND = datetime.timedelta(seconds=1)
OPEN, CLOSED, UPCOMING = CallPage.Status.OPEN, CallPage.Status.CLOSED, CallPage.Status.UPCOMING


def utc(*args):
    return datetime.datetime(*args, tzinfo=UTC)


@pytest.fixture
def tokyo_call(site_tree):
    """The 2022 mobility call: open from 1 July, deadline 31 August 2022, 17:00 JST."""
    return factories.CallPageFactory(
        parent=site_tree.calls,
        time_zone="Asia/Tokyo",
        opening_date=datetime.date(2022, 7, 1),
        deadline_date=datetime.date(2022, 8, 31),
        deadline_time=datetime.time(17, 0),
    )


@pytest.fixture
def brussels_summer_call(site_tree):
    """Deadline 31 August 2022, 17:00 CEST (UTC+2)."""
    return factories.CallPageFactory(
        parent=site_tree.calls,
        time_zone="Europe/Brussels",
        opening_date=datetime.date(2022, 7, 1),
        deadline_date=datetime.date(2022, 8, 31),
        deadline_time=datetime.time(17, 0),
    )


@pytest.fixture
def brussels_winter_call(site_tree):
    """Deadline 15 December 2022, 17:00 CET (UTC+1)."""
    return factories.CallPageFactory(
        parent=site_tree.calls,
        time_zone="Europe/Brussels",
        opening_date=datetime.date(2022, 11, 1),
        deadline_date=datetime.date(2022, 12, 15),
        deadline_time=datetime.time(17, 0),
    )


class TestInstants:
    def test_tokyo_deadline_is_stored_in_utc(self, tokyo_call):
        tokyo_call.refresh_from_db()
        assert tokyo_call.deadline == utc(2022, 8, 31, 8, 0)
        assert tokyo_call.opens_at == utc(2022, 6, 30, 15, 0)

    def test_brussels_summer_deadline_is_cest(self, brussels_summer_call):
        brussels_summer_call.refresh_from_db()
        assert brussels_summer_call.deadline == utc(2022, 8, 31, 15, 0)
        assert brussels_summer_call.opens_at == utc(2022, 6, 30, 22, 0)

    def test_brussels_winter_deadline_is_cet(self, brussels_winter_call):
        brussels_winter_call.refresh_from_db()
        assert brussels_winter_call.deadline == utc(2022, 12, 15, 16, 0)
        assert brussels_winter_call.opens_at == utc(2022, 10, 31, 23, 0)

    def test_default_deadline_time_is_2359(self, site_tree):
        call = factories.CallPageFactory(
            parent=site_tree.calls,
            opening_date=datetime.date(2022, 7, 1),
            deadline_date=datetime.date(2022, 8, 31),
        )
        call.refresh_from_db()
        assert call.deadline_time == datetime.time(23, 59)
        assert call.deadline == utc(2022, 8, 31, 21, 59)

    def test_local_deadline(self, tokyo_call):
        tokyo_call.refresh_from_db()
        local = tokyo_call.local_deadline
        assert (local.isoformat(), local.tzname()) == ("2022-08-31T17:00:00+09:00", "JST")

    def test_instants_follow_an_edit_on_save(self, tokyo_call):
        tokyo_call.deadline_date = datetime.date(2022, 9, 15)
        tokyo_call.time_zone = "UTC"
        tokyo_call.save()
        tokyo_call.refresh_from_db()
        assert tokyo_call.deadline == utc(2022, 9, 15, 17, 0)
        assert tokyo_call.opens_at == utc(2022, 7, 1, 0, 0)


class TestStatusAtTheDeadline:
    @pytest.mark.parametrize(
        ("fixture", "deadline"),
        [
            ("tokyo_call", utc(2022, 8, 31, 8, 0)),
            ("brussels_summer_call", utc(2022, 8, 31, 15, 0)),
            ("brussels_winter_call", utc(2022, 12, 15, 16, 0)),
        ],
    )
    def test_open_up_to_and_including_the_deadline_minute(self, request, fixture, deadline):
        call = request.getfixturevalue(fixture)
        assert call.status_at(deadline - ONE_SECOND) == OPEN
        assert call.status_at(deadline) == OPEN
        assert call.status_at(deadline + 59 * ONE_SECOND) == OPEN
        assert call.status_at(deadline + 60 * ONE_SECOND) == CLOSED

    @pytest.mark.parametrize(
        ("offset", "status"), [(-1, OPEN), (0, OPEN), (59, OPEN), (60, CLOSED), (61, CLOSED)]
    )
    def test_the_database_filter_agrees_at_the_deadline(self, tokyo_call, offset, status):
        moment = tokyo_call.deadline + offset * ONE_SECOND
        assert tokyo_call.status_at(moment) == status
        matching = CallPage.objects.filter(CallPage.status_filter(status, moment))
        assert list(matching.values_list("pk", flat=True)) == [tokyo_call.pk]

    def test_brussels_summer_deadline_is_not_read_as_cet(self, brussels_summer_call):
        # 16:30 UTC is 17:30 CET but 18:30 CEST: the call is already closed.
        assert brussels_summer_call.status_at(utc(2022, 8, 31, 15, 30)) == CLOSED

    def test_tokyo_deadline_is_not_read_as_brussels_time(self, tokyo_call):
        # 17:00 in Brussels on the last day is well after 17:00 in Tokyo.
        assert tokyo_call.status_at(utc(2022, 8, 31, 14, 0)) == CLOSED


class TestStatusAtTheOpening:
    @pytest.mark.parametrize(
        ("fixture", "opening"),
        [
            ("tokyo_call", utc(2022, 6, 30, 15, 0)),
            ("brussels_summer_call", utc(2022, 6, 30, 22, 0)),
            ("brussels_winter_call", utc(2022, 10, 31, 23, 0)),
        ],
    )
    def test_opens_at_midnight_local_time(self, request, fixture, opening):
        call = request.getfixturevalue(fixture)
        assert call.status_at(opening - ONE_SECOND) == UPCOMING
        assert call.status_at(opening) == OPEN
        assert call.status_at(opening + ONE_SECOND) == OPEN

    def test_status_now(self, site_tree):
        call = factories.CallPageFactory(parent=site_tree.calls)
        assert call.status == OPEN


class TestDaysLeft:
    @pytest.mark.parametrize(
        ("moment", "days"),
        [
            (utc(2022, 8, 1, 0, 0), 30),  # 1 Aug 09:00 JST
            (utc(2022, 8, 30, 14, 59, 59), 1),  # 30 Aug 23:59:59 JST
            (utc(2022, 8, 30, 15, 0), 0),  # 31 Aug 00:00 JST: the last day
            (utc(2022, 8, 31, 8, 0), 0),  # the deadline itself
            (utc(2022, 8, 31, 8, 0, 59), 0),  # the last second of the deadline minute
            (utc(2022, 8, 31, 8, 1), None),  # closed
        ],
    )
    def test_days_left_count_calendar_days_in_tokyo(self, tokyo_call, moment, days):
        assert tokyo_call.days_left_at(moment) == days

    def test_days_left_count_calendar_days_in_brussels(self, brussels_winter_call):
        # 14 Dec 23:30 UTC is already 15 Dec 00:30 in Brussels: the last day.
        assert brussels_winter_call.days_left_at(utc(2022, 12, 14, 22, 59, 59)) == 1
        assert brussels_winter_call.days_left_at(utc(2022, 12, 14, 23, 30)) == 0


@pytest.fixture
def call(site_tree):
    return factories.CallPageFactory(
        parent=site_tree.calls,
        opening_date=datetime.date(2022, 7, 1),
        deadline_date=datetime.date(2022, 8, 31),
        places=10,
        max_per_organisation=1,
        grant_amount=Decimal("700.00"),
        max_duration_weeks=6,
    )


class TestValidation:
    def test_valid_call_passes(self, call):
        call.full_clean()

    def test_deadline_before_the_opening_date_is_rejected(self, call):
        call.deadline_date = datetime.date(2022, 6, 30)
        assert errors_of(call) == {
            "deadline_date": ["The deadline cannot be before the opening date."]
        }

    def test_deadline_on_the_opening_day_passes(self, call):
        call.deadline_date, call.deadline_time = datetime.date(2022, 7, 1), datetime.time(0, 0)
        call.full_clean()

    def test_negative_grant_is_rejected(self, call):
        call.grant_amount = Decimal("-0.01")
        assert errors_of(call) == {"grant_amount": ["The grant cannot be negative."]}

    def test_zero_grant_passes(self, call):
        call.grant_amount = Decimal("0")
        call.full_clean()

    def test_zero_places_is_rejected(self, call):
        call.places, call.max_per_organisation = 0, None
        assert errors_of(call) == {
            "places": ["A call offers at least one place; leave empty if unlimited."]
        }

    def test_unlimited_places_pass(self, call):
        call.places = None
        call.full_clean()

    def test_more_per_organisation_than_places_is_rejected(self, call):
        call.max_per_organisation = 11
        assert errors_of(call) == {"max_per_organisation": ["Cannot exceed the number of places."]}

    def test_as_many_per_organisation_as_places_passes(self, call):
        call.max_per_organisation = 10
        call.full_clean()

    def test_zero_weeks_is_rejected(self, call):
        call.max_duration_weeks = 0
        assert errors_of(call) == {
            "max_duration_weeks": ["Give at least one week, or leave empty."]
        }

    def test_no_way_to_apply_is_rejected(self, call):
        call.application_email, call.application_url = "", ""
        assert errors_of(call) == {
            "application_email": ["Say how to apply: an e-mail address or a URL."]
        }

    def test_an_application_url_is_enough(self, call):
        call.application_email, call.application_url = "", "https://forms.example.eu/apply"
        call.full_clean()

    def test_missing_deadline_time_is_a_field_error(self, site_tree):
        call = CallPage(
            title="Mobility",
            summary="A call.",
            opening_date=datetime.date(2022, 7, 1),
            deadline_date=datetime.date(2022, 8, 31),
            deadline_time=None,
            target_audience="<p>EU cluster managers.</p>",
            eligibility="<p>ECCP profile.</p>",
            application_email="ejrc@eu-japan.eu",
        )
        with pytest.raises(ValidationError) as excinfo:
            site_tree.calls.add_child(instance=call)
        assert excinfo.value.message_dict == {"deadline_time": ["This field cannot be null."]}

    def test_unknown_time_zone_is_a_field_error(self, call):
        call.time_zone = "Mars/Olympus"
        assert errors_of(call) == {"time_zone": ["Value 'Mars/Olympus' is not a valid choice."]}

    def test_all_errors_are_reported_together(self, call):
        call.deadline_date = datetime.date(2022, 6, 1)
        call.grant_amount = Decimal("-700")
        call.max_per_organisation = 20
        call.application_email = ""
        assert errors_of(call) == {
            "deadline_date": ["The deadline cannot be before the opening date."],
            "grant_amount": ["The grant cannot be negative."],
            "max_per_organisation": ["Cannot exceed the number of places."],
            "application_email": ["Say how to apply: an e-mail address or a URL."],
        }
