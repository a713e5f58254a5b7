# Full-width and half-width forms are what these tests are about; ruff would flag them.
# ruff: noqa: RUF001
"""Texts and queries as search reads them: normalisation, offsets, terms."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from search.text import (
    _offsets_by_cluster,
    is_japanese,
    normalise,
    normalise_with_offsets,
    query_terms,
    text_terms,
)


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
