"""The region reference data loaded by migration 0002."""

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
