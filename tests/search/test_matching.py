"""What visitors may find: visibility, languages, partners' names, spellings."""

from wagtail.models import PageViewRestriction

from pages.models import Region, WebinarEUPartner, WebinarJPPartner
from search.matching import search, searchable
from tests import factories
from tests.graphql_api.content import at, make_expired
from tests.pages.helpers import publish_translation
from tests.search.helpers import found


def test_drafts_restricted_and_expired_pages_are_never_found(site_tree, news):
    live = news("Hydrogen valleys")
    factories.NewsPageFactory(parent=site_tree.news, title="Hydrogen draft", live=False)
    restricted = news("Hydrogen restricted")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    expiring = news("Hydrogen expired")
    make_expired(expiring)
    # A draft revision of a live page is not what visitors read.
    live.title = "Hydrogen valleys, revised draft"
    live.save_revision()
    assert found("hydrogen", [site_tree.en], now=at(2026, 12, 2)) == [live.pk]
    assert found("revised", [site_tree.en], now=at(2026, 12, 2)) == []


def test_a_translation_is_found_while_published_in_its_language(site_tree, news):
    page = news("Kyushu Bio Cluster", summary="Bio companies of Kyushu.")
    publish_translation(site_tree.home, site_tree.ja, title="ヘルプデスク")
    publish_translation(site_tree.news, site_tree.ja, title="ニュース")
    draft = page.copy_for_translation(site_tree.ja, alias=False)
    draft.title = "九州バイオクラスター"
    draft.save_revision()
    assert found("バイオ", [site_tree.ja]) == []
    draft.save_revision().publish()
    assert found("バイオ", [site_tree.ja]) == [draft.pk]
    assert found("ﾊﾞｲｵｸﾗｽﾀ", [site_tree.ja]) == [draft.pk]
    assert found("バイオ", [site_tree.en]) == []
    draft.refresh_from_db()
    draft.unpublish()
    assert (found("バイオ", [site_tree.ja]), found("kyushu", [site_tree.en])) == ([], [page.pk])


def test_results_rank_titles_first_and_snippets_mark_the_matches(site_tree, news):
    in_summary = news("Regional cooperation", summary="Clusters of <Oulu> & Kobe.")
    in_title = news("Oulu clusters", summary="Health technology.")
    results = search("cluster", searchable([site_tree.en]), 20, 0)
    assert [hit.page_id for hit in results.hits] == [in_title.pk, in_summary.pk]
    assert [hit.snippet for hit in results.hits] == [
        "Health technology. Body text.",
        "<mark>Clusters</mark> of &lt;Oulu&gt; &amp; Kobe. Body text.",
    ]
    assert results.total == 2


def test_a_word_longer_than_a_term_is_still_found(site_tree, news):
    word = "pneumonoultramicroscopicsilicovolcanoconiosis" * 2
    page = news(f"A {word} study")
    assert found(word, [site_tree.en]) == [page.pk]


def test_a_webinar_is_found_by_the_names_of_its_visible_partners(site_tree):
    def partner(title, **fields):
        page = factories.PartnerPageFactory(parent=site_tree.partners, title=title, **fields)
        page.save_revision().publish()
        return page

    tokushima = partner(
        "Tokushima Bio Cluster", official_name="徳島バイオクラスター協会", acronym="TBCA"
    )
    oulu = partner("Oulu Health")
    secret = factories.PartnerPageFactory(
        parent=site_tree.partners, title="Secret Valley", live=False
    )
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Health innovation", summary="Two regions meet."
    )
    WebinarJPPartner.objects.create(page=webinar, partner=tokushima, sort_order=0)
    WebinarEUPartner.objects.create(page=webinar, partner=oulu, sort_order=0)
    WebinarEUPartner.objects.create(page=webinar, partner=secret, sort_order=1)
    webinar.save_revision().publish()
    en = [site_tree.en]
    # The partner's own title outranks a name the webinar is found by.
    assert found("tokushima", en) == [tokushima.pk, webinar.pk]
    assert found("TBCA", en) == [tokushima.pk, webinar.pk]
    assert found("ﾊﾞｲｵｸﾗｽﾀｰ協会", en) == [tokushima.pk, webinar.pk]
    # A query is matched against each name on its own, and against the page itself.
    assert (found("tokushima oulu", en), found("oulu", en)) == ([], [oulu.pk, webinar.pk])
    assert found("secret valley", en) == []
    PageViewRestriction.objects.create(
        page=oulu, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    tokushima.unpublish()
    assert (found("tokushima", en), found("oulu", en)) == ([], [])


def test_a_translated_webinar_is_found_by_its_partner_s_name_in_the_language(site_tree):
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu Health")
    partner.save_revision().publish()
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, title="Health innovation")
    WebinarEUPartner.objects.create(page=webinar, partner=partner, sort_order=0)
    webinar.save_revision().publish()
    # The translated webinar still links the English partner, as the copy made it.
    webinar_ja = publish_translation(webinar, site_tree.ja, title="ヘルスイノベーション")
    assert list(webinar_ja.eu_partner_links.values_list("partner_id", flat=True)) == [partner.pk]
    ja = [site_tree.ja]
    assert found("オウル", ja) == []
    partner_ja = publish_translation(partner, site_tree.ja, title="オウル・ヘルス")
    assert found("オウル", ja) == [partner_ja.pk, webinar_ja.pk]


def test_prefecture_and_municipality_suffixes_are_optional(site_tree, news):
    pages = {
        title: news(title)
        for title in (
            "大阪府の企業",
            "大阪の大学",
            "京都府の観光",
            "京都の寺",
            "東京都の企業",
            "東京の大学",
            "神戸市の病院",
            "神戸の港",
            "都市の計画",
            "見本市に出展",
            "見本を送る",
        )
    }

    def titles(query):
        by_id = {page.pk: title for title, page in pages.items()}
        return [by_id[page_id] for page_id in found(query, [site_tree.en])]

    # Equal scores (the word in the title): the older page first.
    assert titles("大阪府") == titles("大阪") == ["大阪府の企業", "大阪の大学"]
    # 東京都 does not say 京都.
    assert titles("京都府") == titles("京都") == ["京都府の観光", "京都の寺"]
    assert titles("東京都") == titles("東京") == ["東京都の企業", "東京の大学"]
    assert titles("神戸市") == titles("神戸") == ["神戸市の病院", "神戸の港"]
    assert titles("都市") == ["都市の計画"]
    assert titles("見本市") == ["見本市に出展"]


def test_katakana_variants_spellings_and_abbreviations_find_one_another(site_tree, news):
    pages = {
        summary: news(f"Page {number}", summary=summary)
        for number, summary in enumerate(
            [
                "ヴィタゴラとの協力。",
                "ビタゴラを訪問。",
                "ノルトライン・ヴェストファーレン州。",
                "ウェストファーレンの企業。",
                "ストラスブールで開催。",
                "ストラスブルグの事務所。",
                "再エネの導入。",
                "再生可能エネルギーの拡大。",
            ]
        )
    }
    ids = [page.pk for page in pages.values()]
    en = [site_tree.en]
    assert [found(query, en) for query in ("ビタゴラ", "ヴィタゴラ", "ﾋﾞﾀｺﾞﾗ")] == [ids[0:2]] * 3
    assert [found(query, en) for query in ("ウェストファーレン", "ヴェストファーレン")] == [
        ids[2:4]
    ] * 2
    assert [found(query, en) for query in ("ストラスブルグ", "ストラスブール")] == [ids[4:6]] * 2
    assert [found(query, en) for query in ("再エネ", "再生可能エネルギー")] == [ids[6:8]] * 2
    # The snippet marks the word as the page writes it.
    assert [hit.snippet for hit in search("再生可能エネルギー", searchable(en), 20, 0).hits] == [
        "<mark>再エネ</mark>の導入。 Body text.",
        "<mark>再生可能エネルギー</mark>の拡大。 Body text.",
    ]


def test_a_prefecture_s_reading_finds_the_pages_naming_it(site_tree, news):
    mie = news("三重県の食品産業")
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Suzuka Industry Promotion",
        kind="jp_city",
        country="JP",
        region=Region.objects.get(code="24"),
    )
    partner.save_revision().publish()
    tokyo = news("東京都の企業")
    hokkaido = news("北海道の酪農")
    en = [site_tree.en]
    # The title names the prefecture; the partner's page shows its region (Mie / 三重県).
    assert found("みえ", en) == [mie.pk, partner.pk]
    # Readings longer than a term are terms of their own.
    assert (found("とうきょう", en), found("ほっかいどう", en)) == ([tokyo.pk], [hokkaido.pk])
