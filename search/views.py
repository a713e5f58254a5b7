"""The visitor search page, /en/search/ and /ja/search/: results, facets and pages as links."""

import math
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from pages.models import Sector
from pages.navigation import LanguageLink, locale_home
from pages.registry import PAGE_KINDS

from .matching import search, searchable
from .text import MAX_QUERY_LENGTH

RESULTS_PER_PAGE = 10
# No search has more pages; far beyond, the offset would pass the database's integers.
LAST_PAGE_ASKED = 2**31 // RESULTS_PER_PAGE
# The kinds a visitor narrows results to: the content pages, not the section indexes.
SEARCHED_KINDS = {
    kind.name.lower(): kind for kind in PAGE_KINDS if not kind.name.endswith(("_INDEX", "HOME"))
}


class SearchForm(forms.Form):
    """The query, page types (any of them), sectors (all of them) and the page of results."""

    q = forms.CharField(label=_("Search the helpdesk"), max_length=MAX_QUERY_LENGTH, required=False)
    type = forms.MultipleChoiceField(
        required=False, choices=[(name, name) for name in SEARCHED_KINDS]
    )
    sector = forms.MultipleChoiceField(required=False)
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data, *, locale):
        super().__init__(data)
        self.fields["sector"].choices = Sector.objects.filter(locale=locale).values_list(
            "slug", "name"
        )


@dataclass(frozen=True)
class Facet:
    """A value results can be narrowed to: its label, how many results have it, its link."""

    label: str
    count: int
    query_string: str
    selected: bool


@dataclass(frozen=True)
class Result:
    """A page found, as the results list shows it."""

    title: str
    url: str
    kind: str
    snippet: str


def _query_string(params, key, values):
    """The current query string with key set to values, from the first page of results."""
    changed = params.copy()
    changed.setlist(key, values)
    changed.pop("page", None)
    return changed.urlencode()


def _facets(params, key, counts, labels, selected):
    """Links that add a value to the filter (or, when it is on, take it off), most results first."""
    facets = []
    for value, count in counts.items():
        on = value in selected
        values = [other for other in selected if other != value] if on else [*selected, value]
        facets.append(
            Facet(labels.get(value, value), count, _query_string(params, key, values), on)
        )
    return sorted(facets, key=lambda facet: (-facet.count, facet.label))


def _results(hits, request):
    """The pages of the hits, in rank order, with their type and snippet."""
    pages = Page.objects.filter(pk__in=[hit.page_id for hit in hits]).specific().in_bulk()
    return [
        Result(
            title=pages[hit.page_id].title,
            url=pages[hit.page_id].get_url(request),
            kind=capfirst(pages[hit.page_id]._meta.verbose_name),
            # The snippet is escaped by search.snippets.snippet; only its <mark> tags are markup.
            snippet=mark_safe(hit.snippet),
        )
        for hit in hits
        if hit.page_id in pages
    ]


def search_page(request):
    """Search the public pages of the request's language."""
    language = get_language()
    locale = Locale.objects.get(language_code=language)
    form = SearchForm(request.GET, locale=locale)
    context = {
        "home": locale_home(locale),
        "form": form,
        "query": "",
        "language_links": [
            LanguageLink(
                language_code=code,
                name=name,
                url=f"/{code}/search/",
                query=request.GET.urlencode(),
                is_current=code == language,
                is_translation=True,
            )
            for code, name in settings.LANGUAGES
        ],
    }
    if not form.is_valid():
        return render(request, "search/search_page.html", context, status=400)
    query = form.cleaned_data["q"].strip()
    if not query:
        return render(request, "search/search_page.html", context)
    types, sectors = form.cleaned_data["type"], form.cleaned_data["sector"]
    content_types = [
        ContentType.objects.get_for_model(SEARCHED_KINDS[name].model) for name in types
    ]
    pages = searchable([locale])

    def results_page(number):
        offset = (number - 1) * RESULTS_PER_PAGE
        return search(query, pages, RESULTS_PER_PAGE, offset, content_types, sectors)

    number = min(form.cleaned_data["page"] or 1, LAST_PAGE_ASKED)
    found = results_page(number)
    page_count = max(1, math.ceil(found.total / RESULTS_PER_PAGE))
    if number > page_count:
        # Past the last page (the index changed, or a hand-edited link): show the last one.
        number = page_count
        found = results_page(number)
    kind_of_type = {
        ContentType.objects.get_for_model(searched.model).pk: name
        for name, searched in SEARCHED_KINDS.items()
    }
    type_labels = {
        name: capfirst(searched.model._meta.verbose_name_plural)
        for name, searched in SEARCHED_KINDS.items()
    }
    type_counts = {
        kind_of_type[content_type]: count
        for content_type, count in found.type_counts.items()
        if content_type in kind_of_type
    }
    params = request.GET
    context.update(
        query=query,
        total=found.total,
        results=_results(found.hits, request),
        type_facets=_facets(params, "type", type_counts, type_labels, types),
        sector_facets=_facets(
            params, "sector", found.sector_counts, dict(form.fields["sector"].choices), sectors
        ),
        number=number,
        page_count=page_count,
        previous_query=_page_query(params, number - 1) if number > 1 else None,
        next_query=_page_query(params, number + 1) if number < page_count else None,
    )
    return render(request, "search/search_page.html", context)


def _page_query(params, number):
    """The current query string, on another page of results."""
    changed = params.copy()
    changed["page"] = str(number)
    return changed.urlencode()
