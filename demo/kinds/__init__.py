"""The demo content of each page kind, one module per kind, found and ordered without a list.

Each module of this package declares:

- `KIND`: the name of its kind in `pages.registry.PAGE_KINDS`; the registry gives the model of
  the section index that lists it;
- `AFTER`: the names of the modules whose pages its own relate to, which load before it;
- `INDEX`: the slug, title and intro of its section index;
- `SLUGS`: the slugs of its pages, the same in Japanese;
- `strings()`: its Japanese translations, its index's included, as {English: Japanese};
- `load(loader)`: creates its pages under `loader.index_of(KIND)` and returns them by key, as
  `loader.loaded[<module name>]` for the modules that load after it.
"""

import importlib
import pkgutil

from pages.registry import INDEX_KINDS, PAGE_KINDS


class DemoKindError(LookupError):
    """A kind module that names no listed kind, or a load order that AFTER cannot give."""


def discovered():
    """The kind modules of this package, by name, in name order."""
    return {
        info.name: importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name)
        if not info.name.startswith("_")
    }


def load_order(modules):
    """The names of the modules, each after those its AFTER names.

    Among the modules whose needs are loaded, the first by name comes next, so that the order
    does not change from one run to the next.
    """
    for name, module in modules.items():
        unknown = sorted(set(module.AFTER) - set(modules))
        if unknown:
            raise DemoKindError(
                f"demo.kinds.{name} loads after {', '.join(unknown)}: no such kind module."
            )
    ordered = []
    waiting = dict(sorted(modules.items()))
    while waiting:
        ready = [name for name, module in waiting.items() if set(module.AFTER) <= set(ordered)]
        if not ready:
            raise DemoKindError(
                f"The AFTER of the demo kind modules make a cycle: {' -> '.join(_cycle(waiting))}."
            )
        ordered.append(ready[0])
        del waiting[ready[0]]
    return ordered


def _cycle(waiting):
    """A cycle among modules that each wait for another one (the first one repeated last)."""
    name, path = next(iter(waiting)), []
    while name not in path:
        path.append(name)
        name = next(after for after in waiting[name].AFTER if after in waiting)
    return [*path[path.index(name) :], name]


def in_load_order():
    """The kind modules, each after those it relates to."""
    modules = discovered()
    return [modules[name] for name in load_order(modules)]


def index_kind(module):
    """The registry entry of the section index that lists the module's kind."""
    kind = next((kind for kind in PAGE_KINDS if kind.name == module.KIND), None)
    index = next(
        (index for index in INDEX_KINDS if kind and index.listed_model is kind.model), None
    )
    if index is None:
        raise DemoKindError(
            f"{module.__name__} loads {module.KIND!r}, which no section index of "
            "pages.registry lists."
        )
    return index
