"""The sitemap (an index of paged sitemaps with hreflang alternates), and robots.txt."""

import math
from collections import defaultdict

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from pages.addresses import PageUrls
from pages.generation import Slot
from pages.visibility import public_pages, within_sites


def ordered_public_pages():
    """Every public page of the sites, in every language, each page beside its translations.

    Ordered by translation key (Wagtail's unique index on key and locale), so that a sitemap page
    mostly holds whole families and finds few alternates elsewhere, whatever the size of the site.
    """
    return (
        public_pages()
        .filter(within_sites())
        .select_related("locale")
        .only("id", "url_path", "translation_key", "last_published_at", "locale__language_code")
        .order_by("translation_key", "locale_id")
    )


def page_size():
    """URLs per sitemap page (the protocol allows 50,000)."""
    return settings.SITEMAP_PAGE_SIZE


def kept(request, name, render):
    """A sitemap response, rendered once per content generation (SITEMAP_CACHE_SECONDS).

    Rendering a page reads its pages and their translations; reading it back costs no query.
    Any change to the content moves the generation and the next read renders anew.
    """
    seconds = settings.SITEMAP_CACHE_SECONDS
    if not seconds:
        return render()
    # Sitemaps hold absolute URLs built from the address the client reached.
    slot = Slot(f"sitemap:{request.scheme}://{request.get_host()}:{name}")
    body = slot.get()
    if body is not None:
        return HttpResponse(body, content_type="application/xml")
    response = render().render()
    slot.store(response.content, seconds)
    return response


@require_GET
def sitemap_index(request):
    """The sitemap index: one paged sitemap per SITEMAP_PAGE_SIZE public pages."""
    return kept(request, "index", lambda: _sitemap_index(request))


@require_GET
def sitemap_page(request, number):
    """One page of public pages, each listing its public translations (on any page)."""
    return kept(request, number, lambda: _sitemap_page(request, number))


def _sitemap_index(request):
    count = ordered_public_pages().count()
    numbers = range(1, max(1, math.ceil(count / page_size())) + 1)
    locations = [
        request.build_absolute_uri(reverse("sitemap-page", args=[number])) for number in numbers
    ]
    return TemplateResponse(
        request,
        "feeds/sitemap_index.xml",
        {"locations": locations},
        content_type="application/xml",
    )


def _sitemap_page(request, number):
    size = page_size()
    start = max(number - 1, 0) * size
    pages = list(ordered_public_pages()[start : start + size])
    if number < 1 or (not pages and number > 1):
        raise Http404("No such sitemap page.")
    # Families are contiguous: only the first and the last can have members on another page.
    keys = {pages[0].translation_key, pages[-1].translation_key} if pages else set()
    translations = list(
        ordered_public_pages()
        .filter(translation_key__in=keys)
        .exclude(pk__in=[p.pk for p in pages])
    )
    # Addresses built as Wagtail builds them, with the site roots looked up once.
    addresses = PageUrls(request)
    urls = {page.pk: addresses.parts(page.url_path)[1] for page in [*pages, *translations]}
    family = defaultdict(list)
    for page in sorted([*pages, *translations], key=lambda page: page.locale.language_code):
        family[page.translation_key].append(page)
    entries = [
        {
            "location": urls[page.pk],
            "lastmod": page.last_published_at,
            "alternates": [
                (sibling.locale.language_code, urls[sibling.pk])
                for sibling in family[page.translation_key]
            ]
            if len(family[page.translation_key]) > 1
            else [],
        }
        for page in pages
    ]
    return TemplateResponse(
        request, "feeds/sitemap.xml", {"entries": entries}, content_type="application/xml"
    )


@require_GET
def robots_txt(request):
    """Crawlers may read everything but the admin; the sitemap is announced."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /graphql/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
