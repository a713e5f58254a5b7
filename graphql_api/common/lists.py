"""Root lists of page kinds: each kind declares its filters and orderings, one resolver serves all.

A domain declares its list with `root_list(...)` in its `queries` module; `root_list_queries()`
turns every declaration into a root field, in the registry's order. Each field takes the same
locale, fallback and window arguments, the arguments of its filters, then `order`.
"""

import inspect
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any

import strawberry
from strawberry.types import Info

from pages.registry import PAGE_KINDS, kind_of

from .arguments import FallbackArg, LimitArg, LocaleArg, OffsetArg, arg, date_range, ordered
from .enums import LocaleEnum
from .locales import localized_pages
from .pagination import DEFAULT_LIMIT, paginate
from .scope import make_scope


@dataclass(frozen=True)
class Argument:
    """One argument of a root list: its Python name (camel-cased in the schema), type and help."""

    name: str
    type: Any
    description: str
    default: Any = None


class ListFilter(ABC):
    """A filter of a root list: the arguments it takes and the rows they keep."""

    @abstractmethod
    def arguments(self) -> tuple[Argument, ...]:
        """The arguments the filter adds to the list's field, in order."""

    def check(self, values):  # noqa: B027 (most filters have nothing to check)
        """Refuse values that cannot be compared (checked before any filter runs)."""

    @abstractmethod
    def apply(self, queryset, values, scope):
        """The queryset narrowed by the values given (None: the argument was not given)."""


@dataclass(frozen=True)
class Status(ListFilter):
    """Pages with a status now, by the same rule as the rendered pages (the model's)."""

    enum: type
    description: str

    def arguments(self):
        return (Argument("status", self.enum | None, self.description),)

    def apply(self, queryset, values, scope):
        status = values["status"]
        if status is None:
            return queryset
        model = queryset.model
        return queryset.filter(model.status_filter(model.Status(status.value), scope.now))


@dataclass(frozen=True)
class Choice(ListFilter):
    """Pages whose field holds one choice (the enum's value)."""

    field: str
    enum: type
    description: str

    def arguments(self):
        return (Argument(self.field, self.enum | None, self.description),)

    def apply(self, queryset, values, scope):
        choice = values[self.field]
        return queryset if choice is None else queryset.filter(**{self.field: choice.value})


@dataclass(frozen=True)
class Range(ListFilter):
    """Pages whose date or instant falls in a range: arguments `<field>From` and `<field>To`."""

    field: str
    type: type
    from_description: str
    to_description: str

    @property
    def names(self):
        return f"{self.field}_from", f"{self.field}_to"

    def arguments(self):
        start, end = self.names
        return (
            Argument(start, self.type | None, self.from_description),
            Argument(end, self.type | None, self.to_description),
        )

    def check(self, values):
        start, end = self.names
        date_range(values[start], values[end], f"{self.field}From/{self.field}To")

    def apply(self, queryset, values, scope):
        start, end = (values[name] for name in self.names)
        if start is not None:
            queryset = queryset.filter(**{f"{self.field}__gte": start})
        if end is not None:
            queryset = queryset.filter(**{f"{self.field}__lte": end})
        return queryset


@dataclass(frozen=True)
class Ordering:
    """How a list may be ordered: an enum whose values are order_by terms, and its default."""

    enum: type
    default: Any
    description: str


@dataclass(frozen=True)
class RootList:
    """A root field listing the published pages of one kind."""

    name: str
    model: type
    list_type: type
    description: str
    ordering: Ordering
    filters: tuple[ListFilter, ...] = field(default=())

    def arguments(self):
        """The field's arguments after locale, fallback, limit and offset, `order` last."""
        for list_filter in self.filters:
            yield from list_filter.arguments()

    def resolve(self, info, locale, fallback, limit, offset, order, **values):
        """One window of the list."""
        scope = make_scope(info, locale, fallback)
        for list_filter in self.filters:
            list_filter.check(values)
        queryset = localized_pages(self.model, scope)
        for list_filter in self.filters:
            queryset = list_filter.apply(queryset, values, scope)
        return paginate(self.list_type, ordered(queryset, order), limit, offset, scope, info)

    def field(self):
        """The strawberry field of the list."""

        def resolver(**arguments):
            return self.resolve(**arguments)

        def parameter(name, annotation, default):
            return inspect.Parameter(
                name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
            )

        resolver.__name__ = self.name
        resolver.__signature__ = inspect.Signature(
            [
                parameter("info", Info, inspect.Parameter.empty),
                parameter("locale", LocaleArg, LocaleEnum.EN),
                parameter("fallback", FallbackArg, False),
                parameter("limit", LimitArg, DEFAULT_LIMIT),
                parameter("offset", OffsetArg, 0),
                *(
                    parameter(
                        argument.name, arg(argument.type, argument.description), argument.default
                    )
                    for argument in self.arguments()
                ),
                parameter(
                    "order",
                    arg(self.ordering.enum, self.ordering.description),
                    self.ordering.default,
                ),
            ],
            return_annotation=self.list_type,
        )
        return strawberry.field(resolver=resolver, description=self.description)


_ROOT_LISTS = {}


def root_list(name, model, list_type, description, ordering, filters=()):
    """Declare the root field that lists the pages of a registered model."""
    declared = RootList(name, model, list_type, description, ordering, tuple(filters))
    _ROOT_LISTS[kind_of(model).name] = declared
    return declared


def root_lists():
    """Every declared root list, in the registry's order."""
    return [_ROOT_LISTS[kind.name] for kind in PAGE_KINDS if kind.name in _ROOT_LISTS]


def root_list_queries():
    """A query type with a field for every declared root list."""
    fields = {declared.name: declared.field() for declared in root_lists()}
    return strawberry.type(type("RootListQueries", (), fields))
