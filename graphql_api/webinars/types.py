"""The webinar type."""

from datetime import datetime

import strawberry
import strawberry_django

from graphql_api.blocks.stream import stream_page
from graphql_api.blocks.types import DocumentBlockList, ProgrammeItemList
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.enums import choices_enum
from graphql_api.common.interface import PageInterface
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated
from graphql_api.common.scope import scope_of
from graphql_api.common.statuses import EventFormat, PageStatus
from graphql_api.common.times import LocalDateTime, local_times
from graphql_api.partners.types import PartnerPageList, partners_on_side
from graphql_api.taxonomy.types import SectorList, WebinarSeriesType, sectors_of, series_of
from pages import models

WebinarStatus = choices_enum(
    models.WebinarPage.Status, "WebinarStatus", "Where a webinar stands in time."
)


Interpretation = choices_enum(
    models.WebinarPage.Interpretation,
    "Interpretation",
    "Simultaneous interpretation offered at a webinar.",
)


@page_type(models.WebinarPage, description="A webinar.")
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
    def status(self) -> PageStatus:
        return PageStatus(self.status_at(scope_of(self).now))

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
        return partners_on_side(self, "eu_partner_links", limit, offset)

    @strawberry_django.field(
        description="Japanese partners presenting, in the language (published profiles only)."
    )
    def jp_partners(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> PartnerPageList:
        return partners_on_side(self, "jp_partner_links", limit, offset)


@strawberry.type(name="WebinarPageList", description="A page of webinars.")
class WebinarPageList(Paginated[WebinarPageType]):
    pass
