"""Embeds are fetched from their provider while an editor works, never while a visitor reads.

An editor's save validates each embed block, which fetches and stores the provider's answer
(Wagtail's Embed table); reads use what is stored. `manage.py refresh_embeds` (a task) fetches
again what is missing or stale. An embed with nothing stored renders as a plain link.
"""

import contextlib
import contextvars

from django.utils.html import format_html

from wagtail.embeds.blocks import EmbedBlock
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException, EmbedNotFoundException
from wagtail.embeds.finders.oembed import OEmbedFinder
from wagtail.embeds.models import Embed

ADMIN_PREFIX = "/admin/"

fetching = contextvars.ContextVar("embed_fetching", default=False)


@contextlib.contextmanager
def fetching_allowed():
    """Lets the code inside fetch embeds from their providers."""
    token = fetching.set(True)
    try:
        yield
    finally:
        fetching.reset(token)


class EditorOnlyOEmbedFinder(OEmbedFinder):
    """Wagtail's oEmbed finder, asking the provider only where fetching is allowed."""

    def find_embed(self, url, max_width=None, max_height=None):
        if not fetching.get():
            raise EmbedNotFoundException(f"No stored embed for {url}; reads do not fetch.")
        return super().find_embed(url, max_width, max_height)


class EditorsFetchEmbedsMiddleware:
    """Allows fetching embeds during signed-in admin requests (choosers, saves, previews)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX) and request.user.is_authenticated:
            with fetching_allowed():
                return self.get_response(request)
        return self.get_response(request)


class EmbedOrLinkBlock(EmbedBlock):
    """Wagtail's embed block, shown as a plain link when nothing is stored for its URL."""

    def render_basic(self, value, context=None):
        html = super().render_basic(value, context)
        if html or not value:
            return html
        return format_html('<p class="embed-link"><a href="{0}">{0}</a></p>', value.url)


def embed_urls(pages):
    """The URLs of the embed blocks in the bodies of these pages."""
    urls = set()
    for page in pages:
        for block in getattr(page, "body", None) or ():
            if block.block_type == "embed" and block.value:
                urls.add(block.value.url)
    return urls


def refresh(urls, now):
    """Fetches the embeds with nothing stored, or stored past their expiry; (fetched, failed)."""
    current = set(
        Embed.objects.filter(url__in=urls)
        .exclude(cache_until__lte=now)
        .values_list("url", flat=True)
    )
    fetched, failed = [], []
    with fetching_allowed():
        for url in sorted(urls - current):
            try:
                get_embed(url)
            except EmbedException:
                failed.append(url)
            else:
                fetched.append(url)
    return fetched, failed
