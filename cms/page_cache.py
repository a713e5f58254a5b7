"""Anonymous reads of the site's pages: kept while the content is current, renders rate limited.

An anonymous GET of a page under a language prefix (/en/..., /ja/..., search included) is
answered from the cache while the content generation it was rendered in is current
(pages.generation: a publish, an edit or a scheduled change ends it), with an ETag, answered
304 when the client has it, and Cache-Control that never outlives the generation. Only pages
rendered the same for everyone are kept: none that set a cookie, write the session or carry a
CSRF token (password forms).

Renders (answers not from the cache) are counted per address: PAGE_RATE_LIMIT per
PAGE_RATE_LIMIT_SECONDS, then 429 with Retry-After until the window ends, so a run of distinct
search queries cannot occupy the database. A limit of 0 turns it off, as PAGE_CACHE_SECONDS = 0
turns the cache off.
"""

import hashlib
import re

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.translation import gettext

from graphql_api.http.caching import etag_for, etag_matches
from pages.generation import Slot

from .ratelimits import Window, client_address

PAGE_PATH = re.compile(r"^/(?:en|ja)/(?!_util/)")


def cacheable(request):
    """Whether the request reads a page as any anonymous reader would."""
    return (
        request.method in ("GET", "HEAD")
        and PAGE_PATH.match(request.path_info) is not None
        and not request.user.is_authenticated
        # A session (a page password given, a message waiting) may change the page.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def shared(request, response):
    """Whether the rendered page is the same for every anonymous reader, and may be kept."""
    return (
        response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not response.cookies
        and not response.has_header("Cache-Control")
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        # Without a session cookie the session read is empty; one written would set a cookie.
        and not getattr(getattr(request, "session", None), "modified", False)
    )


def page_window(request):
    """The client's window of the page-render limit."""
    return Window(
        "pages", client_address(request), settings.PAGE_RATE_LIMIT, settings.PAGE_RATE_LIMIT_SECONDS
    )


class PublicPageCacheMiddleware:
    """Answers anonymous page reads from the cache, renders the rest within the rate limit."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not cacheable(request):
            return self.get_response(request)
        slot = None
        if settings.PAGE_CACHE_SECONDS:
            address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
            slot = Slot("page:" + hashlib.sha256(address.encode()).hexdigest())
            found = slot.get()
            if found is not None:
                return answer(request, *found, slot.seconds_left(settings.PAGE_CACHE_SECONDS))
        window = page_window(request)
        if window.spent():
            return refusal(window)
        window.count()
        response = self.get_response(request)
        if slot is None or not shared(request, response):
            return response
        kept = (response.content, etag_for(response.content), response["Content-Type"])
        slot.store(kept, settings.PAGE_CACHE_SECONDS)
        return answer(request, *kept, slot.seconds_left(settings.PAGE_CACHE_SECONDS))


def answer(request, body, etag, content_type, seconds_left):
    """The kept page, or 304 when the client has it, cacheable no longer than it is current."""
    if etag_matches(request.headers.get("If-None-Match"), etag):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(body, content_type=content_type)
    response["ETag"] = etag
    max_age = min(settings.PAGE_HTTP_MAX_AGE, seconds_left)
    response["Cache-Control"] = f"public, max-age={max_age}, s-maxage={seconds_left}"
    return response


def refusal(window):
    """429 for a reader over the render limit, in the page's language."""
    message = gettext(
        "Too many pages asked for from this address. Try again in %(seconds)s seconds."
    ) % {"seconds": window.retry_after}
    response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(window.retry_after)
    return response
