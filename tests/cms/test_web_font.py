"""The web font: its Latin subsets shipped as built from the npm package, and where pages use it."""

import hashlib
import re

import pytest

from cms.management.commands.build_web_font import (
    FILE,
    FONT_DIR,
    PACKAGE,
    SITE_CSS,
    latin_rules,
    with_latin_rules,
)
from tests.graphql_api.conftest import translate

LATIN_PRELOAD = (
    '<link rel="preload" href="/static/fonts/noto-sans-jp/noto-sans-jp-latin-wght-normal.woff2" '
    'as="font" type="font/woff2" crossorigin>'
)


def digest(path):
    """The SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_shipped_subsets_and_rules_are_the_installed_packages():
    site_css = SITE_CSS.read_text(encoding="utf-8")
    assert with_latin_rules(site_css, latin_rules(PACKAGE)) == site_css
    shipped = sorted(path.name for path in FONT_DIR.glob("*.woff2"))
    assert shipped == sorted(FILE.findall(site_css))
    for name in shipped:
        assert digest(FONT_DIR / name) == digest(PACKAGE / "files" / name), name
    assert (FONT_DIR / "OFL.txt").read_text() == (PACKAGE / "LICENSE").read_text()


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
@pytest.mark.parametrize(("language", "preloaded"), [("en", True), ("ja", False)])
def test_english_pages_preload_the_latin_subset(client, site_tree, language, preloaded):
    if language == "ja":
        translate(site_tree.home, site_tree.ja, title="EJRC ヘルプデスク")
    html = client.get(f"/{language}/").content.decode()
    assert re.findall(r'<link rel="stylesheet" href="/static/css/([^"]+)">', html) == ["site.css"]
    assert (LATIN_PRELOAD in html) is preloaded
