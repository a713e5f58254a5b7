"""The web font: shipped as built from its npm package, declared per language, found by the pages."""

import hashlib
import re

import pytest

from cms.management.commands.build_web_font import (
    FONT_DIR,
    JAPANESE_CSS,
    PACKAGE,
    SITE_CSS,
    stylesheets,
    with_latin_rules,
)
from tests.graphql_api.conftest import translate

LATIN_PRELOAD = (
    '<link rel="preload" href="/static/fonts/noto-sans-jp/noto-sans-jp-latin-wght-normal.woff2" '
    'as="font" type="font/woff2" crossorigin>'
)


def digests(folder):
    """The SHA-256 of every font file in the folder, by name."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob("*.woff2"))
    }


def test_the_shipped_font_and_rules_are_the_installed_packages():
    assert digests(FONT_DIR) == digests(PACKAGE / "files")
    assert (FONT_DIR / "OFL.txt").read_text() == (PACKAGE / "LICENSE").read_text()
    rules = stylesheets(PACKAGE)
    assert JAPANESE_CSS.read_text(encoding="utf-8") == rules["ja"]
    site_css = SITE_CSS.read_text(encoding="utf-8")
    assert with_latin_rules(site_css, rules["latin"]) == site_css


def test_every_declared_file_is_shipped_and_every_shipped_file_declared():
    declared = []
    for stylesheet in (SITE_CSS, JAPANESE_CSS):
        declared += re.findall(r"url\(\.\./fonts/noto-sans-jp/([^)]+)\)", stylesheet.read_text())
    assert sorted(declared) == sorted(digests(FONT_DIR))


def test_the_site_stylesheet_declares_the_latin_subsets_only():
    site_css = SITE_CSS.read_text()
    assert re.findall(r"noto-sans-jp-([a-z-]+)-wght-normal\.woff2", site_css) == [
        "cyrillic",
        "vietnamese",
        "latin-ext",
        "latin",
    ]
    assert "U+3042" not in site_css  # あ is in a Japanese subset


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "linked", "preloaded"),
    [("en", ["site.css"], True), ("ja", ["site.css", "fonts-ja.css"], False)],
)
def test_japanese_pages_declare_the_japanese_subsets_last(
    client, site_tree, language, linked, preloaded
):
    if language == "ja":
        translate(site_tree.home, site_tree.ja, title="EJRC ヘルプデスク")
    html = client.get(f"/{language}/").content.decode()
    assert re.findall(r'<link rel="stylesheet" href="/static/css/([^"]+)">', html) == linked
    assert (LATIN_PRELOAD in html) is preloaded
    # The Japanese rules come after the content, which is drawn without waiting for them.
    assert "fonts-ja.css" not in html[: html.index("</main>")]
