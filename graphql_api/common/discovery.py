"""Declarations found by module name: in every package of the API, then in the apps with kinds."""

import importlib
import importlib.util
import pkgutil

import graphql_api
from pages.registry import import_from_kind_apps


def import_declarations(domain_module, app_module):
    """Import `graphql_api.<package>.<domain_module>` where it exists, then `<app>.<app_module>`.

    A kind's package, or an app that declares `page_kinds`, is found without an edit elsewhere.
    """
    for package in pkgutil.iter_modules(graphql_api.__path__):
        name = f"graphql_api.{package.name}.{domain_module}"
        if package.ispkg and importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
    import_from_kind_apps(app_module)
