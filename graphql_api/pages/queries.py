"""The `page` and `pages` root fields."""

import enum
import hashlib

import strawberry
from strawberry.types import Info

from django.conf import settings
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page, Site

from graphql_api.common.arguments import (
    FallbackArg,
    LimitArg,
    LocaleArg,
    OffsetArg,
    arg,
    distinct_values,
    ordered,
    page_id,
)
from graphql_api.common.enums import LocaleEnum
from graphql_api.common.errors import BadInput
from graphql_api.common.interface import PageInterface, PageList
from graphql_api.common.locales import load_specific, localized_pages, translate_page_keys
from graphql_api.common.pagination import DEFAULT_LIMIT, page_of_queryset
from graphql_api.common.scope import attach, make_scope, request_facts
from graphql_api.common.selection import item_selections, typed_fields
from graphql_api.pages.types import Navigation
from pages.registry import PAGE_KINDS
from previews.tokens import PreviewTokenError, resolve_preview_token

PageType = strawberry.enum(
    enum.Enum("PageType", [(kind.name, kind.model) for kind in PAGE_KINDS]),
    description="The page types of the site.",
)


@strawberry.enum(description="Orderings of pages.")
class PageOrder(enum.Enum):
    TITLE_ASC = ("title", "pk")
    TITLE_DESC = ("-title", "-pk")
    FIRST_PUBLISHED_DESC = ("-first_published_at", "-pk")
    FIRST_PUBLISHED_ASC = ("first_published_at", "pk")
    LAST_PUBLISHED_DESC = ("-last_published_at", "-pk")
    PATH = ("path",)


def _content_types(types):
    page_models = [member.value for member in (types or PageType)]
    return list(ContentType.objects.get_for_models(*page_models).values())


def _page_by_path(path, scope):
    """The public page at a site path such as /ja/news/, with the language of its prefix."""
    parts = [part for part in path.split("/") if part]
    codes = {code for code, _ in settings.LANGUAGES}
    if not parts or parts[0] not in codes:
        raise BadInput(
            f"path must start with a language prefix ({', '.join(sorted(codes))}), "
            f"e.g. /en/news/; got '{path}'."
        )
    language, rest = parts[0], parts[1:]
    for root in Site.get_site_root_paths():
        if root.language_code == language:
            url_path = root.root_path + "".join(f"{part}/" for part in rest)
            return scope.public(locale=scope.locale_for(language)).filter(url_path=url_path).first()
    return None


def _draft(info, token):
    """The draft a preview token grants, in its own language; a clear error otherwise."""
    try:
        draft = resolve_preview_token(token)
    except PreviewTokenError as error:
        raise BadInput(str(error)) from error
    language = request_facts(info).locales_by_id[draft.locale_id].language_code
    scope = make_scope(info, language, False)
    scope.preview = True
    scope.preview_key = hashlib.sha256(token.encode()).hexdigest()[:12]
    return attach([draft], scope)[0]


@strawberry.type
class PageQueries:
    @strawberry.field(
        description="One public page by id or by path (e.g. /ja/news/), or a draft by preview "
        "token. With locale, its translation in that language; null when there is none to show."
    )
    def page(
        self,
        info: Info,
        id: arg(strawberry.ID | None, "The page's id (in any language).") = None,
        path: arg(str | None, "The page's path on the site, with its language prefix.") = None,
        locale: arg(
            LocaleEnum | None, "Language wanted; the language of the id or path by default."
        ) = None,
        fallback: FallbackArg = False,
        preview_token: arg(
            str | None,
            "A preview token from the admin's Preview: returns that draft, saved or not, "
            "instead of a public page.",
        ) = None,
    ) -> PageInterface | None:
        if [id, path, preview_token].count(None) != 2:
            raise BadInput("Give exactly one of id, path or previewToken.")
        if preview_token is not None:
            return _draft(info, preview_token)
        scope = make_scope(info, locale or LocaleEnum.EN, fallback)
        if id is not None:
            found = Page.objects.filter(pk=page_id(id)).only("translation_key", "locale_id").first()
        else:
            # Only public pages have a path here: the page found is the one to show in its
            # own language.
            found = _page_by_path(path, scope)
        if found is None:
            return None
        if locale is None:
            scope.locale = scope.locales_by_id[found.locale_id]
        if path is not None and found.locale_id == scope.locale.pk:
            target = found
        else:
            target = translate_page_keys([found.translation_key], scope).get(found.translation_key)
        if target is None:
            return None
        specific = load_specific([target], scope, typed_fields(info.selected_fields[0].selections))
        return specific[0] if specific else None

    @strawberry.field(
        description="The site's menus in one language: the main menu and the footer's pages."
    )
    def navigation(self, info: Info, locale: LocaleArg = LocaleEnum.EN) -> Navigation:
        return Navigation(scope=make_scope(info, locale))

    @strawberry.field(description="Public pages of any type, one page at a time.")
    def pages(
        self,
        info: Info,
        locale: LocaleArg = LocaleEnum.EN,
        fallback: FallbackArg = False,
        limit: LimitArg = DEFAULT_LIMIT,
        offset: OffsetArg = 0,
        types: arg(list[PageType] | None, "Only pages of these types (50 at most).") = None,
        order: arg(PageOrder, "Ordering; newest first by default.") = (
            PageOrder.FIRST_PUBLISHED_DESC
        ),
    ) -> PageList:
        scope = make_scope(info, locale, fallback)
        types = distinct_values(types, "types")
        queryset = ordered(
            localized_pages(Page, scope).filter(content_type__in=_content_types(types)), order
        )
        items, total, limit, offset = page_of_queryset(queryset, limit, offset, info)
        typed = typed_fields(item_selections(info))
        return PageList(
            items=load_specific(items, scope, typed), total=total, limit=limit, offset=offset
        )
