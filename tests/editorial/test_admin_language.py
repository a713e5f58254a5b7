"""The admin's scripts speak Japanese: every script string of Wagtail and wagtail-localize."""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest

from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import translation

import wagtail
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from editorial.admin_language import (
    EDITOR_SCRIPT,
    patched_editor_script,
    translatable_editor_script,
)
from tests.pages.helpers import sign_in_in_japanese

pytestmark = pytest.mark.django_db

PROJECT_JS = settings.BASE_DIR / "locale" / "wagtail" / "ja" / "LC_MESSAGES" / "djangojs"
# The sentences the served editor script passes through the catalogue in place of the English
# it writes around it.
EDITOR_SENTENCES = {
    "%(source)s to %(target)s translation": "%(source)sから%(target)sへの翻訳",
    "Publish in %(name)s": "%(name)sで公開",
    "Translate with %(name)s": "%(name)sで翻訳",
    "Translate all missing strings with %(name)s": "未翻訳の文字列をすべて%(name)sで翻訳",
    "More actions": "その他の操作",
}


def served_catalogue(client, url):
    """The {msgid: translation} a script catalogue serves."""
    response = client.get(url)
    assert response.status_code == 200
    # Django writes no catalogue at all for a language without translations (English).
    found = re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S)
    return json.loads(found[1]) if found else {}


def wagtail_admin_strings():
    """The msgids of Wagtail's admin script catalogue."""
    package = Path(wagtail.__file__).parent / "admin"
    po = polib.pofile(str(package / "locale" / "en" / "LC_MESSAGES" / "djangojs.po"))
    return {entry.msgid for entry in po if entry.msgid}


def translation_editor_strings():
    """The strings the served translation editor asks the catalogue for."""
    script = Path(finders.find(EDITOR_SCRIPT)).read_text(encoding="utf-8")
    return set(re.findall(r'(?:\w+\(\)|gettext)\("([^"]*)"\)', script))


def test_the_translation_editor_strings_are_found_in_its_script():
    assert {"Translate", "segments translated", *EDITOR_SENTENCES} <= translation_editor_strings()


@pytest.mark.parametrize(
    ("url", "strings"),
    [
        ("/admin/jsi18n/", wagtail_admin_strings),
        ("/admin/localize/jsi18n/", translation_editor_strings),
    ],
    ids=["wagtail", "wagtail-localize"],
)
def test_every_script_string_has_japanese(client, django_user_model, url, strings):
    sign_in_in_japanese(client, django_user_model, "tokyo")
    catalogue = served_catalogue(client, url)
    assert sorted(strings() - catalogue.keys()) == []


def test_the_autosave_notice_and_the_minimap_read_in_japanese(client, django_user_model):
    sign_in_in_japanese(client, django_user_model, "tokyo")
    catalogue = served_catalogue(client, "/admin/jsi18n/")
    assert [
        catalogue[msgid] for msgid in ("Changes have been autosaved.", "Collapse all", "Expand all")
    ] == ["変更を自動保存しました。", "すべて折りたたむ", "すべて展開"]
    assert catalogue["%(num)s error"] == ["%(num)s件のエラー"]


def test_the_translation_editor_catalogue_has_its_sentences(client, django_user_model):
    sign_in_in_japanese(client, django_user_model, "tokyo")
    catalogue = served_catalogue(client, "/admin/localize/jsi18n/")
    assert {msgid: catalogue.get(msgid) for msgid in EDITOR_SENTENCES} == EDITOR_SENTENCES
    # Wagtail-localize's own Japanese is kept.
    assert catalogue["Save"] == "保存"


def test_an_english_editor_reads_the_catalogue_in_english(client, admin_user):
    client.force_login(admin_user)
    assert served_catalogue(client, "/admin/localize/jsi18n/") == {}


def test_the_sign_in_page_can_read_the_admin_catalogue(client):
    assert client.get("/admin/jsi18n/").status_code == 200


def test_the_served_editor_script_passes_every_sentence_through_the_catalogue():
    served = Path(finders.find(EDITOR_SCRIPT)).read_text(encoding="utf-8")
    assert Path(finders.find(EDITOR_SCRIPT)) == patched_editor_script()
    for english in ("} to ${", '"Publish in "', '"Translate with "', 'with ")+', '},"More'):
        assert english not in served
    assert served.count('gettext("%(source)s to %(target)s translation")') == 2
    for sentence in list(EDITOR_SENTENCES)[1:4]:
        assert served.count(f'("{sentence}"),{{name:') == 1


def test_a_script_that_writes_the_sentences_differently_is_left_alone():
    # A new version of the editor that no longer matches: the original is served.
    assert translatable_editor_script("const heading = `${p.title} translation`;") is None


def test_the_compiled_script_catalogue_matches_its_source():
    source = polib.pofile(f"{PROJECT_JS}.po")
    compiled = polib.mofile(f"{PROJECT_JS}.mo")
    assert {(e.msgid, e.msgstr) for e in compiled if not e.msgid_plural} == {
        (e.msgid, e.msgstr) for e in source if not e.msgid_plural
    }
    assert len(compiled) == len(source)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Translated manually on 7 December 2026"),
        ("ja", "2026年12月7日（月）に手動で翻訳"),  # noqa: RUF001
    ],
)
def test_a_translated_strings_comment_dates_it_in_the_editors_language(language, expected):
    # 23:30 UTC on the 6th is the 7th in Brussels, the site's time zone.
    string = StringTranslation(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        updated_at=datetime.datetime(2026, 12, 6, 23, 30, tzinfo=datetime.UTC),
    )
    with translation.override(language):
        assert string.get_comment() == expected


@pytest.mark.parametrize(
    ("language", "names"), [("en", ["English", "Japanese"]), ("ja", ["英語", "日本語"])]
)
def test_the_admin_names_content_languages_in_the_editors_language(language, names):
    Locale.objects.get_or_create(language_code="ja")
    with translation.override(language):
        assert [locale.get_display_name() for locale in Locale.objects.order_by("pk")] == names
