"""Offset pagination shared by every list: default 20 items, at most 100."""

from typing import Generic, TypeVar

import strawberry

from .errors import BadInput
from .locales import with_joins
from .scope import attach
from .selection import only_asked_content

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

T = TypeVar("T")

LIMIT_DESCRIPTION = f"How many items to return: {DEFAULT_LIMIT} by default, {MAX_LIMIT} at most."
OFFSET_DESCRIPTION = "How many items to skip from the start of the list (0 or more)."


@strawberry.type(description="One page of a list.")
class Paginated(Generic[T]):
    items: list[T] = strawberry.field(description="The items of this page, in order.")
    limit: int = strawberry.field(description="The page size that was applied.")
    offset: int = strawberry.field(description="How many items were skipped.")
    # The number of items, or a function that counts them: lists count only when asked to.
    total: strawberry.Private[object]

    @strawberry.field(description="How many items the whole list has, across all pages.")
    def total_count(self) -> int:
        if callable(self.total):
            self.total = self.total()
        return self.total

    @strawberry.field(description="Whether items follow this page.")
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total_count()


def check_window(limit, offset):
    """Reject a page size or offset outside the allowed range."""
    if limit is None:
        limit = DEFAULT_LIMIT
    if offset is None:
        offset = 0
    if limit < 0:
        raise BadInput(f"limit must be between 0 and {MAX_LIMIT}; got {limit}.")
    if limit > MAX_LIMIT:
        raise BadInput(
            f"limit must be between 0 and {MAX_LIMIT}; got {limit}. "
            "Ask for the next page with offset."
        )
    if offset < 0:
        raise BadInput(f"offset must be 0 or more; got {offset}.")
    return limit, offset


def page_of_queryset(queryset, limit, offset, info):
    """One window of the queryset without the content nobody asked for, and its counter."""
    limit, offset = check_window(limit, offset)
    queryset = only_asked_content(queryset, info)
    items = list(queryset[offset : offset + limit]) if limit else []
    return items, queryset.count, limit, offset


def page_of_list(values, limit, offset, cls):
    """A window of an already-loaded list, as a connection of the given class."""
    limit, offset = check_window(limit, offset)
    return cls(items=values[offset : offset + limit], total=len(values), limit=limit, offset=offset)


def paginate(cls, queryset, limit, offset, scope, info):
    """One page of a queryset as a connection of the given class, its items in one batch."""
    items, total, limit, offset = page_of_queryset(with_joins(queryset), limit, offset, info)
    return cls(items=attach(items, scope), total=total, limit=limit, offset=offset)
