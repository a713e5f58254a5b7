"""Rich text link handlers and the page-serving hooks of the site."""

from django.http import Http404

from wagtail import hooks

from .rich_text import PublicDocumentLinkHandler, PublicPageLinkHandler
from .visibility import is_expired


# After Wagtail's own handlers (order 0), so these replace them on every rendered page.
@hooks.register("register_rich_text_features", order=100)
def register_public_link_handlers(features):
    features.register_link_type(PublicPageLinkHandler)
    features.register_link_type(PublicDocumentLinkHandler)


@hooks.register("before_serve_page")
def refuse_expired_pages(page, request, serve_args, serve_kwargs):
    """An expired page is gone at its expiry time, not when the expiry job next runs."""
    if is_expired(page):
        raise Http404
