"""The partnership map: who is listed and marked where, in both languages, and on which pages."""

import hashlib
import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.management.commands import build_partnership_map as build
from pages.models import PartnershipEUPartner, PartnershipJPPartner
from pages.partnership_map import MARKER_SPACING, Marker, outlines, partnership_map
from tests import factories
from tests.graphql_api.conftest import ja_tree, publish, translate  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def anchor(side, code):
    """Where the map data puts a country (Europe) or a prefecture (Japan)."""
    places = (
        outlines()["europe"]["countries"] if side == "EU" else outlines()["japan"]["prefectures"]
    )
    return next(place["anchor"] for place in places if place["code"] == code)


def partnership(site_tree, title, since, eu, jp):
    """A published partnership of the given partner pages."""
    page = factories.PartnershipPageFactory(parent=site_tree.partnerships, title=title, since=since)
    for partner in eu:
        PartnershipEUPartner.objects.create(page=page, partner=partner)
    for partner in jp:
        PartnershipJPPartner.objects.create(page=page, partner=partner)
    return publish(page)


@pytest.fixture
def lolland(site_tree):
    """Lolland (Zealand, Denmark) and Higashimatsushima (Miyagi), the first in both languages."""
    lolland = publish(
        factories.PartnerPageFactory(
            parent=site_tree.partners, title="Lolland Municipality", country="DK", region_id="DK02"
        )
    )
    miyagi = publish(
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Higashimatsushima City",
            country="JP",
            kind="jp_city",
            region_id="04",
        )
    )
    page = partnership(site_tree, "Higashimatsushima and Lolland", 2012, [lolland], [miyagi])
    return page, lolland, miyagi


def test_a_partnership_is_listed_with_its_places_and_marked_on_both_sides(site_tree, lolland):
    mapped = partnership_map("en")
    [item] = mapped["partnerships"]
    assert (item.number, item.page.title) == (1, "Higashimatsushima and Lolland")
    assert [(p.title, p.place) for p in item.eu_partners] == [
        ("Lolland Municipality", "Sjælland, Denmark")
    ]
    assert [(p.title, p.place) for p in item.jp_partners] == [("Higashimatsushima City", "Miyagi")]
    assert mapped["markers"] == [
        Marker(1, "EU", *anchor("EU", "DK")),
        Marker(1, "JP", *anchor("JP", "04")),
    ]
    assert [country["code"] for country in mapped["countries"]] == ["DK"]
    assert [prefecture["code"] for prefecture in mapped["prefectures"]] == ["04"]


@pytest.mark.usefixtures("ja_tree")
def test_japanese_readers_get_japanese_titles_and_places(site_tree, lolland):
    page, lolland_page, miyagi = lolland
    translate(lolland_page, site_tree.ja, title="ロラン市")
    translate(miyagi, site_tree.ja, title="東松島市")
    translate(page, site_tree.ja, title="東松島市とロラン市")
    [item] = partnership_map("ja")["partnerships"]
    assert item.page.title == "東松島市とロラン市"
    assert [(p.title, p.place) for p in item.eu_partners] == [
        ("ロラン市", "シェラン地域、デンマーク")
    ]
    assert [(p.title, p.place) for p in item.jp_partners] == [("東松島市", "宮城県")]


@pytest.mark.usefixtures("ja_tree")
def test_an_untranslated_partnership_or_partner_is_left_out_of_that_language(site_tree, lolland):
    page, _, miyagi = lolland
    assert partnership_map("ja") is None
    translate(page, site_tree.ja, title="東松島市とロラン市")
    translate(miyagi, site_tree.ja, title="東松島市")
    mapped = partnership_map("ja")
    [item] = mapped["partnerships"]
    # Lolland has no Japanese page: neither named nor marked for Japanese readers.
    assert (item.eu_partners, [p.title for p in item.jp_partners]) == ([], ["東松島市"])
    assert [(marker.number, marker.side) for marker in mapped["markers"]] == [(1, "JP")]
    assert mapped["countries"] == []


def test_a_draft_partner_is_neither_listed_nor_marked(site_tree, lolland):
    _, lolland_page, _ = lolland
    lolland_page.unpublish()
    mapped = partnership_map("en")
    assert mapped["partnerships"][0].eu_partners == []
    assert [(marker.number, marker.side) for marker in mapped["markers"]] == [(1, "JP")]


def test_partnerships_in_one_place_share_it_side_by_side_in_list_order(site_tree, lolland):
    _, lolland_page, _ = lolland
    fukushima = publish(
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Fukushima Prefecture",
            country="JP",
            kind="jp_prefecture",
            region_id="07",
        )
    )
    partnership(site_tree, "Fukushima and Lolland", 2014, [lolland_page], [fukushima])
    mapped = partnership_map("en")
    assert [item.page.title for item in mapped["partnerships"]] == [
        "Higashimatsushima and Lolland",
        "Fukushima and Lolland",
    ]
    x, y = anchor("EU", "DK")
    eu_markers = [marker for marker in mapped["markers"] if marker.side == "EU"]
    assert eu_markers == [
        Marker(1, "EU", round(x - MARKER_SPACING / 2, 1), y),
        Marker(2, "EU", round(x + MARKER_SPACING / 2, 1), y),
    ]
    # The prefecture is the partner: its place is not repeated after its title.
    assert [(p.title, p.place) for p in mapped["partnerships"][1].jp_partners] == [
        ("Fukushima Prefecture", "")
    ]


def test_a_partner_without_a_known_place_is_listed_without_a_marker(site_tree):
    cluster = publish(factories.PartnerPageFactory(parent=site_tree.partners, title="A cluster"))
    japanese = publish(
        factories.PartnerPageFactory(
            parent=site_tree.partners, title="A Japanese cluster", country="JP", kind="jp_cluster"
        )
    )
    partnership(site_tree, "Cluster pair", 2020, [cluster], [japanese])
    mapped = partnership_map("en")
    assert [(p.title, p.place) for p in mapped["partnerships"][0].jp_partners] == [
        ("A Japanese cluster", "Japan")
    ]
    assert [(p.title, p.place) for p in mapped["partnerships"][0].eu_partners] == [
        ("A cluster", "France")
    ]
    # France is on the map; a Japanese partner without a prefecture has no marker.
    assert [(marker.number, marker.side) for marker in mapped["markers"]] == [(1, "EU")]


def test_the_map_takes_five_queries_whatever_the_number_of_partnerships(site_tree, lolland):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            partnership_map("en")
        return len(captured)

    one = queries()
    _, lolland_page, miyagi = lolland
    for year in range(2013, 2018):
        partnership(site_tree, f"Partnership {year}", year, [lolland_page], [miyagi])
    assert (one, queries()) == (5, 5)


def test_the_home_page_shows_the_map_and_its_list(client, site_tree, lolland):
    html = client.get("/en/").content.decode()
    assert '<h2 id="partnerships-on-the-map">Partnerships between Europe and Japan</h2>' in html
    assert 'role="img" aria-labelledby="partnership-map-title"' in html
    assert '<image href="/static/img/partnership-map.svg"' in html
    assert "Lolland Municipality (Sjælland, Denmark)" in html
    assert html.count('class="marker marker-') == 2


def test_the_home_page_has_no_map_section_without_partnerships(client, site_tree):
    html = client.get("/en/").content.decode()
    assert "partnerships-on-the-map" not in html


def test_the_partnership_index_shows_the_map_unfiltered_only(client, site_tree, lolland):
    assert 'class="partnership-map"' in client.get("/en/partnerships/").content.decode()
    filtered = client.get("/en/partnerships/?sector=1").content.decode()
    assert 'class="partnership-map"' not in filtered


def test_the_shipped_data_covers_the_partner_countries_and_the_47_prefectures():
    from pages.models.snippets import COUNTRY_CHOICES, jp_prefectures

    data = outlines()
    countries = {country["code"] for country in data["europe"]["countries"] if country["code"]}
    assert countries == {code for code, _ in COUNTRY_CHOICES} - {"JP"}
    assert [p["code"] for p in data["japan"]["prefectures"]] == list(jp_prefectures())
    for place in [*data["europe"]["countries"], *data["japan"]["prefectures"]]:
        x, y = place["anchor"]
        assert 0 <= x <= data["width"] and 0 <= y <= data["height"], place.get("code")


def test_the_base_map_is_the_shipped_outlines():
    assert build.BASE_MAP.read_text(encoding="utf-8") == build.base_map(outlines())


class TestBuild:
    """The command that derives the map's data from world-atlas and japanmap."""

    def test_clipping_keeps_the_part_of_a_ring_inside_the_window(self):
        square = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
        clipped = build.clip(square, 0.0, 2.0, 0.0, 2.0)
        # The quarter of the square inside the window, as a ring of its four corners.
        assert (len(clipped), set(clipped)) == (4, {(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)})
        assert build.clip(square, 5.0, 6.0, 5.0, 6.0) == []

    def test_simplifying_drops_points_closer_to_the_line_than_the_tolerance(self):
        line = [(0.0, 0.0), (1.0, 0.1), (2.0, -0.1), (3.0, 2.0), (4.0, 0.0)]
        assert build.simplify(line, 0.5) == [(0.0, 0.0), (2.0, -0.1), (3.0, 2.0), (4.0, 0.0)]

    def test_a_ring_has_its_area_and_centroid(self):
        assert build.area_and_centroid([(0, 0), (4, 0), (4, 2), (0, 2)]) == (8.0, (2.0, 1.0))

    def test_topology_arcs_are_delta_decoded_and_reversed_where_negative(self):
        topology = {
            "transform": {"scale": [1, 1], "translate": [10, 20]},
            "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
            "objects": {
                "countries": {
                    "geometries": [
                        {
                            "type": "Polygon",
                            "arcs": [[0, 1]],
                            "id": "208",
                            "properties": {"name": "A"},
                        },
                        {"type": "Polygon", "arcs": [[~1]], "properties": {"name": "B"}},
                    ]
                }
            },
        }
        assert list(build.decode_topology(topology)) == [
            ("208", "A", [[[(10, 20), (12, 20), (12, 22), (10, 22), (10, 20)]]]),
            (None, "B", [[[(10, 20), (10, 22), (12, 22)]]]),
        ]

    def test_the_shipped_europe_is_what_the_installed_world_atlas_gives(self, settings):
        from pathlib import Path

        atlas = Path(settings.BASE_DIR, "node_modules", "world-atlas", "countries-50m.json")
        raw = atlas.read_bytes()
        [record] = [s for s in outlines()["sources"] if s["file"] == "countries-50m.json"]
        assert record["sha256"] == hashlib.sha256(raw).hexdigest()
        assert build.europe(json.loads(raw)) == outlines()["europe"]


@pytest.mark.usefixtures("ja_tree", "each_cache_backend")
def test_the_kept_home_pages_follow_each_languages_partners(
    client, site_tree, lolland, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    page, lolland_page, miyagi = lolland
    with django_capture_on_commit_callbacks(execute=True):
        japanese_lolland = translate(lolland_page, site_tree.ja, title="ロラン市")
        translate(miyagi, site_tree.ja, title="東松島市")
        translate(page, site_tree.ja, title="東松島市とロラン市")
    assert "ロラン市（シェラン地域、デンマーク）" in client.get("/ja/").content.decode()  # noqa: RUF001
    assert "Lolland Municipality (Sjælland, Denmark)" in client.get("/en/").content.decode()
    # An English edit renames the English entry only; an unpublished translation leaves the
    # Japanese map, not the English one.
    with django_capture_on_commit_callbacks(execute=True):
        lolland_page.title = "Lolland"
        lolland_page.save_revision().publish()
        japanese_lolland.unpublish()
    english, japanese = (client.get(f"/{language}/").content.decode() for language in ("en", "ja"))
    assert "Lolland (Sjælland, Denmark)" in english
    assert ("ロラン市（シェラン" in japanese, "東松島市（宮城県）" in japanese) == (False, True)  # noqa: RUF001
    assert japanese.count('class="marker marker-') == 1
