"""The call for expression of interest type."""

import datetime
from decimal import Decimal

import strawberry
import strawberry_django

from graphql_api.blocks.stream import rich_text, stream_page
from graphql_api.blocks.types import BodyBlockList, DocumentBlockList, MilestoneList
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.enums import choices_enum
from graphql_api.common.interface import PageInterface
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated
from graphql_api.common.scope import scope_of
from graphql_api.common.statuses import PageStatus
from graphql_api.common.times import LocalDateTime, local_times
from pages import models

CallStatus = choices_enum(models.CallPage.Status, "CallStatus", "Where a call stands in time.")


GrantPeriod = choices_enum(
    models.CallPage.GrantPeriod, "GrantPeriod", "What a grant amount covers."
)


@strawberry.type(description="The expenses covered per selected applicant.")
class Grant:
    amount: Decimal = strawberry.field(description="Amount, e.g. 700.00.")
    currency: str = strawberry.field(description="ISO 4217 currency code: EUR or JPY.")
    period: GrantPeriod = strawberry.field(description="What the amount covers.")


@page_type(models.CallPage, description="A call for expression of interest.")
class CallPageType(PageInterface):
    summary: str = strawberry_django.field(description="Two or three sentences for lists.")
    time_zone: str = strawberry_django.field(
        description="IANA time zone the opening date and the deadline are announced in."
    )
    opening_date: datetime.date = strawberry_django.field(
        description="The call opens at 00:00 on this day, in the call's time zone."
    )
    deadline_date: datetime.date = strawberry_django.field(
        description="Last day to apply, in the call's time zone."
    )
    opens_at: datetime.datetime = strawberry_django.field(
        description="The opening instant (UTC, ISO 8601)."
    )
    deadline: datetime.datetime = strawberry_django.field(
        description="The deadline instant (UTC, ISO 8601); applications are accepted up to it."
    )
    places: int | None = strawberry_django.field(description="Applicants selected, if limited.")
    max_per_organisation: int | None = strawberry_django.field(
        description="At most this many people from one organisation."
    )
    max_duration_weeks: int | None = strawberry_django.field(
        description="Longest stay or project, in weeks."
    )
    application_email: str = strawberry_django.field(description="Where applications are sent.")
    application_url: str = strawberry_django.field(description="Online application form.")
    requires_eccp_profile: bool = strawberry_django.field(
        description="Applicants must link their European Cluster Collaboration Platform profile."
    )

    @strawberry_django.field(description="The deadline in Brussels and Tokyo time.")
    def deadline_local(self) -> list[LocalDateTime]:
        return local_times(self.deadline)

    @strawberry_django.field(
        description="Not open yet before the opening, open up to and including the deadline, "
        "closed afterwards."
    )
    def status(self) -> PageStatus:
        return PageStatus(self.status_at(scope_of(self).now))

    @strawberry_django.field(
        description="Whole days left until the deadline in the call's time zone (0 on the last "
        "day); null once closed."
    )
    def days_left(self) -> int | None:
        return self.days_left_at(scope_of(self).now)

    @strawberry_django.field(description="The grant per selected applicant, if any.")
    def grant(self) -> Grant | None:
        if self.grant_amount is None:
            return None
        return Grant(
            amount=self.grant_amount,
            currency=self.grant_currency,
            period=GrantPeriod(self.grant_period),
        )

    @strawberry_django.field(description="Context and objectives, block by block.")
    def body(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> BodyBlockList:
        return stream_page(self, "body", limit, offset, BodyBlockList)

    @strawberry_django.field(description="Who the call is for, as HTML.")
    def target_audience(self) -> str:
        return rich_text(self, "target_audience")

    @strawberry_django.field(description="Conditions an applicant must meet, as HTML.")
    def eligibility(self) -> str:
        return rich_text(self, "eligibility")

    @strawberry_django.field(description="How applications are ranked, as HTML.")
    def selection_criteria(self) -> str:
        return rich_text(self, "selection_criteria")

    @strawberry_django.field(description="Other documents or conditions to apply, as HTML.")
    def requirements(self) -> str:
        return rich_text(self, "requirements")

    @strawberry_django.field(description="Milestones after the deadline, in date order.")
    def timeline(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> MilestoneList:
        return stream_page(self, "timeline", limit, offset, MilestoneList)

    @strawberry_django.field(description="Call text, application form and annexes.")
    def documents(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> DocumentBlockList:
        return stream_page(self, "documents", limit, offset, DocumentBlockList)


@strawberry.type(name="CallPageList", description="A page of calls for expression of interest.")
class CallPageList(Paginated[CallPageType]):
    pass
