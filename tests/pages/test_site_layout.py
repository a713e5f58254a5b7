# Japanese punctuation (full-width colons, commas, parentheses) is what some tests check.
# ruff: noqa: RUF001
"""The site's frame: menu, breadcrumbs, footer, error pages, the home page and calendar links."""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.test import RequestFactory
from django.utils import translation

from feeds.syndication import page_feeds
from pages.calendar_links import google_calendar_url, outlook_calendar_url
from pages.error_views import server_error
from pages.models import Office, PartnerPage, WebinarPage
from tests import factories
from tests.graphql_api.content import at, image
from tests.pages.helpers import publish_translation as translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual(site_tree):
    """The site with its home, news and webinars translated into Japanese."""
    site_tree.ja_home = translate(site_tree.home, site_tree.ja, title="日欧ヘルプデスク")
    site_tree.ja_news = translate(site_tree.news, site_tree.ja, title="ニュース")
    site_tree.ja_webinars = translate(site_tree.webinars, site_tree.ja, title="ウェビナー")
    return site_tree


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def texts(elements):
    return [element.get_text(" ", strip=True) for element in elements]


def facts(page):
    """A page's facts list, {term: description}, as it reads (no space added between tags)."""
    terms = [dt.get_text(strip=True) for dt in page.select("dt")]
    return dict(zip(terms, [dd.get_text(strip=True) for dd in page.select("dd")], strict=True))


def test_a_missing_page_is_a_404_inside_the_site_in_its_language(client, bilingual):
    response = client.get("/ja/no-such-page/")
    page = soup(response)
    assert (response.status_code, page.html["lang"], page.h1.get_text()) == (
        404,
        "ja",
        "ページが見つかりません",
    )
    main_nav = page.find("nav", attrs={"aria-label": "メインメニュー"})
    assert [(a["href"], a.get_text()) for a in main_nav.find_all("a")] == [
        ("/ja/news/", "ニュース"),
        ("/ja/webinars/", "ウェビナー"),
    ]
    language_nav = page.find("nav", attrs={"aria-label": "言語"})
    assert [a["href"] for a in language_nav.find_all("a")] == ["/en/", "/ja/"]
    assert [a["href"] for a in page.main.find_all("a")] == ["/ja/", "/ja/search/"]
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"

    english = client.get("/en/news/no-such-article/")
    assert (english.status_code, soup(english).h1.get_text()) == (404, "Page not found")


def test_a_server_error_page_reads_nothing_from_the_database(django_assert_num_queries):
    request = RequestFactory().get("/ja/webinars/")
    with translation.override("ja"), django_assert_num_queries(0):
        response = server_error(request)
    page = soup(response)
    assert (response.status_code, page.html["lang"], page.h1.get_text()) == (
        500,
        "ja",
        "サーバーエラー",
    )
    assert texts(page.find("nav", attrs={"aria-label": "言語"}).find_all("a")) == [
        "English",
        "日本語",
    ]


def test_breadcrumbs_lead_from_home_to_the_page(client, bilingual):
    factories.NewsPageFactory(parent=bilingual.news, title="Cluster visit", slug="visit")
    page = soup(client.get("/en/news/visit/"))
    crumbs = page.find("nav", attrs={"aria-label": "Breadcrumb"})
    assert [(li.a["href"] if li.a else None, li.get_text()) for li in crumbs.find_all("li")] == [
        ("/en/", "EJRC Helpdesk"),
        ("/en/news/", "News"),
        (None, "Cluster visit"),
    ]
    assert crumbs.find_all("li")[-1]["aria-current"] == "page"
    # The home page is where the trail starts: it has none.
    assert soup(client.get("/en/")).find("nav", attrs={"aria-label": "Breadcrumb"}) is None


def test_the_menu_opens_without_javascript_and_the_footer_links_the_feeds(client, bilingual):
    page = soup(client.get("/ja/"))
    toggle = page.find("a", class_="menu-toggle")
    assert (toggle["href"], page.find(id="site-menu").name) == ("#site-menu", "div")
    feeds = [
        (link["type"], link["href"])
        for link in page.find_all("link", attrs={"rel": "alternate", "type": True})
    ]
    # Every feed of a page kind, in the order declared, then the calendar.
    assert feeds == [
        *(("application/rss+xml", f"/feeds/ja/{name}.rss") for name in page_feeds()),
        ("text/calendar", "/feeds/ja/calendar.ics"),
    ]
    assert [href for _type, href in feeds[:4]] == [
        "/feeds/ja/news.rss",
        "/feeds/ja/webinars.rss",
        "/feeds/ja/calls.rss",
        "/feeds/ja/partnerships.rss",
    ]
    footer_links = [a["href"] for a in page.footer.select(".footer-links a")]
    assert footer_links == [href for _type, href in feeds]
    assert "欧州委員会" in page.footer.get_text()


def test_the_home_page_shows_past_webinars_and_events_when_nothing_is_upcoming(client, site_tree):
    now = datetime.datetime.now(datetime.UTC)

    def webinar(slug, days, recording=""):
        return factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title=slug.title(),
            slug=slug,
            start=now + datetime.timedelta(days=days),
            recording_url=recording,
        )

    webinar("oldest", -90, "https://video.example/1")
    webinar("unrecorded", -20)
    webinar("older", -60, "https://video.example/2")
    webinar("latest", -30, "https://video.example/3")
    webinar("newest", -10, "https://video.example/4")
    for slug, days in (("summit", -100), ("forum", -40)):
        factories.EventPageFactory(
            parent=site_tree.events,
            title=slug.title(),
            slug=slug,
            start=now + datetime.timedelta(days=days),
        )
    page = soup(client.get("/en/"))
    assert texts(page.select("#past-webinars ~ .cards h3")) == ["Newest", "Unrecorded", "Latest"]
    assert texts(page.select("#past-webinars ~ .cards .badge")) == [
        "Past",
        "Recording",
        "Past",
        "Past",
        "Recording",
    ]
    assert (page.find(id="events").get_text(), texts(page.select("#events ~ .cards h3"))) == (
        "Past events",
        ["Forum", "Summit"],
    )

    webinar("next", 5)
    factories.EventPageFactory(
        parent=site_tree.events, title="Expo", slug="expo", start=now + datetime.timedelta(days=9)
    )
    page = soup(client.get("/en/"))
    assert page.find(id="past-webinars") is None
    assert texts(page.select("#upcoming-webinars ~ .cards h3")) == ["Next"]
    assert (page.find(id="events").get_text(), texts(page.select("#events ~ .cards h3"))) == (
        "Upcoming events",
        ["Expo"],
    )


def test_an_upcoming_webinar_offers_to_add_it_to_a_calendar(client, site_tree):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Hydrogen valleys",
        slug="hydrogen",
        start=datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=3),
    )
    page = soup(client.get("/en/webinars/hydrogen/"))
    links = page.select(".calendar-links a")
    assert links[0]["href"] == f"/feeds/en/calendar/{webinar.pk}.ics"
    assert [a["href"].split("?")[0] for a in links][1:] == [
        "https://calendar.google.com/calendar/render",
        "https://outlook.office.com/calendar/deeplink/compose",
    ]
    webinar.start = datetime.datetime.now(datetime.UTC) - datetime.timedelta(days=3)
    webinar.save_revision().publish()
    assert soup(client.get("/en/webinars/hydrogen/")).select(".calendar-links") == []


def test_calendar_links_carry_the_event_in_utc():
    webinar = WebinarPage(
        title="Smart Forest & Bioeconomy",
        summary="Forests as growth.",
        start=at(2026, 3, 29, 0, 30),
        duration_minutes=60,
        venue="",
    )
    webinar.compute_end()
    url = "https://ejrc.example/en/webinars/forest/"
    assert google_calendar_url(webinar, url) == (
        "https://calendar.google.com/calendar/render?action=TEMPLATE"
        "&text=Smart+Forest+%26+Bioeconomy&dates=20260329T003000Z%2F20260329T013000Z"
        "&details=Forests+as+growth.%0A%0Ahttps%3A%2F%2Fejrc.example%2Fen%2Fwebinars%2Fforest%2F"
        "&location=https%3A%2F%2Fejrc.example%2Fen%2Fwebinars%2Fforest%2F"
    )
    assert outlook_calendar_url(webinar, url) == (
        "https://outlook.office.com/calendar/deeplink/compose?path=%2Fcalendar%2Faction%2Fcompose"
        "&rru=addevent&subject=Smart+Forest+%26+Bioeconomy"
        "&startdt=2026-03-29T00%3A30%3A00Z&enddt=2026-03-29T01%3A30%3A00Z"
        "&body=Forests+as+growth.%0A%0Ahttps%3A%2F%2Fejrc.example%2Fen%2Fwebinars%2Fforest%2F"
        "&location=https%3A%2F%2Fejrc.example%2Fen%2Fwebinars%2Fforest%2F"
    )


def test_japanese_pages_use_japanese_punctuation_and_word_order(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    ja_calls = translate(site_tree.calls, site_tree.ja, title="公募")
    translate(site_tree.webinars, site_tree.ja, title="ウェビナー")
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        slug="mobility",
        grant_currency="EUR",
        grant_period="week",
        opening_date=datetime.date(2026, 7, 1),
        deadline_date=datetime.date(2026, 8, 31),
    )
    translate(call, site_tree.ja, title="派遣プログラム")
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu Health")
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        slug="health",
        start=at(2026, 11, 19, 8, 0),
        duration_minutes=90,
        venue="Zoom",
    )
    webinar.eu_partner_links.create(partner=partner, sort_order=0)
    webinar.save_revision().publish()
    translate(webinar, site_tree.ja, title="ヘルスケア")

    assert facts(soup(client.get("/ja/calls/mobility/")))["助成金"] == "週700ユーロ"
    assert facts(soup(client.get("/en/calls/mobility/")))["Grant"] == "EUR 700 per week"
    card = soup(client.get(ja_calls.url)).select_one(".card .meta").get_text()
    # The deadline, 23:59 in Brussels on 31 August, is the next morning in Tokyo.
    assert card == "締切：2026年9月1日（火）6:59 JST / 2026年8月31日（月）23:59 CEST"

    japanese_webinar = soup(client.get("/ja/webinars/health/"))
    webinar_facts = facts(japanese_webinar)
    assert webinar_facts["開催形式"] == "オンライン、Zoom"
    assert webinar_facts["日時"] == "2026年11月19日（木）17:00 JST / 9:00 CET（90分）"
    # The English partner has no Japanese page: it is left out, not shown in English.
    assert japanese_webinar.find("h2", string="パートナー").find_next("ul").find_all("li") == []
    translate(partner, site_tree.ja, title="オウル・ヘルス")
    japanese_webinar = soup(client.get("/ja/webinars/health/"))
    partners = japanese_webinar.find("h2", string="パートナー").find_next("ul").find_all("li")
    assert [li.get_text() for li in partners] == ["欧州：オウル・ヘルス"]


def test_the_partner_directory_filters_by_country_and_region(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    ja_partners = translate(site_tree.partners, site_tree.ja, title="パートナー")
    for title, country, region, kind in (
        ("Vitagora", "FR", "FRF1", PartnerPage.Kind.EU_CLUSTER),
        ("North Karelia", "FI", "FI1D", PartnerPage.Kind.EU_REGION),
        ("Nagano Prefecture", "JP", "20", PartnerPage.Kind.JP_PREFECTURE),
    ):
        partner = factories.PartnerPageFactory(
            parent=site_tree.partners, title=title, country=country, region_id=region, kind=kind
        )
        translate(partner, site_tree.ja, title=f"{title} (ja)")

    def options(path, name, **query):
        page = soup(client.get(path, query))
        select = page.find("select", attrs={"name": name})
        return [(option["value"], option.get_text()) for option in select.find_all("option")]

    def titles(**query):
        return texts(soup(client.get("/en/partners/", query)).select(".card h3"))

    assert options("/en/partners/", "country") == [
        ("", "All countries"),
        ("FI", "Finland"),
        ("FR", "France"),
        ("JP", "Japan"),
    ]
    assert options("/en/partners/", "region") == [
        ("", "All regions"),
        ("FI1D", "Pohjois- ja Itä-Suomi"),
        ("FRF1", "Alsace"),
        ("20", "Nagano"),
    ]
    # Japanese readers see every region by its Japanese name.
    assert options(ja_partners.url, "region")[1:] == [
        ("FI1D", "北・東フィンランド"),
        ("FRF1", "アルザス"),
        ("20", "長野県"),
    ]
    japanese_labels = texts(soup(client.get(ja_partners.url)).select(".filters label"))
    assert [label[-1] for label in japanese_labels] == ["："] * 5
    assert (titles(country="FR"), titles(region="20"), titles(country="FI", region="FRF1")) == (
        ["Vitagora"],
        ["Nagano Prefecture"],
        [],
    )
    # A country no partner is in is not offered: it is reported and the list stays whole.
    page = soup(client.get("/en/partners/", {"country": "DE"}))
    assert texts(page.select(".filters .notice")) == [
        "Select a valid choice. DE is not one of the available choices."
    ]
    assert len(page.select(".card")) == 3


def test_information_pages_are_in_the_footer_and_about_in_the_menu(client, site_tree):
    def information(title, slug, **fields):
        return factories.InformationPageFactory(
            parent=site_tree.home, title=title, slug=slug, **fields
        )

    information("About the helpdesk", "about", show_in_menus=True, show_offices=True)
    information("Privacy", "privacy")
    draft = information("Accessibility statement", "accessibility")
    draft.unpublish()
    for name, city, locale in (
        ("EU office (Strasbourg)", "Strasbourg", site_tree.en),
        ("Japan office (Tokyo)", "Tokyo", site_tree.en),
        ("日本事務所（東京）", "東京", site_tree.ja),
    ):
        Office.objects.create(name=name, side="EU", city=city, country="FR", locale=locale)

    page = soup(client.get("/en/news/"))
    menu = page.find("nav", attrs={"aria-label": "Main"})
    assert texts(menu.find_all("a"))[-2:] == ["Partnerships", "About the helpdesk"]
    footer = page.footer.find("h2", string="About the helpdesk").find_next("ul")
    assert [(a["href"], a.get_text()) for a in footer.find_all("a")] == [
        ("/en/about/", "About the helpdesk"),
        ("/en/privacy/", "Privacy"),
    ]
    about = soup(client.get("/en/about/"))
    assert texts(about.select(".offices h3")) == ["EU office (Strasbourg)", "Japan office (Tokyo)"]
    assert soup(client.get("/en/privacy/")).select(".offices") == []


def test_an_office_card_gives_its_address_and_mailbox_in_the_readers_language(client, bilingual):
    about = factories.InformationPageFactory(
        parent=bilingual.home, title="Contact", slug="contact", show_offices=True
    )
    translate(about, bilingual.ja, title="お問い合わせ")
    for name, region, city, locale in (
        ("EU office (Strasbourg)", "Grand Est Region", "Strasbourg", bilingual.en),
        ("EU事務所（ストラスブール）", "グラン・テスト地域圏", "ストラスブール", bilingual.ja),
    ):
        Office.objects.create(
            name=name,
            side="EU",
            address=region,
            city=city,
            country="FR",
            email="ejrc@eu-japan.eu",
            locale=locale,
        )

    def card(path):
        office = soup(client.get(path)).select_one(".offices .card")
        return (str(office.address), [(a["href"], a.get_text()) for a in office.find_all("a")])

    mailbox = [("mailto:ejrc@eu-japan.eu", "ejrc@eu-japan.eu")]
    assert card("/en/contact/") == (
        "<address>Grand Est Region<br/>Strasbourg, France</address>",
        mailbox,
    )
    assert card("/ja/contact/") == (
        "<address>グラン・テスト地域圏<br/>ストラスブール、フランス</address>",
        mailbox,
    )


def test_card_images_offer_modern_formats_at_two_widths_without_layout_shift(client, site_tree):
    factories.NewsPageFactory(parent=site_tree.news, slug="visit", image=image())
    picture = soup(client.get("/en/news/")).select_one(".card picture")
    sources = [
        (source["type"], [entry.split()[1] for entry in source["srcset"].split(", ")])
        for source in picture.find_all("source")
    ]
    assert sources == [("image/avif", ["480w", "960w"]), ("image/webp", ["480w", "960w"])]
    img = picture.img
    assert (img["width"], img["height"], img["loading"], img["src"].split(".")[-1]) == (
        "480",
        "270",
        "lazy",
        "jpg",
    )
    # The article's own image is above the fold: not lazy, fetched first.
    lead = soup(client.get("/en/news/visit/")).select_one("article picture img")
    assert (lead.get("loading"), lead["fetchpriority"]) == (None, "high")


def test_a_partner_shows_its_activity_and_a_webinar_its_partners_other_webinars(client, site_tree):
    now = datetime.datetime.now(datetime.UTC)
    oulu = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu", slug="oulu")
    kobe = factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Kobe",
        slug="kobe",
        country="JP",
        kind=PartnerPage.Kind.JP_CLUSTER,
    )

    def webinar(title, days, *partners, live=True):
        page = factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title=title,
            slug=title.lower(),
            start=now + datetime.timedelta(days=days),
        )
        for order, partner in enumerate(partners):
            links = page.jp_partner_links if partner.country == "JP" else page.eu_partner_links
            links.create(partner=partner, sort_order=order)
        page.save_revision().publish()
        if not live:
            page.unpublish()
        return page

    health = webinar("Health", -30, oulu, kobe)
    webinar("Forests", -60, oulu)
    webinar("Draft", -10, oulu, live=False)
    webinar("Ports", -20, kobe)
    webinar("Alone", -5)
    partnership = factories.PartnershipPageFactory(
        parent=site_tree.partnerships, title="Oulu-Kobe", since=2019
    )
    partnership.eu_partner_links.create(partner=oulu, sort_order=0)
    partnership.save_revision().publish()
    article = factories.NewsPageFactory(parent=site_tree.news, title="Oulu visits Kobe")
    article.related_links.create(page=oulu, sort_order=0)
    article.save_revision().publish()

    partner_page = soup(client.get("/en/partners/oulu/"))
    assert [
        (section.h2.get_text(), texts(section.select(".card h3")))
        for section in partner_page.select("article section")
    ] == [
        ("Webinars", ["Health", "Forests"]),
        ("Partnerships", ["Oulu-Kobe"]),
        ("News", ["Oulu visits Kobe"]),
    ]
    assert texts(soup(client.get("/en/webinars/health/")).select("#other-webinars ~ ul h3")) == [
        "Ports",
        "Forests",
    ]
    # In Japanese, through the translations, though the links still point to the English pages.
    for page, title in ((site_tree.home, "ホーム"), (site_tree.partners, "パートナー")):
        translate(page, site_tree.ja, title=title)
    translate(site_tree.webinars, site_tree.ja, title="ウェビナー")
    translate(oulu, site_tree.ja, title="オウル")
    translate(health, site_tree.ja, title="ヘルス")
    japanese = soup(client.get("/ja/partners/oulu/"))
    assert [
        texts(section.select(".card h3")) for section in japanese.select("article section")
    ] == [["ヘルス"]]


def test_every_page_has_a_description_for_search_engines(client, site_tree):
    site_tree.home.intro = "<p>Regions &amp; clusters of <b>Europe</b> and Japan.</p>"
    site_tree.home.save_revision().publish()
    factories.NewsPageFactory(parent=site_tree.news, slug="visit", summary="Oulu meets Kobe.")

    def description(path):
        return soup(client.get(path)).find("meta", attrs={"name": "description"})["content"]

    assert [description(path) for path in ("/en/", "/en/news/visit/", "/en/nowhere/")] == [
        "Regions & clusters of Europe and Japan.",
        "Oulu meets Kobe.",
        "News, webinars, calls and partner profiles for cooperation between European and "
        "Japanese regions and clusters.",
    ]


def test_the_home_page_leads_with_what_a_visitor_can_do_now(client, bilingual):
    tree = bilingual
    moment = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(moment, tick=False):
        page = soup(client.get("/en/"))
        # Nothing ahead: no featured panel, and no empty section says so.
        assert (page.select(".featured"), page.select("main h2")) == ([], [])
        assert texts(page.select(".hero .next-steps a")) == [
            "Contact the helpdesk",
            "Subscribe to the calendar of webinars and events",
        ]

        factories.EventPageFactory(
            parent=tree.events, title="Expo", slug="expo", start=moment + datetime.timedelta(days=9)
        )
        factories.WebinarPageFactory(
            parent=tree.webinars,
            title="Hydrogen valleys",
            slug="hydrogen",
            start=moment + datetime.timedelta(days=5),
            registration_url="https://register.example/hydrogen",
        )
        featured = soup(client.get("/en/")).select_one(".featured")
        assert texts(featured.select("p, h2")) == [
            "Next webinar",
            "Hydrogen valleys",
            "6 March 2027, 10:00 CET / 18:00 JST",
            "Register",
        ]
        assert featured.select_one(".button")["href"] == "https://register.example/hydrogen"

        call = factories.CallPageFactory(
            parent=tree.calls,
            title="Mobility programme",
            slug="mobility",
            opening_date=datetime.date(2027, 2, 1),
            deadline_date=datetime.date(2027, 3, 13),
            accepts_applications=True,
        )
        page = soup(client.get("/en/"))
        featured = page.select_one(".featured")
        assert texts(featured.select(".featured-label, h2, .days-left, .button")) == [
            "Open call",
            "Mobility programme",
            "12 days left",
            "Apply online",
        ]
        assert featured.select_one(".button")["href"] == "/en/calls/mobility/apply/"
        # The featured call is not listed again below.
        assert page.find(id="open-calls") is None

        factories.CallPageFactory(
            parent=tree.calls,
            title="Matchmaking mission",
            opening_date=datetime.date(2027, 2, 1),
            deadline_date=datetime.date(2027, 4, 30),
        )
        page = soup(client.get("/en/"))
        assert texts(page.select(".featured h2")) == ["Mobility programme"]
        assert (
            page.find(id="open-calls").get_text(),
            texts(page.select("#open-calls ~ .cards h3")),
        ) == (
            "More open calls",
            ["Matchmaking mission"],
        )

        translate(tree.calls, tree.ja, title="公募")
        translate(call, tree.ja, title="短期派遣プログラム")
        featured = soup(client.get("/ja/")).select_one(".featured")
        # Read without spaces between the heading's phrases.
        assert [
            part.get_text(strip=True)
            for part in featured.select(".featured-label, h2, .days-left, .button")
        ] == [
            "募集中の公募",
            "短期派遣プログラム",
            "締切まであと12日",
            "オンラインで応募",
        ]


def test_the_ways_the_helpdesk_helps_lead_to_pages_in_the_readers_language(client, bilingual):
    tree = bilingual

    def step(heading, text, page):
        return ("step", {"heading": heading, "text": text, "page": page})

    tree.home.help_steps = [
        step("Learn from webinars", "Partners tell their story.", tree.webinars),
        step("Find a partner", "Profiles on both sides.", tree.partners),
    ]
    tree.home.save_revision().publish()
    tree.ja_home.help_steps = [
        step("ウェビナーに学ぶ", "パートナーが語ります。", tree.webinars),
        step("パートナーを探す", "双方のプロフィールです。", tree.partners),
    ]
    tree.ja_home.save_revision().publish()

    def steps(path):
        page = soup(client.get(path))
        assert page.find(id="how-we-help") is not None
        return [
            (card.h3.get_text(), card.p.get_text(), card.a["href"] if card.a else None)
            for card in page.select("#how-we-help ~ .cards .card")
        ]

    assert steps("/en/") == [
        ("Learn from webinars", "Partners tell their story.", "/en/webinars/"),
        ("Find a partner", "Profiles on both sides.", "/en/partners/"),
    ]
    # The partners' section has no Japanese page yet: the step is shown without a link.
    assert steps("/ja/") == [
        ("ウェビナーに学ぶ", "パートナーが語ります。", "/ja/webinars/"),
        ("パートナーを探す", "双方のプロフィールです。", None),
    ]
