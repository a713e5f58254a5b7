"""The `sectors`, `webinarSeries`, `regions`, `offices` and `settings` root fields."""

import pytest

from pages.models import HelpdeskSettings
from tests import factories
from tests.graphql_api.content import sector


@pytest.fixture
def vocabulary(locales):
    en, ja = locales
    sector("Digital", "digital", "デジタル", ja)
    sector("Agri-food", "agri-food", ecosystem="agri_food")
    sector("Health", "health", "ヘルスケア", ja, ecosystem="health")
    strasbourg = factories.OfficeFactory(name="EU office (Strasbourg)", sort_order=1)
    factories.OfficeFactory(
        name="EU-Japan Centre Tokyo office", side="JP", city="Tokyo", country="JP", sort_order=2
    )
    factories.OfficeFactory(
        name="ストラスブール事務所",
        city="ストラスブール",
        sort_order=1,
        locale=ja,
        translation_key=strasbourg.translation_key,
    )
    return en, ja


SECTORS = """
query Sectors($locale: Locale, $fallback: Boolean, $ecosystem: String, $limit: Int, $offset: Int) {
  sectors(locale: $locale, fallback: $fallback, ecosystem: $ecosystem, limit: $limit, offset: $offset) {
    totalCount limit offset hasMore
    items { name slug locale ecosystem ecosystemName }
  }
}
"""


def test_sectors(gql, vocabulary):
    assert gql(SECTORS)["sectors"] == {
        "totalCount": 3,
        "limit": 20,
        "offset": 0,
        "hasMore": False,
        "items": [
            {"name": "Agri-food", "slug": "agri-food", "locale": "EN", "ecosystem": "agri_food", "ecosystemName": "Agri-food"},
            {"name": "Digital", "slug": "digital", "locale": "EN", "ecosystem": "digital", "ecosystemName": "Digital"},
            {"name": "Health", "slug": "health", "locale": "EN", "ecosystem": "health", "ecosystemName": "Health"},
        ],
    }  # fmt: skip
    names = [item["name"] for item in gql(SECTORS, {"locale": "JA"})["sectors"]["items"]]
    assert names == ["デジタル", "ヘルスケア"]
    data = gql(SECTORS, {"locale": "JA", "fallback": True})["sectors"]["items"]
    assert [(item["name"], item["locale"]) for item in data] == [
        ("Agri-food", "EN"),
        ("デジタル", "JA"),
        ("ヘルスケア", "JA"),
    ]
    data = gql(SECTORS, {"ecosystem": "health"})["sectors"]["items"]
    assert [item["slug"] for item in data] == ["health"]
    data = gql(SECTORS, {"limit": 1, "offset": 1})["sectors"]
    assert (data["totalCount"], data["hasMore"], [i["name"] for i in data["items"]]) == (
        3,
        True,
        ["Digital"],
    )
    assert gql.errors(SECTORS, {"ecosystem": "space"})[0].startswith(
        "ecosystem must be one of aerospace_defence, agri_food,"
    )


def test_webinar_series(gql, vocabulary):
    _en, ja = vocabulary
    good = factories.WebinarSeriesFactory(name="Good practices", slug="good-practices")
    factories.WebinarSeriesFactory(
        name="グッドプラクティス",
        slug="good-practices",
        locale=ja,
        translation_key=good.translation_key,
    )
    query = (
        "query($l: Locale) { webinarSeries(locale: $l) { totalCount items { name slug locale } } }"
    )
    assert gql(query)["webinarSeries"] == {
        "totalCount": 1,
        "items": [{"name": "Good practices", "slug": "good-practices", "locale": "EN"}],
    }
    assert gql(query, {"l": "JA"})["webinarSeries"]["items"] == [
        {"name": "グッドプラクティス", "slug": "good-practices", "locale": "JA"}
    ]


REGIONS = """
query Regions($locale: Locale, $kind: RegionKind, $country: String, $level: Int, $code: String,
              $limit: Int) {
  regions(locale: $locale, kind: $kind, country: $country, level: $level, code: $code,
          limit: $limit) {
    totalCount
    items { code name nameLatin nameNational kind level country isoCode isoCountry block }
  }
}
"""


def test_regions(gql, locales):
    data = gql(REGIONS, {"code": "13", "kind": "PREFECTURE"})["regions"]
    assert data == {
        "totalCount": 1,
        "items": [
            {
                "code": "13",
                "name": "Tokyo",
                "nameLatin": "Tokyo",
                "nameNational": "東京都",
                "kind": "PREFECTURE",
                "level": None,
                "country": "JP",
                "isoCode": "JP-13",
                "isoCountry": "JP",
                "block": "Kanto",
            }
        ],
    }
    data = gql(REGIONS, {"code": "13", "kind": "PREFECTURE", "locale": "JA"})["regions"]
    assert (data["items"][0]["name"], data["items"][0]["block"]) == ("東京都", "関東")
    data = gql(REGIONS, {"code": "DE2", "locale": "JA"})["regions"]["items"][0]
    assert (data["name"], data["nameLatin"], data["nameNational"]) == (
        "バイエルン州",
        "Bayern",
        "Bayern",
    )
    data = gql(REGIONS, {"code": "FI1", "level": 2})["regions"]
    assert [item["code"] for item in data["items"]] == ["FI19", "FI1B", "FI1C", "FI1D"]
    assert gql(REGIONS, {"kind": "PREFECTURE", "limit": 0})["regions"]["totalCount"] == 47
    assert gql(REGIONS, {"country": "EL", "level": 1})["regions"]["items"][0]["isoCountry"] == "GR"
    assert gql.errors(REGIONS, {"level": 4}) == ["level must be between 0 and 3; got 4."]
    assert gql.errors(REGIONS, {"country": "Japan"}) == [
        "country must be a two-letter code; got 'Japan'."
    ]


OFFICES = """
query Offices($locale: Locale, $fallback: Boolean, $side: Side) {
  offices(locale: $locale, fallback: $fallback, side: $side) {
    totalCount
    items { name side city country email locale }
  }
}
"""


def test_offices(gql, vocabulary):
    assert gql(OFFICES)["offices"] == {
        "totalCount": 2,
        "items": [
            {"name": "EU office (Strasbourg)", "side": "EU", "city": "Strasbourg", "country": "FR", "email": "ejrc@eu-japan.eu", "locale": "EN"},
            {"name": "EU-Japan Centre Tokyo office", "side": "JP", "city": "Tokyo", "country": "JP", "email": "ejrc@eu-japan.eu", "locale": "EN"},
        ],
    }  # fmt: skip
    names = [item["name"] for item in gql(OFFICES, {"locale": "JA"})["offices"]["items"]]
    assert names == ["ストラスブール事務所"]
    data = gql(OFFICES, {"locale": "JA", "fallback": True})["offices"]["items"]
    assert [(item["name"], item["locale"]) for item in data] == [
        ("ストラスブール事務所", "JA"),
        ("EU-Japan Centre Tokyo office", "EN"),
    ]
    data = gql(OFFICES, {"side": "JP"})["offices"]["items"]
    assert [item["name"] for item in data] == ["EU-Japan Centre Tokyo office"]


def test_settings(gql, locales):
    query = "{ settings { contactEmail websiteUrl } }"
    assert gql(query)["settings"] == {"contactEmail": "ejrc@eu-japan.eu", "websiteUrl": ""}
    assert not HelpdeskSettings.objects.exists()
    HelpdeskSettings.objects.create(
        contact_email="ejrc@eu-japan.eu",
        website_url="https://www.ejrc-helpdesk.eu/",
        x_handle="EJRCHelpdesk",
    )
    data = gql("{ settings { contactEmail websiteUrl xHandle linkedinUrl youtubeUrl } }")
    assert data["settings"] == {
        "contactEmail": "ejrc@eu-japan.eu",
        "websiteUrl": "https://www.ejrc-helpdesk.eu/",
        "xHandle": "EJRCHelpdesk",
        "linkedinUrl": "",
        "youtubeUrl": "",
    }
