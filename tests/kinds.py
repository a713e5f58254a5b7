"""Every page kind of the registry, with its factory and its place in the test site tree."""

import importlib.util
import inspect

import factory

from pages.registry import ITEM_KINDS
from tests import factories


class Sections:
    """A home page and its section indexes, each reached by its slug (`tree.news`)."""

    def __init__(self, home, indexes):
        self.home = home
        self.indexes = {index.slug: index for index in indexes}

    def __getattr__(self, name):
        try:
            return self.__dict__["indexes"][name]
        except KeyError:
            raise AttributeError(f"The test site has no section {name!r}.") from None

    def index_for(self, model):
        """The section index that lists pages of the model."""
        return next(index for index in self.indexes.values() if index.listed_model is model)


class SiteTree(Sections):
    """The English home page, every section index of the registry, and the two locales."""

    def __init__(self, home, indexes, en, ja):
        super().__init__(home, indexes)
        self.en = en
        self.ja = ja


def factory_modules(model):
    """The modules that may hold the model's factory: tests.factories, and its own app's."""
    modules = [factories]
    own = f"{model._meta.app_config.name}.factories"
    if importlib.util.find_spec(own) is not None:
        modules.append(importlib.import_module(own))
    return modules


def factory_for(model):
    """The factory that builds the model (tests.factories or its app's factories), or None."""
    members = [member for module in factory_modules(model) for member in inspect.getmembers(module)]
    for _name, candidate in members:
        if not inspect.isclass(candidate):
            continue
        if (
            issubclass(candidate, factory.base.Factory)
            and getattr(candidate._meta, "model", None) is model
        ):
            return candidate
    return None


def japanese_title(model):
    """The title the test trees give the Japanese translation of a section index."""
    return factory_for(model)._meta.parameters["japanese_title"].value


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
