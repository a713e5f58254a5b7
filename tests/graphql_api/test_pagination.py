"""Every list is paginated: 20 by default, 100 at most, clear errors outside the range."""

import pytest
from graphql import get_named_type
from strawberry.utils.str_converters import to_camel_case

from graphql_api.common.lists import root_lists
from graphql_api.schema import schema
from pages.registry import ITEM_KINDS
from tests import factories
from tests.graphql_api.content import sector
from tests.kinds import root_list_field

# Every root field that returns a list: all of them are paginated the same way.
ROOT_LISTS = [
    name
    for name, field in schema._schema.query_type.fields.items()
    if "items" in getattr(get_named_type(field.type), "fields", {})
]


def test_every_kind_of_content_has_a_paginated_root_list():
    kind_lists = [to_camel_case(declared.name) for declared in root_lists()]
    assert kind_lists == [root_list_field(kind) for kind in ITEM_KINDS]
    # The lists that are not of a page kind follow the kinds' lists.
    assert [
        *kind_lists,
        "sectors",
        "webinarSeries",
        "regions",
        "offices",
        "pages",
        "search",
    ] == ROOT_LISTS


# The arguments a root list cannot do without.
REQUIRED_ARGUMENTS = {"search": ['query: "cluster"']}


def window(field, limit=None, offset=None):
    args = list(REQUIRED_ARGUMENTS.get(field, []))
    if limit is not None:
        args.append(f"limit: {limit}")
    if offset is not None:
        args.append(f"offset: {offset}")
    arguments = f"({', '.join(args)})" if args else ""
    return f"{{ {field}{arguments} {{ totalCount limit offset hasMore items {{ __typename }} }} }}"


def test_every_root_list_rejects_out_of_range_windows(gql, locales):
    for field in ROOT_LISTS:
        assert gql.errors(window(field, limit=101)) == [
            "limit must be between 0 and 100; got 101. Ask for the next page with offset."
        ], field
        assert gql.errors(window(field, limit=-1)) == [
            "limit must be between 0 and 100; got -1."
        ], field
        assert gql.errors(window(field, offset=-1)) == ["offset must be 0 or more; got -1."], field
        data = gql(window(field, limit=0))[field]
        assert (data["limit"], data["offset"], data["items"]) == (0, 0, []), field


def test_windows_over_regions(gql, locales):
    # 403 regions ship with the project: the edges of the window are visible on them.
    data = gql(window("regions"))["regions"]
    assert (
        data["totalCount"],
        data["limit"],
        data["offset"],
        len(data["items"]),
        data["hasMore"],
    ) == (403, 20, 0, 20, True)
    data = gql(window("regions", limit=0))["regions"]
    assert (data["totalCount"], len(data["items"]), data["hasMore"]) == (403, 0, True)
    data = gql(window("regions", limit=1))["regions"]
    assert (data["totalCount"], len(data["items"])) == (403, 1)
    data = gql(window("regions", limit=100))["regions"]
    assert (data["totalCount"], len(data["items"]), data["hasMore"]) == (403, 100, True)
    data = gql(window("regions", limit=100, offset=400))["regions"]
    assert (len(data["items"]), data["hasMore"]) == (3, False)
    data = gql(window("regions", offset=403))["regions"]
    assert (data["totalCount"], data["items"], data["hasMore"]) == (403, [], False)
    codes = "{ regions(limit: 3, offset: 1, kind: PREFECTURE) { items { code } } }"
    assert gql(codes)["regions"]["items"] == [{"code": "02"}, {"code": "03"}, {"code": "04"}]


@pytest.fixture
def partner_with_sectors(site_tree):
    sectors = [sector(f"Sector {i:03}", f"s{i}") for i in range(101)]
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu")
    partner.sectors.set(sectors)
    partner.save_revision().publish()
    return partner


def test_nested_lists_are_paginated_too(gql, partner_with_sectors):
    query = "query($limit: Int, $offset: Int) { partners { items { sectors(limit: $limit, offset: $offset) { totalCount limit offset hasMore items { name } } } } }"
    nested = gql(query)["partners"]["items"][0]["sectors"]
    assert (nested["totalCount"], nested["limit"], len(nested["items"]), nested["hasMore"]) == (
        101,
        20,
        20,
        True,
    )
    nested = gql(query, {"limit": 100})["partners"]["items"][0]["sectors"]
    assert (len(nested["items"]), nested["items"][-1]["name"]) == (100, "Sector 099")
    nested = gql(query, {"limit": 1, "offset": 100})["partners"]["items"][0]["sectors"]
    assert (nested["items"], nested["hasMore"]) == ([{"name": "Sector 100"}], False)
    nested = gql(query, {"limit": 0})["partners"]["items"][0]["sectors"]
    assert (nested["totalCount"], nested["items"]) == (101, [])
    assert gql.errors(query, {"limit": 101}) == [
        "limit must be between 0 and 100; got 101. Ask for the next page with offset."
    ]
    assert gql.errors(query, {"offset": -1}) == ["offset must be 0 or more; got -1."]


def test_other_nested_lists_check_their_window(gql, site_tree):
    for query in [
        "{ news { items { relatedPages(limit: 101) { totalCount } } } }",
        "{ webinars { items { euPartners(limit: 101) { totalCount } } } }",
        "{ webinars { items { jpPartners(offset: -1) { totalCount } } } }",
        "{ events { items { sectors(limit: -5) { totalCount } } } }",
    ]:
        # The lists are empty, so no item asks; the arguments are still typed and accepted.
        assert gql(query)
    factories.NewsPageFactory(parent=site_tree.news, title="One")
    assert gql.errors("{ news { items { relatedPages(limit: 101) { totalCount } } } }") == [
        "limit must be between 0 and 100; got 101. Ask for the next page with offset."
    ]


def test_streamfield_blocks_are_paginated(gql, site_tree):
    import json

    from tests.graphql_api.content import publish

    article = factories.NewsPageFactory(parent=site_tree.news, title="Long")
    article.body = json.dumps(
        [{"type": "paragraph", "id": f"p{i}", "value": f"<p>{i}</p>"} for i in range(3)]
    )
    publish(article)
    query = "query($limit: Int, $offset: Int) { news { items { body(limit: $limit, offset: $offset) { totalCount hasMore items { ... on ParagraphBlock { id html } } } } } }"
    body = gql(query, {"limit": 1, "offset": 1})["news"]["items"][0]["body"]
    assert body == {
        "totalCount": 3,
        "hasMore": True,
        "items": [{"id": f"{article.pk}:en/body/p1", "html": "<p>1</p>"}],
    }
    body = gql(query)["news"]["items"][0]["body"]
    assert (body["totalCount"], len(body["items"]), body["hasMore"]) == (3, 3, False)
    assert gql.errors(query, {"limit": 101}) == [
        "limit must be between 0 and 100; got 101. Ask for the next page with offset."
    ]
