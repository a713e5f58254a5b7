"""Types of the home page, the section indexes and the information pages."""

import strawberry
import strawberry_django

from django.utils import translation

from graphql_api.blocks.stream import rich_text, stream_page
from graphql_api.blocks.types import BodyBlockList, HelpStepList
from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.interface import PageInterface, field_selections
from graphql_api.common.locales import load_specific
from graphql_api.common.page_types import page_type
from graphql_api.common.pagination import DEFAULT_LIMIT
from graphql_api.common.selection import typed_fields
from pages import models
from pages.navigation import information_pages, main_sections
from pages.registry import INDEX_KINDS


@page_type(models.HomePage, description="The home page of a language.")
class HomePageType(PageInterface):
    tagline: str = strawberry_django.field(description="One line under the site name.")

    @strawberry_django.field(description="A paragraph introducing the helpdesk, as HTML.")
    def intro(self) -> str:
        return rich_text(self, "intro")

    @strawberry_django.field(
        description="The ways the helpdesk helps (up to four), in the editors' order."
    )
    def help_steps(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> HelpStepList:
        return stream_page(self, "help_steps", limit, offset, HelpStepList)


def index_type(model):
    """The API type of a section index: its intro; its pages are listed by its kind's root list."""
    with translation.override("en"):
        listed = str(model.listed_model._meta.verbose_name_plural)

    @page_type(model, description=f"The index of the {listed}.")
    class IndexType(PageInterface):
        @strawberry_django.field(description="A short introduction shown above the list, as HTML.")
        def intro(self) -> str:
            return rich_text(self, "intro")

    IndexType.__name__ = f"{model.__name__}Type"
    return IndexType


INDEX_TYPES = [index_type(kind.model) for kind in INDEX_KINDS]


@page_type(
    models.InformationPage,
    description="Standing information: about the helpdesk, contact, legal notice, privacy, ...",
)
class InformationPageType(PageInterface):
    summary: str = strawberry_django.field(
        description="One or two sentences for search results and link previews; may be empty."
    )
    show_offices: bool = strawberry_django.field(
        description="Whether the page lists the helpdesk's offices after its text."
    )

    @strawberry_django.field(description="The page's text: a list of blocks, in order.")
    def body(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> BodyBlockList:
        return stream_page(self, "body", limit, offset, BodyBlockList)


@strawberry.type(description="The site's menus in one language.")
class Navigation:
    scope: strawberry.Private[object]

    @strawberry.field(
        description="The main menu: the language's public sections, and the information pages "
        "shown in menus, in the editors' order."
    )
    def menu(self, info: strawberry.Info) -> list[PageInterface]:
        return self.pages(main_sections(self.scope.locale), info)

    @strawberry.field(
        description="The footer: the language's public information pages (about, contact, "
        "privacy...), in the editors' order."
    )
    def footer(self, info: strawberry.Info) -> list[PageInterface]:
        return self.pages(information_pages(self.scope.locale), info)

    def pages(self, queryset, info):
        """The pages, each of its type, with the fields of the types the document asks for."""
        return load_specific(list(queryset), self.scope, typed_fields(field_selections(info)))
