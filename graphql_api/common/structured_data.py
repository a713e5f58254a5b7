"""The schema.org JSON-LD of pages, the objects their rendered HTML has, read for a list at once."""

from django.db.models import Prefetch, prefetch_related_objects

from wagtail.images import get_image_model

from pages.registry import kind_of
from pages.structured_data import RENDITION_SPECS, site_objects

from .scope import batch_of, scope_of


def _prefetch_renditions(objects, scope):
    """Read the renditions the batch's JSON-LD links to, for every image of it in one query."""
    image_model = get_image_model()
    images = []
    for obj in objects:
        # The images a page type shows are among the relations every read of it joins.
        for name in kind_of(type(obj)).joins:
            field = obj._meta.get_field(name)
            if field.related_model is image_model and getattr(obj, field.attname) is not None:
                images.append(getattr(obj, name))
    renditions = image_model.get_rendition_model().objects.filter(filter_spec__in=RENDITION_SPECS)
    # Wagtail's get_rendition() then finds them here instead of asking once per image; one not
    # made yet is made there, as on the page's first view.
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )


def json_ld(page, ancestors):
    """The page's JSON-LD objects as base.html renders them; ancestors() gives its public ones."""
    scope = scope_of(page)
    batch_of(page).get("json_ld_renditions", _prefetch_renditions)
    request, urls = scope.request, scope.urls
    language = scope.language_of(page)

    def trail():
        # The template links the trail as Wagtail's `page.url` does, without the request.
        return [(crumb.title, urls.link(crumb.url_path, False)) for crumb in [*ancestors(), page]]

    url = request.build_absolute_uri(urls.link(page.url_path))
    own = kind_of(type(page)).describe(page, request, url=url, language=language)
    # In the template's order: the page's own object (json_ld), then the site's (site_json_ld).
    return [*([own] if own is not None else []), *site_objects(page, language, request, trail)]
