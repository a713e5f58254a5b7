"""Every string of the project that the admin shows has a Japanese translation.

The strings are found where the admin takes them from: the models' names, fields, help texts
and choices, the StreamField blocks' labels, the edit panels' headings and the menus. A string
must be marked for translation (a lazy string) and have an entry in the Japanese catalogue.
"""

import importlib
from pathlib import Path

import polib
import pytest

from django.apps import apps
from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext, ngettext

from wagtail import blocks
from wagtail.admin.menu import admin_menu
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

PROJECT_APPS = ("pages", "applications", "webhooks", "previews")
# Kept by the system, never shown to editors.
INTERNAL_MODELS = {
    "pages.ContentGeneration",
    "pages.LibraryImageRendition",
    "search.SearchDocument",
    "search.SearchFacet",
    "search.SearchTerm",
    "previews.PreviewGrant",
}
JA_PO = settings.BASE_DIR / "locale" / "ja" / "LC_MESSAGES" / "django.po"


def admin_models():
    return [
        model
        for label in PROJECT_APPS
        for model in apps.get_app_config(label).get_models()
        if model._meta.label not in INTERNAL_MODELS
    ]


def is_project(obj):
    return type(obj).__module__.split(".")[0] in PROJECT_APPS


def block_strings(block, where):
    """The labels and help texts of a block and of the project's blocks inside it.

    The children of Wagtail's own blocks (an ImageBlock's alt text) are Wagtail's strings.
    """
    if block.label:
        yield f"{where} label", block.label
    if getattr(block.meta, "help_text", None):
        yield f"{where} help text", block.meta.help_text
    if isinstance(block, blocks.ListBlock):
        yield from block_strings(block.child_block, f"{where}[]")
    elif is_project(block) or isinstance(block, blocks.StreamBlock):
        for name, child in (getattr(block, "child_blocks", None) or {}).items():
            yield from block_strings(child, f"{where}.{name}")


def panel_strings(panel, where):
    """The headings and help texts of an edit panel and of the panels inside it."""
    if panel.heading:
        yield f"{where} heading", panel.heading
    if panel.help_text:
        yield f"{where} help text", panel.help_text
    for child in getattr(panel, "children", []):
        yield from panel_strings(child, f"{where} > {child.heading or type(child).__name__}")


def project_fields(model):
    """The fields the project declares on a model (not those of Wagtail's or Django's bases)."""

    def declared(project):
        return {
            field.name
            for base in model.__mro__
            if hasattr(base, "_meta") and (base.__module__.split(".")[0] in PROJECT_APPS) == project
            for field in (*base._meta.local_fields, *base._meta.local_many_to_many)
            if not field.auto_created
        }

    names = declared(project=True) - declared(project=False)
    return [field for field in model._meta.get_fields() if getattr(field, "name", None) in names]


def model_strings(model):
    label = model._meta.label
    # An inline's rows (a webinar's partners) are shown under their panel's label, not by name.
    if not issubclass(model, Orderable):
        yield f"{label} name", model._meta.verbose_name
        yield f"{label} plural name", model._meta.verbose_name_plural
    for field in project_fields(model):
        where = f"{label}.{field.name}"
        yield f"{where} name", field.verbose_name
        if field.help_text:
            yield f"{where} help text", field.help_text
        for value, choice in field.flatchoices:
            # Codes (EUR, JPY) read the same in every language.
            if value not in ("", choice):
                yield f"{where} choice {value!r}", choice
        if isinstance(field, StreamField):
            yield from block_strings(field.stream_block, where)
    if issubclass(model, Page):
        for tab in model.get_edit_handler().children:
            yield from panel_strings(tab, f"{label} tab {tab.heading}")


# The admin menu entries the project adds (through Wagtail's viewsets and settings).
PROJECT_MENUS = {
    "reference-data",
    "sectors",
    "regions",
    "offices",
    "webinar-series",
    "helpdesk-settings",
    "front-end-previews",
    "webhooks",
    "webhook-deliveries",
}


def menu_strings(items=None):
    """The labels of the project's menu entries, at any depth of the admin menu."""
    for item in admin_menu.registered_menu_items if items is None else items:
        if item.name in PROJECT_MENUS:
            yield f"menu {item.name}", item.label
        submenu = getattr(item, "menu", None)
        if submenu is not None:
            yield from menu_strings(submenu.registered_menu_items)


def project_admin_strings():
    for model in admin_models():
        yield from model_strings(model)
    yield from menu_strings()


@pytest.fixture(scope="module")
def catalogue():
    return {entry.msgid for entry in polib.pofile(str(JA_PO)) if entry.translated()}


def test_every_string_the_admin_shows_of_the_project_reads_in_japanese(catalogue):
    """Marked for translation, and Japanese from the project's catalogue or Wagtail's own.

    A string Wagtail gives the project's pages (a tab heading) may come from Wagtail's catalogue;
    where that has no Japanese, the project's catalogue must. A string that reads the same in
    both languages ("URL") must be in the project's catalogue, to show it was checked.
    """
    unmarked, untranslated = [], []
    for where, text in project_admin_strings():
        if not isinstance(text, Promise):
            unmarked.append(f"{where}: {text!r}")
            continue
        with translation.override("en"):
            english = str(text)
        with translation.override("ja"):
            japanese = str(text)
        if japanese == english and english not in catalogue:
            untranslated.append(f"{where}: {english!r}")
    assert unmarked == []
    assert untranslated == []


def test_the_check_finds_what_it_checks():
    where = dict(project_admin_strings())
    assert str(where["pages.CallPage.deadline_date name"]) == "deadline date"
    assert "pages.WebinarPage.programme.item.speakers[].name label" in where
    menus = {key.removeprefix("menu ") for key in where if key.startswith("menu ")}
    assert menus == PROJECT_MENUS


def english_catalogue(package, domain="django"):
    """The source strings a package ships (its English catalogue)."""
    module = importlib.import_module(package)
    return polib.pofile(
        str(Path(module.__file__).parent / "locale/en/LC_MESSAGES" / f"{domain}.po")
    )


@pytest.mark.parametrize("package", ["wagtail_localize", "wagtail.locales"])
def test_what_the_translation_tools_show_editors_reads_in_japanese(package):
    """wagtail-localize ships few Japanese strings; the project's catalogue adds the rest."""
    missing = []
    with translation.override("ja"):
        for entry in english_catalogue(package):
            if entry.msgid_plural:
                shown, english = ngettext(entry.msgid, entry.msgid_plural, 2), entry.msgid_plural
            else:
                shown, english = gettext(entry.msgid), entry.msgid
            if shown == english:
                missing.append(entry.msgid)
    assert missing == []


def test_the_project_catalogue_does_not_reword_wagtails_strings():
    """A msgid the project shares with Wagtail keeps Wagtail's Japanese in the admin.

    The project's catalogue is read first, so its "Pages" (a pagination label) had renamed
    Wagtail's Pages menu; a project string that means something else takes a context.
    """
    import wagtail

    wagtail_japanese = {}
    for path in Path(wagtail.__file__).parent.rglob("locale/ja/LC_MESSAGES/django.po"):
        for entry in polib.pofile(str(path)):
            if entry.msgstr and not entry.msgctxt:
                wagtail_japanese.setdefault(entry.msgid, set()).add(entry.msgstr)
    reworded = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(JA_PO))
        if not entry.msgctxt
        and entry.msgid in wagtail_japanese
        and entry.msgstr not in wagtail_japanese[entry.msgid]
    }
    # Deliberate corrections, read the same way wherever Wagtail shows them.
    assert reworded == {
        "Embed": "埋め込み",  # Wagtail's 埋め込み済み reads "embedded"
        "user": "ユーザー",  # the spelling of the rest of the admin
        "created at": "作成日時",  # a moment, not a day
    }
