"""Feeds, calendar, sitemap and robots.txt: valid formats, only public pages."""

import datetime
import re
import xml.etree.ElementTree as ET

import feedparser
import icalendar
import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from feeds.syndication import page_feeds
from pages.registry import PAGE_KINDS
from tests import factories
from tests.kinds import make_page
from tests.pages.helpers import publish_translation

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


@pytest.fixture
def news(site_tree):
    """Two public articles in different sectors, a draft and a private one."""
    agri = factories.SectorFactory(name="Agri-food", slug="agri-food")
    digital = factories.SectorFactory(name="Digital", slug="digital")
    first = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Mobility call launched",
        slug="call",
        date=datetime.date(2022, 7, 1),
    )
    first.sectors.set([agri])
    first.save_revision().publish()
    second = factories.NewsPageFactory(
        parent=site_tree.news, title="Save the date", slug="save", date=datetime.date(2022, 9, 1)
    )
    second.sectors.set([digital])
    second.save_revision().publish()
    draft = factories.NewsPageFactory(parent=site_tree.news, title="Draft", slug="draft")
    draft.unpublish()
    private = factories.NewsPageFactory(parent=site_tree.news, title="Private", slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return site_tree


@pytest.mark.parametrize("name", page_feeds())
def test_each_feed_lists_the_public_pages_of_its_kind_in_its_language(client, site_tree, name):
    feed = page_feeds()[name]
    kind = next(kind for kind in PAGE_KINDS if kind.model is feed.model)
    first = make_page(kind, site_tree, title="First public page")
    make_page(kind, site_tree, title="Second public page")
    make_page(kind, site_tree, title="A draft", live=False)
    private = make_page(kind, site_tree, title="A private page")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    publish_translation(first, site_tree.ja, title="最初の公開ページ")

    def titles(path):
        parsed = feedparser.parse(client.get(path).content)
        assert parsed.bozo == 0, path
        return sorted(entry.title for entry in parsed.entries)

    assert titles(f"/feeds/en/{name}.rss") == ["First public page", "Second public page"]
    assert titles(f"/feeds/en/{name}.atom") == ["First public page", "Second public page"]
    assert titles(f"/feeds/ja/{name}.rss") == ["最初の公開ページ"]


@pytest.mark.django_db
class TestNewsFeeds:
    def test_rss_lists_public_news_newest_first(self, client, news):
        response = client.get("/feeds/en/news.rss")
        parsed = feedparser.parse(response.content)
        assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
        assert parsed.bozo == 0
        assert parsed.version == "rss20"
        assert parsed.feed.language == "en"
        assert [e.title for e in parsed.entries] == ["Save the date", "Mobility call launched"]
        assert [e.link for e in parsed.entries] == [
            "http://testserver/en/news/save/",
            "http://testserver/en/news/call/",
        ]
        assert parsed.entries[0].summary == "Something happened."

    def test_atom_is_valid(self, client, news):
        parsed = feedparser.parse(client.get("/feeds/en/news.atom").content)
        assert parsed.bozo == 0
        assert parsed.version == "atom10"
        assert [e.title for e in parsed.entries] == ["Save the date", "Mobility call launched"]

    def test_items_are_dated_by_the_article_and_each_feed_has_its_own_id(self, client, news):
        parsed = feedparser.parse(client.get("/feeds/en/news.atom").content)
        assert [entry.published for entry in parsed.entries] == [
            "2022-09-01T00:00:00+00:00",
            "2022-07-01T00:00:00+00:00",
        ]
        rss = feedparser.parse(client.get("/feeds/en/news.rss").content)
        assert rss.entries[0].published == "Thu, 01 Sep 2022 00:00:00 +0000"
        ids = [
            feedparser.parse(client.get(path).content).feed.id
            for path in (
                "/feeds/en/news.atom",
                "/feeds/en/news.atom?sector=digital",
                "/feeds/en/webinars.atom",
                "/feeds/en/calls.atom",
                "/feeds/en/partnerships.atom",
                "/feeds/ja/news.atom",
            )
        ]
        assert ids == [
            "urn:ejrc:feed:en:newspage",
            "urn:ejrc:feed:en:newspage:digital",
            "urn:ejrc:feed:en:webinarpage",
            "urn:ejrc:feed:en:callpage",
            "urn:ejrc:feed:en:partnershippage",
            "urn:ejrc:feed:ja:newspage",
        ]

    def test_sector_filter(self, client, news):
        parsed = feedparser.parse(client.get("/feeds/en/news.rss?sector=agri-food").content)
        assert [e.title for e in parsed.entries] == ["Mobility call launched"]

    def test_unknown_sector_and_language_are_404(self, client, news):
        assert client.get("/feeds/en/news.rss?sector=nope").status_code == 404
        assert client.get("/feeds/fr/news.rss").status_code == 404
        # PostgreSQL refuses a NUL byte in a query: it never gets there.
        assert client.get("/feeds/en/news.rss?sector=agri%00food").status_code == 404

    def test_japanese_feed_has_only_japanese_pages(self, client, news):
        parsed = feedparser.parse(client.get("/feeds/ja/news.rss").content)
        assert parsed.feed.language == "ja"
        assert parsed.entries == []


@pytest.mark.django_db
def test_webinar_and_call_feeds(client, site_tree):
    factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Smart Forest Bioeconomy",
        start=datetime.datetime(2021, 12, 17, 8, 0, tzinfo=datetime.UTC),
    )
    factories.CallPageFactory(parent=site_tree.calls, title="Mobility programme")
    webinars = feedparser.parse(client.get("/feeds/en/webinars.rss").content)
    assert webinars.bozo == 0
    assert (
        webinars.entries[0].summary == "2021-12-17 9:00 CET / 17:00 JST. A good-practice webinar."
    )
    calls = feedparser.parse(client.get("/feeds/en/calls.atom").content)
    assert [e.title for e in calls.entries] == ["Mobility programme"]


@pytest.mark.django_db
def test_calendar_has_webinars_and_events_in_utc(client, site_tree):
    factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Smart Forest Bioeconomy",
        slug="forest",
        start=datetime.datetime(2021, 12, 17, 8, 0, tzinfo=datetime.UTC),
        duration_minutes=120,
        venue="Zoom",
    )
    factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Cancelled", slug="off", cancellation_notice="Cancelled."
    )
    factories.EventPageFactory(
        parent=site_tree.events,
        title="Annual Conference & Matchmaking",
        slug="conference",
        start=datetime.datetime(2022, 12, 13, 8, 0, tzinfo=datetime.UTC),
        end=datetime.datetime(2022, 12, 14, 11, 0, tzinfo=datetime.UTC),
    )
    draft = factories.EventPageFactory(parent=site_tree.events, title="Draft event", slug="draft")
    draft.unpublish()
    response = client.get("/feeds/en/calendar.ics")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    cal = icalendar.Calendar.from_ical(response.content)
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert sorted(events) == [
        "Annual Conference & Matchmaking",
        "Cancelled",
        "Smart Forest Bioeconomy",
    ]
    forest = events["Smart Forest Bioeconomy"]
    assert forest.decoded("dtstart") == datetime.datetime(2021, 12, 17, 8, 0, tzinfo=datetime.UTC)
    assert forest.decoded("dtend") == datetime.datetime(2021, 12, 17, 10, 0, tzinfo=datetime.UTC)
    assert str(forest["url"]) == "http://testserver/en/webinars/forest/"
    assert str(forest["location"]) == "Zoom"
    assert str(forest["status"]) == "CONFIRMED"
    assert str(events["Cancelled"]["status"]) == "CANCELLED"
    conference = events["Annual Conference & Matchmaking"]
    # 9:00 in Brussels on 13 December is 08:00 UTC: the calendar client shows local time.
    assert (
        conference.decoded("dtstart")
        .astimezone(datetime.timezone(datetime.timedelta(hours=9)))
        .hour
        == 17
    )


@pytest.mark.django_db
def test_one_event_s_calendar_file_holds_that_event_only(client, site_tree):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Smart Forest Bioeconomy",
        slug="forest",
        summary="Forests as a source of growth.",
        start=datetime.datetime(2026, 10, 25, 0, 30, tzinfo=datetime.UTC),
        duration_minutes=90,
        venue="Zoom",
    )
    factories.WebinarPageFactory(parent=site_tree.webinars, slug="other")
    response = client.get(f"/feeds/en/calendar/{webinar.pk}.ics")
    assert (response["Content-Type"], response["Content-Disposition"]) == (
        "text/calendar; charset=utf-8",
        'attachment; filename="forest.ics"',
    )
    cal = icalendar.Calendar.from_ical(response.content)
    [event] = cal.walk("VEVENT")
    assert (str(cal["method"]), str(event["summary"]), str(event["description"])) == (
        "PUBLISH",
        "Smart Forest Bioeconomy",
        "Forests as a source of growth.",
    )
    # The night the clocks go back in Brussels: the times stay in UTC.
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (
        datetime.datetime(2026, 10, 25, 0, 30, tzinfo=datetime.UTC),
        datetime.datetime(2026, 10, 25, 2, 0, tzinfo=datetime.UTC),
    )
    assert (str(event["uid"]), str(event["url"]), str(event["location"])) == (
        f"{webinar.translation_key}-en@ejrc-helpdesk",
        "http://testserver/en/webinars/forest/",
        "Zoom",
    )


@pytest.mark.django_db
def test_a_calendar_file_only_for_a_public_webinar_or_event_of_the_language(client, site_tree):
    draft = factories.EventPageFactory(parent=site_tree.events, slug="draft")
    draft.unpublish()
    restricted = factories.EventPageFactory(parent=site_tree.events, slug="restricted")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    news = factories.NewsPageFactory(parent=site_tree.news, slug="news")
    event = factories.EventPageFactory(parent=site_tree.events, slug="public")
    statuses = [
        client.get(path).status_code
        for path in (
            f"/feeds/en/calendar/{draft.pk}.ics",
            f"/feeds/en/calendar/{restricted.pk}.ics",
            f"/feeds/en/calendar/{news.pk}.ics",
            f"/feeds/ja/calendar/{event.pk}.ics",
            f"/feeds/xx/calendar/{event.pk}.ics",
            "/feeds/en/calendar/99999999999999999999.ics",
            f"/feeds/en/calendar/{event.pk}.ics",
        )
    ]
    assert statuses == [404, 404, 404, 404, 404, 404, 200]


@pytest.mark.django_db
def test_sitemap_lists_public_pages_with_hreflang_alternates(client, site_tree):
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility", slug="mobility")
    for page in (site_tree.home, site_tree.calls, call):
        page.copy_for_translation(site_tree.ja, alias=False).save_revision().publish()
    draft = factories.NewsPageFactory(parent=site_tree.news, slug="draft")
    draft.unpublish()
    expired = factories.NewsPageFactory(parent=site_tree.news, slug="expired")
    expired.expire_at = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()

    response = client.get("/sitemap-1.xml")
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    locations = [url.find("s:loc", SITEMAP_NS).text for url in root.findall("s:url", SITEMAP_NS)]
    assert "http://testserver/en/news/draft/" not in locations
    assert "http://testserver/en/news/expired/" not in locations
    assert "http://testserver/ja/calls/mobility/" in locations
    mobility = next(
        url
        for url in root.findall("s:url", SITEMAP_NS)
        if url.find("s:loc", SITEMAP_NS).text == "http://testserver/en/calls/mobility/"
    )
    alternates = [
        (link.get("hreflang"), link.get("href")) for link in mobility.findall("x:link", SITEMAP_NS)
    ]
    assert alternates == [
        ("en", "http://testserver/en/calls/mobility/"),
        ("ja", "http://testserver/ja/calls/mobility/"),
    ]


@pytest.mark.django_db
def test_sitemap_costs_the_same_queries_for_more_pages(client, site_tree):
    for n in range(3):
        factories.NewsPageFactory(parent=site_tree.news, slug=f"a{n}")
    # Wagtail caches the site root paths after the first request: compare warm requests.
    client.get("/sitemap-1.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap-1.xml")
    for n in range(30):
        factories.NewsPageFactory(parent=site_tree.news, slug=f"b{n}")
    client.get("/sitemap-1.xml")
    with CaptureQueriesContext(connection) as many:
        response = client.get("/sitemap-1.xml")
    # The home page, six section indexes and 33 articles.
    assert response.content.count(b"<url>") == 40
    assert len(many.captured_queries) == len(few.captured_queries)


def sitemap_index(client):
    """The page URLs the sitemap index lists."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return [node.text for node in root.findall("s:sitemap/s:loc", SITEMAP_NS)]


def sitemap_locations(client, url):
    root = ET.fromstring(client.get(url.removeprefix("http://testserver")).content)
    return [url.find("s:loc", SITEMAP_NS).text for url in root.findall("s:url", SITEMAP_NS)]


@pytest.mark.django_db
def test_the_sitemap_is_an_index_of_pages_of_at_most_the_page_size(client, site_tree, settings):
    settings.SITEMAP_PAGE_SIZE = 3
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility", slug="mobility")
    for page in (site_tree.home, site_tree.calls, call):
        page.copy_for_translation(site_tree.ja, alias=False).save_revision().publish()
    # Home, six indexes and the call in English, three of them in Japanese: 11 pages, 4 pages.
    assert sitemap_index(client) == [f"http://testserver/sitemap-{n}.xml" for n in range(1, 5)]
    pages = [sitemap_locations(client, url) for url in sitemap_index(client)]
    assert [len(page) for page in pages] == [3, 3, 3, 2]
    everything = [location for page in pages for location in page]
    assert len(set(everything)) == 11
    assert "http://testserver/ja/calls/mobility/" in everything
    # Alternates point across pages: the English call and its Japanese translation.
    english_page = next(
        url
        for url, page in zip(sitemap_index(client), pages, strict=True)
        if "http://testserver/en/calls/mobility/" in page
    )
    root = ET.fromstring(client.get(english_page.removeprefix("http://testserver")).content)
    mobility = next(
        node
        for node in root.findall("s:url", SITEMAP_NS)
        if node.find("s:loc", SITEMAP_NS).text == "http://testserver/en/calls/mobility/"
    )
    assert [link.get("href") for link in mobility.findall("x:link", SITEMAP_NS)] == [
        "http://testserver/en/calls/mobility/",
        "http://testserver/ja/calls/mobility/",
    ]
    assert client.get("/sitemap-5.xml").status_code == 404
    assert client.get("/sitemap-0.xml").status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["99999999999999999999", "2147483648"])
def test_a_sitemap_number_past_any_page_id_is_the_site_s_404_page(client, site_tree, number):
    response = client.get(f"/sitemap-{number}.xml")
    title = re.search(r"<title>([^|<]*)", response.content.decode()).group(1).strip()
    assert (response.status_code, response["Content-Type"], title) == (
        404,
        "text/html; charset=utf-8",
        "Page not found",
    )


def sitemap_alternates(client):
    """Every URL of every sitemap page with the hreflang alternates it lists."""
    found = {}
    for page in sitemap_index(client):
        root = ET.fromstring(client.get(page.removeprefix("http://testserver")).content)
        for node in root.findall("s:url", SITEMAP_NS):
            links = node.findall("x:link", SITEMAP_NS)
            found[node.find("s:loc", SITEMAP_NS).text] = [link.get("href") for link in links]
    return found


@pytest.mark.django_db
def test_every_page_size_lists_each_url_with_all_its_translations(client, site_tree, settings):
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility", slug="mobility")
    for page in (site_tree.home, site_tree.calls, call):
        page.copy_for_translation(site_tree.ja, alias=False).save_revision().publish()
    families = {
        "http://testserver/en/": ["http://testserver/en/", "http://testserver/ja/"],
        "http://testserver/en/calls/": [
            "http://testserver/en/calls/",
            "http://testserver/ja/calls/",
        ],
        "http://testserver/en/calls/mobility/": [
            "http://testserver/en/calls/mobility/",
            "http://testserver/ja/calls/mobility/",
        ],
    }
    # Sections with no translation list no alternates.
    single = ("news", "webinars", "events", "partners", "partnerships")
    expected = {f"http://testserver/en/{section}/": [] for section in single}
    for members in families.values():
        expected.update(dict.fromkeys(members, members))
    # Families cut by a page's edge find their other members on the neighbouring page.
    for size in range(1, 12):
        settings.SITEMAP_PAGE_SIZE = size
        assert sitemap_alternates(client) == expected, size


@pytest.mark.django_db
def test_a_fresh_install_has_one_sitemap_page_with_its_welcome_page(client, locales):
    assert sitemap_index(client) == ["http://testserver/sitemap-1.xml"]
    assert sitemap_locations(client, "http://testserver/sitemap-1.xml") == ["http://testserver/en/"]


def test_robots_txt(client):
    response = client.get("/robots.txt")
    assert response.content.decode() == (
        "User-agent: *\nDisallow: /admin/\nDisallow: /django-admin/\nDisallow: /graphql/\n"
        "Sitemap: http://testserver/sitemap.xml\n"
    )


@pytest.mark.parametrize(
    ("path", "marker"),
    [
        ("/feeds/en/news.rss", b"<item>"),
        ("/feeds/en/webinars.atom", b"<entry>"),
        ("/feeds/en/calendar.ics", b"BEGIN:VEVENT"),
    ],
)
def test_feeds_cost_the_same_queries_for_5_and_50_items(client, site_tree, path, marker):
    def add(count, prefix):
        for n in range(count):
            factories.NewsPageFactory(parent=site_tree.news, slug=f"{prefix}n{n}")
            factories.WebinarPageFactory(parent=site_tree.webinars, slug=f"{prefix}w{n}")

    def measure():
        client.get(path)  # Wagtail caches the site root paths after the first request.
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        return len(captured.captured_queries), response.content.count(marker)

    add(5, "a")
    few, few_items = measure()
    add(45, "b")
    many, many_items = measure()
    assert (few_items, many_items) == (5, 50)
    assert many == few


def test_sitemap_pages_are_rendered_once_per_content_generation(
    client, site_tree, settings, django_capture_on_commit_callbacks, django_assert_num_queries
):
    settings.SITEMAP_CACHE_SECONDS = 3600
    # Long enough for the copy of the generation to outlive a slow machine between requests.
    settings.CONTENT_GENERATION_COPY_SECONDS = 60
    with django_capture_on_commit_callbacks(execute=True):
        first = factories.NewsPageFactory(parent=site_tree.news, title="First", slug="first")
    page = "http://testserver/sitemap-1.xml"
    assert "http://testserver/en/news/first/" in sitemap_locations(client, page)
    # Read back: no query, the same bytes.
    rendered = client.get("/sitemap-1.xml").content
    with django_assert_num_queries(0):
        assert client.get("/sitemap-1.xml").content == rendered
    with django_capture_on_commit_callbacks(execute=True):
        factories.NewsPageFactory(parent=site_tree.news, title="Second", slug="second")
    assert "http://testserver/en/news/second/" in sitemap_locations(client, page)
    with django_capture_on_commit_callbacks(execute=True):
        first.unpublish()
    assert "http://testserver/en/news/first/" not in sitemap_locations(client, page)
    # Another host is another sitemap: its URLs are absolute.
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
    other = client.get("/sitemap-1.xml", HTTP_HOST="127.0.0.1").content.decode()
    assert "http://127.0.0.1/en/news/second/" in other
