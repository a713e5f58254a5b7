"""The `partnerships` root field: filters by partner and sector, languages, nested partners."""

import pytest

from pages.models import PartnershipEUPartner, PartnershipJPPartner, PartnershipWebinar
from tests import factories
from tests.graphql_api.content import at, make_draft, sector, translate, with_sectors

QUERY = """
query Partnerships($locale: Locale, $fallback: Boolean, $side: Side, $country: String,
                   $region: String, $sector: String, $order: PartnershipOrder) {
  partnerships(locale: $locale, fallback: $fallback, side: $side, country: $country,
               region: $region, sector: $sector, order: $order) {
    totalCount
    items { title locale since }
  }
}
"""


def partnership(site_tree, title, since, eu, jp, webinars=()):
    """A published partnership linking the partners and webinars, in the given order."""
    page = factories.PartnershipPageFactory(
        parent=site_tree.partnerships, title=title, since=since, summary=f"About {title}."
    )
    for order, partner in enumerate(eu):
        PartnershipEUPartner.objects.create(page=page, partner=partner, sort_order=order)
    for order, partner in enumerate(jp):
        PartnershipJPPartner.objects.create(page=page, partner=partner, sort_order=order)
    for order, webinar in enumerate(webinars):
        PartnershipWebinar.objects.create(page=page, webinar=webinar, sort_order=order)
    return page


@pytest.fixture
def partnerships(site_tree, ja_tree):
    ja = site_tree.ja
    health = sector("Health", "health", "ヘルス", ja)
    forest = sector("Forest bioeconomy", "forest-bioeconomy", ecosystem="energy")

    def partner(title, country, region, kind):
        return factories.PartnerPageFactory(
            parent=site_tree.partners, title=title, country=country, region_id=region, kind=kind
        )

    oulu = partner("OuluHealth", "FI", "FI1D", "eu_cluster")
    karelia = partner("North Karelia", "FI", "FI1D", "eu_region")
    bavaria = partner("Bayern Innovativ", "DE", "DE2", "eu_cluster")
    kanagawa = partner("Kanagawa Prefecture", "JP", "14", "jp_prefecture")
    nagano = partner("Nagano Prefecture", "JP", "20", "jp_prefecture")
    saitama = partner("Saitama City", "JP", "11", "jp_city")
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Concept-based cooperation", start=at(2021, 10, 15, 7)
    )
    pages = {
        "oulu": with_sectors(
            partnership(site_tree, "Kanagawa and OuluHealth", 2017, [oulu], [kanagawa], [webinar]),
            health,
        ),
        "karelia": with_sectors(
            partnership(site_tree, "Nagano and North Karelia", 2019, [karelia], [nagano]), forest
        ),
        "bavaria": with_sectors(
            partnership(site_tree, "Saitama and Bavaria", 2012, [bavaria], [saitama]), health
        ),
    }
    translated = {
        oulu: "オウルヘルス",
        kanagawa: "神奈川県",
        webinar: "コンセプト型の協力",
    }
    for page, title in translated.items():
        translate(page, ja, title=title)
    pages["oulu_ja"] = translate(pages["oulu"], ja, title="神奈川県とオウルヘルス")
    pages["karelia_ja"] = translate(pages["karelia"], ja, title="長野県と北カレリア")
    return pages


def titles(data):
    return [item["title"] for item in data["partnerships"]["items"]]


FILTER_CASES = [
    ({}, ["Saitama and Bavaria", "Kanagawa and OuluHealth", "Nagano and North Karelia"]),
    ({"order": "SINCE_DESC"}, ["Nagano and North Karelia", "Kanagawa and OuluHealth", "Saitama and Bavaria"]),
    ({"order": "TITLE_ASC"}, ["Kanagawa and OuluHealth", "Nagano and North Karelia", "Saitama and Bavaria"]),
    ({"side": "JP"}, ["Saitama and Bavaria", "Kanagawa and OuluHealth", "Nagano and North Karelia"]),
    ({"country": "FI"}, ["Kanagawa and OuluHealth", "Nagano and North Karelia"]),
    ({"country": "de"}, ["Saitama and Bavaria"]),
    ({"country": "JP", "region": "20"}, ["Nagano and North Karelia"]),
    ({"side": "JP", "region": "14"}, ["Kanagawa and OuluHealth"]),
    # A prefecture's code is no European region: no partner is on both.
    ({"side": "EU", "region": "14"}, []),
    ({"region": "FI1"}, ["Kanagawa and OuluHealth", "Nagano and North Karelia"]),
    ({"region": "DE2"}, ["Saitama and Bavaria"]),
    ({"sector": "health"}, ["Saitama and Bavaria", "Kanagawa and OuluHealth"]),
    ({"sector": "health", "country": "FI"}, ["Kanagawa and OuluHealth"]),
    ({"locale": "JA"}, ["神奈川県とオウルヘルス", "長野県と北カレリア"]),
    # The filters match partners by any language version: the Japanese copy of the partnership
    # links the English partner pages, as wagtail-localize leaves them.
    ({"locale": "JA", "region": "14"}, ["神奈川県とオウルヘルス"]),
    ({"locale": "JA", "fallback": True}, ["Saitama and Bavaria", "神奈川県とオウルヘルス", "長野県と北カレリア"]),
]  # fmt: skip


@pytest.mark.parametrize(("variables", "expected"), FILTER_CASES)
def test_filters_and_ordering(gql, partnerships, variables, expected):
    assert titles(gql(QUERY, variables)) == expected


def test_bad_filters_are_clear_errors(gql, partnerships):
    assert gql.errors(QUERY, {"country": "XX"}) == [
        "country must be the ISO 3166-1 alpha-2 code of a partner country; got 'XX'."
    ]
    assert gql.errors(QUERY, {"region": "FI-1"}) == [
        "region must be a NUTS or prefecture code; got 'FI-1'."
    ]
    assert gql.errors(QUERY, {"sector": "a b"}) == [
        "sector must be a slug (letters, digits, - and _); got 'a b'."
    ]


DETAIL = """
query Detail($locale: Locale) {
  partnerships(locale: $locale, region: "14") {
    items {
      title since summary outcomes url
      sectors { items { name } }
      euPartners { totalCount items { title locale } }
      jpPartners { totalCount items { title locale } }
      webinars { totalCount items { title locale } }
      translations { locale title }
    }
  }
}
"""


def test_japanese_detail_maps_relations_to_japanese(gql, partnerships):
    item = gql(DETAIL, {"locale": "JA"})["partnerships"]["items"][0]
    assert item == {
        "title": "神奈川県とオウルヘルス",
        "since": 2017,
        "summary": "About Kanagawa and OuluHealth.",
        "outcomes": "<p>Joint projects and exchanges.</p>",
        "url": f"/ja/partnerships/{partnerships['oulu'].slug}/",
        "sectors": {"items": [{"name": "ヘルス"}]},
        "euPartners": {"totalCount": 1, "items": [{"title": "オウルヘルス", "locale": "JA"}]},
        "jpPartners": {"totalCount": 1, "items": [{"title": "神奈川県", "locale": "JA"}]},
        "webinars": {"totalCount": 1, "items": [{"title": "コンセプト型の協力", "locale": "JA"}]},
        "translations": [{"locale": "EN", "title": "Kanagawa and OuluHealth"}],
    }


def test_unpublished_partners_and_webinars_are_left_out(gql, partnerships):
    english = partnerships["oulu"]
    for link in (*english.eu_partner_links.all(), *english.webinar_links.all()):
        make_draft(link.partner if hasattr(link, "partner") else link.webinar)
    item = gql(DETAIL)["partnerships"]["items"][0]
    assert (item["euPartners"], item["jpPartners"]["totalCount"], item["webinars"]) == (
        {"totalCount": 0, "items": []},
        1,
        {"totalCount": 0, "items": []},
    )
