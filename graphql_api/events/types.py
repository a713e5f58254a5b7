"""The event type."""

from datetime import datetime

import strawberry
import strawberry_django

from graphql_api.blocks.stream import stream_page
from graphql_api.blocks.types import BodyBlockList, EventDayList
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.enums import choices_enum
from graphql_api.common.interface import PageInterface
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated
from graphql_api.common.scope import scope_of
from graphql_api.common.statuses import EventFormat, PageStatus
from graphql_api.common.times import LocalDateTime, local_times
from graphql_api.taxonomy.types import SectorList, sectors_of
from pages import models

EventStatus = choices_enum(models.EventPage.Status, "EventStatus", "Where an event stands in time.")


@page_type(models.EventPage, description="A conference with B2B matchmaking.")
class EventPageType(PageInterface):
    summary: str = strawberry_django.field(description="Two or three sentences for lists.")
    start: datetime = strawberry_django.field(description="Opening time (UTC, ISO 8601).")
    end: datetime = strawberry_django.field(description="Closing time (UTC, ISO 8601).")
    venue: str = strawberry_django.field(description="Venue and city, or the online platform.")
    matchmaking_url: str = strawberry_django.field(
        description="The matchmaking platform where participants book meetings."
    )
    registration_url: str = strawberry_django.field(description="Where participants register.")
    participants_count: int | None = strawberry_django.field(
        description="Participants, once the event has taken place."
    )
    meetings_count: int | None = strawberry_django.field(
        description="B2B meetings held, once the event has taken place."
    )

    @strawberry_django.field(description="The opening time in Brussels and Tokyo time.")
    def start_local(self) -> list[LocalDateTime]:
        return local_times(self.start)

    @strawberry_django.field(description="The closing time in Brussels and Tokyo time.")
    def end_local(self) -> list[LocalDateTime]:
        return local_times(self.end)

    @strawberry_django.field(description="Upcoming, ongoing or past.")
    def status(self) -> PageStatus:
        return PageStatus(self.status_at(scope_of(self).now))

    @strawberry_django.field(description="How participants attend.")
    def format(self) -> EventFormat:
        return EventFormat(self.format)

    @strawberry_django.field(description="What the event is about, block by block.")
    def body(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> BodyBlockList:
        return stream_page(self, "body", limit, offset, BodyBlockList)

    @strawberry_django.field(description="Each day with its programme.")
    def days(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> EventDayList:
        return stream_page(self, "days", limit, offset, EventDayList)

    @strawberry_django.field(description="Sectors of the matchmaking, in the language.")
    def sectors(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> SectorList:
        return sectors_of(self, limit, offset)


@strawberry.type(name="EventPageList", description="A page of events.")
class EventPageList(Paginated[EventPageType]):
    pass
