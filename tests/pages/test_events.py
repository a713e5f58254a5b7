"""Events: derived status and validation of dates and figures."""

import datetime

import pytest

from django.utils import timezone

from pages.models import EventPage
from tests import factories
from tests.pages.helpers import errors_of

UTC = datetime.UTC
ONE_SECOND = datetime.timedelta(seconds=1)
# The 2022 conference and matchmaking: 13-14 December 2022, 9:00 CET to 17:00 CET the next day.
START = datetime.datetime(2022, 12, 13, 8, 0, tzinfo=UTC)
END = datetime.datetime(2022, 12, 14, 16, 0, tzinfo=UTC)


@pytest.fixture
def conference(site_tree):
    return factories.EventPageFactory(
        parent=site_tree.events, title="EU-Japan Conference 2022", start=START, end=END
    )


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (START - ONE_SECOND, EventPage.Status.UPCOMING),
        (START, EventPage.Status.ONGOING),
        (END - ONE_SECOND, EventPage.Status.ONGOING),
        (END, EventPage.Status.PAST),
    ],
)
def test_status_at_the_boundaries(conference, moment, status):
    assert conference.status_at(moment) == status


def test_status_now(site_tree):
    assert factories.EventPageFactory(parent=site_tree.events).status == EventPage.Status.UPCOMING


def test_past_event_with_figures_passes(conference):
    conference.participants_count, conference.meetings_count = 412, 238
    conference.full_clean()


@pytest.mark.parametrize("end", [START, START - ONE_SECOND])
def test_end_not_after_start_is_rejected(conference, end):
    conference.end = end
    assert errors_of(conference) == {"end": ["The event must end after it starts."]}


@pytest.mark.parametrize(("participants", "meetings"), [(120, None), (None, 40), (0, 0)])
def test_figures_before_the_event_are_rejected(site_tree, participants, meetings):
    event = factories.EventPageFactory(parent=site_tree.events)
    event.participants_count, event.meetings_count = participants, meetings
    assert errors_of(event) == {
        "participants_count": ["Figures can only be recorded once the event has started."]
    }


def test_figures_once_started_pass(site_tree):
    event = factories.EventPageFactory(
        parent=site_tree.events, start=timezone.now() - datetime.timedelta(hours=1)
    )
    event.participants_count = 80
    event.full_clean()


def test_both_errors_together(site_tree):
    event = factories.EventPageFactory(parent=site_tree.events)
    event.end = event.start - datetime.timedelta(hours=1)
    event.meetings_count = 3
    assert errors_of(event) == {
        "end": ["The event must end after it starts."],
        "participants_count": ["Figures can only be recorded once the event has started."],
    }
