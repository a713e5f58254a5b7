"""The page types of the site: one entry each, from which everything per type is derived.

The API's `PageType` enum and its per-type joins, the schema's page types, the stream block
registry, the structured data of rendered pages and the templates are all looked up here;
`tests/test_registry.py` fails when a page model of the project has no entry or when an entry
lacks one of its pieces (API type, template, factory, structured data or an explicit None).
"""

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.http import HttpRequest
from django.template.loader import get_template
from django.utils.module_loading import import_string

from wagtail.models import Page

from . import models
from . import structured_data as schema_org

# (page, request, absolute URL, language code) -> the schema.org object of the page, without
# @context.
Describer = Callable[[Page, HttpRequest, str, str], dict]


@dataclass(frozen=True)
class PageKind:
    """One page type of the site."""

    # Stable name: the API's PageType member; never renamed once published.
    name: str
    model: type[Page]
    # The schema.org description of rendered pages; None: schema.org has no fitting type.
    structured_data: Describer | None
    # Foreign keys every read of the type follows (select_related), so lists cost one query.
    joins: tuple[str, ...] = ()

    @property
    def listed_model(self):
        """The page model a section index lists; None for the other kinds."""
        return getattr(self.model, "listed_model", None)

    @property
    def template(self):
        """The template that renders pages of the type (Wagtail's `template` attribute)."""
        return get_template(self.model.template)

    def describe(self, page, request, url=None, language=None):
        """The page's JSON-LD object, or None when the type has no structured data."""
        if self.structured_data is None:
            return None
        # Wagtail's URL and the page's locale by default; the API passes the ones it has read
        # for a whole list at once.
        if url is None:
            url = request.build_absolute_uri(page.get_url(request))
        if language is None:
            language = page.locale.language_code
        data = self.structured_data(page, request, url, language)
        return {
            "@context": "https://schema.org",
            "url": url,
            "inLanguage": language,
            **data,
        }


BUILT_IN_KINDS = (
    PageKind("HOME", models.HomePage, structured_data=None),
    PageKind("NEWS_INDEX", models.NewsIndexPage, structured_data=None),
    PageKind("NEWS", models.NewsPage, schema_org.news_article, joins=("image",)),
    PageKind("WEBINAR_INDEX", models.WebinarIndexPage, structured_data=None),
    PageKind("WEBINAR", models.WebinarPage, schema_org.event, joins=("series",)),
    PageKind("EVENT_INDEX", models.EventIndexPage, structured_data=None),
    PageKind("EVENT", models.EventPage, schema_org.event),
    PageKind("CALL_INDEX", models.CallIndexPage, structured_data=None),
    PageKind("CALL", models.CallPage, structured_data=None),
    PageKind("PARTNER_INDEX", models.PartnerIndexPage, structured_data=None),
    PageKind("PARTNER", models.PartnerPage, schema_org.organization, joins=("logo", "region")),
    PageKind("PARTNERSHIP_INDEX", models.PartnershipIndexPage, structured_data=None),
    # schema.org has no type for a cooperation between organisations.
    PageKind("PARTNERSHIP", models.PartnershipPage, structured_data=None),
    # About, contact, legal notice, ...: schema.org's WebPage would say nothing more.
    PageKind("INFORMATION", models.InformationPage, structured_data=None),
)


def import_from_kind_apps(module_name):
    """Import `<app>.<module_name>` of every app that declares page kinds, where it has one."""
    for config in apps.get_app_configs():
        name = f"{config.name}.{module_name}"
        if getattr(config, "page_kinds", None) and importlib.util.find_spec(name) is not None:
            importlib.import_module(name)


def kinds_of_other_apps():
    """The kinds other installed apps declare: `page_kinds`, a dotted path on their AppConfig."""
    kinds = []
    for config in apps.get_app_configs():
        path = getattr(config, "page_kinds", None)
        if path is not None:
            kinds.extend(import_string(path))
    return tuple(kinds)


PAGE_KINDS = BUILT_IN_KINDS + kinds_of_other_apps()

_BY_MODEL = {kind.model: kind for kind in PAGE_KINDS}

# Section indexes list one page model each; the kinds they list are the site's content.
INDEX_KINDS = tuple(kind for kind in PAGE_KINDS if kind.listed_model)
ITEM_KINDS = tuple(
    kind for kind in PAGE_KINDS if any(index.listed_model is kind.model for index in INDEX_KINDS)
)


def children_of(model):
    """The registered models that name the model in their parent_page_types, in order."""
    label = model._meta.label
    return [kind.model for kind in PAGE_KINDS if label in (kind.model.parent_page_types or ())]


# Sections and information pages name the home page as their parent; the home page takes them.
models.HomePage.subpage_types = children_of(models.HomePage)


class UnregisteredPageType(LookupError):
    """A page model with no entry in PAGE_KINDS."""


def kind_of(model):
    """The registry entry of a page model."""
    try:
        return _BY_MODEL[model]
    except KeyError:
        raise UnregisteredPageType(
            f"{model.__name__} has no entry in pages.registry.PAGE_KINDS: add one."
        ) from None
