"""The one rule for what visitors and API clients may see."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import Locale, Page


def public_pages(model=Page, locale=None, now=None):
    """Pages that are live, public, not expired and (when given) in the locale.

    Every rendered listing, API resolver, feed, sitemap and embed starts from this queryset.
    A page whose expiry time has passed counts as expired even before the scheduled job
    unpublishes it.
    """
    now = now or timezone.now()
    # depth 1 is the tree's root node, which holds the language trees and is not content.
    queryset = (
        model.objects.live()
        .public()
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now), depth__gt=1)
    )
    if locale is not None:
        if isinstance(locale, str):
            locale = Locale.objects.get(language_code=locale)
        queryset = queryset.filter(locale=locale)
    return queryset


def is_public(page, now=None):
    """Whether a single page passes the visibility rule."""
    return public_pages(type(page), now=now).filter(pk=page.pk).exists()
