"""The news article type."""

import datetime
from collections import defaultdict

import strawberry
import strawberry_django

from graphql_api.blocks.stream import stream_page
from graphql_api.blocks.types import BodyBlockList
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.images import ImageType, image_of
from graphql_api.common.interface import PageInterface, PageList
from graphql_api.common.locales import load_specific, translate_page_keys
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated, page_of_list
from graphql_api.common.scope import batch_of
from graphql_api.common.selection import item_selections, typed_fields
from graphql_api.taxonomy.types import SectorList, sectors_of
from pages import models


def _related_links(objects, scope):
    """(news id, related page translation key) of the objects, in the editors' order."""
    if scope.preview:
        return [
            (obj.pk, link.page.translation_key)
            for obj in objects
            for link in obj.related_links.all()
        ]
    return list(
        models.NewsRelatedPage.objects.filter(news_id__in=[obj.pk for obj in objects])
        .order_by("news_id", "sort_order", "pk")
        .values_list("news_id", "page__translation_key")
    )


def _load_related(objects, scope, types):
    links = _related_links(objects, scope)
    best = translate_page_keys({key for _, key in links}, scope)
    specific = {page.pk: page for page in load_specific(list(best.values()), scope, types)}
    by_news = defaultdict(list)
    for news_id, key in links:
        page = best.get(key)
        if page is not None and page.pk in specific and specific[page.pk] not in by_news[news_id]:
            by_news[news_id].append(specific[page.pk])
    return by_news


@page_type(models.NewsPage, description="A news article.")
class NewsPageType(PageInterface):
    date: datetime.date = strawberry_django.field(description="Publication date shown to readers.")
    summary: str = strawberry_django.field(description="Two or three sentences for lists.")
    source_url: str = strawberry_django.field(
        description="Original source when the article reports someone else's news; may be empty."
    )

    @strawberry_django.field(description="The article, block by block.")
    def body(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> BodyBlockList:
        return stream_page(self, "body", limit, offset, BodyBlockList)

    @strawberry_django.field(description="Lead image.")
    def image(self) -> ImageType | None:
        return image_of(self, self.image)

    @strawberry_django.field(description="Sectors the article is about, in the language.")
    def sectors(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> SectorList:
        return sectors_of(self, limit, offset)

    @strawberry_django.field(
        description="Partners, webinars, calls and events the article is about, in the language "
        "(only those published in it, or in English with fallback)."
    )
    def related_pages(
        self, info: strawberry.Info, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> PageList:
        # Pages of the types whose own fields are asked for are loaded whole, the rest not.
        # Siblings share a response key only with the same selection (GraphQL's merge rule),
        # so the selection is read once per batch and key, not once per article.
        related = batch_of(self).get(
            ("related", info.path.key),
            lambda objects, scope: _load_related(
                objects, scope, typed_fields(item_selections(info))
            ),
        )
        return page_of_list(related.get(self.pk, []), limit, offset, PageList)


@strawberry.type(name="NewsPageList", description="A page of news articles.")
class NewsPageList(Paginated[NewsPageType]):
    pass
