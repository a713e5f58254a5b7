"""Page and image addresses, built as Wagtail builds them, with the lookups done once."""

from functools import cached_property
from urllib.parse import quote

from django.urls import reverse
from django.utils import translation

from wagtail.images.views.serve import generate_signature
from wagtail.models import Site

# What Django's reverse() leaves unquoted in a path.
SAFE_IN_PATH = "!$&'()*+,;=/~:@"


class PageUrls:
    """(relative, absolute) URLs of pages, the same as `Page.get_url_parts` gives.

    Wagtail's method looks the site roots up and reverses the serve view for every page; a
    list of a hundred pages with their related pages and translations does that hundreds of
    times. Here the roots, the request's site and each language's prefix are found once.
    """

    def __init__(self, request):
        self.request = request
        self._prefixes = {}

    @cached_property
    def roots(self):
        """Wagtail's site root paths, in its order of preference."""
        return Site.get_site_root_paths()

    @cached_property
    def request_site_id(self):
        site = Site.find_for_request(self.request) if self.request is not None else None
        return site.pk if site else None

    @cached_property
    def origin(self):
        """Scheme and host the client reached."""
        return self.request.build_absolute_uri("/")[:-1]

    def prefix(self, language):
        """The serve view's path for the site root, in a language: /en/."""
        if language not in self._prefixes:
            with translation.override(language):
                self._prefixes[language] = reverse("wagtail_serve", args=("",))
        return self._prefixes[language]

    def parts(self, url_path):
        """(relative URL, absolute URL) of a page by its url_path; (None, None) off every site."""
        located = self._locate(url_path)
        if located is None:
            return None, None
        root, path = located
        if root.site_id == self.request_site_id:
            # The page is on the site being asked: its address is the one the client reached.
            return path, self.origin + path
        return path, (root.root_url or "") + path

    def relative(self, url_path):
        """The relative URL alone: it needs the request's site only for a page on two sites."""
        located = self._locate(url_path)
        return None if located is None else located[1]

    def link(self, url_path, from_request=True):
        """What Wagtail's `page.get_url(request)` gives, or its `page.url` when not from_request."""
        located = self._locate(url_path, from_request)
        if located is None:
            return None
        root, path = located
        # Wagtail links relatively within a single site, and to the site of the request; the
        # request's site is looked up only when there are several.
        if len({other.site_id for other in self.roots}) == 1:
            return path
        if from_request and root.site_id == self.request_site_id:
            return path
        return root.root_url + path

    def _locate(self, url_path, from_request=True):
        """(site root, relative URL) of a page, the root picked as Wagtail picks it."""
        candidates = [root for root in self.roots if url_path.startswith(root.root_path)]
        if not candidates:
            return None
        root = candidates[0]
        if from_request and len({candidate.site_id for candidate in candidates}) > 1:
            # A page on several sites: the one being asked, where it is one of them.
            root = next(
                (
                    candidate
                    for candidate in candidates
                    if candidate.site_id == self.request_site_id
                ),
                root,
            )
        tail = quote(url_path[len(root.root_path) :], safe=SAFE_IN_PATH)
        return root, self.prefix(root.language_code) + tail


class ImageUrls:
    """Signed rendition URLs as `generate_image_url` makes them, the serve view reversed once."""

    def __init__(self, request):
        # The serve view's pattern is the project's (graphql_api/urls.py): signature/id/spec/name.
        sample = reverse("wagtailimages_serve", args=("s", "1", "f"))
        # Absolute on the API's host, so images also load in embeds on other sites.
        self.prefix = request.build_absolute_uri(sample.removesuffix("s/1/f/"))

    def url(self, image, spec):
        """The absolute URL of a rendition of the image."""
        signature = quote(generate_signature(image.id, spec), safe=SAFE_IN_PATH)
        name = image.file.name[len("original_images/") :]
        return f"{self.prefix}{signature}/{image.id}/{quote(spec, safe=SAFE_IN_PATH)}/{name}"
