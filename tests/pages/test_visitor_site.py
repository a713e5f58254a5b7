"""Rendered pages: language switcher, listings with filters and pagination, structured data."""

import datetime
import html
import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from pages.models import CallPage, PartnerPage, WebinarEUPartner, WebinarJPPartner, WebinarPage
from pages.registry import INDEX_KINDS
from pages.templatetags.helpdesk import monogram
from tests import factories
from tests.graphql_api.content import image
from tests.pages.helpers import publish_translation as translate


@pytest.fixture
def bilingual(site_tree):
    """A site with the home page and every index translated into Japanese."""
    tree = site_tree
    tree.ja_home = translate(tree.home, tree.ja, title="日欧ヘルプデスク")
    tree.ja_calls = translate(tree.calls, tree.ja, title="公募")
    tree.ja_webinars = translate(tree.webinars, tree.ja, title="ウェビナー")
    return tree


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1)) if match else None


def all_json_ld(html):
    return [
        json.loads(text)
        for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]


def language_nav(html):
    nav = re.search(r'<ul class="lang-list">(.*?)</ul>', html, re.S).group(1)
    return re.findall(r'<a href="([^"]+)"[^>]*lang="(\w+)"', nav)


@pytest.mark.django_db
class TestLanguageSwitcher:
    def test_links_to_the_translation_when_published(self, client, bilingual):
        call = factories.CallPageFactory(parent=bilingual.calls, title="Mobility", slug="mobility")
        translate(call, bilingual.ja, title="モビリティ")
        html = client.get("/en/calls/mobility/").content.decode()
        assert language_nav(html) == [
            ("/en/calls/mobility/", "en"),
            ("/ja/calls/mobility/", "ja"),
        ]
        assert (
            '<link rel="alternate" hreflang="ja" href="http://testserver/ja/calls/mobility/">'
            in html
        )
        assert '<html lang="en">' in html

    def test_leads_to_a_notice_when_the_page_is_not_translated(self, client, bilingual):
        call = factories.CallPageFactory(
            parent=bilingual.calls, title="Only English", slug="only-en"
        )
        html = client.get("/en/calls/only-en/").content.decode()
        assert language_nav(html) == [
            ("/en/calls/only-en/", "en"),
            (f"/ja/not-translated/{call.pk}/", "ja"),
        ]
        # No hreflang alternate for a page that is not translated.
        assert 'hreflang="ja" href="http://testserver/ja/' not in html

    def test_unpublished_translation_is_not_offered(self, client, bilingual):
        call = factories.CallPageFactory(parent=bilingual.calls, title="Draft JA", slug="draft-ja")
        ja = translate(call, bilingual.ja, title="下書き")
        ja.unpublish()
        html = client.get("/en/calls/draft-ja/").content.decode()
        assert language_nav(html) == [
            ("/en/calls/draft-ja/", "en"),
            (f"/ja/not-translated/{call.pk}/", "ja"),
        ]

    def test_the_switcher_keeps_filters_and_page_but_the_alternates_do_not(self, client, bilingual):
        html = client.get("/en/calls/", {"status": "open", "page": "2"}).content.decode()
        assert language_nav(html) == [
            ("/en/calls/?status=open&amp;page=2", "en"),
            ("/ja/calls/?status=open&amp;page=2", "ja"),
        ]
        assert '<link rel="alternate" hreflang="ja" href="http://testserver/ja/calls/">' in html

    def test_the_notice_gets_no_query(self, client, bilingual):
        call = factories.CallPageFactory(
            parent=bilingual.calls, title="Only English", slug="only-en"
        )
        html = client.get("/en/calls/only-en/", {"utm_source": "mail"}).content.decode()
        assert language_nav(html) == [
            ("/en/calls/only-en/?utm_source=mail", "en"),
            (f"/ja/not-translated/{call.pk}/", "ja"),
        ]

    def test_japanese_page_declares_its_language(self, client, bilingual):
        response = client.get("/ja/")
        assert response.status_code == 200
        assert '<html lang="ja">' in response.content.decode()


@pytest.mark.django_db
class TestListings:
    def test_call_status_filter_and_days_left(self, client, site_tree):
        today = timezone.localdate()
        factories.CallPageFactory(
            parent=site_tree.calls,
            title="Open call",
            opening_date=today - datetime.timedelta(days=3),
            deadline_date=today + datetime.timedelta(days=5),
        )
        factories.CallPageFactory(
            parent=site_tree.calls,
            title="Closed call",
            opening_date=today - datetime.timedelta(days=30),
            deadline_date=today - datetime.timedelta(days=2),
        )
        html = client.get("/en/calls/", {"status": "open"}).content.decode()
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", html) == ["Open call"]
        html = client.get("/en/calls/", {"status": "closed"}).content.decode()
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", html) == ["Closed call"]
        home = client.get("/en/").content.decode()
        assert "Open call" in home and "Closed call" not in home
        # Five days left counted in Brussels time, the call's zone.
        call = CallPage.objects.get(title="Open call")
        expected = call.days_left
        assert f'<p class="days-left">{expected} days left</p>' in home

    def test_invalid_filter_is_reported_and_not_applied(self, client, site_tree):
        factories.CallPageFactory(parent=site_tree.calls, title="Any call")
        response = client.get("/en/calls/", {"status": "everything"})
        html = response.content.decode()
        assert response.status_code == 200
        assert "Select a valid choice. everything is not one of the available choices." in html
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", html) == ["Any call"]

    def test_partner_side_filter(self, client, site_tree):
        factories.PartnerPageFactory(parent=site_tree.partners, title="Vitagora", country="FR")
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Nagano Prefecture",
            country="JP",
            kind=PartnerPage.Kind.JP_PREFECTURE,
        )
        html = client.get("/en/partners/", {"side": "JP"}).content.decode()
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", html) == ["Nagano Prefecture"]
        html = client.get("/en/partners/", {"side": "EU"}).content.decode()
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", html) == ["Vitagora"]

    def test_the_count_says_what_it_counts_in_both_languages(self, client, site_tree):
        for title in ("Vitagora", "OuluHealth"):
            partner = factories.PartnerPageFactory(parent=site_tree.partners, title=title)
            partner.save_revision().publish()
        translate(site_tree.home, site_tree.ja)
        translate(site_tree.partners, site_tree.ja)
        translate(partner, site_tree.ja)
        english = client.get("/en/partners/").content.decode()
        japanese = client.get("/ja/partners/").content.decode()
        assert re.findall(r'<h2 class="list-count">([^<]+)</h2>', english) == ["2 partners"]
        assert re.findall(r'<h2 class="list-count">([^<]+)</h2>', japanese) == ["1件のパートナー"]
        news = client.get("/en/news/").content.decode()
        assert re.findall(r'<h2 class="list-count">([^<]+)</h2>', news) == ["0 news articles"]

    def test_pagination_keeps_filters(self, client, site_tree):
        start = timezone.now() + datetime.timedelta(days=1)
        for n in range(14):
            factories.WebinarPageFactory(
                parent=site_tree.webinars,
                title=f"Webinar {n:02d}",
                start=start + datetime.timedelta(days=n),
            )
        first = client.get("/en/webinars/", {"status": "upcoming"}).content.decode()
        assert len(re.findall(r'<li class="card">', first)) == 12
        assert first.count('<span class="badge">Upcoming</span>') == 12
        assert "Page 1 of 2" in first
        assert 'href="?status=upcoming&amp;page=2" rel="next"' in first
        second = client.get("/en/webinars/", {"status": "upcoming", "page": "2"}).content.decode()
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", second) == ["Webinar 01", "Webinar 00"]
        # A page number past the end shows the last page instead of an error.
        assert client.get("/en/webinars/", {"page": "99"}).status_code == 200

    def test_private_and_draft_pages_are_not_listed(self, client, site_tree):
        factories.NewsPageFactory(parent=site_tree.news, title="Public news")
        draft = factories.NewsPageFactory(parent=site_tree.news, title="Draft news")
        draft.unpublish()
        html = client.get("/en/news/").content.decode()
        assert re.findall(r"<h3><a [^>]+>([^<]+)</a>", html) == ["Public news"]


@pytest.mark.django_db
class TestStructuredData:
    def test_webinar_is_an_online_event_in_both_time_zones(self, client, site_tree):
        factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title="Carbon Neutrality through Smart Forest Bioeconomy",
            slug="forest",
            start=datetime.datetime(2021, 12, 17, 8, 0, tzinfo=datetime.UTC),
            duration_minutes=120,
            registration_url="https://www.ejrc-helpdesk.eu/register",
        )
        html = client.get("/en/webinars/forest/").content.decode()
        assert "9:00 CET / 17:00 JST" in html
        assert json_ld(html) == {
            "@context": "https://schema.org",
            "url": "http://testserver/en/webinars/forest/",
            "inLanguage": "en",
            "@type": "Event",
            "name": "Carbon Neutrality through Smart Forest Bioeconomy",
            "description": "A good-practice webinar.",
            "startDate": "2021-12-17T08:00:00+00:00",
            "endDate": "2021-12-17T10:00:00+00:00",
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "eventStatus": "https://schema.org/EventScheduled",
            "location": {
                "@type": "VirtualLocation",
                "url": "https://www.ejrc-helpdesk.eu/register",
            },
            "organizer": {
                "@type": "Organization",
                "name": "EU-Japan Regional & Cluster Cooperation Helpdesk",
                "url": "https://www.ejrc-helpdesk.eu/",
            },
        }
        assert '<meta property="og:type" content="website">' in html

    def test_cancelled_webinar(self, client, site_tree):
        factories.WebinarPageFactory(
            parent=site_tree.webinars, slug="off", cancellation_notice="Postponed to spring."
        )
        html = client.get("/en/webinars/off/").content.decode()
        assert json_ld(html)["eventStatus"] == "https://schema.org/EventCancelled"
        assert '<p class="notice" role="alert"><strong>Postponed to spring.</strong></p>' in html

    def test_partner_is_an_organization(self, client, site_tree):
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Nagano Prefecture",
            slug="nagano",
            official_name="Nagano Prefectural Government",
            kind=PartnerPage.Kind.JP_PREFECTURE,
            country="JP",
            region_id="20",
        )
        data = json_ld(client.get("/en/partners/nagano/").content.decode())
        assert data["@type"] == "Organization"
        assert data["legalName"] == "Nagano Prefectural Government"
        assert data["address"] == {
            "@type": "PostalAddress",
            "addressCountry": "JP",
            "addressRegion": "Nagano",
        }

    def test_news_article(self, client, site_tree):
        factories.NewsPageFactory(parent=site_tree.news, title="Call launched", slug="launch")
        data = json_ld(client.get("/en/news/launch/").content.decode())
        assert (data["@type"], data["headline"], data["datePublished"]) == (
            "NewsArticle",
            "Call launched",
            "2022-07-01",
        )

    def test_pages_give_their_breadcrumbs_and_the_home_page_the_web_site(self, client, site_tree):
        article = factories.NewsPageFactory(
            parent=site_tree.news, title="Call launched", slug="launch"
        )
        article.save_revision().publish()
        article.refresh_from_db()
        scripts = all_json_ld(client.get("/en/news/launch/").content.decode())
        assert scripts[0]["dateModified"] == article.last_published_at.isoformat()
        assert scripts[1] == {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "EJRC Helpdesk", "item": "http://testserver/en/"},
                {"@type": "ListItem", "position": 2, "name": "News", "item": "http://testserver/en/news/"},
                {"@type": "ListItem", "position": 3, "name": "Call launched", "item": "http://testserver/en/news/launch/"},
            ],
        }  # fmt: skip
        home = all_json_ld(client.get("/en/").content.decode())
        assert [(data["@type"], data["name"], data["url"]) for data in home] == [
            ("WebSite", "EU-Japan Regional & Cluster Cooperation Helpdesk", "http://testserver/en/")
        ]
        assert home[0]["potentialAction"]["target"] == (
            "http://testserver/en/search/?q={search_term_string}"
        )
        assert home[0]["publisher"]["@type"] == "Organization"

    def test_json_ld_cannot_close_its_script_element(self, client, site_tree):
        factories.NewsPageFactory(
            parent=site_tree.news, slug="xss", title="</script><script>alert(1)</script>"
        )
        html = client.get("/en/news/xss/").content.decode()
        assert "</script><script>alert(1)" not in html
        assert json_ld(html)["headline"] == "</script><script>alert(1)</script>"


@pytest.mark.django_db
def test_programme_times_in_both_zones_follow_daylight_saving(client, site_tree):
    factories.WebinarPageFactory(
        parent=site_tree.webinars,
        slug="summer",
        start=datetime.datetime(2022, 6, 10, 7, 0, tzinfo=datetime.UTC),
        programme=[
            (
                "item",
                {
                    "start_time": datetime.time(9, 0),
                    "end_time": datetime.time(9, 30),
                    "title": "Opening",
                    "description": "",
                    "speakers": [],
                },
            )
        ],
    )
    html = client.get("/en/webinars/summer/").content.decode()
    assert "9:00 CEST / 16:00 JST \N{EN DASH} 9:30 CEST / 16:30 JST" in html
    assert "<dt>Status</dt><dd>Past</dd>" in html
    assert WebinarPage.objects.get(slug="summer").status == WebinarPage.Status.PAST


def test_a_listing_page_costs_the_same_queries_for_few_and_many_cards(client, site_tree):
    def render():
        client.get("/en/news/")  # warm the rendition and site caches, as in production
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/news/")
        assert response.status_code == 200
        return len(queries), response.content.decode().count('class="card"')

    for i in range(3):
        factories.NewsPageFactory(parent=site_tree.news, title=f"Few {i}", image=image())
    few = render()
    for i in range(9):
        factories.NewsPageFactory(parent=site_tree.news, title=f"More {i}", image=image())
    many = render()
    assert (few[1], many[1]) == (3, 12)
    assert few[0] == many[0]


@pytest.mark.django_db
def test_a_partner_without_contact_details_has_no_empty_contact_section(client, site_tree):
    factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Quiet cluster",
        slug="quiet-cluster",
        website="",
        eccp_profile_url="",
        contact_email="",
    )
    factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Open cluster",
        slug="open-cluster",
        website="https://cluster.example.org/",
        eccp_profile_url="",
        contact_email="",
    )
    quiet = client.get("/en/partners/quiet-cluster/").content.decode()
    open_ = client.get("/en/partners/open-cluster/").content.decode()
    assert ("<h2>Contact</h2>" in quiet, "<h2>Contact</h2>" in open_) == (False, True)
    assert '<li><a href="https://cluster.example.org/">Website</a></li>' in open_


@pytest.mark.parametrize("kind", INDEX_KINDS, ids=lambda kind: kind.name)
def test_every_index_names_what_it_counts(kind):
    """Each index says "2 partners" or "2 calls", never the generic "2 items"."""
    count = kind.model.listing_count
    with translation.override("en"):
        one, two = str(count % {"count": 1}), str(count % {"count": 2})
    assert (one.startswith("1 "), two.startswith("2 "), one != two) == (True, True, True)
    assert "item" not in two


def test_page_titles_name_the_site_once(client, site_tree):
    site_tree.home.title = "EU-Japan Regional & Cluster Cooperation Helpdesk"
    site_tree.home.save_revision().publish()
    news = factories.NewsPageFactory(parent=site_tree.news, title="Mission to Oulu")
    news.save_revision().publish()
    helpdesk = "EU-Japan Regional & Cluster Cooperation Helpdesk"
    titles = [
        html.unescape(re.search(r"<title>([^<]*)</title>", client.get(path).content.decode())[1])
        for path in ("/en/", news.url)
    ]
    assert titles == [helpdesk, f"Mission to Oulu | {helpdesk}"]


def pairings(html):
    return re.findall(r'<p class="pairing">([^<]*)</p>', html)


@pytest.mark.django_db
def test_webinar_cards_pair_the_partners_in_the_readers_language(client, bilingual):
    def partner(title, **fields):
        return factories.PartnerPageFactory(parent=bilingual.partners, title=title, **fields)

    karelia = partner("North Karelia")
    oulu = partner("Oulu")
    nagano = partner("Nagano", kind="jp_prefecture", country="JP")
    draft = partner("Draft cluster", kind="jp_cluster", country="JP", live=False)
    webinar = factories.WebinarPageFactory(parent=bilingual.webinars, title="Forests")
    for link_model, partners in (
        (WebinarEUPartner, [karelia, oulu]),
        (WebinarJPPartner, [nagano, draft]),
    ):
        for order, chosen in enumerate(partners):
            link_model.objects.create(page=webinar, partner=chosen, sort_order=order)
    assert pairings(client.get("/en/webinars/").content.decode()) == [
        "North Karelia, Oulu \N{MULTIPLICATION SIGN} Nagano"
    ]

    translate(webinar, bilingual.ja, title="森林")
    translate(bilingual.partners, bilingual.ja, title="パートナー")
    translate(karelia, bilingual.ja, title="北カレリア")
    translate(nagano, bilingual.ja, title="長野県")
    # Oulu has no Japanese page yet: a Japanese reader is not sent to the English one.
    assert pairings(client.get("/ja/webinars/").content.decode()) == [
        "北カレリア \N{MULTIPLICATION SIGN} 長野県"
    ]
    assert pairings(client.get("/ja/").content.decode()) == [
        "北カレリア \N{MULTIPLICATION SIGN} 長野県"
    ]


@pytest.mark.django_db
def test_the_webinar_listing_pairs_partners_in_the_same_queries_for_few_and_many(client, site_tree):
    eu = factories.PartnerPageFactory(parent=site_tree.partners, title="Alsace")
    jp = factories.PartnerPageFactory(
        parent=site_tree.partners, title="Mie", kind="jp_prefecture", country="JP"
    )

    def add(count):
        for _ in range(count):
            webinar = factories.WebinarPageFactory(parent=site_tree.webinars)
            WebinarEUPartner.objects.create(page=webinar, partner=eu, sort_order=0)
            WebinarJPPartner.objects.create(page=webinar, partner=jp, sort_order=0)

    def render():
        client.get("/en/webinars/")
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/en/webinars/").content.decode()
        return len(queries), len(pairings(html))

    add(2)
    few = render()
    add(10)
    many = render()
    assert (few[1], many[1]) == (2, 12)
    assert few[0] == many[0]


@pytest.mark.django_db
def test_a_partner_without_a_logo_shows_its_initials_in_its_sides_colours(client, site_tree):
    def partner(title, **fields):
        return factories.PartnerPageFactory(parent=site_tree.partners, title=title, **fields)

    partner("Regional Council of North Karelia", slug="karelia", acronym="")
    partner(
        "Tokushima Bio Cluster", slug="tokushima", kind="jp_cluster", country="JP", acronym="TBC"
    )
    partner("Oulu Health", slug="oulu", acronym="", logo=image())
    listing = client.get("/en/partners/").content.decode()
    assert re.findall(
        r'<span class="monogram monogram--(\w+)" aria-hidden="true">(\w+)</span>', listing
    ) == [
        ("eu", "RCN"),
        ("jp", "TBC"),
    ]
    detail = client.get("/en/partners/karelia/").content.decode()
    assert '<span class="monogram monogram--eu" aria-hidden="true">RCN</span>' in detail


@pytest.mark.django_db  # a page instance reads its content type
def test_a_japanese_name_stands_for_itself_by_its_first_character():
    assert monogram(PartnerPage(title="長野県", acronym="")) == "長"
