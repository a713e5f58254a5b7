"""The partner profile type."""

import strawberry
import strawberry_django

from graphql_api.blocks.stream import rich_text
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.enums import choices_enum
from graphql_api.common.images import ImageType, image_of
from graphql_api.common.interface import PageInterface
from graphql_api.common.links import load_linked_pages
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated, page_of_list
from graphql_api.common.scope import attach, batch_of, scope_of
from graphql_api.taxonomy.types import RegionType, SectorList, Side, sectors_of
from pages import models

PartnerKind = choices_enum(models.PartnerPage.Kind, "PartnerKind", "What sort of partner.")


ClusterLabel = choices_enum(
    models.PartnerPage.ClusterLabel,
    "ClusterLabel",
    "European Secretariat for Cluster Analysis label.",
)


@page_type(
    models.PartnerPage,
    description="The profile of a region, prefecture, city, cluster, agency or network.",
)
class PartnerPageType(PageInterface):
    official_name: str = strawberry_django.field(
        description=(
            "Legal name in the body's own language (a Japanese body's is its Japanese "
            "name), the same in every language."
        )
    )
    acronym: str = strawberry_django.field(description="Acronym, e.g. 'FBRI'; may be empty.")
    country: str = strawberry_django.field(description="ISO 3166-1 alpha-2 country code.")
    city: str = strawberry_django.field(description="City, in the page's language.")
    website: str = strawberry_django.field(description="The partner's own website.")
    members_count: int | None = strawberry_django.field(description="Member organisations.")
    sme_count: int | None = strawberry_django.field(description="How many members are SMEs.")
    cluster_label_year: int | None = strawberry_django.field(
        description="Year the cluster label was awarded."
    )
    eccp_profile_url: str = strawberry_django.field(
        description="Profile on the European Cluster Collaboration Platform."
    )
    cooperation_interests: str = strawberry_django.field(
        description="What cooperation the partner is looking for."
    )
    contact_email: str = strawberry_django.field(description="A role mailbox.")

    @strawberry_django.field(description="What sort of partner.")
    def kind(self) -> PartnerKind:
        return PartnerKind(self.kind)

    @strawberry_django.field(description="EU or JP: the side of the cooperation.")
    def side(self) -> Side:
        return Side(self.side)

    @strawberry_django.field(description="The ESCA cluster label, clusters only.")
    def cluster_label(self) -> ClusterLabel | None:
        return ClusterLabel(self.cluster_label) if self.cluster_label else None

    @strawberry_django.field(description="NUTS 2024 region or Japanese prefecture.")
    def region(self) -> RegionType | None:
        if self.region is None:
            return None
        return attach([self.region], scope_of(self))[0]

    @strawberry_django.field(description="The partner's logo.")
    def logo(self) -> ImageType | None:
        return image_of(self, self.logo)

    @strawberry_django.field(description="Who the partner is, as HTML.")
    def description(self) -> str:
        return rich_text(self, "description")

    @strawberry_django.field(description="Sectors the partner works in, in the language.")
    def sectors(
        self,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
    ) -> SectorList:
        return sectors_of(self, limit, offset)


@strawberry.type(name="PartnerPageList", description="A page of partner profiles.")
class PartnerPageList(Paginated[PartnerPageType]):
    pass


SIDES = ("eu_partner_links", "jp_partner_links")


def _load_partners(objects, scope):
    return load_linked_pages(objects, scope, SIDES, "partner", models.PartnerPage)


def partners_on_side(obj, relation, limit, offset):
    """The partners of a webinar or a partnership through one side's links, in the language."""
    linked = batch_of(obj).get("partners", _load_partners)
    return page_of_list(linked.get((relation, obj.pk), []), limit, offset, PartnerPageList)
