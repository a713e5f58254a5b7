"""The visitor search page: results, facets, pages, bad input, both languages, no JavaScript."""

import pytest
from bs4 import BeautifulSoup

from tests import factories
from tests.pages.helpers import publish_translation

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status
    return BeautifulSoup(response.content.decode(), "html.parser")


def results(html):
    return [item.h2.get_text(strip=True) for item in html.select("ol.results > li") if item.h2]


def facets(html, heading):
    """(label, link, selected) of the facets under a heading."""
    title = html.find("h2", string=heading)
    return [
        (
            " ".join(link.get_text(" ", strip=True).split()),
            link["href"],
            link.has_attr("aria-current"),
        )
        for link in title.find_next_sibling("ul").select("a")
    ]


@pytest.fixture
def published(site_tree):
    def published(factory, parent, title, **fields):
        page = factory(parent=parent, title=title, **fields)
        page.save_revision().publish()
        return page

    return published


def test_results_in_rank_order_with_marked_snippets_and_the_header_box(
    client, site_tree, published
):
    published(
        factories.NewsPageFactory,
        site_tree.news,
        "Regional cooperation",
        summary="Hydrogen <valleys> & clusters.",
    )
    published(factories.WebinarPageFactory, site_tree.webinars, "Hydrogen valleys webinar")
    html = get(client, "/en/search/?q=hydrogen")
    assert results(html) == ["Hydrogen valleys webinar", "Regional cooperation"]
    assert [str(p) for p in html.select("ol.results p:not(.meta)")][1] == (
        "<p><mark>Hydrogen</mark> &lt;valleys&gt; &amp; clusters. Body text.</p>"
    )
    assert [p.get_text() for p in html.select("ol.results p.meta")] == ["Webinar", "News article"]
    assert html.select_one('[role="status"]').get_text() == "2 results for “hydrogen”"
    assert html.select_one('meta[name="robots"]')["content"] == "noindex, follow"
    header_box = html.select_one("header form[role=search]")
    assert (header_box["action"], header_box.select_one("input")["value"]) == (
        "/en/search/",
        "hydrogen",
    )
    assert (
        html.title.get_text()
        == "“hydrogen”: search | EU-Japan Regional & Cluster Cooperation Helpdesk"
    )


def test_facets_narrow_the_results_and_undo_as_links(client, site_tree, published):
    energy = factories.SectorFactory(name="Energy", slug="energy")
    health = factories.SectorFactory(name="Health", slug="health")
    news = published(factories.NewsPageFactory, site_tree.news, "Oulu energy news")
    news.sectors.set([energy])
    news.save_revision().publish()
    webinar = published(factories.WebinarPageFactory, site_tree.webinars, "Oulu webinar")
    webinar.sectors.set([energy, health])
    webinar.save_revision().publish()
    published(factories.WebinarPageFactory, site_tree.webinars, "Oulu other webinar")

    html = get(client, "/en/search/?q=oulu")
    assert facets(html, "Type") == [
        ("Webinars (2)", "?q=oulu&type=webinar", False),
        ("News articles (1)", "?q=oulu&type=news", False),
    ]
    assert facets(html, "Sector") == [
        ("Energy (2)", "?q=oulu&sector=energy", False),
        ("Health (1)", "?q=oulu&sector=health", False),
    ]
    html = get(client, "/en/search/?q=oulu&sector=energy&page=1")
    # Equal scores: the older page first.
    assert results(html) == ["Oulu energy news", "Oulu webinar"]
    assert facets(html, "Sector") == [
        ("Remove the filter: Energy (2)", "?q=oulu", True),
        ("Health (1)", "?q=oulu&sector=energy&sector=health", False),
    ]
    html = get(client, "/en/search/?q=oulu&sector=energy&type=news")
    assert results(html) == ["Oulu energy news"]
    assert facets(html, "Type") == [
        ("Remove the filter: News articles (1)", "?q=oulu&sector=energy", True)
    ]


def test_pages_of_results_are_links_and_a_page_past_the_end_shows_the_last(
    client, site_tree, published
):
    for number in range(12):
        published(factories.NewsPageFactory, site_tree.news, f"Kobe report {number:02}")
    first = get(client, "/en/search/?q=kobe")
    assert (len(results(first)), first.select_one("a[rel=next]")["href"]) == (10, "?q=kobe&page=2")
    assert first.select_one("a[rel=prev]") is None
    last = get(client, "/en/search/?q=kobe&page=2")
    assert (len(results(last)), last.select_one("a[rel=prev]")["href"]) == (2, "?q=kobe&page=1")
    assert results(get(client, "/en/search/?q=kobe&page=99")) == results(last)
    assert last.select_one(".pagination li:nth-of-type(2)").get_text() == "Page 2 of 2"


def test_a_page_number_past_any_offset_shows_the_last_page(client, site_tree, published):
    for number in range(12):
        published(factories.NewsPageFactory, site_tree.news, f"Kobe report {number:02}")
    html = get(client, "/en/search/?q=kobe&page=99999999999999999999")
    assert (len(results(html)), html.select_one(".pagination li:nth-of-type(2)").get_text()) == (
        2,
        "Page 2 of 2",
    )


@pytest.mark.parametrize(
    ("query_string", "message"),
    [
        ("q=" + "a" * 201, "Ensure this value has at most 200 characters (it has 201)."),
        (
            "q=kobe&sector=nowhere",
            "Select a valid choice. nowhere is not one of the available choices.",
        ),
        ("q=kobe&type=page", "Select a valid choice. page is not one of the available choices."),
        ("q=kobe&page=0", "Ensure this value is greater than or equal to 1."),
        ("q=kobe&page=-1", "Ensure this value is greater than or equal to 1."),
        ("q=kobe&page=abc", "Enter a whole number."),
        ("q=kobe&page=1e5", "Enter a whole number."),
    ],
)
def test_bad_input_is_answered_400_with_its_reason(client, site_tree, query_string, message):
    html = get(client, f"/en/search/?{query_string}", status=400)
    assert [item.get_text() for item in html.select("#search-errors li")] == [message]
    assert html.select("ol.results") == []


def test_an_empty_query_shows_the_form_only(client, site_tree):
    html = get(client, "/en/search/?q=++")
    # The box keeps what was typed.
    assert (html.select("ol.results"), html.select_one("#search-query")["value"]) == ([], "  ")


def test_each_language_finds_its_own_pages_and_the_switcher_keeps_the_query(
    client, site_tree, published
):
    page = published(factories.NewsPageFactory, site_tree.news, "Kyushu Bio Cluster")
    publish_translation(site_tree.home, site_tree.ja, title="日欧ヘルプデスク")
    publish_translation(site_tree.news, site_tree.ja, title="ニュース")
    publish_translation(page, site_tree.ja, title="九州バイオクラスター")
    japanese = get(client, "/ja/search/?q=%EF%BE%8A%EF%BE%9E%EF%BD%B2%EF%BD%B5&type=news")  # ﾊﾞｲｵ
    assert results(japanese) == ["九州バイオクラスター"]
    assert japanese.html["lang"] == "ja"
    assert [link["href"] for link in japanese.select(".lang-list a")] == [
        "/en/search/?q=%EF%BE%8A%EF%BE%9E%EF%BD%B2%EF%BD%B5&type=news",
        "/ja/search/?q=%EF%BE%8A%EF%BE%9E%EF%BD%B2%EF%BD%B5&type=news",
    ]
    assert [link.get_text() for link in japanese.select("header nav a")][:1] == ["ニュース"]
    assert results(get(client, "/en/search/?q=%E4%B9%9D%E5%B7%9E")) == []  # 九州


def test_an_unpublished_page_leaves_the_results_at_once(client, site_tree, published):
    page = published(factories.NewsPageFactory, site_tree.news, "Strasbourg conference")
    assert results(get(client, "/en/search/?q=strasbourg")) == ["Strasbourg conference"]
    page.unpublish()
    html = get(client, "/en/search/?q=strasbourg")
    assert (results(html), html.select_one("[role=status]").get_text()) == (
        [],
        "0 results for “strasbourg”",
    )
