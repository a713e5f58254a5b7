"""The `search` root field: results with snippets, languages, filters, facets and bad input."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.graphql_api.content import publish, sector, translate, with_sectors

SEARCH = """
query Search($query: String!, $locale: Locale, $fallback: Boolean, $types: [PageType!],
             $sectors: [String!], $limit: Int, $offset: Int) {
  search(query: $query, locale: $locale, fallback: $fallback, types: $types, sectors: $sectors,
         limit: $limit, offset: $offset) {
    totalCount hasMore
    items { snippet page { title locale ... on NewsPage { summary } } }
    types { type count }
    sectors { slug name count }
  }
}
"""


@pytest.fixture
def found(site_tree, ja_tree):
    """News and a partner about clusters, some in Japanese, in two sectors."""
    health = sector("Health", "health", ja_name="ヘルスケア", ja=site_tree.ja)
    energy = sector("Energy", "energy", ja_name="エネルギー", ja=site_tree.ja)
    bio = with_sectors(
        factories.NewsPageFactory(
            parent=site_tree.news, title="Kyushu Bio Cluster", summary="Bio clusters of Kyushu."
        ),
        health,
    )
    translate(bio, site_tree.ja, title="九州バイオクラスター", summary="九州のバイオクラスター。")
    with_sectors(
        factories.NewsPageFactory(
            parent=site_tree.news, title="Energy agencies", summary="Two cluster agencies."
        ),
        health,
        energy,
    )
    publish(factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu cluster"))
    return site_tree


def test_english_results_with_snippets_and_counts(gql, found):
    data = gql(SEARCH, {"query": "clusters"})["search"]
    assert data["totalCount"] == 3
    assert [item["page"]["title"] for item in data["items"]] == [
        "Kyushu Bio Cluster",
        "Oulu cluster",
        "Energy agencies",
    ]
    assert data["items"][0]["snippet"] == "Bio <mark>clusters</mark> of Kyushu. Body text."
    assert data["types"] == [
        {"type": "NEWS", "count": 2},
        {"type": "PARTNER", "count": 1},
    ]
    assert data["sectors"] == [
        {"slug": "health", "name": "Health", "count": 2},
        {"slug": "energy", "name": "Energy", "count": 1},
    ]


def test_japanese_inside_a_compound_and_in_half_width(gql, found):
    for query in ("バイオ", "ﾊﾞｲｵｸﾗｽﾀｰ", "九州"):
        data = gql(SEARCH, {"query": query, "locale": "JA"})["search"]
        assert [(item["page"]["title"], item["page"]["locale"]) for item in data["items"]] == [
            ("九州バイオクラスター", "JA")
        ], query
    data = gql(SEARCH, {"query": "ﾊﾞｲｵ", "locale": "JA"})["search"]
    assert data["items"][0]["snippet"] == "九州の<mark>バイオ</mark>クラスター。 Body text."


def test_fallback_finds_english_pages_without_a_japanese_version(gql, found):
    japanese_only = gql(SEARCH, {"query": "agencies", "locale": "JA"})["search"]
    with_fallback = gql(SEARCH, {"query": "agencies", "locale": "JA", "fallback": True})["search"]
    assert japanese_only["totalCount"] == 0
    assert [(item["page"]["title"], item["page"]["locale"]) for item in with_fallback["items"]] == [
        ("Energy agencies", "EN")
    ]
    # Equal counts go by slug.
    assert with_fallback["sectors"] == [
        {"slug": "energy", "name": "エネルギー", "count": 1},
        {"slug": "health", "name": "ヘルスケア", "count": 1},
    ]


def test_filters_by_type_and_sector_and_pages(gql, found):
    def titles(**variables):
        data = gql(SEARCH, {"query": "cluster", **variables})["search"]
        return [item["page"]["title"] for item in data["items"]], data["hasMore"]

    assert titles(types=["PARTNER"]) == (["Oulu cluster"], False)
    assert titles(sectors=["energy"]) == (["Energy agencies"], False)
    assert titles(sectors=["health", "energy"]) == (["Energy agencies"], False)
    assert titles(limit=1, offset=1) == (["Oulu cluster"], True)


def test_the_sql_is_the_same_for_any_page_size(gql, found):
    def queries(limit):
        with CaptureQueriesContext(connection) as captured:
            gql(SEARCH, {"query": "cluster", "limit": limit})
        return len(captured)

    assert queries(1) == queries(3)


@pytest.mark.parametrize(
    ("variables", "error"),
    [
        ({"query": "x" * 201}, "query must be at most 200 characters; got 201."),
        (
            {"query": "a", "sectors": ["no spaces"]},
            "sectors must be a slug (letters, digits, - and _); got 'no spaces'.",
        ),
        (
            {"query": "a", "limit": 101},
            "limit must be between 0 and 100; got 101. Ask for the next page with offset.",
        ),
        (
            {"query": "a", "sectors": [f"sector-{n}" for n in range(51)]},
            "sectors takes at most 50 different values; got 51.",
        ),
        (
            {"query": "a", "sectors": [f"sector-{n}" for n in range(20_000)]},
            "sectors takes at most 50 different values; got 20000.",
        ),
    ],
    ids=["long query", "not a slug", "over the limit", "51 sectors", "20,000 sectors"],
)
def test_bad_input_is_a_clear_error(gql, found, variables, error):
    assert gql.errors(SEARCH, variables) == [error]


def test_repeated_filter_values_count_once(gql, found):
    def titles(sectors, types):
        variables = {"query": "cluster", "sectors": sectors, "types": types}
        return [item["page"]["title"] for item in gql(SEARCH, variables)["search"]["items"]]

    # Warm the per-process lookups (content types), so both reads below start alike.
    titles(["energy"], ["PARTNER", "NEWS"])
    with CaptureQueriesContext(connection) as once:
        expected = titles(["energy"], ["PARTNER", "NEWS"])
    with CaptureQueriesContext(connection) as repeated:
        assert titles(["energy"] * 10_000, ["PARTNER", "NEWS"] * 500) == expected
    assert len(repeated) == len(once)


def test_a_query_without_words_finds_nothing(gql, found):
    assert gql(SEARCH, {"query": " ・ー "})["search"]["totalCount"] == 0
