"""Response cache of anonymous GraphQL reads, invalidated by a generation counter.

Every publish, unpublish or delete of a page, and every change to a snippet, setting, image
or document, increments the generation; cache keys include it, so older entries are simply
never read again (and expire on their own) instead of the whole cache being flushed.
"""

import hashlib
import json

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

GENERATION_KEY = "graphql:generation"


def current_generation():
    """The content generation now (starts at 1)."""
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def bump_generation(**kwargs):
    """Make every cached response stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.add(GENERATION_KEY, 2, timeout=None)


def response_key(operation):
    """Cache key of one operation: generation, document (or its hash), variables, name."""
    canonical = json.dumps(operation, sort_keys=True, separators=(",", ":"), default=str)
    digest = hashlib.sha256(canonical.encode()).hexdigest()
    return f"graphql:response:{current_generation()}:{digest}"


def etag_for(body):
    """A strong ETag of a response body."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def etag_matches(if_none_match, etag):
    """Whether an If-None-Match header names the ETag (weak comparison, as RFC 9110 says)."""
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return etag in candidates


def get_cached(key):
    return cache.get(key)


def store(key, body):
    if settings.GRAPHQL_RESPONSE_CACHE_SECONDS > 0:
        cache.set(key, body, timeout=settings.GRAPHQL_RESPONSE_CACHE_SECONDS)


def cache_control_header():
    """Cache-Control for public reads, from settings."""
    return (
        f"public, max-age={settings.GRAPHQL_HTTP_MAX_AGE}, "
        f"s-maxage={settings.GRAPHQL_HTTP_S_MAXAGE}"
    )


# What changes public content. Renditions are left out: reads create them.
@receiver(page_published)
@receiver(page_unpublished)
def on_page_change(sender, **kwargs):
    bump_generation()


@receiver(post_delete)
@receiver(post_save)
def on_content_change(sender, instance, **kwargs):
    # Any page save may change what is public (a live page's fields, its move, its expiry);
    # drafts of live pages also end up here, which costs a cache refill, never a stale answer.
    if isinstance(instance, Page) or is_public_content(sender):
        bump_generation()


# Rows the system writes on its own: changing them does not change what the API answers.
BOOKKEEPING_MODELS = {"webhookdelivery", "webhookendpoint", "previewgrant", "previewtarget"}


def is_public_content(model):
    """Snippets, settings, images and documents: what API responses are made of besides pages."""
    if model._meta.app_label == "pages":
        return model._meta.model_name not in BOOKKEEPING_MODELS
    return model in (get_image_model(), get_document_model())
