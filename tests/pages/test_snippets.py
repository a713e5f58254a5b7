"""Validation of the snippets and settings: regions, sectors, offices, helpdesk settings."""

import pytest

from pages.models import HelpdeskSettings, Office, Region, Sector
from tests import factories
from tests.pages.helpers import errors_of


def region(**fields):
    """An unsaved region with every required field filled."""
    values = {"name": "Somewhere", "name_national": "Somewhere"} | fields
    return Region(**values)


@pytest.mark.django_db
class TestRegionPrefecture:
    @pytest.mark.parametrize("code", ["48", "00", "1", "131", "AB"])
    def test_code_outside_01_to_47_is_rejected(self, code):
        assert errors_of(region(code=code, kind="prefecture", country="JP")) == {
            "code": [
                f"Japanese prefecture codes (JIS X 0401) run from 01 to 47; '{code}' is not one."
            ]
        }

    def test_prefecture_outside_japan_is_rejected(self):
        # Delete Tokyo so the code is free and only the country is wrong.
        Region.objects.filter(code="13").delete()
        assert errors_of(region(code="13", kind="prefecture", country="FR")) == {
            "country": ["A prefecture's country is JP."]
        }

    def test_prefecture_with_a_nuts_level_is_rejected(self):
        Region.objects.filter(code="47").delete()
        assert errors_of(region(code="47", kind="prefecture", country="JP", level=2)) == {
            "level": ["Prefectures have no NUTS level; leave it empty."]
        }

    def test_an_existing_code_is_a_duplicate(self):
        assert errors_of(region(code="13", kind="prefecture", country="JP")) == {
            "code": ["Region with this Code already exists."]
        }

    def test_valid_prefecture_passes(self):
        Region.objects.filter(code="01").delete()
        hokkaido = region(code="01", kind="prefecture", country="JP", name="Hokkaido")
        hokkaido.full_clean()
        assert hokkaido.iso_code == "JP-01"


@pytest.mark.django_db
class TestRegionNuts:
    def test_unknown_code_is_rejected(self):
        assert errors_of(region(code="XX99", kind="nuts", country="FR", level=2)) == {
            "code": ["'XX99' is not a NUTS 2024 code."]
        }

    def test_wrong_country_is_rejected(self):
        # FR101 (Paris) is level 3, not loaded by the migration, so the code itself is free.
        assert errors_of(region(code="FR101", kind="nuts", country="DE", level=3)) == {
            "country": ["NUTS region FR101 is in FR."]
        }

    def test_greece_is_el_in_nuts(self):
        Region.objects.filter(code="EL30").delete()
        assert errors_of(region(code="EL30", kind="nuts", country="GR", level=2)) == {
            "country": ["NUTS region EL30 is in EL."]
        }

    def test_wrong_level_is_rejected(self):
        assert errors_of(region(code="FR101", kind="nuts", country="FR", level=2)) == {
            "level": ["NUTS region FR101 is at level 3."]
        }

    def test_missing_level_is_rejected(self):
        assert errors_of(region(code="FR101", kind="nuts", country="FR")) == {
            "level": ["NUTS region FR101 is at level 3."]
        }

    def test_level_3_region_can_be_added(self):
        paris = region(code="FR101", kind="nuts", country="FR", level=3, name="Paris")
        paris.full_clean()
        paris.save()
        assert Region.objects.get(code="FR101").name == "Paris"

    def test_unknown_kind_is_rejected(self):
        assert errors_of(region(code="FR1", kind="county", country="FR", level=1)) == {
            "code": ["Region with this Code already exists."],
            "kind": ["Value 'county' is not a valid choice."],
        }


@pytest.mark.django_db
class TestRegionHelpers:
    def test_iso_country_maps_greece(self):
        assert Region.objects.get(code="EL30").iso_country == "GR"
        assert Region.objects.get(code="FR10").iso_country == "FR"

    def test_iso_code(self):
        assert Region.objects.get(code="13").iso_code == "JP-13"
        assert Region.objects.get(code="FI1D").iso_code == "FI1D"

    def test_localized_name(self):
        tokyo = Region.objects.get(code="13")
        attiki = Region.objects.get(code="EL30")
        assert (tokyo.localized_name("ja"), tokyo.localized_name("en")) == ("東京都", "Tokyo")
        # European regions have the Japanese names readers know.
        assert attiki.localized_name("ja") == "アッティカ地方"

    def test_str(self):
        assert str(Region.objects.get(code="FI1D")) == "FI1D Pohjois- ja Itä-Suomi"


@pytest.mark.django_db
class TestSector:
    def test_slug_is_derived_from_the_name(self, locales):
        sector = Sector(name="Agri-food & Wine", ecosystem="agri_food", locale=locales[0])
        sector.full_clean()
        assert sector.slug == "agri-food-wine"

    def test_slug_is_unique_per_locale(self, locales):
        factories.SectorFactory(name="Digital", slug="digital")
        duplicate = Sector(
            name="Digital tech", slug="digital", ecosystem="digital", locale=locales[0]
        )
        assert errors_of(duplicate) == {
            "__all__": ["Sector with this Slug and Locale already exists."]
        }

    def test_same_slug_in_another_locale_is_allowed(self, locales):
        factories.SectorFactory(name="Digital", slug="digital")
        Sector(name="デジタル", slug="digital", ecosystem="digital", locale=locales[1]).full_clean()

    def test_ecosystem_must_be_one_of_the_14(self, locales):
        sector = Sector(name="Space", slug="space", ecosystem="space", locale=locales[0])
        assert errors_of(sector) == {"ecosystem": ["Value 'space' is not a valid choice."]}


@pytest.mark.django_db
class TestOffice:
    @pytest.mark.parametrize("country", ["fr", "FRA", "US", "Jp"])
    def test_country_is_one_of_the_helpdesk_s_countries(self, locales, country):
        office = Office(
            name="EU office", side="EU", city="Strasbourg", country=country, locale=locales[0]
        )
        assert errors_of(office) == {"country": [f"Value '{country}' is not a valid choice."]}

    def test_valid_office_passes(self, locales):
        Office(
            name="Tokyo office", side="JP", city="Tokyo", country="JP", locale=locales[0]
        ).full_clean()

    def test_side_must_be_eu_or_jp(self, locales):
        office = Office(name="X", side="US", city="Boston", country="FR", locale=locales[0])
        assert errors_of(office) == {"side": ["Value 'US' is not a valid choice."]}


@pytest.mark.django_db
class TestHelpdeskSettings:
    def test_leading_at_sign_is_dropped(self):
        settings = HelpdeskSettings(x_handle="@EJRCHelpdesk")
        settings.full_clean()
        assert settings.x_handle == "EJRCHelpdesk"

    @pytest.mark.parametrize(
        "handle", ["EJRC Helpdesk", "ejrc-helpdesk", "a_handle_far_too_long", "@@ejrc", "日本"]
    )
    def test_invalid_handle_is_rejected(self, handle):
        assert errors_of(HelpdeskSettings(x_handle=handle)) == {
            "x_handle": ["An X handle has 1-15 letters, digits or underscores."]
        }

    def test_empty_handle_is_allowed(self):
        settings = HelpdeskSettings(x_handle="")
        settings.full_clean()
        assert settings.x_handle == ""

    def test_defaults(self):
        settings = HelpdeskSettings()
        settings.full_clean()
        assert settings.contact_email == "ejrc@eu-japan.eu"
