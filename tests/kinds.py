"""Every page kind of the registry, with its factory and its place in the test site tree."""

import inspect

import factory

from pages.registry import PAGE_KINDS
from tests import factories

# Section indexes list one page type each; the kinds they list are the site's content.
INDEX_KINDS = [kind for kind in PAGE_KINDS if getattr(kind.model, "listed_model", None)]
ITEM_KINDS = [
    kind
    for kind in PAGE_KINDS
    if any(index.model.listed_model is kind.model for index in INDEX_KINDS)
]


def factory_for(model):
    """The factory of tests.factories that builds the model, or None."""
    for _name, candidate in inspect.getmembers(factories, inspect.isclass):
        if (
            issubclass(candidate, factory.base.Factory)
            and getattr(candidate._meta, "model", None) is model
        ):
            return candidate
    return None


def make_page(kind, site_tree, **fields):
    """A live page of the kind, under its section index (or the home page for an index)."""
    parent = site_tree.index_for(kind.model) if kind in ITEM_KINDS else site_tree.home
    return factory_for(kind.model)(parent=parent, **fields)


def root_list_field(kind):
    """The root field of the API that lists pages of the kind (e.g. `news` for NEWS)."""
    from graphql_api.schema import schema

    list_type = f"{kind.model.__name__}List"
    query = schema._schema.query_type
    return next(
        name for name, field in query.fields.items() if field.type.of_type.name == list_type
    )


def every_field(type_name, depth=0):
    """A selection of every field of an API type that needs no argument, lists included."""
    from graphql import get_named_type, is_leaf_type, is_required_argument

    from graphql_api.schema import schema

    selections = []
    for name, field in schema._schema.get_type(type_name).fields.items():
        if any(is_required_argument(argument) for argument in field.args.values()):
            continue
        named = get_named_type(field.type)
        if is_leaf_type(named):
            selections.append(name)
        elif depth < 1:
            inner = (
                "totalCount items { __typename }"
                if "items" in getattr(named, "fields", {})
                else "__typename"
            )
            selections.append(f"{name} {{ {inner} }}")
    return " ".join(selections)
