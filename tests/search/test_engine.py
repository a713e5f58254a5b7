# Full-width and half-width forms are what these tests are about; ruff would flag them.
# ruff: noqa: RUF001
"""Search: normalisation, the index following publication, and what visitors may find."""

import datetime
import itertools
import re
from io import StringIO

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from django.core.management import call_command
from django.db.models import CharField, EmailField, SlugField, TextField, URLField

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.models import PageViewRestriction

from pages.models import Region, SearchDocument, WebinarEUPartner, WebinarJPPartner
from pages.registry import PAGE_KINDS
from search.engine import (
    Highlighter,
    _offsets_by_cluster,
    is_japanese,
    normalise,
    normalise_with_offsets,
    query_terms,
    rebuild_if_empty,
    search,
    searchable,
    spans_near_first_match,
    text_terms,
)
from tests import factories
from tests.graphql_api.content import at, make_expired
from tests.kinds import make_page
from tests.pages.helpers import publish_translation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＥＣＣＰ", "eccp"),  # full-width Latin
        ("ｸﾗｽﾀｰ", "クラスタ"),  # half-width katakana, long vowel mark dropped
        ("ｶﾞｲﾄﾞﾌﾞｯｸ", "ガイドブック"),  # half-width voiced marks join their kana
        ("ビジネス・マッチング", "ビジネスマッチング"),  # middle dot
        ("ｺﾝﾋﾟｭｰﾀｰ", "コンピュタ"),
        ("Clusters", "clusters"),
        ("①２３", "123"),
        ("クーﾞク", "クク"),  # a voiced mark on a dropped mark goes with it
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_offsets_point_at_the_source_of_each_character():
    text = "Ａｂ ｶﾞｲﾄﾞ・本"
    normalised, offsets = normalise_with_offsets(text)
    assert (normalised, offsets) == ("ab ガイド本", [0, 1, 2, 3, 5, 6, 9])


@settings(max_examples=300, deadline=None)
@given(text=st.text(st.sampled_from(list("Aaｶﾞｲﾄﾞガー・本 ㈱ﬁ①ｽﾟ"))))
def test_offsets_are_those_of_the_cluster_by_cluster_normalisation(text):
    """Texts without combining marks take a shortcut; every text gets the same offsets."""
    normalised, offsets = normalise_with_offsets(text)
    assert (normalised, list(offsets)) == _offsets_by_cluster(text)


SCRIPT = st.sampled_from(
    list("クラスタービジネス・マッチング九州福岡県神戸ａｂｃABCｶﾞｲﾄﾞー 　、。のにをはがEU2")
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(SCRIPT, min_size=1, max_size=40).map("".join), data=st.data())
def test_every_japanese_substring_of_a_text_finds_it(text, data):
    """A query cut from anywhere in a text (but inside an English word) finds the text."""
    normalised = normalise(text)
    assert normalise(normalised) == normalised
    start = data.draw(st.integers(0, max(0, len(normalised) - 1)))
    end = data.draw(st.integers(start + 1, max(start + 1, len(normalised))))
    query = normalised[start:end]

    def latin(index):
        char = normalised[index] if 0 <= index < len(normalised) else " "
        return char.isalnum() and not is_japanese(char)

    # English words are found whole, by stem: the cut may not fall inside one.
    assume(not (latin(start - 1) and latin(start)) and not (latin(end - 1) and latin(end)))
    terms, chunks = query_terms(query)
    assert terms <= text_terms(text)
    assert [chunk for chunk in chunks if chunk not in normalised] == []


FILLER = st.lists(
    st.sampled_from(
        [*"クラスタービジネス・マッチング九州ａｂｃｶﾞｲﾄﾞー、。の", "cluster ", "Oulu ", " "]
    ),
    max_size=400,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(before=FILLER, after=FILLER, needle=st.sampled_from(["ｸﾗｽﾀｰ企業", "Clusters", "九州の"]))
def test_highlighting_near_the_first_match_marks_what_the_whole_text_would(before, after, needle):
    """The snippet normalises only the text around the match its normalised column locates."""
    title, text = "Title", before + " " + needle + " " + after
    document = SearchDocument(title=title, text=text, normalised=normalise(title + "\n" + text))
    query = {"ｸﾗｽﾀｰ企業": "クラスタ企業", "Clusters": "cluster", "九州の": "九州"}[needle]
    highlighter = Highlighter.of(query)
    whole = highlighter.spans_in(text)
    near = spans_near_first_match(document, text, highlighter)
    assert near[0] == whole[0]
    assert set(near) <= set(whole)


@pytest.fixture
def news(site_tree):
    def news(title, **fields):
        page = factories.NewsPageFactory(parent=site_tree.news, title=title, **fields)
        page.save_revision().publish()
        return page

    return news


def found(query, locales, now=None):
    return [hit.page_id for hit in search(query, searchable(locales, now), 20, 0).hits]


def test_the_index_follows_publish_unpublish_and_delete(site_tree, news):
    page = news("Cluster managers visit Oulu", summary="A mobility programme.")
    assert (found("oulu", [site_tree.en]), found("welcome", [site_tree.en])) == ([page.pk], [])
    page.title = "Cluster managers visit Kobe"
    page.save_revision().publish()
    assert (found("oulu", [site_tree.en]), found("kobe", [site_tree.en])) == ([], [page.pk])
    page.unpublish()
    indexed = SearchDocument.objects.filter(page_id=page.pk)
    # Unpublished, the page stays in the index for the admin's search, never for visitors.
    assert (found("kobe", [site_tree.en]), indexed.get().title) == (
        [],
        "Cluster managers visit Kobe",
    )
    page.save_revision().publish()
    page.delete()
    assert indexed.count() == 0


def test_the_index_holds_what_the_row_holds_not_a_later_draft(site_tree):
    draft = factories.NewsPageFactory(parent=site_tree.news, title="Hydrogen plan", live=False)
    live = factories.NewsPageFactory(parent=site_tree.news, title="Hydrogen valleys")
    live.save_revision().publish()
    live.title = "Hydrogen valleys, renamed in a draft"
    live.save_revision()
    assert dict(
        SearchDocument.objects.filter(title__startswith="Hydrogen").values_list("page_id", "title")
    ) == {
        draft.pk: "Hydrogen plan",
        live.pk: "Hydrogen valleys",
    }


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


def test_the_rebuild_command_indexes_every_live_page(site_tree, news):
    page = news("Oulu clusters")
    SearchDocument.objects.all().delete()
    output = StringIO()
    call_command("rebuild_search_index", stdout=output)
    # Wagtail's welcome page, the home page, the six section indexes and the article; the
    # welcome page, outside the site, is never found by visitors.
    assert output.getvalue() == "Indexed 9 pages.\n"
    assert (found("oulu", [site_tree.en]), found("welcome", [site_tree.en])) == ([page.pk], [])


def test_migrating_builds_an_emptied_index_but_not_when_migrating_back(site_tree, news):
    news("Oulu clusters")
    SearchDocument.objects.all().delete()
    # Migrated back, the tables have an older form than the code writes.
    rebuild_if_empty(plan=[(None, True)])
    assert SearchDocument.objects.count() == 0
    rebuild_if_empty(plan=[(None, False)])
    assert SearchDocument.objects.count() == 9


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("九", {"九"}),
        ("九州の", {"九州の"}),
        ("ｸﾗｽﾀｰ", {"クラスタ"}),
        # Longer words: the fewest four-character terms covering them.
        ("ミッション", {"ミッショ", "ッション"}),
        ("再生可能エネルギー", {"再生可能", "エネルギ"}),
        ("ライフサイエンス・ノルド", {"ライフサ", "イエンス", "スノルド"}),
        ("Clusters in 九州", {"cluster", "in", "九州"}),
    ],
)
def test_a_query_s_terms(query, terms):
    assert query_terms(query)[0] == terms


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


def markers():
    """Words found nowhere else, one per text."""
    return (f"zq{number}x" for number in itertools.count())


def sample_value(block, marker):
    """A value of the block with a new marker in each text a reader sees; None without one."""
    if isinstance(block, ImageBlock):
        # Its alternative text is read out, not shown.
        return None
    if isinstance(block, blocks.StreamBlock):
        children = [
            (name, sample_value(child, marker)) for name, child in block.child_blocks.items()
        ]
        return [(name, value) for name, value in children if value is not None] or None
    if isinstance(block, blocks.StructBlock):
        values = {name: sample_value(child, marker) for name, child in block.child_blocks.items()}
        return values if any(value is not None for value in values.values()) else None
    if isinstance(block, blocks.ListBlock):
        value = sample_value(block.child_block, marker)
        return None if value is None else [value]
    if isinstance(block, blocks.RichTextBlock):
        return f"<p>{next(marker)}</p>"
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return next(marker)
    return None


def visible_text_fields(model):
    """The model's own fields holding text its pages show (not addresses or choices)."""
    return [
        model_field
        for model_field in model._meta.local_concrete_fields
        if model_field.editable
        and not model_field.choices
        and isinstance(model_field, (CharField, TextField, StreamField))
        and not isinstance(model_field, (URLField, EmailField, SlugField))
    ]


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=lambda kind: kind.name)
def test_every_visible_text_of_every_page_type_is_found(site_tree, kind):
    marker, values = markers(), {}
    for model_field in visible_text_fields(kind.model):
        if isinstance(model_field, StreamField):
            values[model_field.name] = sample_value(model_field.stream_block, marker)
        elif isinstance(model_field, RichTextField):
            values[model_field.name] = f"<p>{next(marker)}</p>"
        else:
            values[model_field.name] = next(marker)
    # A slug of its own: the site's tree has a page of each section index already.
    page = make_page(kind, site_tree, slug="every-text", **values)
    page.save_revision().publish()
    written = sorted(set(re.findall(r"zq\d+x", str(values))), key=lambda word: int(word[2:-1]))
    assert written, "the page type has texts"
    assert {word: found(word, [site_tree.en]) for word in written} == {
        word: [page.pk] for word in written
    }


def test_a_call_s_body_and_an_event_s_programme_are_found(site_tree):
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        title="Mobility programme",
        body=[("paragraph", "<p>中小企業とスタートアップ: SMEs and start-ups.</p>")],
    )
    call.save_revision().publish()
    item = {
        "start_time": datetime.time(9),
        "title": "Matchmaking",
        "description": "B2B meetings of the clusters",
        "speakers": [{"name": "Aiko Tanaka", "organisation": "九州バイオクラスター", "role": ""}],
    }
    event = factories.EventPageFactory(
        parent=site_tree.events,
        title="Annual conference",
        days=[
            ("day", {"date": datetime.date(2022, 12, 13), "title": "Day 1", "programme": [item]})
        ],
    )
    event.save_revision().publish()
    en = [site_tree.en]
    assert [found(query, en) for query in ("中小企業", "スタートアップ", "SMEs", "start-up")] == [
        [call.pk]
    ] * 4
    assert [found(query, en) for query in ("B2B meetings", "Tanaka", "バイオ")] == [[event.pk]] * 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ヴィタゴラ", "ビタゴラ"),
        ("ｳﾞｨﾀｺﾞﾗ", "ビタゴラ"),
        ("ウェストファーレン", "ベストファレン"),
        ("ヴェストファーレン", "ベストファレン"),
        ("ストラスブルグ", "ストラスブル"),
        ("再エネ", "再生可能エネルギ"),
        ("省エネ", "省エネルギ"),
        ("省エネルギー", "省エネルギ"),  # the full word is not lengthened again
        ("大阪府の", "大阪の"),
        ("東京都", "東京"),
        ("京都", "京都"),  # 都 is part of the name
        ("大阪府立大学", "大阪府立大学"),  # a kanji follows: the suffix is part of a word
        ("北海道", "北海道"),
    ],
)
def test_normalise_writes_variants_abbreviations_and_prefectures_one_way(text, expected):
    assert normalise(text) == expected


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
