"""Each listed kind of the registry has a demo module, loaded after the modules it relates to."""

from types import SimpleNamespace

import pytest

from demo import kinds
from pages import models
from pages.registry import ITEM_KINDS

# A listed kind the demo leaves empty, by registry name, with the reason it does.
WITHOUT_DEMO_CONTENT: dict[str, str] = {}


def module_of(kind):
    """The demo module that loads the kind, or None."""
    modules = kinds.discovered().values()
    return next((module for module in modules if kind.name == module.KIND), None)


def fake(after=(), kind="NEWS"):
    return SimpleNamespace(__name__="demo.kinds.fake", KIND=kind, AFTER=after)


@pytest.mark.parametrize("kind", ITEM_KINDS, ids=lambda kind: kind.name)
def test_every_listed_kind_has_a_demo_module_or_a_reason(kind):
    assert (module_of(kind) is None) == (kind.name in WITHOUT_DEMO_CONTENT)


@pytest.mark.parametrize(
    "kind",
    [kind for kind in ITEM_KINDS if kind.name not in WITHOUT_DEMO_CONTENT],
    ids=lambda kind: kind.name,
)
def test_each_module_creates_its_index_with_its_pages(kind, en, ja):
    module = module_of(kind)
    home = models.HomePage.objects.get(locale=en)
    index = kinds.index_kind(module).model.objects.child_of(home).get(slug=module.INDEX["slug"])
    assert (index.title, index.intro) == (module.INDEX["title"], module.INDEX["intro"])
    assert index.listed_model is kind.model
    # Its Japanese copy is titled with the module's own translation.
    assert index.get_translation(ja).title == module.strings()[module.INDEX["title"]]
    # SLUGS, kept as they are in Japanese, are the slugs of the pages the module loads.
    assert sorted(index.get_children().values_list("slug", flat=True)) == sorted(module.SLUGS)


def test_every_module_loads_after_the_modules_it_names():
    names = [module.__name__.rpartition(".")[2] for module in kinds.in_load_order()]
    assert sorted(names) == sorted(kinds.discovered())
    for position, module in enumerate(kinds.in_load_order()):
        assert set(module.AFTER) <= set(names[:position]), module.__name__


def test_the_order_is_the_first_ready_by_name():
    modules = {"c": fake(), "b": fake(after=("c",)), "a": fake(after=("b", "c")), "d": fake()}
    assert kinds.load_order(modules) == ["c", "b", "a", "d"]


def test_a_cycle_is_refused_with_its_path():
    modules = {"a": fake(after=("b",)), "b": fake(after=("c",)), "c": fake(after=("a",))}
    with pytest.raises(kinds.DemoKindError, match=r"make a cycle: a -> b -> c -> a\."):
        kinds.load_order({**modules, "d": fake()})


def test_a_module_after_itself_is_a_cycle():
    with pytest.raises(kinds.DemoKindError, match=r"cycle: a -> a\."):
        kinds.load_order({"a": fake(after=("a",))})


def test_an_unknown_name_is_refused():
    with pytest.raises(kinds.DemoKindError, match=r"demo\.kinds\.a loads after nowhere: no such"):
        kinds.load_order({"a": fake(after=("nowhere",))})


@pytest.mark.parametrize("name", ["HOME", "NO_SUCH_KIND"])
def test_a_module_of_a_kind_no_index_lists_is_refused(name):
    with pytest.raises(kinds.DemoKindError, match=r"which no section index of pages\.registry"):
        kinds.index_kind(fake(kind=name))
