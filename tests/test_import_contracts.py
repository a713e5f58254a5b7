"""The import contracts of pyproject.toml cover every package of the project and of the API."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API = "graphql_api"
# Not code of the project: tests import everything, the others hold no project package.
NOT_PROJECT_PACKAGES = {"tests", "node_modules", ".venv"}
# Migrations are loaded by Django, not imported by the API; static and templates hold no code.
NOT_API_LAYERS = {"migrations", "static", "templates"}


def importlinter():
    """The [tool.importlinter] section of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["tool"]["importlinter"]


def api_layers_contract():
    """The layers contract whose container is the API package."""
    contracts = [
        contract
        for contract in importlinter()["contracts"]
        if contract["type"] == "layers" and API in contract.get("containers", [])
    ]
    assert len(contracts) == 1, f"pyproject.toml needs one layers contract with container {API}."
    return contracts[0]


def layered_names(contract):
    """The module names the contract's layers list, optional ones (in parentheses) included."""
    names = set()
    for layer in contract["layers"]:
        for name in re.split(r"[|:]", layer):
            names.add(name.strip().removeprefix("(").removesuffix(")").strip())
    return names


def is_package(directory):
    """Whether a directory is a regular Python package."""
    return directory.is_dir() and (directory / "__init__.py").is_file()


def api_children():
    """The packages and modules directly under the API package, read from the filesystem."""
    children = set()
    for entry in (ROOT / API).iterdir():
        if entry.name in NOT_API_LAYERS:
            continue
        if is_package(entry):
            children.add(entry.name)
        elif entry.is_file() and entry.suffix == ".py" and entry.stem != "__init__":
            children.add(entry.stem)
    return children


def project_packages():
    """The packages beside manage.py, read from the filesystem."""
    assert (ROOT / "manage.py").is_file(), f"{ROOT} should be the project's root, with manage.py."
    return {
        entry.name
        for entry in ROOT.iterdir()
        if entry.name not in NOT_PROJECT_PACKAGES and is_package(entry)
    }


def test_every_package_and_module_of_the_api_has_a_layer():
    contract = api_layers_contract()
    children = api_children()
    # An empty scan would pass without checking anything.
    assert children, f"found no package or module under {ROOT / API}"
    missing = sorted(children - layered_names(contract))
    assert not missing, (
        f"In no layer of the contract {contract['name']!r} (pyproject.toml): "
        + ", ".join(f"{API}.{name}" for name in missing)
        + ". Without a layer its imports are unchecked: add it to the contract's `layers`,"
        " where its imports allow."
    )


def test_every_project_package_is_a_root_package_of_the_contracts():
    packages = project_packages()
    assert API in packages, f"found no package {API} beside manage.py in {ROOT}"
    missing = sorted(packages - set(importlinter()["root_packages"]))
    assert not missing, (
        "Missing from [tool.importlinter] root_packages (pyproject.toml): "
        + ", ".join(missing)
        + ". lint-imports reads no package outside them, so no contract covers its imports."
    )
