# Japanese queries in full-width and half-width forms are part of these checks.
# ruff: noqa: RUF001
"""Search over the demo content: seed names find their pages, in English and in Japanese.

Only whether the expected page is among those found: what ranks first over the whole demo
changes with each demo item. tests/pages/test_search_ranking.py checks the ranking on content
it builds.
"""

import pytest

from wagtail.models import Locale, Page

from pages import models
from search.matching import search, searchable

pytestmark = pytest.mark.django_db

# A place or partner named in each language: (Japanese, English, page model, slug).
NAMES = [
    ("九州", "Kyushu", models.PartnerPage, "kyushu-bio-cluster"),
    ("福島", "Fukushima", models.PartnerPage, "fukushima"),
    ("神戸", "Kobe", models.PartnerPage, "fbri"),
    ("バスク", "Basque", models.PartnerPage, "basque-trade"),
    ("ロラン", "Lolland", models.PartnerPage, "lolland"),
    ("さいたま", "Saitama", models.PartnerPage, "saitama-city"),
    ("ヴィタゴラ", "Vitagora", models.PartnerPage, "vitagora"),
    ("ストラスブール", "Strasbourg", models.PartnerPage, "ceeja"),
    ("森林", "forest", models.WebinarPage, "smart-forest-bioeconomy-nagano-north-karelia"),
    ("カンファレンス", "conference", models.EventPage, "annual-conference-matchmaking-2022"),
    ("マッチング", "matchmaking", models.EventPage, "annual-conference-matchmaking-2021"),
    (
        "短期派遣",
        "mobility programme",
        models.CallPage,
        "mobility-programme-eu-cluster-managers-2022",
    ),
    ("アクセシビリティ", "accessibility", models.InformationPage, "accessibility"),
]

# Other forms of a name, and words of a page's text: (query, language, page model, slug).
QUERIES = [
    # Half-width katakana, a dropped long vowel mark, a dropped middle dot, full-width Latin.
    ("ｸﾗｽﾀｰ", "ja", models.PartnerPage, "kyushu-bio-cluster"),
    ("クラスタ", "ja", models.PartnerPage, "kyushu-bio-cluster"),
    ("ライフサイエンスノルド", "ja", models.PartnerPage, "life-science-nord"),
    ("ＥＣＣＰ", "ja", models.CallPage, "mobility-programme-eu-cluster-managers-2022"),
    # Katakana variants, alternative spellings and abbreviations.
    ("ビタゴラ", "ja", models.PartnerPage, "vitagora"),
    ("ウェストファーレン", "ja", models.PartnerPage, "energyagency-nrw"),
    ("ストラスブルグ", "ja", models.PartnerPage, "ceeja"),
    ("再エネ", "ja", models.WebinarPage, "renewable-energy-fukushima-nrw"),
    # A prefecture's reading, and its name with its suffix.
    ("みえ", "ja", models.PartnerPage, "mie"),
    ("大阪府", "ja", models.PartnerPage, "osaka-bio-headquarters"),
    ("兵庫県", "ja", models.PartnerPage, "fbri"),
    # Words of the texts: the call's body, a partner's description, a partnership's outcomes.
    ("スタートアップ", "ja", models.CallPage, "mobility-programme-eu-cluster-managers-2022"),
    ("SMEs", "en", models.CallPage, "mobility-programme-eu-cluster-managers-2022"),
    ("未病", "ja", models.PartnerPage, "kanagawa"),
    ("ミッション", "ja", models.PartnershipPage, "renewable-energy-fukushima-nrw"),
    ("Oulu", "en", models.PartnerPage, "ouluhealth"),
    ("renewable energy", "en", models.WebinarPage, "renewable-energy-fukushima-nrw"),
    ("webinars", "en", models.WebinarIndexPage, "webinars"),
]


def found(query, language):
    """The ids of every page a visitor's search in the language finds."""
    locale = Locale.objects.get(language_code=language)
    # A window as large as the site: every page found is in it.
    return {
        hit.page_id for hit in search(query, searchable([locale]), Page.objects.count(), 0).hits
    }


@pytest.mark.parametrize(
    ("japanese", "english", "model", "slug"), NAMES, ids=[name[1] for name in NAMES]
)
def test_a_name_finds_its_page_in_both_languages(demo, japanese, english, model, slug):
    page = model.objects.get(locale__language_code="en", slug=slug)
    translation = model.objects.get(locale__language_code="ja", slug=slug)
    assert translation.translation_key == page.translation_key
    assert page.pk in found(english, "en")
    assert translation.pk in found(japanese, "ja")


@pytest.mark.parametrize(
    ("query", "language", "model", "slug"),
    QUERIES,
    ids=[f"{query}-{language}" for query, language, _model, _slug in QUERIES],
)
def test_a_query_finds_its_page(demo, query, language, model, slug):
    page = model.objects.get(locale__language_code=language, slug=slug)
    assert page.pk in found(query, language)
