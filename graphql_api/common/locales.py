"""The visibility rule applied per language, with the English fallback, in batches."""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page

from pages.registry import PAGE_KINDS

from .scope import attach

# The relations each page model's reads follow, from the registry.
JOINS = {kind.model: kind.joins for kind in PAGE_KINDS}


def localized_pages(model, scope):
    """Public pages of the model in the requested language, or English where it is missing.

    Without fallback this is `public_pages(model, locale)`. With fallback, an English page is
    included when its translation in the requested language is not public.
    """
    queryset = scope.public(model)
    if len(scope.languages) == 1:
        return queryset.filter(locale=scope.locale)
    translated = scope.public(locale=scope.locale).values("translation_key")
    return queryset.filter(
        Q(locale=scope.locale)
        | (Q(locale=scope.default_locale) & ~Q(translation_key__in=translated))
    )


def localized_snippets(model, scope):
    """Snippets in the requested language, or English where the translation is missing."""
    queryset = model.objects.all()
    if len(scope.languages) == 1:
        return queryset.filter(locale=scope.locale)
    translated = model.objects.filter(locale=scope.locale).values("translation_key")
    return queryset.filter(
        Q(locale=scope.locale)
        | (Q(locale=scope.default_locale) & ~Q(translation_key__in=translated))
    )


def pick_translation(candidates, scope):
    """From objects sharing translation keys, the best one per key for the scope."""
    rank = {locale.pk: position for position, locale in enumerate(scope.languages)}
    best = {}
    for candidate in candidates:
        position = rank.get(candidate.locale_id)
        if position is None:
            continue
        current = best.get(candidate.translation_key)
        if current is None or position < rank[current.locale_id]:
            best[candidate.translation_key] = candidate
    return best


def translate_snippets(model, sources, scope):
    """Map each source snippet's pk to its version in the requested language (one query at most).

    Snippets already in the language are their own version: an English read asks nothing more.
    """
    sources = [source for source in sources if source is not None]
    found = {source.pk: source for source in sources if source.locale_id == scope.locale.pk}
    others = [source for source in sources if source.pk not in found]
    if not others:
        return found
    keys = {source.translation_key for source in others}
    candidates = model.objects.filter(translation_key__in=keys, locale__in=scope.languages)
    best = pick_translation(candidates, scope)
    found.update(
        {
            source.pk: best[source.translation_key]
            for source in others
            if source.translation_key in best
        }
    )
    return found


def translate_page_keys(keys, scope, model=Page):
    """Map translation keys to the public page in the requested language (one query)."""
    if not keys:
        return {}
    candidates = scope.public(model).filter(
        translation_key__in=set(keys), locale__in=scope.languages
    )
    if model is not Page:
        candidates = with_joins(candidates)
    return pick_translation(candidates, scope)


def translate_page_ids(ids, scope):
    """Map page ids to the public base page in the requested language (two queries)."""
    ids = {int(pk) for pk in ids}
    if not ids:
        return {}
    keys = dict(Page.objects.filter(pk__in=ids).values_list("pk", "translation_key"))
    best = translate_page_keys(keys.values(), scope)
    return {pk: best[key] for pk, key in keys.items() if key in best}


def load_specific(base_pages, scope, types=None):
    """The specific objects of base pages, in the same order.

    Pages of the `types` named (GraphQL type names; all when None) are loaded, one query per
    type. The others only need the interface's fields, which their base row holds: they become
    their specific class without a query (a field read later loads on access).
    """
    ids_by_type = defaultdict(list)
    for page in base_pages:
        ids_by_type[page.content_type_id].append(page.pk)
    by_id = {}
    bases = {page.pk: page for page in base_pages}
    for content_type_id, ids in ids_by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if types is None or model.__name__ in types:
            objects = with_joins(model.objects.filter(pk__in=ids))
        else:
            objects = [bases[pk].specific_deferred for pk in ids]
        for obj in attach(objects, scope):
            by_id[obj.pk] = obj
    return [by_id[page.pk] for page in base_pages if page.pk in by_id]


def with_joins(queryset):
    """The queryset with the joins its page model needs for the API."""
    joins = JOINS.get(queryset.model)
    return queryset.select_related(*joins) if joins else queryset
