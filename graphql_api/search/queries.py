"""The `search` root field."""

import strawberry
from strawberry.types import Info

from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page

from graphql_api.common.arguments import (
    FallbackArg,
    LimitArg,
    LocaleArg,
    OffsetArg,
    arg,
    distinct_values,
    slug,
)
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.errors import BadInput
from graphql_api.common.locales import load_specific, localized_pages, localized_snippets
from graphql_api.common.pagination import DEFAULT_LIMIT, check_window
from graphql_api.common.scope import make_scope
from graphql_api.common.selection import typed_fields
from graphql_api.pages.queries import PageType
from pages.models import Sector
from search import matching
from search.text import MAX_QUERY_LENGTH

from .types import SearchHit, SearchResults, SectorCount, TypeCount


def _page_selections(info):
    """The selections under items { page { ... } }, to load only the types asked for."""
    for field in info.selected_fields[0].selections:
        if getattr(field, "name", None) == "items":
            for item_field in field.selections:
                if getattr(item_field, "name", None) == "page":
                    return item_field.selections
    return []


@strawberry.type
class SearchQueries:
    @strawberry.field(
        description="Public pages of every type matching the words, best first. Japanese "
        "words are found inside compounds; full-width and half-width forms, case, long vowel "
        "marks and middle dots do not matter; English words match their other forms "
        "(clusters, cluster)."
    )
    def search(
        self,
        info: Info,
        query: arg(str, f"The words to find, up to {MAX_QUERY_LENGTH} characters."),
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        types: arg(list[PageType] | None, "Only pages of these types (50 at most).") = None,
        sectors: arg(
            list[str] | None, "Only pages in all of these sectors (slugs; 50 at most)."
        ) = None,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
    ) -> SearchResults:
        if len(query) > MAX_QUERY_LENGTH:
            raise BadInput(
                f"query must be at most {MAX_QUERY_LENGTH} characters; got {len(query)}."
            )
        limit, offset = check_window(limit, offset)
        types = distinct_values(types, "types")
        sectors = [slug(value, "sectors") for value in distinct_values(sectors, "sectors")]
        scope = make_scope(info, locale, fallback)
        content_types = (
            list(ContentType.objects.get_for_models(*(member.value for member in types)).values())
            if types
            else None
        )
        results = matching.search(
            query, localized_pages(Page, scope), limit, offset, content_types, sectors
        )
        base_pages = Page.objects.in_bulk([hit.page_id for hit in results.hits])
        loaded = load_specific(
            [base_pages[hit.page_id] for hit in results.hits],
            scope,
            typed_fields(_page_selections(info)),
        )
        pages = {page.pk: page for page in loaded}
        type_of = {
            ContentType.objects.get_for_model(member.value).pk: member for member in PageType
        }
        names = dict(
            localized_snippets(Sector, scope)
            .filter(slug__in=list(results.sector_counts))
            .values_list("slug", "name")
        )
        return SearchResults(
            items=[
                SearchHit(page=pages[hit.page_id], snippet=hit.snippet, score=hit.score)
                for hit in results.hits
                if hit.page_id in pages
            ],
            total=results.total,
            limit=limit,
            offset=offset,
            types=sorted(
                (
                    TypeCount(type=type_of[content_type], count=count)
                    for content_type, count in results.type_counts.items()
                    if content_type in type_of
                ),
                key=lambda facet: (-facet.count, facet.type.name),
            ),
            sectors=sorted(
                (
                    SectorCount(slug=sector, name=names.get(sector, sector), count=count)
                    for sector, count in results.sector_counts.items()
                ),
                key=lambda facet: (-facet.count, facet.slug),
            ),
        )
