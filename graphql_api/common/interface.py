"""The Page interface every page type implements, and the list of mixed pages."""

from collections import defaultdict
from datetime import datetime
from typing import Optional

import strawberry
from strawberry.scalars import JSON

from django.conf import settings
from django.db.models import Q

from wagtail.models import Page

from pages.translation_sync import TranslationState, translation_states

from .arguments import LimitArg, OffsetArg
from .enums import LocaleEnum
from .locales import load_specific
from .pagination import DEFAULT_LIMIT, Paginated, page_of_list
from .scope import batch_of, scope_of, served_id
from .selection import item_selections, typed_fields
from .structured_data import json_ld


@strawberry.type(description="A published translation of a page.")
class Translation:
    id: strawberry.ID = strawberry.field(
        description="Database id of the translated page (its fields are the same in every "
        "answer); page(id:) takes it."
    )
    locale: LocaleEnum = strawberry.field(description="Language of the translation.")
    title: str = strawberry.field(description="Title of the translated page.")
    url: str | None = strawberry.field(description="URL of the translation, relative to the site.")


def _load_translations(objects, scope):
    keys = {obj.translation_key for obj in objects}
    rows = (
        scope.public()
        .filter(translation_key__in=keys)
        .only("id", "title", "url_path", "locale_id", "translation_key")
        .order_by("locale_id")
    )
    by_key = defaultdict(list)
    for page in rows:
        by_key[page.translation_key].append(page)
    return by_key


TranslationStatus = strawberry.enum(
    TranslationState,
    name="TranslationStatus",
    description="How a language's version of a page stands against its source page.",
)


@strawberry.type(
    description="Whether readers of one language see this page, and how current it is."
)
class LanguageStatus:
    locale: LocaleEnum = strawberry.field(description="The language.")
    status: TranslationStatus = strawberry.field(
        description="UP_TO_DATE: published and translating every string the source has now; "
        "OUTDATED: published, but the source has text it does not translate yet (its dates, "
        "numbers, URLs and relations are always those of the source); MISSING: no published "
        "version in that language."
    )


def _load_translation_states(objects, scope):
    locales = list(scope.locales_by_id.values())
    return translation_states(objects, locales, scope.public())


def locale_enum(code):
    """The Locale enum member of a language code."""
    return LocaleEnum(code)


def served_page_id(root) -> strawberry.ID:
    """The page's id as this answer serves it."""
    return strawberry.ID(served_id(root.pk, scope_of(root)))


@strawberry.interface(name="Page", description="Fields every page of the site has.")
class PageInterface:
    id: strawberry.ID = strawberry.field(
        resolver=served_page_id,
        description="Identifier of the page as served: its database id, then the languages "
        "looked in and, for a preview, the draft shown (12:en; 12:ja+en with fallback; "
        "12:ja~1a2b3c4d5e6f). Different for each language and draft, so that a client's "
        "normalised cache never mixes them. page(id:) takes it, or the database id alone.",
    )
    translation_key: strawberry.ID = strawberry.field(
        description="The same for every language's version of the page: links translations."
    )
    # Plain attributes: read without a resolver call, the cheapest a field can be.
    title: str = strawberry.field(description="Title of the page in its language.")
    slug: str = strawberry.field(description="Last part of the page's URL.")

    @strawberry.field(
        description="Language of this page. With fallback, English marks a page shown because "
        "its translation is not published."
    )
    def locale(self) -> LocaleEnum:
        return locale_enum(scope_of(self).language_of(self))

    @strawberry.field(description="URL of the page, relative to the site, e.g. /en/news/.")
    def url(self) -> str | None:
        return scope_of(self).urls.relative(self.url_path)

    @strawberry.field(description="Absolute URL of the page, with the site's scheme and host.")
    def full_url(self) -> str | None:
        return scope_of(self).urls.parts(self.url_path)[1]

    @strawberry.field(description="Title for search engines; falls back to the page title.")
    def seo_title(self) -> str:
        return self.seo_title or self.title

    search_description: str = strawberry.field(
        description="Description for search engines and link previews."
    )
    first_published_at: datetime | None = strawberry.field(
        description="When the page was first published (UTC)."
    )
    last_published_at: datetime | None = strawberry.field(
        description="When the page was last published (UTC)."
    )

    @strawberry.field(
        description="For every language of the site, whether this page is published in it and "
        "up to date with its source."
    )
    def translation_status(self) -> list[LanguageStatus]:
        states = batch_of(self).get("translation_states", _load_translation_states)
        return [
            LanguageStatus(locale=locale_enum(code), status=states[self.translation_key, code])
            for code, _name in settings.LANGUAGES
        ]

    @strawberry.field(
        description="The page's published translations in the other languages (at most one "
        "per language)."
    )
    def translations(self) -> list[Translation]:
        scope = scope_of(self)
        pages = batch_of(self).get("translations", _load_translations)
        return [
            Translation(
                id=strawberry.ID(str(page.pk)),
                locale=locale_enum(scope.language_of(page)),
                title=page.title,
                url=scope.urls.relative(page.url_path),
            )
            for page in pages.get(self.translation_key, [])
            if page.pk != self.pk
        ]

    @strawberry.field(
        description="Breadcrumbs: the page's public ancestors in its language, from the home "
        "page down to its parent (a private or unpublished one is left out)."
    )
    def breadcrumbs(self, info: strawberry.Info) -> list["PageInterface"]:
        return ancestors_of(self, info)

    @strawberry.field(
        description="The schema.org JSON-LD the site renders for the page, in the page's "
        'language, ready to put in <script type="application/ld+json"> elements: the objects '
        "of its HTML, in order (its NewsArticle, Event or Organization where the type has one, "
        "then the WebSite on a home page, the BreadcrumbList elsewhere). Serialise each with <, > "
        "and & escaped (\\u003C, \\u003E, \\u0026), as the site does. URLs are absolute as in "
        "the HTML: on the scheme and host this request reached where the HTML has its visitor's, "
        "on a site's root URL where it has that (with several Wagtail sites only)."
    )
    def structured_data(self, info: strawberry.Info) -> list[JSON]:
        return json_ld(self, lambda: ancestors_of(self, info))

    @strawberry.field(
        description="The page's parent, when it is public in the page's language (null for a "
        "home page)."
    )
    def parent(self, info: strawberry.Info) -> Optional["PageInterface"]:
        ancestors = ancestors_of(self, info)
        if ancestors and ancestors[-1].depth == self.depth - 1:
            return ancestors[-1]
        return None

    @strawberry.field(
        description="The page's public child pages in its language, in the editors' order."
    )
    def children(
        self, info: strawberry.Info, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> "PageList":
        key = ("children", info.path.key)
        types = typed_fields(item_selections(info))
        children = batch_of(self).get(
            key, lambda objects, scope: _load_children(objects, scope, types)
        )
        return page_of_list(children.get(self.pk, []), limit, offset, PageList)


@strawberry.type(name="PageList", description="A page of pages of any type.")
class PageList(Paginated[PageInterface]):
    pass


def field_selections(info):
    """The selections under the field being resolved, from every node of it."""
    return [selection for field in info.selected_fields for selection in field.selections]


def _load_ancestors(objects, scope, types):
    """{page id: its public ancestors from the language's home down to its parent}."""
    steplen = Page.steplen
    prefixes = {obj.path[: steplen * depth] for obj in objects for depth in range(2, obj.depth)}
    rows = list(scope.public().filter(path__in=prefixes).order_by("depth"))
    by_path = {page.path: page for page in load_specific(rows, scope, types)}
    return {
        obj.pk: [
            by_path[obj.path[: steplen * depth]]
            for depth in range(2, obj.depth)
            if obj.path[: steplen * depth] in by_path
        ]
        for obj in objects
    }


def _load_children(objects, scope, types):
    """{page id: its public children in the tree's order}."""
    condition = Q()
    for obj in objects:
        condition |= Q(path__startswith=obj.path, depth=obj.depth + 1)
    rows = list(scope.public().filter(condition).order_by("path"))
    by_parent = defaultdict(list)
    steplen = Page.steplen
    for page in load_specific(rows, scope, types):
        by_parent[page.path[:-steplen]].append(page)
    return {obj.pk: by_parent.get(obj.path, []) for obj in objects}


def ancestors_of(page, info):
    """The page's public ancestors, loaded for its whole batch at once."""
    key = ("ancestors", info.path.key)
    types = typed_fields(field_selections(info))
    ancestors = batch_of(page).get(
        key, lambda objects, scope: _load_ancestors(objects, scope, types)
    )
    return ancestors.get(page.pk, [])
