"""The Japanese interface catalogue: complete, consistent with its placeholders, and compiled."""

import re

import polib
import pytest

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import gettext, ngettext

from pages.models import Region

LOCALE_DIR = settings.BASE_DIR / "locale"
JA_PO = LOCALE_DIR / "ja" / "LC_MESSAGES" / "django.po"
JA_MO = LOCALE_DIR / "ja" / "LC_MESSAGES" / "django.mo"
EN_PO = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.po"
EN_MO = LOCALE_DIR / "en" / "LC_MESSAGES" / "django.mo"

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]")


def placeholders(text):
    return set(PLACEHOLDER.findall(text))


@pytest.fixture(scope="module")
def ja_catalogue():
    return polib.pofile(str(JA_PO))


@pytest.mark.parametrize(
    ("msgid", "expected"),
    [
        ("Closes today", "本日締切"),
        ("Open calls", "募集中の公募"),
        ("France", "フランス"),
        ("Germany", "ドイツ"),
        ("Agri-food", "農業・食品"),
        ("call for expression of interest", "関心表明の公募"),
        (
            "EU-Japan Regional & Cluster Cooperation Helpdesk",
            "日EU地域・クラスター協力ヘルプデスク",
        ),
        ("Matchmaking", "マッチング"),
    ],
)
def test_japanese_strings(msgid, expected):
    with translation.override("ja"):
        assert gettext(msgid) == expected


@pytest.mark.parametrize("days", [1, 5])
def test_days_left_has_one_japanese_form(days):
    with translation.override("ja"):
        text = ngettext("%(days)s day left", "%(days)s days left", days) % {"days": days}
    assert text == f"締切まであと{days}日"


def test_plural_in_a_template_uses_the_catalogue():
    template = Template(
        "{% load i18n %}{% blocktranslate count days=days %}{{ days }} day left"
        "{% plural %}{{ days }} days left{% endblocktranslate %}"
    )
    with translation.override("ja"):
        assert template.render(Context({"days": 5})) == "締切まであと5日"
    with translation.override("en"):
        assert template.render(Context({"days": 5})) == "5 days left"


def test_validation_message_keeps_its_placeholder():
    with translation.override("ja"):
        message = gettext("NUTS region %(code)s is not in %(country)s.") % {
            "code": "FI1D",
            "country": "SE",
        }
    assert message == "NUTS地域FI1DはSEの地域ではありません。"


def test_model_validation_is_reported_in_japanese():
    region = Region(kind=Region.Kind.PREFECTURE, code="48", country="JP", name="Nowhere")
    with translation.override("ja"), pytest.raises(ValidationError) as raised:
        region.clean()
    # Japanese typography uses full-width parentheses.
    expected = "日本の都道府県コード（JIS X 0401）は01〜47です。「48」は該当しません。"  # noqa: RUF001
    assert raised.value.message_dict["code"] == [expected]


def test_english_stays_the_source():
    with translation.override("en"):
        assert gettext("Closes today") == "Closes today"
        assert ngettext("%(count)s partner", "%(count)s partners", 2) % {"count": 2} == "2 partners"


def test_every_japanese_entry_is_translated(ja_catalogue):
    assert [e.msgid for e in ja_catalogue if not e.translated()] == []
    assert [e.msgid for e in ja_catalogue if "fuzzy" in e.flags] == []
    assert not ja_catalogue.metadata_is_fuzzy


def test_japanese_header(ja_catalogue):
    meta = ja_catalogue.metadata
    assert meta["Language"] == "ja"
    assert meta["Plural-Forms"] == "nplurals=1; plural=0;"
    assert meta["Content-Type"] == "text/plain; charset=UTF-8"
    plurals = [e for e in ja_catalogue if e.msgid_plural]
    assert plurals
    assert all(list(e.msgstr_plural) == [0] for e in plurals)


def test_placeholders_match(ja_catalogue):
    mismatched = []
    for entry in ja_catalogue:
        expected = placeholders(entry.msgid)
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if any(placeholders(text) != expected for text in translations):
            mismatched.append(entry.msgid)
    assert mismatched == []


def test_compiled_catalogues_match_their_sources(ja_catalogue):
    compiled = {(e.msgid, e.msgstr) for e in polib.mofile(str(JA_MO)) if not e.msgid_plural}
    source = {(e.msgid, e.msgstr) for e in ja_catalogue if not e.msgid_plural}
    assert compiled == source
    compiled_plurals = {
        e.msgid: e.msgstr_plural for e in polib.mofile(str(JA_MO)) if e.msgid_plural
    }
    assert compiled_plurals == {e.msgid: e.msgstr_plural for e in ja_catalogue if e.msgid_plural}
    assert EN_MO.exists()


def test_english_catalogue_is_a_valid_empty_source():
    catalogue = polib.pofile(str(EN_PO))
    assert catalogue.metadata["Language"] == "en"
    assert catalogue.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.translated_entries() == []
    assert {e.msgid for e in catalogue} == {e.msgid for e in polib.pofile(str(JA_PO))}
