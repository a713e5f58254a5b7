"""The `events` root field: status, sector and date filters, ordering, languages, days."""

import datetime
import json

import pytest

from django.utils import timezone

from tests import factories
from tests.graphql_api.content import at, publish, sector, translate, with_sectors

LIST = """
query Events($locale: Locale, $fallback: Boolean, $status: EventStatus, $sector: String,
             $startFrom: DateTime, $startTo: DateTime, $order: EventOrder) {
  events(locale: $locale, fallback: $fallback, status: $status, sector: $sector,
         startFrom: $startFrom, startTo: $startTo, order: $order) {
    totalCount
    items { title locale status }
  }
}
"""

DAYS = [
    {
        "type": "day",
        "id": "d1",
        "value": {
            "date": "2022-12-13",
            "title": "Day 1: Conference",
            "summary": "",
            "programme": [
                {
                    "type": "item",
                    "id": "d1s1",
                    "value": {
                        "start_time": "09:00:00",
                        "end_time": None,
                        "title": "Opening",
                        "description": "Welcome words.",
                        "speakers": [],
                    },
                }
            ],
        },
    }
]


@pytest.fixture
def events(site_tree, ja_tree):
    digital = sector("Digital", "digital", "デジタル", site_tree.ja)
    conference = factories.EventPageFactory(
        parent=site_tree.events,
        title="Conference 2022",
        start=at(2022, 12, 13, 8),
        end=at(2022, 12, 14, 17),
        participants_count=300,
        meetings_count=450,
        venue="Online",
    )
    conference.days = json.dumps(DAYS)
    conference.body = json.dumps([{"type": "paragraph", "id": "b1", "value": "<p>B2B.</p>"}])
    conference = with_sectors(conference, digital)
    future = publish(
        factories.EventPageFactory(
            parent=site_tree.events,
            title="Conference 2041",
            start=at(2041, 12, 10, 8),
            end=at(2041, 12, 11, 17),
        )
    )
    now = timezone.now()
    fair = publish(
        factories.EventPageFactory(
            parent=site_tree.events,
            title="Ongoing fair",
            start=now - datetime.timedelta(days=1),
            end=now + datetime.timedelta(days=1),
        )
    )
    translate(conference, site_tree.ja, title="Conference 2022 年次大会")
    return {"conference": conference, "future": future, "fair": fair}


def titles(data):
    return [item["title"] for item in data["events"]["items"]]


def test_filters_and_ordering(gql, events):
    cases = [
        ({}, ["Conference 2041", "Ongoing fair", "Conference 2022"]),
        ({"order": "START_ASC"}, ["Conference 2022", "Ongoing fair", "Conference 2041"]),
        ({"order": "TITLE_ASC"}, ["Conference 2022", "Conference 2041", "Ongoing fair"]),
        ({"order": "TITLE_DESC"}, ["Ongoing fair", "Conference 2041", "Conference 2022"]),
        ({"status": "UPCOMING"}, ["Conference 2041"]),
        ({"status": "ONGOING"}, ["Ongoing fair"]),
        ({"status": "PAST"}, ["Conference 2022"]),
        ({"sector": "digital"}, ["Conference 2022"]),
        ({"startFrom": "2041-01-01T00:00:00Z"}, ["Conference 2041"]),
        ({"startTo": "2022-12-13T08:00:00Z"}, ["Conference 2022"]),
        ({"locale": "JA"}, ["Conference 2022 年次大会"]),
        ({"locale": "JA", "fallback": True}, ["Conference 2041", "Ongoing fair", "Conference 2022 年次大会"]),
    ]  # fmt: skip
    for variables, expected in cases:
        data = gql(LIST, variables)
        assert (variables, titles(data)) == (variables, expected)
        assert data["events"]["totalCount"] == len(expected)


def test_fallback_locales_and_statuses(gql, events):
    assert gql(LIST, {"locale": "JA", "fallback": True})["events"]["items"] == [
        {"title": "Conference 2041", "locale": "EN", "status": "UPCOMING"},
        {"title": "Ongoing fair", "locale": "EN", "status": "ONGOING"},
        {"title": "Conference 2022 年次大会", "locale": "JA", "status": "PAST"},
    ]


def test_bad_filters_are_clear_errors(gql, events):
    assert gql.errors(LIST, {"startFrom": "2041-01-01T00:00:00Z", "startTo": "2030-01-01T00:00:00Z"}) == [
        "startFrom/startTo: the end of the range is before its start."
    ]  # fmt: skip
    assert gql.errors(LIST, {"status": "LIVE"})


def test_detail(gql, events):
    data = gql(
        """{ events(status: PAST) { items {
            title start end format venue participantsCount meetingsCount matchmakingUrl
            endLocal { timeZone dateTime abbreviation clock }
            sectors { items { name } }
            body { items { __typename ... on ParagraphBlock { html } } }
            days { items { blockId date title summary programme { items { blockId startTime endTime title description speakers { items { name } } } } } }
        } } }"""
    )
    assert data["events"]["items"] == [
        {
            "title": "Conference 2022",
            "start": "2022-12-13T08:00:00+00:00",
            "end": "2022-12-14T17:00:00+00:00",
            "format": "ONLINE",
            "venue": "Online",
            "participantsCount": 300,
            "meetingsCount": 450,
            "matchmakingUrl": "",
            "endLocal": [
                {"timeZone": "Europe/Brussels", "dateTime": "2022-12-14T18:00:00+01:00", "abbreviation": "CET", "clock": "18:00"},
                {"timeZone": "Asia/Tokyo", "dateTime": "2022-12-15T02:00:00+09:00", "abbreviation": "JST", "clock": "2:00"},
            ],
            "sectors": {"items": [{"name": "Digital"}]},
            "body": {"items": [{"__typename": "ParagraphBlock", "html": "<p>B2B.</p>"}]},
            "days": {"items": [
                {
                    "blockId": "d1",
                    "date": "2022-12-13",
                    "title": "Day 1: Conference",
                    "summary": None,
                    "programme": {"items": [
                        {"blockId": "d1s1", "startTime": "09:00", "endTime": None, "title": "Opening", "description": "Welcome words.", "speakers": {"items": []}}
                    ]},
                }
            ]},
        }
    ]  # fmt: skip
