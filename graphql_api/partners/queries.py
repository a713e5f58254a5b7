"""The `partners` root field."""

import enum

import strawberry

from graphql_api.common.lists import Choice, Ordering, root_list
from graphql_api.taxonomy.filters import InSector
from pages import models

from .filters import InPlace
from .types import PartnerKind, PartnerPageList


@strawberry.enum(description="Orderings of partner profiles.")
class PartnerOrder(enum.Enum):
    # By each page's sort key: its title, or in Japanese its reading (kana order).
    TITLE_ASC = ("sort_key", "pk")
    TITLE_DESC = ("-sort_key", "-pk")
    PUBLISHED_DESC = ("-first_published_at", "-pk")


PARTNERS = root_list(
    "partners",
    models.PartnerPage,
    PartnerPageList,
    "Partner profiles, filtered and ordered, one page at a time.",
    Ordering(
        PartnerOrder,
        PartnerOrder.TITLE_ASC,
        "Ordering; by title by default, in Japanese in kana order (五十音順) of the names' readings.",
    ),
    filters=(
        Choice("kind", PartnerKind, "Only partners of this kind."),
        InPlace(
            side="Only partners on this side (JP: country JP).",
            country="Only this ISO 3166-1 alpha-2 country code, e.g. FI.",
            region="Only partners in this region: a NUTS code matches itself and the regions "
            "below it (FI1 matches FI1D); a prefecture code (01-47) matches that prefecture.",
        ),
        InSector("Only partners working in the sector with this slug."),
    ),
)
