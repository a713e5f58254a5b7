"""Argument checks shared by the root fields."""

import datetime
import re
from typing import Annotated

import strawberry

from django.db.models import F
from django.utils import timezone

from pages.models.base import MAX_PAGE_ID

from .enums import LocaleEnum
from .errors import BadInput
from .pagination import LIMIT_DESCRIPTION, OFFSET_DESCRIPTION

LOCALE_DESCRIPTION = "Language of the content: EN (default) or JA."
FALLBACK_DESCRIPTION = (
    "Where the requested language has no published translation, return the English version "
    "instead (its locale field says EN)."
)


# Each value of a list argument becomes a condition in SQL: 8,000 sector slugs held a
# PostgreSQL backend for 81 s. No filter needs more than the site has sectors or page types.
MAX_LIST_VALUES = 50


def distinct_values(values, name):
    """A list argument without repeats, in its order, within MAX_LIST_VALUES; or a clear error."""
    distinct = list(dict.fromkeys(values or ()))
    if len(distinct) > MAX_LIST_VALUES:
        raise BadInput(
            f"{name} takes at most {MAX_LIST_VALUES} different values; got {len(distinct)}."
        )
    return distinct


# A page's `id` as served (12:en, 12:ja+en, 12:ja~1a2b3c4d5e6f) or its database id alone (12).
SERVED_PAGE_ID = re.compile(r"([0-9]{1,10})(?::[a-z+~0-9-]{1,40})?")


def page_id(value, name="id"):
    """The database id of a page from an ID argument, or a clear error."""
    if value is None:
        return None
    text = str(value).strip()
    # ASCII digits within the database's integer column: "²" is a digit to Python, and
    # 99999999999999999999 would overflow the query.
    match = SERVED_PAGE_ID.fullmatch(text)
    if match is None or int(match[1]) > MAX_PAGE_ID:
        raise BadInput(
            f"{name} must be a page's id (e.g. 12:en) or its database id (12); got '{value}'."
        )
    return int(match[1])


def slug(value, name):
    """A slug argument, or a clear error."""
    if value is None:
        return None
    if not re.fullmatch(r"[-a-zA-Z0-9_]+", value):
        raise BadInput(f"{name} must be a slug (letters, digits, - and _); got '{value}'.")
    return value


def date_range(start, end, name):
    """Check that a range does not end before it starts and that its instants are aware, in range."""
    for label, value in zip(name.split("/"), (start, end), strict=True):
        if not isinstance(value, datetime.datetime):
            continue
        if timezone.is_naive(value):
            raise BadInput(f"{label} must include a UTC offset, e.g. 2024-01-01T09:00:00+01:00.")
        # The database compares instants in UTC, where 9999-12-31T23:59:59-23:59 is past year 9999.
        try:
            value.astimezone(datetime.UTC)
        except OverflowError as error:
            raise BadInput(
                f"{label} must fall between 0001-01-01 and 9999-12-31 in UTC; got "
                f"{value.isoformat()}."
            ) from error
    if start is not None and end is not None and end < start:
        raise BadInput(f"{name}: the end of the range is before its start.")


def ordered(queryset, order):
    """Apply an ordering enum whose values are tuples of order_by terms, empty values last.

    NULLS LAST is asked for nullable columns only: on a column that cannot be empty it changes
    nothing but keeps PostgreSQL from reading the column's index in order.
    """
    meta = queryset.model._meta
    terms = []
    for term in order.value:
        name = term.removeprefix("-")
        if not (meta.pk if name == "pk" else meta.get_field(name)).null:
            terms.append(term)
        elif term.startswith("-"):
            terms.append(F(name).desc(nulls_last=True))
        else:
            terms.append(F(name).asc(nulls_last=True))
    return queryset.order_by(*terms)


def arg(type_, description):
    """An argument type with its description."""
    return Annotated[type_, strawberry.argument(description=description)]


LocaleArg = arg(LocaleEnum, LOCALE_DESCRIPTION)
FallbackArg = arg(bool, FALLBACK_DESCRIPTION)
LimitArg = arg(int, LIMIT_DESCRIPTION)
OffsetArg = arg(int, OFFSET_DESCRIPTION)
