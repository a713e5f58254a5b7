"""The region reference data loaded by migration 0002."""

import re

import pytest

from pages.models import Region

pytestmark = pytest.mark.django_db


def test_counts_per_kind_and_level():
    assert Region.objects.filter(kind="nuts", level=1).count() == 96
    assert Region.objects.filter(kind="nuts", level=2).count() == 260
    assert Region.objects.filter(kind="prefecture").count() == 47
    # Levels 0 and 3 stay in the CSV for validation but are not loaded.
    assert Region.objects.count() == 96 + 260 + 47


def test_prefecture_codes_run_from_01_to_47():
    codes = list(Region.objects.filter(kind="prefecture").values_list("code", flat=True))
    assert codes == [f"{n:02d}" for n in range(1, 48)]


def test_prefectures_have_no_level_and_are_in_japan():
    prefectures = Region.objects.filter(kind="prefecture")
    assert set(prefectures.values_list("country", "level")) == {("JP", None)}


def test_eight_regional_blocks():
    blocks = set(Region.objects.filter(kind="prefecture").values_list("block_en", "block_ja"))
    assert blocks == {
        ("Hokkaido", "北海道"),
        ("Tohoku", "東北"),
        ("Kanto", "関東"),
        ("Chubu", "中部"),
        ("Kinki", "近畿"),
        ("Chugoku", "中国"),
        ("Shikoku", "四国"),
        ("Kyushu-Okinawa", "九州・沖縄"),
    }


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("13", ("prefecture", None, "JP", "Tokyo", "東京都", "Kanto", "関東")),
        ("27", ("prefecture", None, "JP", "Osaka", "大阪府", "Kinki", "近畿")),
        ("47", ("prefecture", None, "JP", "Okinawa", "沖縄県", "Kyushu-Okinawa", "九州・沖縄")),
        ("FI1D", ("nuts", 2, "FI", "Pohjois- ja Itä-Suomi", "Pohjois- ja Itä-Suomi", "", "")),
        ("EL30", ("nuts", 2, "EL", "Attiki", "Αττική", "", "")),
        ("EL3", ("nuts", 1, "EL", "Attiki", "Αττική", "", "")),
        ("FRK2", ("nuts", 2, "FR", "Rhône-Alpes", "Rhône-Alpes", "", "")),
        ("DE21", ("nuts", 2, "DE", "Oberbayern", "Oberbayern", "", "")),
    ],
)
def test_exact_rows(code, expected):
    row = Region.objects.values_list(
        "kind", "level", "country", "name", "name_national", "block_en", "block_ja"
    ).get(code=code)
    assert row == expected


def test_country_and_paris_levels_are_not_loaded():
    assert not Region.objects.filter(code__in=["FR", "EL", "FR101"]).exists()


def test_greece_uses_the_nuts_code_el():
    assert Region.objects.filter(country="GR").count() == 0
    assert Region.objects.filter(country="EL", level=2).count() == 13


def test_every_european_region_has_a_japanese_name_in_japanese_script():
    names = dict(Region.objects.filter(kind="nuts").values_list("code", "name_ja"))
    assert len(names) == 96 + 260
    latin = {code: name for code, name in names.items() if not name or re.search("[A-Za-z]", name)}
    assert latin == {}


@pytest.mark.parametrize(
    ("code", "english", "japanese"),
    [
        ("DE2", "Bayern", "バイエルン州"),
        ("DK02", "Sjælland", "シェラン地域"),
        ("FRF", "Grand Est", "グラン・テスト地域圏"),
        ("ES21", "País Vasco", "バスク州"),
        ("FI1D", "Pohjois- ja Itä-Suomi", "北・東フィンランド"),
        ("07", "Fukushima", "福島県"),
    ],
)
def test_a_region_is_named_in_the_readers_language(code, english, japanese):
    region = Region.objects.get(code=code)
    assert (region.localized_name("en"), region.localized_name("ja")) == (english, japanese)


def test_a_region_without_a_japanese_name_keeps_its_latin_one():
    region = Region.objects.get(code="DE2")
    region.name_ja = ""
    assert region.localized_name("ja") == "Bayern"
