"""Every page model of the project is registered once, and every entry has all its pieces."""

import pytest

from django.apps import apps
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from wagtail.fields import StreamField
from wagtail.models import Page

from graphql_api.blocks.types import STREAMS
from graphql_api.common.page_types import MissingApiType, api_type
from graphql_api.schema import schema
from pages.models import HomePage, InformationPage, NewsIndexPage
from pages.registry import (
    INDEX_KINDS,
    ITEM_KINDS,
    PAGE_KINDS,
    PageKind,
    UnregisteredPageType,
    kind_of,
)
from tests.kinds import factory_for, make_page


def missing_pieces(kind):
    """What the kind lacks among the pieces every page type must have."""
    missing = []
    try:
        declared = api_type(kind)
    except MissingApiType:
        missing.append("API type")
    else:
        if declared.__strawberry_django_definition__.model is not kind.model:
            missing.append("API type of this model")
    if kind.name not in schema._schema.get_type("PageType").values:
        missing.append("PageType member")
    try:
        get_template(kind.model.template)
    except TemplateDoesNotExist:
        missing.append("template")
    if factory_for(kind.model) is None:
        missing.append("factory")
    if kind.structured_data is not None and not callable(kind.structured_data):
        missing.append("structured data")
    for field in kind.model._meta.get_fields():
        if isinstance(field, StreamField):
            block_class = type(field.stream_block)
            children = STREAMS.get(block_class, {})
            if set(children) != set(field.stream_block.child_blocks):
                missing.append(f"API types of {block_class.__name__}")
    for join in kind.joins:
        field = kind.model._meta.get_field(join)
        if not (field.many_to_one or field.one_to_one):
            missing.append(f"join {join}")
    return missing


def test_every_page_model_of_the_project_is_registered_once():
    # The content model's app, and any app that declares kinds of its own.
    project_apps = [
        config
        for config in apps.get_app_configs()
        if config.name == "pages" or getattr(config, "page_kinds", None)
    ]
    project_models = {
        model for config in project_apps for model in config.get_models() if issubclass(model, Page)
    }
    registered = [kind.model for kind in PAGE_KINDS]
    assert len(registered) == len(set(registered))
    assert set(registered) == project_models
    assert len({kind.name for kind in PAGE_KINDS}) == len(PAGE_KINDS)


@pytest.mark.parametrize("kind", PAGE_KINDS, ids=lambda kind: kind.name)
def test_every_registered_kind_has_all_its_pieces(kind):
    assert missing_pieces(kind) == []


def test_the_guard_names_what_an_incomplete_kind_lacks():
    ghost = PageKind("GHOST", Page, structured_data="not a function", joins=("owner",))
    # Wagtail's base page has a template of its own; the rest is missing.
    assert missing_pieces(ghost) == ["API type", "PageType member", "factory", "structured data"]
    with pytest.raises(UnregisteredPageType) as raised:
        kind_of(Page)
    assert str(raised.value) == "Page has no entry in pages.registry.PAGE_KINDS: add one."


@pytest.mark.parametrize(
    "kind", [kind for kind in PAGE_KINDS if kind.structured_data], ids=lambda kind: kind.name
)
def test_kinds_with_structured_data_describe_their_pages(kind, site_tree, rf):
    page = make_page(kind, site_tree)
    request = rf.get("/", HTTP_HOST="localhost")
    data = kind.describe(page, request)
    assert data["@context"] == "https://schema.org"
    assert data["url"] == f"http://localhost{page.url}"
    assert data["inLanguage"] == "en"
    assert data["@type"] == {"NEWS": "NewsArticle", "PARTNER": "Organization"}.get(
        kind.name, "Event"
    )


def test_item_kinds_are_the_ones_section_indexes_list():
    listed = [index.listed_model for index in INDEX_KINDS]
    # Each index lists a kind of its own, and every listed kind is registered.
    assert len(set(listed)) == len(listed)
    assert {kind.model for kind in ITEM_KINDS} == set(listed)
    names = [kind.name for kind in ITEM_KINDS]
    assert names[0] == "NEWS"
    assert {"HOME", "NEWS_INDEX", "INFORMATION"}.isdisjoint(names)


def test_every_kind_but_the_home_page_names_its_parents():
    # A kind without parent_page_types could be created anywhere, under an article included.
    assert [kind.name for kind in PAGE_KINDS if kind.model.parent_page_types is None] == []


def test_the_home_page_takes_the_sections_and_information_pages_in_the_registrys_order():
    children = [
        kind.model for kind in PAGE_KINDS if kind in INDEX_KINDS or kind.model is InformationPage
    ]
    assert HomePage.allowed_subpage_models() == children
    assert children[0] is NewsIndexPage
    assert len(children) == len(INDEX_KINDS) + 1
