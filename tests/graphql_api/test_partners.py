"""The `partners` root field: filters, ordering, languages and nested data."""

import pytest

from tests import factories
from tests.graphql_api.content import sector, translate, with_sectors

QUERY = """
query Partners($locale: Locale, $fallback: Boolean, $kind: PartnerKind, $side: Side,
               $country: String, $region: String, $sector: String, $order: PartnerOrder) {
  partners(locale: $locale, fallback: $fallback, kind: $kind, side: $side, country: $country,
           region: $region, sector: $sector, order: $order) {
    totalCount
    items { title locale }
  }
}
"""


@pytest.fixture
def partners(site_tree, ja_tree):
    ja = site_tree.ja
    digital = sector("Digital", "digital", "デジタル", ja)
    agri = sector("Agri-food", "agri-food", ecosystem="agri_food")
    oulu = with_sectors(
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Oulu Health Cluster",
            official_name="Oulu Health",
            acronym="OH",
            kind="eu_cluster",
            country="FI",
            region_id="FI1D",
            city="Oulu",
            members_count=120,
            sme_count=90,
            cluster_label="gold",
            cluster_label_year=2023,
        ),
        digital,
    )
    alsace = with_sectors(
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Alsace BioValley",
            kind="eu_cluster",
            country="FR",
            region_id="FRF1",
        ),
        agri,
    )
    tokyo = with_sectors(
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Tokyo Metropolitan Government",
            kind="jp_prefecture",
            country="JP",
            region_id="13",
        ),
        digital,
        agri,
    )
    return {
        "oulu": oulu,
        "alsace": alsace,
        "tokyo": tokyo,
        "oulu_ja": translate(oulu, ja, title="Oulu ヘルスクラスター"),
        "tokyo_ja": translate(tokyo, ja, title="Tokyo 東京都"),
    }


def titles(data):
    return [item["title"] for item in data["partners"]["items"]]


FILTER_CASES = [
        ({}, ["Alsace BioValley", "Oulu Health Cluster", "Tokyo Metropolitan Government"]),
        ({"order": "TITLE_DESC"}, ["Tokyo Metropolitan Government", "Oulu Health Cluster", "Alsace BioValley"]),
        ({"kind": "JP_PREFECTURE"}, ["Tokyo Metropolitan Government"]),
        ({"kind": "NETWORK"}, []),
        ({"side": "JP"}, ["Tokyo Metropolitan Government"]),
        ({"side": "EU"}, ["Alsace BioValley", "Oulu Health Cluster"]),
        ({"country": "FI"}, ["Oulu Health Cluster"]),
        ({"country": "fr"}, ["Alsace BioValley"]),
        ({"region": "FI1D"}, ["Oulu Health Cluster"]),
        ({"region": "FI1"}, ["Oulu Health Cluster"]),
        ({"region": "FRF"}, ["Alsace BioValley"]),
        ({"region": "13"}, ["Tokyo Metropolitan Government"]),
        ({"sector": "digital"}, ["Oulu Health Cluster", "Tokyo Metropolitan Government"]),
        ({"sector": "agri-food", "side": "EU"}, ["Alsace BioValley"]),
        ({"locale": "JA"}, ["Oulu ヘルスクラスター", "Tokyo 東京都"]),
        ({"locale": "JA", "side": "JP"}, ["Tokyo 東京都"]),
    (
            {"locale": "JA", "fallback": True},
            ["Alsace BioValley", "Oulu ヘルスクラスター", "Tokyo 東京都"],
        ),
]  # fmt: skip


def test_filters_and_ordering(gql, partners):
    for variables, expected in FILTER_CASES:
        data = gql(QUERY, variables)
        assert (variables, titles(data)) == (variables, expected)
        assert data["partners"]["totalCount"] == len(expected)


def test_fallback_items_say_their_locale(gql, partners):
    data = gql(QUERY, {"locale": "JA", "fallback": True})
    assert data["partners"]["items"] == [
        {"title": "Alsace BioValley", "locale": "EN"},
        {"title": "Oulu ヘルスクラスター", "locale": "JA"},
        {"title": "Tokyo 東京都", "locale": "JA"},
    ]


ERROR_CASES = [
        ({"country": "XX"}, "country must be the ISO 3166-1 alpha-2 code of a partner country; got 'XX'."),
        ({"region": "FI-1D"}, "region must be a NUTS or prefecture code; got 'FI-1D'."),
        ({"sector": "a b"}, "sector must be a slug (letters, digits, - and _); got 'a b'."),
    ({"kind": "PLANET"}, None),
]  # fmt: skip


def test_bad_filters_are_clear_errors(gql, partners):
    for variables, message in ERROR_CASES:
        errors = gql.errors(QUERY, variables)
        if message is not None:
            assert errors == [message]


DETAIL = """
query Detail($locale: Locale, $fallback: Boolean) {
  partners(locale: $locale, fallback: $fallback, country: "JP") {
    items {
      title officialName kind side country
      region { code name nameLatin nameNational isoCode block kind level }
      sectors { totalCount items { name slug locale ecosystem } }
      url
      translations { locale url title }
    }
  }
}
"""


def test_japanese_detail_maps_relations_to_japanese(gql, partners):
    item = gql(DETAIL, {"locale": "JA"})["partners"]["items"][0]
    assert item == {
        "title": "Tokyo 東京都",
        "officialName": "Tokyo Metropolitan Government",
        "kind": "JP_PREFECTURE",
        "side": "JP",
        "country": "JP",
        "region": {
            "code": "13",
            "name": "東京都",
            "nameLatin": "Tokyo",
            "nameNational": "東京都",
            "isoCode": "JP-13",
            "block": "関東",
            "kind": "PREFECTURE",
            "level": None,
        },
        "sectors": {
            "totalCount": 1,
            "items": [
                {"name": "デジタル", "slug": "digital", "locale": "JA", "ecosystem": "digital"}
            ],
        },
        "url": "/ja/partners/tokyo-metropolitan-government/",
        "translations": [
            {
                "locale": "EN",
                "url": "/en/partners/tokyo-metropolitan-government/",
                "title": "Tokyo Metropolitan Government",
            }
        ],
    }


def test_japanese_sectors_fall_back_to_english_only_with_fallback(gql, partners):
    item = gql(DETAIL, {"locale": "JA", "fallback": True})["partners"]["items"][0]
    assert item["sectors"]["items"] == [
        {"name": "Agri-food", "slug": "agri-food", "locale": "EN", "ecosystem": "agri_food"},
        {"name": "デジタル", "slug": "digital", "locale": "JA", "ecosystem": "digital"},
    ]


def test_english_detail(gql, partners):
    item = gql(
        """{ partners(country: "FI") { items {
            title officialName acronym kind side city membersCount smeCount clusterLabel
            clusterLabelYear region { code name level block } logo { alt }
            sectors { items { name } } translations { locale title } } } }"""
    )["partners"]["items"][0]
    assert item == {
        "title": "Oulu Health Cluster",
        "officialName": "Oulu Health",
        "acronym": "OH",
        "kind": "EU_CLUSTER",
        "side": "EU",
        "city": "Oulu",
        "membersCount": 120,
        "smeCount": 90,
        "clusterLabel": "GOLD",
        "clusterLabelYear": 2023,
        "region": {"code": "FI1D", "name": "Pohjois- ja Itä-Suomi", "level": 2, "block": None},
        "logo": None,
        "sectors": {"items": [{"name": "Digital"}]},
        "translations": [{"locale": "JA", "title": "Oulu ヘルスクラスター"}],
    }
