"""The `calls` root field: status and deadline filters, ordering, languages and details."""

import datetime
import json

import pytest

from django.utils import timezone

from tests import factories
from tests.graphql_api.content import document, publish, translate


def call(parent, title, opening, deadline, **fields):
    return publish(
        factories.CallPageFactory(
            parent=parent, title=title, opening_date=opening, deadline_date=deadline, **fields
        )
    )


LIST = """
query Calls($locale: Locale, $fallback: Boolean, $status: CallStatus, $deadlineFrom: DateTime,
            $deadlineTo: DateTime, $order: CallOrder) {
  calls(locale: $locale, fallback: $fallback, status: $status, deadlineFrom: $deadlineFrom,
        deadlineTo: $deadlineTo, order: $order) {
    totalCount
    items { title locale status }
  }
}
"""


@pytest.fixture
def calls(site_tree, ja_tree):
    today = timezone.localdate()
    doc = document()
    mobility = factories.CallPageFactory(
        parent=site_tree.calls,
        title="Mobility 2022",
        opening_date=datetime.date(2022, 5, 1),
        deadline_date=datetime.date(2022, 6, 30),
        max_per_organisation=1,
        max_duration_weeks=6,
        requires_eccp_profile=True,
        selection_criteria='<p>Fit with <a href="https://example.org/">the aims</a>.</p>',
    )
    mobility.timeline = json.dumps(
        [{"type": "milestone", "id": "m1", "value": {"date": "2022-07-15", "label": "Selection"}}]
    )
    mobility.documents = json.dumps(
        [{"type": "document", "id": "doc1", "value": {"document": doc.pk, "title": "Guidelines"}}]
    )
    mobility = publish(mobility)
    future = call(
        site_tree.calls,
        "Mobility 2041",
        datetime.date(2041, 1, 10),
        datetime.date(2041, 2, 28),
        time_zone="Asia/Tokyo",
    )
    current = call(
        site_tree.calls,
        "Open call",
        today - datetime.timedelta(days=10),
        today + datetime.timedelta(days=8000),
    )
    translate(mobility, site_tree.ja, title="Mobility 2022 公募")
    return {"mobility": mobility, "future": future, "current": current, "doc": doc}


def titles(data):
    return [item["title"] for item in data["calls"]["items"]]


def test_filters_and_ordering(gql, calls):
    cases = [
        ({}, ["Mobility 2022", "Mobility 2041", "Open call"]),
        ({"order": "DEADLINE_DESC"}, ["Open call", "Mobility 2041", "Mobility 2022"]),
        ({"order": "TITLE_DESC"}, ["Open call", "Mobility 2041", "Mobility 2022"]),
        ({"order": "TITLE_ASC"}, ["Mobility 2022", "Mobility 2041", "Open call"]),
        ({"status": "OPEN"}, ["Open call"]),
        ({"status": "UPCOMING"}, ["Mobility 2041"]),
        ({"status": "CLOSED"}, ["Mobility 2022"]),
        ({"deadlineFrom": "2022-06-30T21:59:00Z", "deadlineTo": "2022-06-30T21:59:00Z"}, ["Mobility 2022"]),
        ({"deadlineFrom": "2022-06-30T22:00:00Z", "deadlineTo": "2041-12-31T00:00:00Z"}, ["Mobility 2041"]),
        ({"locale": "JA"}, ["Mobility 2022 公募"]),
        ({"locale": "JA", "status": "OPEN"}, []),
        ({"locale": "JA", "fallback": True}, ["Mobility 2022 公募", "Mobility 2041", "Open call"]),
    ]  # fmt: skip
    for variables, expected in cases:
        data = gql(LIST, variables)
        assert (variables, titles(data)) == (variables, expected)
        assert data["calls"]["totalCount"] == len(expected)


def test_bad_filters_are_clear_errors(gql, calls):
    assert gql.errors(LIST, {"deadlineFrom": "2041-01-01T00:00:00Z", "deadlineTo": "2030-01-01T00:00:00Z"}) == [
        "deadlineFrom/deadlineTo: the end of the range is before its start."
    ]  # fmt: skip
    assert gql.errors(LIST, {"deadlineTo": "2030-01-01"})


def test_detail(gql, calls):
    doc = calls["doc"]
    data = gql(
        """{ calls(status: CLOSED) { items {
            title timeZone openingDate deadlineDate opensAt deadline status daysLeft places
            maxPerOrganisation maxDurationWeeks applicationEmail applicationUrl requiresEccpProfile
            grant { amount currency period }
            deadlineLocal { timeZone dateTime abbreviation }
            targetAudience eligibility selectionCriteria requirements
            timeline { items { blockId date label } }
            documents { items { blockId title document { title url fileType } } }
        } } }"""
    )
    assert data["calls"]["items"] == [
        {
            "title": "Mobility 2022",
            "timeZone": "Europe/Brussels",
            "openingDate": "2022-05-01",
            "deadlineDate": "2022-06-30",
            "opensAt": "2022-04-30T22:00:00+00:00",
            "deadline": "2022-06-30T21:59:00+00:00",
            "status": "CLOSED",
            "daysLeft": None,
            "places": 10,
            "maxPerOrganisation": 1,
            "maxDurationWeeks": 6,
            "applicationEmail": "ejrc@eu-japan.eu",
            "applicationUrl": "",
            "requiresEccpProfile": True,
            "grant": {"amount": "700.00", "currency": "EUR", "period": "WEEK"},
            "deadlineLocal": [
                {"timeZone": "Europe/Brussels", "dateTime": "2022-06-30T23:59:00+02:00", "abbreviation": "CEST"},
                {"timeZone": "Asia/Tokyo", "dateTime": "2022-07-01T06:59:00+09:00", "abbreviation": "JST"},
            ],
            "targetAudience": "<p>EU cluster managers.</p>",
            "eligibility": "<p>Registered on the ECCP.</p>",
            "selectionCriteria": '<p>Fit with <a href="https://example.org/">the aims</a>.</p>',
            "requirements": "",
            "timeline": {"items": [{"blockId": "m1", "date": "2022-07-15", "label": "Selection"}]},
            "documents": {"items": [
                {"blockId": "doc1", "title": "Guidelines", "document": {"title": "Call text", "url": doc.url, "fileType": "pdf"}}
            ]},
        }
    ]  # fmt: skip


def test_days_left_and_status_of_an_open_call(gql, calls):
    data = gql("{ calls(status: OPEN) { items { status daysLeft } } }")
    assert data["calls"]["items"] == [{"status": "OPEN", "daysLeft": 8000}]
