"""The screens editors use read in Japanese: no string Wagtail shows there is left in English.

Wagtail's Japanese catalogue lacks many strings; the project's catalogue (locale/wagtail/ja)
adds those the editors' screens show. The screens are rendered for a Japanese-speaking editor
and every text, label, placeholder and script string on them is compared with the English
strings of Wagtail and wagtail-localize that have no Japanese.
"""

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext

import wagtail
import wagtail_localize

from editorial.roles import EDITORS
from tests import factories
from tests.graphql_api.content import image
from tests.pages.helpers import publish_translation, sign_in_in_japanese

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")
# Attributes whose values are read (or heard) by editors.
READ_ATTRIBUTES = {"placeholder", "aria-label", "title", "alt"}
SKIPPED_ELEMENTS = {"script", "style", "template", "svg"}
# Scripts whose JSON holds strings the admin shows: the keys that hold them.
SCRIPT_STRINGS = {"wagtail-config": {"STRINGS"}, "wagtail-sidebar-props": {"label"}}
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


def pattern_of(english):
    """A regular expression matching the string with its placeholders filled in."""
    pieces, end = [], 0
    for placeholder in PLACEHOLDER.finditer(english):
        pieces.append(re.escape(english[end : placeholder.start()]))
        # Counts are numbers; anything else may be any text.
        numeric = placeholder[0].endswith("d") or re.search(
            r"count|num|total|objects", placeholder[0]
        )
        pieces.append(r"[\d,]+" if numeric else ".+?")
        end = placeholder.end()
    pieces.append(re.escape(english[end:]))
    return re.compile("".join(pieces) + r"\Z")


def catalogues():
    """The English catalogues of Wagtail and wagtail-localize."""
    for package in (wagtail, wagtail_localize):
        yield from Path(package.__file__).parent.rglob("locale/en/LC_MESSAGES/django.po")


@pytest.fixture(scope="module")
def english_only():
    """(exact strings, patterns) of Wagtail's that read the same in the Japanese admin."""
    import polib

    exact, patterns = set(), []
    with translation.override("ja"):
        for path in catalogues():
            for entry in polib.pofile(str(path)):
                if entry.msgid_plural:
                    pairs = [
                        (ngettext(entry.msgid, entry.msgid_plural, 1), entry.msgid),
                        (ngettext(entry.msgid, entry.msgid_plural, 2), entry.msgid_plural),
                    ]
                elif entry.msgctxt:
                    pairs = [(translation.pgettext(entry.msgctxt, entry.msgid), entry.msgid)]
                else:
                    pairs = [(gettext(entry.msgid), entry.msgid)]
                for shown, english in pairs:
                    # Strings without letters ("%(count)s", "·") need no translation.
                    if shown != english or not re.search(
                        r"[A-Za-z]{2}", PLACEHOLDER.sub("", english)
                    ):
                        continue
                    # Script strings keep their placeholders, for the script to fill in.
                    text = " ".join(re.sub(r"<[^>]+>", "", english).split())
                    # Model fields' verbose names are shown capitalised ("admin theme").
                    exact |= {text, capfirst(text)}
                    if PLACEHOLDER.search(text):
                        patterns.append((english, pattern_of(text)))
    return exact, patterns


def strings_in(value, keys, inside=False):
    """Every string inside a JSON value that is, or is inside, a value of one of the keys."""
    if isinstance(value, str):
        return [value] if inside else []
    if isinstance(value, dict):
        return [
            string
            for key, item in value.items()
            for string in strings_in(item, keys, inside or key in keys)
        ]
    if isinstance(value, list):
        return [string for item in value for string in strings_in(item, keys, inside)]
    return []


class ScreenText(HTMLParser):
    """Every text an editor reads on a screen: elements' texts, labels and script strings."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self.skipping, self.json_script = [], 0, None
        # The text so far of each open element, so that a string with markup inside
        # ("<span>3</span> Pages") is read whole, as the editor reads it.
        self.open = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag in SKIPPED_ELEMENTS:
            self.skipping += 1
            self.json_script = (
                attributes.get("id") if attributes.get("id") in SCRIPT_STRINGS else None
            )
        elif tag not in VOID_ELEMENTS:
            self.open.append((tag, []))
        for name in READ_ATTRIBUTES & attributes.keys():
            self.texts.append(attributes[name] or "")
        if tag == "input" and attributes.get("type") in ("submit", "button"):
            self.texts.append(attributes.get("value") or "")

    def handle_endtag(self, tag):
        if tag in SKIPPED_ELEMENTS:
            self.skipping -= 1
            return
        if tag not in (name for name, _parts in self.open):
            return
        # Close the element and any left open inside it.
        while self.open:
            name, parts = self.open.pop()
            self.texts.append("".join(parts))
            if name == tag:
                break

    def handle_data(self, data):
        if self.json_script:
            # The admin's script strings and the menu's labels, translated on the server.
            self.texts.extend(strings_in(json.loads(data), SCRIPT_STRINGS[self.json_script]))
            self.json_script = None
        elif not self.skipping:
            self.texts.append(data)
            for _name, parts in self.open:
                parts.append(data)


def texts_of(html):
    parser = ScreenText()
    parser.feed(html)
    # A required field's label ends with its asterisk: "Admin theme*" is "Admin theme".
    return {" ".join(text.split()).removesuffix("*") for text in parser.texts} - {""}


def english_on(html, english_only):
    exact, patterns = english_only
    texts = texts_of(html)
    found = texts & exact
    found |= {english for english, pattern in patterns for text in texts if pattern.match(text)}
    return found


@pytest.fixture
def japanese_editor(client, django_user_model):
    return sign_in_in_japanese(client, django_user_model, "tokyo")


@pytest.fixture
def content(site_tree):
    """A little of every kind, in both trees, for the screens to show."""
    picture = image()
    news = factories.NewsPageFactory(parent=site_tree.news, title="Oulu", image=picture)
    # A history with entries: published, then a newer draft.
    news.save_revision().publish()
    news.title = "Oulu and Tokyo"
    news.save_revision()
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility")
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Vitagora")
    publish_translation(site_tree.home, site_tree.ja, title="ヘルプデスク")
    ja_news = publish_translation(news, site_tree.ja, title="オウル")
    return {
        "picture": picture,
        "news": news,
        "call": call,
        "partner": partner,
        "ja_news": ja_news,
        "sector": factories.SectorFactory(name="Health", slug="health"),
        "group": Group.objects.get(name=EDITORS),
    }


def editor_screens(site_tree, content):
    """The admin screens of an editor's day, and an administrator's, by name."""
    news, ja_news = content["news"], content["ja_news"]
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "page explorer": reverse("wagtailadmin_explore", args=[site_tree.news.pk]),
        "page editor": reverse("wagtailadmin_pages:edit", args=[news.pk]),
        "call editor": reverse("wagtailadmin_pages:edit", args=[content["call"].pk]),
        "partner editor": reverse("wagtailadmin_pages:edit", args=[content["partner"].pk]),
        "new news page": reverse(
            "wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk)
        ),
        "translation editor": reverse("wagtailadmin_pages:edit", args=[ja_news.pk]),
        "start a translation": reverse(
            "wagtail_localize:submit_page_translation", args=[content["call"].pk]
        ),
        "page history": reverse("wagtailadmin_pages:history", args=[news.pk]),
        "images": reverse("wagtailimages:index"),
        "image editor": reverse("wagtailimages:edit", args=[content["picture"].pk]),
        "image upload": reverse("wagtailimages:add_multiple"),
        "documents": reverse("wagtaildocs:index"),
        "sectors": reverse("wagtailsnippets_pages_sector:list"),
        "sector editor": reverse("wagtailsnippets_pages_sector:edit", args=[content["sector"].pk]),
        "workflow reports": reverse("wagtailadmin_reports:workflow"),
        "locked pages": reverse("wagtailadmin_reports:locked_pages"),
        "search": reverse("wagtailadmin_pages:search") + "?q=Oulu",
        "account": reverse("wagtailadmin_account"),
        # An administrator's screens.
        "users": reverse("wagtailusers_users:index"),
        "groups": reverse("wagtailusers_groups:index"),
        "group editor": reverse("wagtailusers_groups:edit", args=[content["group"].pk]),
        "workflows": reverse("wagtailadmin_workflows:index"),
        "workflow tasks": reverse("wagtailadmin_workflows:task_index"),
        "collections": reverse("wagtailadmin_collections:index"),
        "sites": reverse("wagtailsites:index"),
        "locales": reverse("wagtaillocales:index"),
        "helpdesk settings": reverse("wagtailsettings:edit", args=["pages", "helpdesksettings"]),
        "webhooks": reverse("webhook_endpoints:index"),
        "site history": reverse("wagtailadmin_reports:site_history"),
    }


def test_the_screens_editors_use_show_no_english_wagtail_string(
    japanese_editor, site_tree, content, english_only
):
    left_in_english = {}
    for name, url in editor_screens(site_tree, content).items():
        response = japanese_editor.get(url, follow=True)
        assert response.status_code == 200, (name, url, response.status_code)
        found = english_on(response.content.decode(), english_only)
        if found:
            left_in_english[name] = sorted(found)
    assert left_in_english == {}


def test_a_refused_save_shows_no_english_wagtail_string(japanese_editor, content, english_only):
    news = content["news"]
    response = japanese_editor.post(
        reverse("wagtailadmin_pages:edit", args=[news.pk]),
        {"title": "", "slug": news.slug, "summary": "", "date": "", "body-count": "0"},
    )
    html = response.content.decode()
    assert (response.status_code, english_on(html, english_only)) == (200, set())
    assert "入力内容にエラーがあるため、ページを保存できませんでした。" in html


def test_the_check_finds_english_strings(english_only):
    html = (
        '<p>Add column</p><button aria-label="All keyboard shortcuts">?</button>'
        '<script id="wagtail-config" type="application/json">'
        '{"STRINGS": {"X": ["Caption", "Untranslated words"]}}</script>'
        '<script id="wagtail-sidebar-props" type="application/json">'
        '{"_args": [{"name": "Add images to collection", "label": "Add row"}]}</script>'
        "<p>保存</p><p>Add tags to <b>3</b> documents</p>"
    )
    # Strings of Wagtail's with no Japanese anywhere (they are not on the editors' screens).
    assert english_on(html, english_only) == {
        "Add column",
        "All keyboard shortcuts",
        "Caption",
        "Add row",
        "Add tags to %(counter)s documents",
    }
