"""Navigation in the API: the menus of a language, and a page's breadcrumbs, parent and children."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.graphql_api.content import make_draft, make_private, translate

pytestmark = pytest.mark.django_db

NAVIGATION = """
query Navigation($locale: Locale) {
  navigation(locale: $locale) {
    menu { __typename title url }
    footer { title url }
  }
}
"""


@pytest.fixture
def information(site_tree, ja_tree):
    """An About page shown in menus and a Privacy page that is not, in both languages."""
    about = factories.InformationPageFactory(
        parent=site_tree.home, title="About", slug="about", show_in_menus=True
    )
    privacy = factories.InformationPageFactory(
        parent=site_tree.home, title="Privacy", slug="privacy", show_in_menus=False
    )
    translate(about, site_tree.ja, title="概要")
    translate(privacy, site_tree.ja, title="プライバシー")
    return about, privacy


def test_menus_list_the_public_sections_and_information_pages_of_the_language(
    gql, information, site_tree, ja_tree
):
    make_draft(factories.InformationPageFactory(parent=information[0].get_parent(), title="Soon"))
    english = gql(NAVIGATION)["navigation"]
    # Every section of the tree, in the editors' order (the registry's, as the tree was built).
    sections = [(type(index).__name__, index.title) for index in site_tree.indexes.values()]
    assert sections[0] == ("NewsIndexPage", "News")
    assert [(page["__typename"], page["title"]) for page in english["menu"]] == [
        *sections,
        ("InformationPage", "About"),
    ]
    assert english["footer"] == [
        {"title": "About", "url": "/en/about/"},
        {"title": "Privacy", "url": "/en/privacy/"},
    ]
    japanese = gql(NAVIGATION, {"locale": "JA"})["navigation"]
    japanese_sections = [index.title for index in ja_tree.indexes.values()]
    assert japanese_sections[0] == "ニュース"
    assert [page["title"] for page in japanese["menu"]] == [*japanese_sections, "概要"]
    assert [page["url"] for page in japanese["footer"]] == ["/ja/about/", "/ja/privacy/"]


TREE = """
query Tree($path: String!) {
  page(path: $path) {
    title
    breadcrumbs { __typename title url }
    parent { title }
    children(limit: 2) { totalCount hasMore items { title ... on NewsPage { date } } }
  }
}
"""


@pytest.fixture
def articles(site_tree, ja_tree):
    first = factories.NewsPageFactory(parent=site_tree.news, title="First", slug="first")
    translate(first, site_tree.ja, title="最初")
    for title in ("Second", "Third"):
        factories.NewsPageFactory(parent=site_tree.news, title=title, slug=title.lower())
    make_draft(factories.NewsPageFactory(parent=site_tree.news, title="Draft", slug="draft"))
    make_private(factories.NewsPageFactory(parent=site_tree.news, title="Private", slug="private"))
    return first


def test_a_page_knows_its_breadcrumbs_parent_and_public_children(gql, articles):
    article = gql(TREE, {"path": "/en/news/first/"})["page"]
    assert article["breadcrumbs"] == [
        {"__typename": "HomePage", "title": "EJRC Helpdesk", "url": "/en/"},
        {"__typename": "NewsIndexPage", "title": "News", "url": "/en/news/"},
    ]
    assert article["parent"] == {"title": "News"}
    assert article["children"] == {"totalCount": 0, "hasMore": False, "items": []}
    index = gql(TREE, {"path": "/en/news/"})["page"]
    assert index["breadcrumbs"] == [
        {"__typename": "HomePage", "title": "EJRC Helpdesk", "url": "/en/"}
    ]
    assert index["children"]["totalCount"] == 3
    assert [item["title"] for item in index["children"]["items"]] == ["First", "Second"]
    home = gql(TREE, {"path": "/ja/"})["page"]
    assert (home["breadcrumbs"], home["parent"]) == ([], None)
    japanese = gql(TREE, {"path": "/ja/news/first/"})["page"]
    assert [crumb["title"] for crumb in japanese["breadcrumbs"]] == [
        "EJRC ヘルプデスク",
        "ニュース",
    ]


def test_an_unpublished_section_is_left_out_of_breadcrumbs_and_parent(gql, site_tree):
    article = factories.NewsPageFactory(parent=site_tree.news, title="Open", slug="open")
    make_draft(site_tree.news)
    query = "query($id: ID) { page(id: $id) { title breadcrumbs { title } parent { title } } }"
    assert gql(query, {"id": str(article.pk)})["page"] == {
        "title": "Open",
        "breadcrumbs": [{"title": "EJRC Helpdesk"}],
        "parent": None,
    }


LIST = """
query Crumbs($limit: Int) {
  news(limit: $limit) { items { title breadcrumbs { title } parent { title } children { totalCount } } }
}
"""


def test_breadcrumbs_of_a_list_cost_the_same_for_2_and_12_items(gql, site_tree):
    for number in range(12):
        factories.NewsPageFactory(parent=site_tree.news, title=f"News {number:02}")
    counts = []
    for limit in (2, 12):
        with CaptureQueriesContext(connection) as captured:
            items = gql(LIST, {"limit": limit})["news"]["items"]
        counts.append(len(captured))
        assert {
            (tuple(c["title"] for c in i["breadcrumbs"]), i["parent"]["title"]) for i in items
        } == {(("EJRC Helpdesk", "News"), "News")}
    assert counts[0] == counts[1]
