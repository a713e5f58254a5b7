"""structuredData: the JSON-LD objects a page's HTML renders, the same ones, in each language."""

import json
import re

import pytest

from wagtail.models import Site

from pages.models import EventFormat, NewsPage, PartnerPage
from pages.registry import ITEM_KINDS
from previews.tokens import issue_preview_token
from tests import factories
from tests.graphql_api.content import at, image, translate
from tests.kinds import make_page, root_list_field

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def rendered(client, url):
    """Every JSON-LD object of the page at the URL, as a visitor's browser reads them."""
    response = client.get(url)
    assert response.status_code == 200, url
    return [json.loads(text) for text in JSON_LD.findall(response.content.decode())]


@pytest.fixture
def content(site_tree, ja_tree):
    """A page of every item type with everything its JSON-LD shows, most also in Japanese."""
    ja = site_tree.ja
    picture, logo = image(), image(title="Logo")
    news = factories.NewsPageFactory(
        parent=site_tree.news, title="R&D <launch>", slug="launch", image=picture
    )
    news.save_revision().publish()
    translate(news, ja, title="開始のお知らせ", summary="始まりました。")
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility", slug="mobility")
    translate(call, ja, title="モビリティ")
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Forests",
        slug="forests",
        start=at(2021, 12, 17, 8),
        format=EventFormat.HYBRID,
        venue="Brussels",
        registration_url="https://www.ejrc-helpdesk.eu/register",
    )
    translate(webinar, ja, title="森林", venue="ブリュッセル")
    factories.WebinarPageFactory(
        parent=site_tree.webinars, slug="off", cancellation_notice="Postponed to spring."
    )
    factories.EventPageFactory(
        parent=site_tree.events, slug="expo", format=EventFormat.ON_SITE, venue="Tokyo Big Sight"
    )
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Nagano Prefecture",
        slug="nagano",
        official_name="Nagano Prefectural Government",
        kind=PartnerPage.Kind.JP_PREFECTURE,
        country="JP",
        region_id="20",
        city="Nagano",
        acronym="NPG",
        website="https://www.pref.nagano.lg.jp/",
        logo=logo,
    )
    translate(partner, ja, title="長野県", city="長野市")
    factories.PartnershipPageFactory(parent=site_tree.partnerships, slug="twins")
    information = factories.InformationPageFactory(parent=site_tree.home, slug="about")
    translate(information, ja, title="概要")
    # A kind with no page above (a newer one) gets one from its factory.
    for kind in ITEM_KINDS:
        if not site_tree.index_for(kind.model).get_children().exists():
            make_page(kind, site_tree)
    return site_tree


PAGE = "query($path: String!) { page(path: $path) { structuredData } }"

# Pages of every kind with JSON-LD of their own, the pages without, and the home pages.
PATHS = [
    "/en/",
    "/ja/",
    "/en/news/launch/",
    "/ja/news/launch/",
    "/en/calls/mobility/",
    "/ja/calls/mobility/",
    "/en/webinars/forests/",
    "/ja/webinars/forests/",
    "/en/webinars/off/",
    "/en/events/expo/",
    "/en/partners/nagano/",
    "/ja/partners/nagano/",
    "/en/partnerships/twins/",
    "/en/about/",
    "/ja/about/",
    "/ja/news/",
]


@pytest.mark.parametrize("path", PATHS)
def test_a_page_has_the_json_ld_of_its_html(gql, client, content, path):
    assert gql(PAGE, {"path": path})["page"]["structuredData"] == rendered(client, path)


def test_what_the_pages_say(gql, content):
    news = gql(PAGE, {"path": "/ja/news/launch/"})["page"]["structuredData"]
    assert [data["@type"] for data in news] == ["NewsArticle", "BreadcrumbList"]
    assert news[0]["inLanguage"] == "ja"
    assert news[0]["url"] == "http://testserver/ja/news/launch/"
    assert news[0]["image"][0].startswith("http://testserver/media/images/")
    assert [crumb["name"] for crumb in news[1]["itemListElement"]] == [
        "EJRC ヘルプデスク",
        "ニュース",
        "開始のお知らせ",
    ]
    partner = gql(PAGE, {"path": "/ja/partners/nagano/"})["page"]["structuredData"][0]
    assert partner["address"]["addressRegion"] == "長野県"
    assert partner["logo"].endswith(".max-400x400.jpg")
    home = gql(PAGE, {"path": "/ja/"})["page"]["structuredData"]
    assert [(data["@type"], data["inLanguage"]) for data in home] == [("WebSite", "ja")]
    call = gql(PAGE, {"path": "/en/calls/mobility/"})["page"]["structuredData"]
    assert [data["@type"] for data in call] == ["BreadcrumbList"]


LIST = """
query($locale: Locale, $fallback: Boolean) {
  pages(locale: $locale, fallback: $fallback, limit: 100, order: PATH) {
    items { url locale structuredData }
  }
}
"""


@pytest.mark.parametrize(
    ("locale", "fallback"), [("EN", False), ("JA", False), ("JA", True)], ids=str
)
def test_every_page_of_a_list_has_the_json_ld_of_its_html(gql, client, content, locale, fallback):
    items = gql(LIST, {"locale": locale, "fallback": fallback})["pages"]["items"]
    # With fallback, an English page stands in for a missing translation, in English.
    assert {item["locale"] for item in items} == ({"EN", "JA"} if fallback else {locale})
    for item in items:
        assert item["structuredData"] == rendered(client, item["url"]), item["url"]


@pytest.mark.parametrize("kind", ITEM_KINDS, ids=lambda kind: kind.name)
def test_the_root_lists_have_the_json_ld_of_the_html(kind, gql, client, content):
    field = root_list_field(kind)
    query = f"{{ {field}(locale: JA, fallback: true) {{ items {{ url structuredData }} }} }}"
    items = gql(query)[field]["items"]
    assert items
    for item in items:
        assert item["structuredData"] == rendered(client, item["url"]), item["url"]


def test_urls_are_on_the_host_the_request_reached(gql, client, content, settings):
    settings.ALLOWED_HOSTS = ["testserver", "helpdesk.example.org"]
    query = '{ page(path: "/en/news/launch/") { structuredData } }'
    host = {"HTTP_HOST": "helpdesk.example.org", "secure": True}
    data = gql.client.post(
        "/graphql/", json.dumps({"query": query}), content_type="application/json", **host
    ).json()["data"]["page"]["structuredData"]
    html = client.get("/en/news/launch/", **host).content.decode()
    assert data == [json.loads(text) for text in JSON_LD.findall(html)]
    assert data[0]["url"] == "https://helpdesk.example.org/en/news/launch/"
    assert data[1]["itemListElement"][0]["item"] == "https://helpdesk.example.org/en/"


def test_with_two_sites_urls_are_the_ones_the_html_has(gql, client, content, settings):
    # A second site at the events section: Wagtail then links the breadcrumbs on the sites'
    # root URLs, and a page on the site asked on the request's host.
    settings.ALLOWED_HOSTS = ["testserver", "localhost", "events.example.org"]
    Site.objects.create(hostname="events.example.org", port=443, root_page=content.events)
    expo = content.events.get_children().get(slug="expo")
    query = "query($id: ID!) { page(id: $id) { structuredData } }"
    for host in ("testserver", "events.example.org"):
        path = "/en/events/expo/" if host == "testserver" else "/en/expo/"
        body = gql.client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": {"id": str(expo.pk)}}),
            content_type="application/json",
            HTTP_HOST=host,
        ).json()
        html = client.get(path, HTTP_HOST=host).content.decode()
        data = body["data"]["page"]["structuredData"]
        assert data == [json.loads(text) for text in JSON_LD.findall(html)]
        assert data[1]["itemListElement"][-1]["item"] == "https://events.example.org/en/expo/"


def test_a_preview_describes_the_draft(gql, content, django_user_model):
    editor = django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")
    news = NewsPage.objects.get(slug="launch", locale=content.en)
    news.title = "Draft headline"
    query = "query($token: String!) { page(previewToken: $token) { structuredData } }"
    data = gql(query, {"token": issue_preview_token(news, editor)})["page"]["structuredData"]
    assert data[0]["headline"] == "Draft headline"
    assert data[1]["itemListElement"][-1] == {
        "@type": "ListItem",
        "position": 3,
        "name": "Draft headline",
        "item": "http://testserver/en/news/launch/",
    }
