"""The scratch kinds in the API: the story type and the `stories` root list (the index's type is derived)."""

import datetime
import enum

import strawberry
import strawberry_django

from graphql_api.blocks.stream import rich_text
from graphql_api.common.interface import PageInterface
from graphql_api.common.lists import Ordering, Range, root_list
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import Paginated

from .models import StoryPage


@page_type(StoryPage, description="A success story of the cooperation.")
class StoryPageType(PageInterface):
    date: datetime.date = strawberry_django.field(description="The day the story happened.")
    summary: str = strawberry_django.field(description="Two sentences shown in lists.")

    @strawberry_django.field(description="The story, as HTML.")
    def body(self) -> str:
        return rich_text(self, "body")


@strawberry.type(name="StoryPageList", description="A page of success stories.")
class StoryPageList(Paginated[StoryPageType]):
    pass


@strawberry.enum(description="Orderings of success stories.")
class StoryOrder(enum.Enum):
    DATE_DESC = ("-date", "-pk")
    TITLE_ASC = ("title", "pk")


STORIES = root_list(
    "stories",
    StoryPage,
    StoryPageList,
    "Success stories, filtered and ordered, one page at a time.",
    Ordering(StoryOrder, StoryOrder.DATE_DESC, "Ordering; newest first by default."),
    filters=(
        Range(
            "date",
            datetime.date,
            "Only stories on or after this day.",
            "Only stories on or before this day.",
        ),
    ),
)
