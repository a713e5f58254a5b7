"""The webinar type."""

from collections import defaultdict
from datetime import datetime

import strawberry
import strawberry_django

from graphql_api.blocks.stream import stream_page
from graphql_api.blocks.types import DocumentBlockList, ProgrammeItemList
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.enums import choices_enum
from graphql_api.common.interface import PageInterface
from graphql_api.common.locales import PAGE_SELECT_RELATED, translate_page_keys
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated, page_of_list
from graphql_api.common.scope import attach, batch_of, scope_of
from graphql_api.common.statuses import EventFormat
from graphql_api.common.times import LocalDateTime, local_times
from graphql_api.partners.types import PartnerPageList
from graphql_api.taxonomy.types import SectorList, WebinarSeriesType, sectors_of, series_of
from pages import models

PAGE_SELECT_RELATED[models.WebinarPage] = ("series",)


WebinarStatus = choices_enum(
    models.WebinarPage.Status, "WebinarStatus", "Where a webinar stands in time."
)


Interpretation = choices_enum(
    models.WebinarPage.Interpretation,
    "Interpretation",
    "Simultaneous interpretation offered at a webinar.",
)


def _partner_links(objects, scope):
    """(side, page id, partner translation key) of the objects, in the editors' order."""
    if scope.preview:
        return [
            (side, obj.pk, partner.translation_key)
            for obj in objects
            for side, partners in (("EU", obj.eu_partners), ("JP", obj.jp_partners))
            for partner in partners
        ]
    ids = [obj.pk for obj in objects]
    links = []
    for side, model in (("EU", models.WebinarEUPartner), ("JP", models.WebinarJPPartner)):
        rows = (
            model.objects.filter(page_id__in=ids)
            .order_by("page_id", "sort_order", "pk")
            .values_list("page_id", "partner__translation_key")
        )
        links.extend((side, page_id, key) for page_id, key in rows)
    return links


def _load_partners(objects, scope):
    links = _partner_links(objects, scope)
    best = translate_page_keys({key for _, _, key in links}, scope, model=models.PartnerPage)
    attach(best.values(), scope)
    by_side = defaultdict(list)
    for side, page_id, key in links:
        partner = best.get(key)
        if partner is not None and partner not in by_side[side, page_id]:
            by_side[side, page_id].append(partner)
    return by_side


def _partners(obj, side, limit, offset):
    by_side = batch_of(obj).get("partners", _load_partners)
    return page_of_list(by_side.get((side, obj.pk), []), limit, offset, PartnerPageList)


@strawberry_django.type(models.WebinarPage, name="WebinarPage", description="A webinar.")
class WebinarPageType(PageInterface):
    summary: str = strawberry_django.field(description="Two or three sentences for lists.")
    start: datetime = strawberry_django.field(description="Start (UTC, ISO 8601).")
    duration_minutes: int = strawberry_django.field(description="Planned length in minutes.")
    venue: str = strawberry_django.field(description="Venue or platform, e.g. 'Zoom'.")
    registration_url: str = strawberry_django.field(description="Where participants register.")
    recording_url: str = strawberry_django.field(
        description="Recording (YouTube, Vimeo...), once the webinar has taken place."
    )
    cancellation_notice: str = strawberry_django.field(
        description="Set only when the webinar is cancelled or postponed."
    )

    @strawberry_django.field(description="Planned end (UTC, ISO 8601).")
    def end(self) -> datetime:
        return self.end

    @strawberry_django.field(description="The start in Brussels and Tokyo time.")
    def start_local(self) -> list[LocalDateTime]:
        return local_times(self.start)

    @strawberry_django.field(description="The planned end in Brussels and Tokyo time.")
    def end_local(self) -> list[LocalDateTime]:
        return local_times(self.end)

    @strawberry_django.field(
        description="Upcoming before the start, live until the planned end, past afterwards."
    )
    def status(self) -> WebinarStatus:
        return WebinarStatus(self.status_at(scope_of(self).now))

    @strawberry_django.field(description="Whether the webinar is cancelled or postponed.")
    def is_cancelled(self) -> bool:
        return self.is_cancelled

    @strawberry_django.field(description="How participants attend.")
    def format(self) -> EventFormat:
        return EventFormat(self.format)

    @strawberry_django.field(description="Simultaneous interpretation offered.")
    def interpretation(self) -> Interpretation:
        return Interpretation(self.interpretation)

    @strawberry_django.field(description="The series, in the language.")
    def series(self) -> WebinarSeriesType | None:
        return series_of(self)

    @strawberry_django.field(description="Time slots with talks and speakers.")
    def programme(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> ProgrammeItemList:
        return stream_page(self, "programme", limit, offset, ProgrammeItemList)

    @strawberry_django.field(description="Slides of the speakers, after the webinar.")
    def presentations(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> DocumentBlockList:
        return stream_page(self, "presentations", limit, offset, DocumentBlockList)

    @strawberry_django.field(description="Sectors the webinar is about, in the language.")
    def sectors(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> SectorList:
        return sectors_of(self, limit, offset)

    @strawberry_django.field(
        description="European partners presenting, in the language (published profiles only)."
    )
    def eu_partners(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> PartnerPageList:
        return _partners(self, "EU", limit, offset)

    @strawberry_django.field(
        description="Japanese partners presenting, in the language (published profiles only)."
    )
    def jp_partners(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> PartnerPageList:
        return _partners(self, "JP", limit, offset)


@strawberry.type(name="WebinarPageList", description="A page of webinars.")
class WebinarPageList(Paginated[WebinarPageType]):
    pass
