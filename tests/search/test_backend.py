"""The admin's page search, explorer filter and page chooser on the site's own index."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(site_tree):
    live = factories.NewsPageFactory(parent=site_tree.news, title="九州バイオクラスター訪問")
    live.save_revision().publish()
    draft = factories.NewsPageFactory(
        parent=site_tree.news, title="Cluster managers in Kyushu", live=False
    )
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, title="Clustering tools")
    webinar.save_revision().publish()
    return live, draft, webinar


def titles(results):
    return [page.title for page in results]


def listed_titles(response):
    assert response.status_code == 200
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return [
        " ".join(cell.get_text(" ", strip=True).split())
        for cell in html.select("td.title .title-wrapper a")
    ]


def test_the_backend_finds_pages_inside_compounds_drafts_included(pages):
    _live, draft, webinar = pages
    backend = get_search_backend()
    assert titles(backend.search("ﾊﾞｲｵ", Page.objects.all())) == ["九州バイオクラスター訪問"]
    # As typed: the last word is the start of a word.
    assert titles(backend.autocomplete("clus", Page.objects.all())) == [
        "Cluster managers in Kyushu",
        "Clustering tools",
    ]
    assert titles(backend.autocomplete("kyushu clus", Page.objects.all())) == [draft.title]
    assert titles(backend.search("clus", Page.objects.all())) == []
    results = backend.autocomplete("clus", Page.objects.all())
    assert (results.count(), titles(results[1:]), results[1:].count()) == (
        2,
        ["Clustering tools"],
        1,
    )
    assert results.facet("content_type_id") == {
        draft.content_type_id: 1,
        webinar.content_type_id: 1,
    }
    # The queryset's order when the results are not ranked.
    ordered = backend.autocomplete(
        "clus", Page.objects.order_by("-title"), order_by_relevance=False
    )
    assert titles(ordered) == ["Clustering tools", "Cluster managers in Kyushu"]


def test_other_models_are_searched_as_before(site_tree):
    sector = factories.SectorFactory(name="Hydrogen energy")
    backend = get_search_backend()
    backend.add(sector)
    assert [found.name for found in backend.search("hydrogen", type(sector))] == [sector.name]


def test_the_admin_search_and_explorer_filter_use_the_index(admin_client, site_tree, pages):
    live, draft, _webinar = pages
    assert listed_titles(admin_client.get("/admin/pages/search/", {"q": "バイオ"})) == [live.title]
    assert listed_titles(
        admin_client.get(f"/admin/pages/{site_tree.news.pk}/", {"q": "cluster kyu"})
    ) == [draft.title]
    chooser = admin_client.get("/admin/choose-page/search/", {"q": "ｸﾗｽﾀｰ"})
    assert live.title in chooser.content.decode()
