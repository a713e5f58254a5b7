"""The results of a search: pages with snippets, and counts by page type and by sector."""

import strawberry

from graphql_api.common.interface import PageInterface
from graphql_api.common.pagination import Paginated
from graphql_api.pages.queries import PageType


@strawberry.type(description="A page found by a search.")
class SearchHit:
    page: PageInterface = strawberry.field(description="The page, in the language searched.")
    snippet: str = strawberry.field(
        description="HTML: about 160 characters of the page's text around the first match, "
        "the matches in <mark>, everything else escaped."
    )
    score: int = strawberry.field(
        description="Relevance: higher when the words are in the title, then in the summary "
        "and names, then in the body."
    )


@strawberry.type(description="How many of the pages found are of one type.")
class TypeCount:
    type: PageType = strawberry.field(description="The page type.")
    count: int = strawberry.field(description="How many pages found are of it.")


@strawberry.type(description="How many of the pages found are in one sector.")
class SectorCount:
    slug: str = strawberry.field(description="The sector's slug, the same in every language.")
    name: str = strawberry.field(description="The sector's name in the language searched.")
    count: int = strawberry.field(description="How many pages found are in it.")


@strawberry.type(description="One page of search results, best first, with counts to filter by.")
class SearchResults(Paginated[SearchHit]):
    types: list[TypeCount] = strawberry.field(
        description="Pages found by type, across all pages of results, most first."
    )
    sectors: list[SectorCount] = strawberry.field(
        description="Pages found by sector, across all pages of results, most first."
    )
