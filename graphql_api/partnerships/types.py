"""The partnership type."""

import strawberry
import strawberry_django

from graphql_api.blocks.stream import rich_text
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.interface import PageInterface
from graphql_api.common.links import load_linked_pages
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated, page_of_list
from graphql_api.common.scope import batch_of
from graphql_api.partners.types import PartnerPageList, partners_on_side
from graphql_api.taxonomy.types import SectorList, sectors_of
from graphql_api.webinars.types import WebinarPageList
from pages import models


def _load_webinars(objects, scope):
    return load_linked_pages(objects, scope, ["webinar_links"], "webinar", models.WebinarPage)


@page_type(
    models.PartnershipPage,
    description="An EU-Japan regional or cluster partnership, as a good practice of cooperation.",
)
class PartnershipPageType(PageInterface):
    summary: str = strawberry_django.field(description="Two or three sentences for lists.")
    since: int = strawberry_django.field(
        description="The year the partners started working together."
    )

    @strawberry_django.field(description="What the partnership has achieved, as HTML.")
    def outcomes(self) -> str:
        return rich_text(self, "outcomes")

    @strawberry_django.field(description="Sectors the partnership works in, in the language.")
    def sectors(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> SectorList:
        return sectors_of(self, limit, offset)

    @strawberry_django.field(
        description="European partners, in the language (published profiles only)."
    )
    def eu_partners(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> PartnerPageList:
        return partners_on_side(self, "eu_partner_links", limit, offset)

    @strawberry_django.field(
        description="Japanese partners, in the language (published profiles only)."
    )
    def jp_partners(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> PartnerPageList:
        return partners_on_side(self, "jp_partner_links", limit, offset)

    @strawberry_django.field(
        description="Webinars that presented the partnership, in the language (published only)."
    )
    def webinars(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> WebinarPageList:
        linked = batch_of(self).get("webinars", _load_webinars)
        return page_of_list(
            linked.get(("webinar_links", self.pk), []), limit, offset, WebinarPageList
        )


@strawberry.type(name="PartnershipPageList", description="A page of partnerships.")
class PartnershipPageList(Paginated[PartnershipPageType]):
    pass
