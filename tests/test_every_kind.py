"""Every page kind of the registry is served, mapped and editable in both languages, no edit needed.

The kinds come from `pages.registry`, so a new kind (see tests/test_scratch_kind.py) is covered
by these tests without a line of its own.
"""

import xml.etree.ElementTree as ET

import pytest

from pages.registry import INDEX_KINDS, ITEM_KINDS, PAGE_KINDS
from tests.kinds import make_page
from tests.pages.helpers import publish_translation

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Kinds with pages of their own below the home page: items and section indexes.
SERVED_KINDS = [kind for kind in PAGE_KINDS if kind in ITEM_KINDS or kind in INDEX_KINDS]


def locations(client, path):
    """The <loc> paths of a sitemap or sitemap index."""
    root = ET.fromstring(client.get(path).content)
    return [loc.text.removeprefix("http://testserver") for loc in root.iter(f"{SITEMAP}loc")]


def sitemap_paths(client):
    """The page paths of every sitemap the index lists."""
    return {
        path for sitemap in locations(client, "/sitemap.xml") for path in locations(client, sitemap)
    }


@pytest.fixture
def english_and_japanese(kind, site_tree):
    """A live page of the kind in English, and its published Japanese translation."""
    if kind in ITEM_KINDS:
        english = make_page(kind, site_tree, title="Kindtest page", slug="kindtest")
    else:
        english = site_tree.index_for(kind.listed_model)
    japanese = publish_translation(english, site_tree.ja, title="種類テストのページ")
    return english, japanese


@pytest.mark.parametrize("kind", SERVED_KINDS, ids=lambda kind: kind.name)
def test_the_site_serves_each_kind_in_both_languages_and_maps_it(
    client, kind, english_and_japanese
):
    english, japanese = english_and_japanese
    assert english.url.startswith("/en/")
    assert japanese.url == "/ja/" + english.url.removeprefix("/en/")
    for page in (english, japanese):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        # Japanese headings carry break opportunities (<wbr>) between phrases.
        assert f"<h1>{page.title}" in response.content.decode().replace("<wbr>", "")
    assert {english.url, japanese.url} <= sitemap_paths(client)


@pytest.mark.parametrize("kind", SERVED_KINDS, ids=lambda kind: kind.name)
def test_the_admin_edits_each_kind_and_adds_items_under_their_index(
    admin_client, kind, english_and_japanese
):
    english, japanese = english_and_japanese
    for page in (english, japanese):
        response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
    if kind in ITEM_KINDS:
        meta = kind.model._meta
        parent = english.get_parent()
        add = f"/admin/pages/add/{meta.app_label}/{meta.model_name}/{parent.pk}/"
        assert admin_client.get(add).status_code == 200
