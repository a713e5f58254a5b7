"""No code outside the registry and the content model enumerates the page kinds by hand.

A list, tuple, set or dict that names every section index, every listed kind or every kind
would need an edit for each new kind, and would silently miss it without one: such lists are
derived from `pages.registry` instead.
"""

import ast
from pathlib import Path

from pages.registry import INDEX_KINDS, ITEM_KINDS, PAGE_KINDS

ROOT = Path(__file__).resolve().parent.parent
# The registry and the models package declare the kinds; migrations are history.
DECLARING = ("pages/registry.py", "pages/models/")
NOT_SCANNED = {".venv", "node_modules", "migrations"}
# Files that still enumerate the kinds, each to be derived; one that was derived leaves the set,
# so that its enumeration cannot come back unseen.
KNOWN: set[str] = set()


def names_of(kinds):
    """The model names and API names of the kinds."""
    return {kind.model.__name__ for kind in kinds} | {kind.name for kind in kinds}


GROUPS = {
    "every section index": INDEX_KINDS,
    "every listed kind": ITEM_KINDS,
    "every kind": PAGE_KINDS,
}


def kind_named(node):
    """The kind a literal element names (a model, "pages.Model", "NEWS" or a tuple led by one)."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.rsplit(".", 1)[-1]
    if isinstance(node, ast.Tuple | ast.List) and node.elts:
        return kind_named(node.elts[0])
    return None


def enumerations(source):
    """(line, group) of each literal in the source that names every kind of a group."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            elements = node.elts
        elif isinstance(node, ast.Dict):
            elements = node.keys
        else:
            continue
        named = {kind_named(element) for element in elements}
        for group, kinds in GROUPS.items():
            if len(kinds) > 1 and all({kind.model.__name__, kind.name} & named for kind in kinds):
                found.append((node.lineno, group))
                break
    return found


def project_files():
    """The project's Python files, tests included, outside the declaring modules."""
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if NOT_SCANNED & set(path.relative_to(ROOT).parts) or relative.startswith(DECLARING):
            continue
        yield relative, path


def test_the_scan_finds_an_enumeration_of_the_kinds():
    indexes = ", ".join(f"models.{kind.model.__name__}" for kind in INDEX_KINDS)
    items = ", ".join(f'"{kind.name}"' for kind in ITEM_KINDS[:-1])
    source = f"SECTIONS = [{indexes}]\nSOME = ({items},)\nOTHER = {{}}\n"
    # All indexes are an enumeration; all listed kinds but one are a choice of kinds.
    assert enumerations(source) == [(1, "every section index")]


def test_no_file_enumerates_the_kinds_by_hand():
    scanned = list(project_files())
    assert len(scanned) > 100, "the scan found too few files to check"
    found = {relative: enumerations(path.read_text(encoding="utf-8")) for relative, path in scanned}
    # An enumeration outside KNOWN, or a file of KNOWN without one (an empty list).
    unexpected = {
        relative: found.get(relative, [])
        for relative in set(found) | KNOWN
        if bool(found.get(relative)) != (relative in KNOWN)
    }
    assert unexpected == {}
