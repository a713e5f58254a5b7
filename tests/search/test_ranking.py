# Full-width and half-width forms are what some of these tests are about; ruff would flag them.
# ruff: noqa: RUF001
"""Search ranking: what each query finds first, in English and Japanese, on content built here."""

import datetime

import pytest

from django.contrib.contenttypes.models import ContentType

from pages.models import EventPage, NewsPage, PartnershipJPPartner, Region, WebinarJPPartner
from search.matching import search, searchable
from tests import factories
from tests.pages.helpers import publish_translation
from tests.search.helpers import found


@pytest.mark.parametrize(
    ("query", "title", "summary", "body"),
    [
        ("matchmaking", "Matchmaking 2022", "Matchmaking for clusters.", "Matchmaking sessions."),
        ("マッチング", "マッチング2022", "クラスターのマッチング。", "マッチング商談会。"),
    ],
    ids=["English", "Japanese"],
)
def test_a_word_in_the_title_outranks_the_summary_which_outranks_the_body(
    site_tree, news, query, title, summary, body
):
    # Created in the reverse order of their ranks: the oldest page would come first on a tie.
    in_body = news("Regional news", body=[("paragraph", f"<p>{body}</p>")])
    in_summary = news("Cooperation news", summary=summary)
    in_title = news(title)
    assert found(query, [site_tree.en]) == [in_title.pk, in_summary.pk, in_body.pk]


def days(*sessions):
    """An event's days: one, with a session of each title."""
    programme = [
        {"start_time": datetime.time(9), "title": title, "description": "", "speakers": []}
        for title in sessions
    ]
    return [
        ("day", {"date": datetime.date(2022, 12, 13), "title": "Day 1", "programme": programme})
    ]


@pytest.mark.parametrize(
    ("query", "title", "sessions"),
    [
        ("conference", "Annual Conference", ["Conference opening", "Conference closing"]),
        ("カンファレンス", "年次カンファレンス", ["カンファレンス開会", "カンファレンス閉会"]),
    ],
    ids=["English", "Japanese"],
)
def test_each_text_naming_the_query_adds_to_the_score(site_tree, news, query, title, sessions):
    """A conference named in its title and two sessions outranks a title and a body."""
    in_title_and_body = news(f"{title} report", body=[("paragraph", f"<p>{sessions[0]}.</p>")])
    event = factories.EventPageFactory(
        parent=site_tree.events, title=title, summary="Two days in Brussels.", days=days(*sessions)
    )
    event.save_revision().publish()
    in_one_session = factories.EventPageFactory(
        parent=site_tree.events, title="Matchmaking", summary="Meetings.", days=days(sessions[0])
    )
    in_one_session.save_revision().publish()
    # Three texts, two of them, one.
    assert found(query, [site_tree.en]) == [event.pk, in_title_and_body.pk, in_one_session.pk]


def test_equal_scores_list_the_older_page_first(site_tree, news):
    # Each names the city once in its text, as written in either language.
    older = news("Zeta", body=[("paragraph", "<p>Opened in Strasbourg (ストラスブール).</p>")])
    newer = news("Alpha", body=[("paragraph", "<p>Strasbourg (ストラスブール) office.</p>")])
    en = [site_tree.en]
    assert found("Strasbourg", en) == found("ストラスブール", en) == [older.pk, newer.pk]


def kyushu_pages(site_tree):
    """A partner, a partnership naming it, a webinar linking it and an article mentioning it."""
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="Kyushu Bio Cluster",
        kind="jp_cluster",
        country="JP",
    )
    partner.save_revision().publish()
    partnership = factories.PartnershipPageFactory(
        parent=site_tree.partnerships, title="Kyushu Bio Cluster and Vitagora"
    )
    PartnershipJPPartner.objects.create(page=partnership, partner=partner, sort_order=0)
    partnership.save_revision().publish()
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, title="Agri-food innovation")
    WebinarJPPartner.objects.create(page=webinar, partner=partner, sort_order=0)
    webinar.save_revision().publish()
    article = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Helpdesk launched",
        body=[("paragraph", "<p>A first visit to Kyushu.</p>")],
    )
    article.save_revision().publish()
    return [partner, partnership, webinar, article]


def test_a_name_finds_the_same_pages_in_both_languages_ranked_alike(site_tree):
    english = kyushu_pages(site_tree)
    partner, partnership, webinar, article = english
    japanese = [
        publish_translation(
            partner,
            site_tree.ja,
            title="九州バイオクラスター",
            official_name="九州バイオクラスター",
        ),
        publish_translation(partnership, site_tree.ja, title="九州バイオクラスターとヴィタゴラ"),
        publish_translation(webinar, site_tree.ja, title="農業・食品イノベーション"),
        publish_translation(
            article,
            site_tree.ja,
            title="ヘルプデスクが始動",
            body=[("paragraph", "<p>九州を初めて訪問。</p>")],
        ),
    ]
    # The partner's title and official name, the partnership's title, the webinar through its
    # partner's name (as much as a summary), then the article's text.
    assert found("Kyushu", [site_tree.en]) == [page.pk for page in english]
    assert found("九州", [site_tree.ja]) == [page.pk for page in japanese]
    assert [page.translation_key for page in japanese] == [page.translation_key for page in english]


def test_a_partner_s_region_is_found_in_either_language_and_adds_to_its_score(site_tree):
    # The older page, with the name in its title only.
    partnership = factories.PartnershipPageFactory(
        parent=site_tree.partnerships,
        title="大阪バイオ・ヘッドクオーターとBioXclustersアライアンス",
    )
    partnership.save_revision().publish()
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners,
        title="大阪バイオ・ヘッドクオーター",
        # Osaka is not in its names: only its region finds it by that name.
        official_name="Bio Headquarters",
        kind="jp_cluster",
        country="JP",
        region=Region.objects.get(code="27"),
    )
    partner.save_revision().publish()
    en = [site_tree.en]
    # Its title and its region (大阪府, whose suffix a query may leave out) outrank a title.
    assert found("大阪", en) == found("大阪府", en) == [partner.pk, partnership.pk]
    assert found("Osaka", en) == [partner.pk]


def test_forms_and_marks_do_not_change_what_is_found(site_tree, news):
    in_title = news("九州バイオクラスター")
    in_summary = news("Regional news", summary="ｸﾗｽﾀｰ企業の連携。")
    nord_in_title = news(
        "ライフサイエンス・ノルド", body=[("paragraph", "<p>Registered on the ECCP.</p>")]
    )
    nord_in_summary = news("Partner news", summary="ライフサイエンスノルドとＥＣＣＰ")
    en = [site_tree.en]
    assert (
        found("ｸﾗｽﾀｰ", en)
        == found("クラスター", en)
        == found("クラスタ", en)
        == [in_title.pk, in_summary.pk]
    )
    assert (
        found("ライフサイエンス・ノルド", en)
        == found("ライフサイエンスノルド", en)
        == [nord_in_title.pk, nord_in_summary.pk]
    )
    assert (
        found("ＥＣＣＰ", en)
        == found("eccp", en)
        == found("ECCP", en)
        == [nord_in_summary.pk, nord_in_title.pk]
    )


def test_a_page_holds_every_word_of_the_query(site_tree, news):
    both_in_title = news("Mobility programme for cluster managers")
    apart = news("Mobility of researchers", summary="A programme of exchanges.")
    news("Mobility news")
    whole = news("再生可能エネルギーの拡大")
    # Every four-character term of the word, but never the word itself.
    news("Energy policy", summary="再生可能な資源とエネルギー政策。")
    en = [site_tree.en]
    assert found("mobility programme", en) == [both_in_title.pk, apart.pk]
    assert found("再生可能エネルギー", en) == [whole.pk]


def test_the_total_counts_every_match_beyond_the_window(site_tree, news):
    articles = [news(f"Cluster news {number}", summary="Cluster update.") for number in range(3)]
    event = factories.EventPageFactory(parent=site_tree.events, title="Cluster days")
    event.save_revision().publish()
    everything = searchable([site_tree.en])
    first, rest = (search("cluster", everything, 2, offset) for offset in (0, 2))
    # The articles (title and summary, equal scores: oldest first), then the event (title),
    # across the two windows.
    assert [hit.page_id for hit in [*first.hits, *rest.hits]] == [
        *(article.pk for article in articles),
        event.pk,
    ]
    counts = {
        ContentType.objects.get_for_model(NewsPage).pk: 3,
        ContentType.objects.get_for_model(EventPage).pk: 1,
    }
    assert (first.total, first.type_counts) == (rest.total, rest.type_counts) == (4, counts)
