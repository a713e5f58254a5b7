"""Japanese pages written as Japanese readers expect: order, units, names and time zones."""

# Japanese typography uses full-width brackets; ruff would flag them.
# ruff: noqa: RUF001
import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from django.utils import translation

from pages.models import CallPage
from pages.models.calls import CURRENCY_NAMES
from pages.models.partners import sort_key
from pages.templatetags.helpdesk import phrases, speaker_line
from pages.timezones import dual_clock
from tests import factories
from tests.graphql_api.content import at
from tests.pages.helpers import publish_translation as translate

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "9:00 CET / 17:00 JST"), ("ja", "17:00 JST / 9:00 CET")],
)
def test_japan_time_leads_in_japanese(language, expected):
    assert dual_clock(datetime.datetime(2021, 12, 17, 8, 0, tzinfo=UTC), language) == expected


@pytest.mark.parametrize(
    ("period", "currency", "english", "japanese"),
    [
        ("week", "EUR", "EUR 700 per week", "週700ユーロ"),
        ("month", "EUR", "EUR 700 per month", "月700ユーロ"),
        ("total", "JPY", "JPY 700 in total", "総額700円"),
    ],
)
def test_a_grant_reads_naturally_in_each_language(period, currency, english, japanese):
    call = CallPage(grant_amount=Decimal("700.00"), grant_period=period, grant_currency=currency)
    with translation.override("en"):
        assert call.grant_text == english
    with translation.override("ja"):
        assert call.grant_text == japanese


def test_every_currency_and_period_has_its_words():
    assert set(CURRENCY_NAMES) == set(CallPage.Currency.values)
    for period in CallPage.GrantPeriod.values:
        call = CallPage(grant_amount=Decimal("1.50"), grant_period=period, grant_currency="EUR")
        with translation.override("ja"):
            assert "1.50ユーロ" in call.grant_text


@pytest.mark.parametrize(
    ("places", "per_organisation", "english", "japanese"),
    [
        (10, 1, "10 (at most 1 per organisation)", "10名（1団体につき最大1名）"),
        (10, None, "10", "10名"),
    ],
)
def test_places_are_counted_in_people_in_japanese(places, per_organisation, english, japanese):
    call = CallPage(places=places, max_per_organisation=per_organisation)
    with translation.override("en"):
        assert call.places_text == english
    with translation.override("ja"):
        assert call.places_text == japanese


@pytest.mark.parametrize(
    ("speaker", "english", "japanese"),
    [
        (
            {"name": "Anna Berg", "role": "Cluster manager", "organisation": "OuluHealth"},
            "Anna Berg, Cluster manager (OuluHealth)",
            "Anna Berg（OuluHealth Cluster manager）",
        ),
        # Named by role at the organisation: the organisation is not repeated.
        (
            {"name": "ヴィタゴラの担当者", "role": "", "organisation": "ヴィタゴラ"},
            "ヴィタゴラの担当者",
            "ヴィタゴラの担当者",
        ),
        (
            {"name": "山田花子", "role": "長野県産業政策課長", "organisation": "長野県"},
            "山田花子, 長野県産業政策課長",
            "山田花子（長野県産業政策課長）",
        ),
        ({"name": "Ken Sato", "role": "", "organisation": ""}, "Ken Sato", "Ken Sato"),
    ],
)
def test_a_speaker_is_written_once(speaker, english, japanese):
    with translation.override("en"):
        assert speaker_line(speaker) == english
    with translation.override("ja"):
        assert speaker_line(speaker) == japanese


@pytest.fixture
def japanese_webinar(site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    translate(site_tree.webinars, site_tree.ja, title="ウェビナー")
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        slug="forest",
        start=at(2026, 11, 19, 8, 0),
        duration_minutes=90,
        programme=[
            (
                "item",
                {
                    "start_time": datetime.time(9, 0),
                    "end_time": datetime.time(9, 30),
                    "title": "Welcome",
                    "description": "",
                    "speakers": [
                        {"name": "ヴィタゴラの担当者", "role": "", "organisation": "ヴィタゴラ"}
                    ],
                },
            )
        ],
    )
    webinar.save_revision().publish()
    return translate(webinar, site_tree.ja, title="森林")


def test_programme_slots_lead_with_japan_time_on_japanese_pages(client, japanese_webinar):
    page = BeautifulSoup(client.get("/ja/webinars/forest/").content.decode(), "html.parser")
    slot = page.select_one(".programme > li")
    assert slot.strong.get_text() == "17:00 JST / 9:00 CET – 17:30 JST / 9:30 CET"
    assert [li.get_text() for li in slot.select("ul li")] == ["ヴィタゴラの担当者"]
    english = BeautifulSoup(client.get("/en/webinars/forest/").content.decode(), "html.parser")
    assert english.select_one(".programme > li strong").get_text() == (
        "9:00 CET / 17:00 JST – 9:30 CET / 17:30 JST"
    )


def test_the_site_and_calendar_are_named_in_the_page_language(client, japanese_webinar):
    def site_names(language):
        page = client.get(f"/{language}/webinars/forest/").content.decode()
        og = BeautifulSoup(page, "html.parser").find("meta", property="og:site_name")
        calendar = Calendar.from_ical(client.get(f"/feeds/{language}/calendar.ics").content)
        return og["content"], str(calendar["x-wr-calname"])

    assert site_names("ja") == ("日EU地域・クラスター協力ヘルプデスク",) * 2
    assert site_names("en") == ("EU-Japan Regional & Cluster Cooperation Helpdesk",) * 2


def test_the_footer_names_dg_grow_by_its_current_name(client, japanese_webinar):
    footer = BeautifulSoup(client.get("/ja/webinars/forest/").content.decode(), "html.parser")
    assert "域内市場・産業・起業・中小企業総局（DG GROW）" in footer.footer.get_text()


@pytest.mark.parametrize(
    ("fields", "city_ja", "english", "japanese"),
    [
        (
            {"country": "DE", "region_id": "DE2", "city": "Nuremberg"},
            "ニュルンベルク",
            "Nuremberg, Bayern, Germany",
            "ドイツ・バイエルン州・ニュルンベルク",
        ),
        (
            {"country": "JP", "region_id": "07", "city": "", "kind": "jp_prefecture"},
            "",
            "Fukushima / 福島県, Japan",
            "日本・福島県",
        ),
    ],
    ids=["eu", "jp"],
)
def test_addresses_run_large_to_small_in_japanese(
    client, site_tree, fields, city_ja, english, japanese
):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    translate(site_tree.partners, site_tree.ja, title="パートナー")
    partner = factories.PartnerPageFactory(parent=site_tree.partners, slug="partner", **fields)
    translate(partner, site_tree.ja, title="パートナー", city=city_ja)

    def location(language):
        page = BeautifulSoup(client.get(f"/{language}/partners/partner/").content, "html.parser")
        term = page.find("dt", string={"en": "Location", "ja": "所在地"}[language])
        return term.find_next("dd").get_text()

    assert (location("en"), location("ja")) == (english, japanese)


def test_a_japanese_body_is_officially_named_in_japanese_on_both_pages(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    translate(site_tree.partners, site_tree.ja, title="パートナー")
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners,
        slug="fukushima",
        title="Fukushima Prefecture",
        official_name="福島県",
        country="JP",
        region_id="07",
        kind="jp_prefecture",
    )
    translate(partner, site_tree.ja, title="福島県")

    def official_name(language):
        page = BeautifulSoup(client.get(f"/{language}/partners/fukushima/").content, "html.parser")
        term = page.find("dt", string={"en": "Official name", "ja": "正式名称"}[language])
        return str(term.find_next("dd"))

    # Marked as Japanese where the page is not, so that screen readers pronounce it.
    assert (official_name("en"), official_name("ja")) == (
        '<dd><span lang="ja">福島県</span></dd>',
        "<dd>福島県</dd>",
    )


def test_the_demo_names_japanese_bodies_officially_in_japanese():
    from demo.kinds.partners import PARTNERS

    japanese = {
        data["title"]: data["official_name"] for data in PARTNERS if data["country"] == "JP"
    }
    assert japanese == {
        "CLAIR (Council of Local Authorities for International Relations)": "一般財団法人自治体国際化協会",
        "Kyushu Bio Cluster": "九州地域バイオクラスター推進協議会",
        "Fukushima Prefecture": "福島県",
        "Osaka Bio Headquarters": "大阪バイオ・ヘッドクオーター",
        "Kanagawa Prefecture": "神奈川県",
        "Saitama City": "さいたま市",
        "Nagano Prefecture": "長野県",
        "Foundation for Biomedical Research and Innovation at Kobe": "公益財団法人神戸医療産業都市推進機構",
        "Mie Prefecture": "三重県",
        "Higashimatsushima City": "東松島市",
    }


JAPANESE_PARTNERS = [
    # (English title, Japanese title, reading), in no particular order.
    ("Lolland Municipality", "ロラン市", ""),
    ("Vitagora", "ヴィタゴラ", ""),
    ("CLAIR", "一般財団法人自治体国際化協会（クレア）", "じちたいこくさいかきょうかい"),
    ("Nagano Prefecture", "長野県", "ながのけん"),
    ("OuluHealth", "オウルヘルス", ""),
    ("BioXclusters alliance", "BioXclustersアライアンス", ""),
    ("Kanagawa Prefecture", "神奈川県", "かながわけん"),
]


def test_japanese_partner_lists_follow_kana_order(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    ja_index = translate(site_tree.partners, site_tree.ja, title="パートナー")
    for english, japanese, reading in JAPANESE_PARTNERS:
        partner = factories.PartnerPageFactory(
            parent=site_tree.partners, title=english, name_reading=reading
        )
        translate(partner, site_tree.ja, title=japanese)
    expected = [
        "BioXclustersアライアンス",
        "ヴィタゴラ",  # ヴ sorts with ウ
        "オウルヘルス",
        "神奈川県",
        "一般財団法人自治体国際化協会（クレア）",  # by its reading, じちたい…
        "長野県",
        "ロラン市",
    ]
    listing = BeautifulSoup(client.get(ja_index.url).content.decode(), "html.parser")
    assert [h3.get_text() for h3 in listing.select(".card h3")] == expected
    query = "{ partners(locale: JA) { items { title } } }"
    api = client.get("/graphql/", {"query": query}).json()["data"]["partners"]["items"]
    assert [item["title"] for item in api] == expected
    english = client.get("/graphql/", {"query": "{ partners { items { title } } }"}).json()
    assert [item["title"] for item in english["data"]["partners"]["items"]] == [
        "BioXclusters alliance",
        "CLAIR",
        "Kanagawa Prefecture",
        "Lolland Municipality",
        "Nagano Prefecture",
        "OuluHealth",
        "Vitagora",
    ]


@pytest.mark.parametrize(
    ("title", "reading", "language", "expected"),
    [
        ("ヴィタゴラ", "", "ja", "うぃたこら ゔぃたごら"),
        ("長野県", "ながのけん", "ja", "なかのけん ながのけん"),
        ("ｵｳﾙ", "", "ja", "おうる おうる"),
        ("OuluHealth", "", "en", "ouluhealth"),
    ],
)
def test_a_sort_key_is_the_reading_in_plain_kana_then_as_spelt(title, reading, language, expected):
    assert sort_key(title, reading, language) == expected


def test_regions_are_offered_in_the_readers_names_and_prefectures_in_jis_order(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    ja_index = translate(site_tree.partners, site_tree.ja, title="パートナー")
    regions_and_kinds = [
        ("20", "JP", "jp_prefecture"),
        ("DK02", "DK", "eu_region"),
        ("07", "JP", "jp_prefecture"),
        ("24", "JP", "jp_prefecture"),
        ("DE2", "DE", "eu_cluster"),
    ]
    for code, country, kind in regions_and_kinds:
        partner = factories.PartnerPageFactory(
            parent=site_tree.partners, title=code, country=country, region_id=code, kind=kind
        )
        translate(partner, site_tree.ja, title=code)

    def regions(url):
        page = BeautifulSoup(client.get(url).content.decode(), "html.parser")
        select = page.find("select", attrs={"name": "region"})
        return [option.get_text() for option in select.find_all("option")][1:]

    assert regions("/en/partners/") == ["Bayern", "Sjælland", "Fukushima", "Nagano", "Mie"]
    assert regions(ja_index.url) == ["バイエルン州", "シェラン地域", "福島県", "長野県", "三重県"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "森林バイオエコノミーを通じたカーボンニュートラルの実現",
            "森林<wbr>バイオエコノミーを<wbr>通じた<wbr>カーボンニュートラルの<wbr>実現",
        ),
        # A long compound noun breaks between its words, where katakana and kanji meet.
        (
            "日EU地域・クラスター協力ヘルプデスク",
            "日<wbr>EU地域・<wbr>クラスター<wbr>協力<wbr>ヘルプデスク",
        ),
        # A short one stays whole, and a long vowel mark (ー) or a dot starts no word.
        ("ガス田開発", "ガス田開発"),
        # Escaped like any title, and English left alone.
        ("研究開発<script>", "研究開発&lt;script&gt;"),
        ("Forest bioeconomy", "Forest bioeconomy"),
    ],
)
def test_japanese_headings_may_break_only_between_phrases(text, expected):
    assert str(phrases(text)) == expected


def test_a_japanese_page_heading_marks_its_phrases(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    ja_news = translate(site_tree.news, site_tree.ja, title="ニュース")
    article = factories.NewsPageFactory(parent=site_tree.news, slug="forest")
    translate(article, site_tree.ja, title="森林バイオエコノミーを通じた実現")
    html = client.get(f"{ja_news.url}forest/").content.decode()
    assert "<h1>森林<wbr>バイオエコノミーを<wbr>通じた<wbr>実現</h1>" in html
