"""The `partnerships` root field."""

import enum

import strawberry

from graphql_api.common.lists import Ordering, root_list
from graphql_api.partners.filters import InPlace, PartnerLink
from graphql_api.taxonomy.filters import InSector
from pages import models

from .types import PartnershipPageList


@strawberry.enum(description="Orderings of partnerships.")
class PartnershipOrder(enum.Enum):
    SINCE_ASC = ("since", "title", "pk")
    SINCE_DESC = ("-since", "title", "pk")
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")


PARTNERSHIPS = root_list(
    "partnerships",
    models.PartnershipPage,
    PartnershipPageList,
    "EU-Japan partnerships, filtered and ordered, one page at a time. Side, country and region "
    "select partnerships with at least one partner matching all three.",
    Ordering(
        PartnershipOrder,
        PartnershipOrder.SINCE_ASC,
        "Ordering; the longest-standing first by default.",
    ),
    filters=(
        InPlace(
            side="Only partnerships with a partner on this side.",
            country="Only partnerships with a partner in this ISO 3166-1 alpha-2 country, e.g. FI.",
            region="Only partnerships with a partner in this region: a NUTS code matches itself "
            "and the regions below it (FI1 matches FI1D); a prefecture code (01-47) matches that "
            "prefecture.",
            links=(
                PartnerLink(models.PartnershipEUPartner),
                PartnerLink(models.PartnershipJPPartner),
            ),
        ),
        InSector("Only partnerships in the sector with this slug."),
    ),
)
