"""sitemap.xml with hreflang alternates, and robots.txt."""

from collections import defaultdict

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from pages.visibility import public_pages


@require_GET
def sitemap(request):
    """Every public page in every language, each listing its public translations."""
    pages = list(
        public_pages()
        .select_related("locale")
        .only("id", "url_path", "translation_key", "last_published_at", "locale__language_code")
        .order_by("path", "locale__language_code")
    )
    # Site root paths are cached on the request, so building URLs costs no query per page.
    # Pages outside every site (such as a leftover welcome page) have no URL and are left out.
    paths = {page.pk: page.get_url(request) for page in pages}
    pages = [page for page in pages if paths[page.pk]]
    urls = {page.pk: request.build_absolute_uri(paths[page.pk]) for page in pages}
    family = defaultdict(list)
    for page in pages:
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
