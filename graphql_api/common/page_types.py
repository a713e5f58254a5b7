"""The API type of each page kind of `pages.registry`, declared with `@page_type`."""

import strawberry_django

from pages.registry import PAGE_KINDS, kind_of

_API_TYPES = {}


class MissingApiType(LookupError):
    """A registered page kind whose API type was never declared."""


def page_type(model, description):
    """Declare a class as the API type of a registered page model, named after the model."""
    kind = kind_of(model)

    def declare(cls):
        api_type = strawberry_django.type(model, name=model.__name__, description=description)(cls)
        _API_TYPES[kind.name] = api_type
        return api_type

    return declare


def api_type(kind):
    """The API type declared for a page kind."""
    try:
        return _API_TYPES[kind.name]
    except KeyError:
        raise MissingApiType(
            f"Page kind {kind.name} has no API type: declare one with "
            f"@page_type({kind.model.__name__}, ...) in its domain's types module and import "
            "that module in graphql_api/schema.py."
        ) from None


def all_api_types():
    """The API type of every registered page kind, in the registry's order."""
    return [api_type(kind) for kind in PAGE_KINDS]
