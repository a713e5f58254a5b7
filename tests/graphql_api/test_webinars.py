"""The `webinars` root field: status, series, sector, partner and date filters, languages."""

import datetime
import json

import pytest

from django.utils import timezone

from pages.models import WebinarEUPartner, WebinarJPPartner
from tests import factories
from tests.graphql_api.content import at, publish, sector, translate, with_sectors

LIST = """
query Webinars($locale: Locale, $fallback: Boolean, $status: WebinarStatus, $series: String,
               $sector: String, $partner: ID, $startFrom: DateTime, $startTo: DateTime,
               $order: WebinarOrder) {
  webinars(locale: $locale, fallback: $fallback, status: $status, series: $series,
           sector: $sector, partner: $partner, startFrom: $startFrom, startTo: $startTo,
           order: $order) {
    totalCount
    items { title locale status }
  }
}
"""

PROGRAMME = [
    {
        "type": "item",
        "id": "s1",
        "value": {
            "start_time": "10:00:00",
            "end_time": "10:15:00",
            "title": "Welcome",
            "description": "",
            "speakers": [
                {
                    "type": "item",
                    "id": "sp1",
                    "value": {"name": "Aiko Sato", "organisation": "EU-Japan Centre", "role": ""},
                }
            ],
        },
    }
]


@pytest.fixture
def webinars(site_tree, ja_tree):
    ja = site_tree.ja
    digital = sector("Digital", "digital", "デジタル", ja)
    agri = sector("Agri-food", "agri-food", ecosystem="agri_food")
    good = factories.WebinarSeriesFactory(name="Good practices", slug="good-practices")
    factories.WebinarSeriesFactory(
        name="グッドプラクティス",
        slug="good-practices",
        locale=ja,
        translation_key=good.translation_key,
    )
    other = factories.WebinarSeriesFactory(name="Other", slug="other")
    partners = site_tree.partners
    oulu = factories.PartnerPageFactory(parent=partners, title="Oulu Health Cluster")
    oulu_ja = translate(oulu, ja, title="Oulu ヘルスクラスター")
    alsace = factories.PartnerPageFactory(parent=partners, title="Alsace BioValley")
    tokyo = factories.PartnerPageFactory(
        parent=partners, title="Tokyo", kind="jp_prefecture", country="JP"
    )
    smart = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Smart cities",
        start=at(2022, 7, 5, 8),
        series=good,
        recording_url="https://www.youtube.com/watch?v=smart",
        venue="Zoom",
    )
    smart.programme = json.dumps(PROGRAMME)
    WebinarEUPartner.objects.create(page=smart, partner=oulu, sort_order=0)
    WebinarJPPartner.objects.create(page=smart, partner=tokyo, sort_order=0)
    smart = with_sectors(smart, digital)
    hydrogen = factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Hydrogen valleys", start=at(2041, 2, 10, 8), series=other
    )
    WebinarEUPartner.objects.create(page=hydrogen, partner=alsace, sort_order=0)
    hydrogen = with_sectors(hydrogen, agri)
    live = publish(
        factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title="Live session",
            start=timezone.now() - datetime.timedelta(minutes=30),
        )
    )
    smart_ja = translate(smart, ja, title="Smart シティ")
    return {"smart": smart, "smart_ja": smart_ja, "oulu": oulu, "oulu_ja": oulu_ja, "tokyo": tokyo, "live": live, "hydrogen": hydrogen}  # fmt: skip


def titles(data):
    return [item["title"] for item in data["webinars"]["items"]]


def test_filters_and_ordering(gql, webinars):
    cases = [
        ({}, ["Hydrogen valleys", "Live session", "Smart cities"]),
        ({"order": "START_ASC"}, ["Smart cities", "Live session", "Hydrogen valleys"]),
        ({"order": "TITLE_ASC"}, ["Hydrogen valleys", "Live session", "Smart cities"]),
        ({"order": "TITLE_DESC"}, ["Smart cities", "Live session", "Hydrogen valleys"]),
        ({"status": "UPCOMING"}, ["Hydrogen valleys"]),
        ({"status": "LIVE"}, ["Live session"]),
        ({"status": "PAST"}, ["Smart cities"]),
        ({"series": "good-practices"}, ["Smart cities"]),
        ({"series": "other"}, ["Hydrogen valleys"]),
        ({"sector": "digital"}, ["Smart cities"]),
        ({"sector": "agri-food"}, ["Hydrogen valleys"]),
        ({"partner": str(webinars["oulu"].pk)}, ["Smart cities"]),
        ({"partner": str(webinars["oulu_ja"].pk)}, ["Smart cities"]),
        ({"partner": str(webinars["tokyo"].pk)}, ["Smart cities"]),
        ({"startFrom": "2030-01-01T00:00:00Z"}, ["Hydrogen valleys"]),
        ({"startTo": "2023-01-01T00:00:00+09:00"}, ["Smart cities"]),
        ({"startFrom": "2022-07-05T08:00:00Z", "startTo": "2022-07-05T08:00:00Z"}, ["Smart cities"]),
        ({"locale": "JA"}, ["Smart シティ"]),
        ({"locale": "JA", "status": "UPCOMING"}, []),
        ({"locale": "JA", "fallback": True, "order": "START_ASC"}, ["Smart シティ", "Live session", "Hydrogen valleys"]),
    ]  # fmt: skip
    for variables, expected in cases:
        data = gql(LIST, variables)
        assert (variables, titles(data)) == (variables, expected)
        assert data["webinars"]["totalCount"] == len(expected)


def test_statuses_and_fallback_locales(gql, webinars):
    data = gql(LIST, {"locale": "JA", "fallback": True, "order": "START_ASC"})
    assert data["webinars"]["items"] == [
        {"title": "Smart シティ", "locale": "JA", "status": "PAST"},
        {"title": "Live session", "locale": "EN", "status": "LIVE"},
        {"title": "Hydrogen valleys", "locale": "EN", "status": "UPCOMING"},
    ]


def test_bad_filters_are_clear_errors(gql, webinars):
    assert gql.errors(LIST, {"startFrom": "2024-01-01T00:00:00Z", "startTo": "2023-01-01T00:00:00Z"}) == [
        "startFrom/startTo: the end of the range is before its start."
    ]  # fmt: skip
    assert gql.errors(LIST, {"startFrom": "2024-01-01T00:00:00"}) == [
        "startFrom must include a UTC offset, e.g. 2024-01-01T09:00:00+01:00."
    ]
    assert gql.errors(LIST, {"status": "SOON"})
    assert gql.errors(LIST, {"series": "good practices"}) == [
        "series must be a slug (letters, digits, - and _); got 'good practices'."
    ]
    assert gql.errors(LIST, {"series": "bad-practices"}) == [
        "series must be the slug of a webinar series; got 'bad-practices'."
    ]


DETAIL = """
query Detail($locale: Locale, $fallback: Boolean) {
  webinars(locale: $locale, fallback: $fallback, status: PAST) {
    items {
      title start end durationMinutes format interpretation venue recordingUrl isCancelled
      startLocal { timeZone dateTime abbreviation clock }
      series { name slug locale }
      euPartners { totalCount items { title locale } }
      jpPartners { totalCount items { title locale } }
      sectors { items { name } }
      programme { items { blockId startTime endTime title description speakers { items { name organisation role } } } }
    }
  }
}
"""


def test_english_detail(gql, webinars):
    assert gql(DETAIL)["webinars"]["items"] == [
        {
            "title": "Smart cities",
            "start": "2022-07-05T08:00:00+00:00",
            "end": "2022-07-05T09:30:00+00:00",
            "durationMinutes": 90,
            "format": "ONLINE",
            "interpretation": "EN_JA",
            "venue": "Zoom",
            "recordingUrl": "https://www.youtube.com/watch?v=smart",
            "isCancelled": False,
            "startLocal": [
                {
                    "timeZone": "Europe/Brussels",
                    "dateTime": "2022-07-05T10:00:00+02:00",
                    "abbreviation": "CEST",
                    "clock": "10:00",
                },
                {
                    "timeZone": "Asia/Tokyo",
                    "dateTime": "2022-07-05T17:00:00+09:00",
                    "abbreviation": "JST",
                    "clock": "17:00",
                },
            ],
            "series": {"name": "Good practices", "slug": "good-practices", "locale": "EN"},
            "euPartners": {"totalCount": 1, "items": [{"title": "Oulu Health Cluster", "locale": "EN"}]},
            "jpPartners": {"totalCount": 1, "items": [{"title": "Tokyo", "locale": "EN"}]},
            "sectors": {"items": [{"name": "Digital"}]},
            "programme": {"items": [
                {
                    "blockId": "s1",
                    "startTime": "10:00",
                    "endTime": "10:15",
                    "title": "Welcome",
                    "description": None,
                    "speakers": {"items": [{"name": "Aiko Sato", "organisation": "EU-Japan Centre", "role": None}]},
                }
            ]},
        }
    ]  # fmt: skip


def test_japanese_detail_maps_relations(gql, webinars):
    item = gql(DETAIL, {"locale": "JA"})["webinars"]["items"][0]
    assert item["title"] == "Smart シティ"
    assert item["series"] == {
        "name": "グッドプラクティス",
        "slug": "good-practices",
        "locale": "JA",
    }
    assert item["euPartners"] == {
        "totalCount": 1,
        "items": [{"title": "Oulu ヘルスクラスター", "locale": "JA"}],
    }
    # Tokyo has no Japanese profile: left out, unless English may stand in.
    assert item["jpPartners"] == {"totalCount": 0, "items": []}
    assert item["sectors"] == {"items": [{"name": "デジタル"}]}
    item = gql(DETAIL, {"locale": "JA", "fallback": True})["webinars"]["items"][0]
    assert item["jpPartners"] == {"totalCount": 1, "items": [{"title": "Tokyo", "locale": "EN"}]}
