"""Per-request state: the requested language, the fallback switch and sibling batches.

Objects of one list share a `Batch`: the first time a field needs a relation of one object, the
relation is loaded for every sibling in one query, so a list costs the same number of queries
whatever its length.
"""

from dataclasses import dataclass
from functools import cached_property

from django.conf import settings
from django.utils import timezone

from wagtail.models import Locale, Page

from pages.addresses import ImageUrls, PageUrls
from pages.visibility import private_q, public_pages

from .errors import BadInput


class RequestFacts:
    """What every root field of one request shares, each read at most once.

    The clock, the locales, the site roots and the view restrictions: a document with seven
    lists asks for each of them once, not once per list.
    """

    def __init__(self, request, locales=None):
        self.request = request
        self.now = timezone.now()
        locales = Locale.objects.all() if locales is None else locales
        self.locales_by_id = {locale.pk: locale for locale in locales}
        self.urls = PageUrls(request)
        # The languages root fields were asked in: the answer's Content-Language.
        self.languages = set()

    @cached_property
    def image_urls(self):
        """Signed rendition URLs, the serve view reversed once."""
        return ImageUrls(self.request)

    @cached_property
    def private(self):
        """The pages in a restricted section, as one filter."""
        return private_q()


@dataclass
class Scope:
    """What one root field was asked for: language, fallback, and the request's facts."""

    locale: Locale
    fallback: bool
    facts: RequestFacts
    # A preview reads the draft's relations from its snapshot, not from the saved page.
    preview: bool = False
    # Which draft a preview shows (a digest of its token): ids say it, so that a client's
    # cache never puts a draft in place of the published page.
    preview_key: str = ""

    @property
    def request(self):
        """The request being answered."""
        return self.facts.request

    @property
    def now(self):
        """The request's moment: every list is read as of it."""
        return self.facts.now

    @property
    def locales_by_id(self):
        """The locales by id, read once per request."""
        return self.facts.locales_by_id

    @property
    def urls(self):
        """Page URLs, the site roots looked up once."""
        return self.facts.urls

    def public(self, model=Page, locale=None):
        """`public_pages` at the request's time, with the restrictions read once."""
        return public_pages(model, locale=locale, now=self.now, private=self.facts.private)

    @property
    def default_locale(self):
        """The source language's locale."""
        return self.locale_for(settings.LANGUAGE_CODE)

    def locale_for(self, code):
        """The Locale object of a language code."""
        for locale in self.locales_by_id.values():
            if locale.language_code == code:
                return locale
        raise BadInput(f"The language '{code}' has no content locale.")

    def language_of(self, obj):
        """Language code of a translatable object, without a query."""
        return self.locales_by_id[obj.locale_id].language_code

    @property
    def languages(self):
        """Locales to look in: the requested one, then the source one when falling back."""
        if self.fallback and self.locale.pk != self.default_locale.pk:
            return [self.locale, self.default_locale]
        return [self.locale]

    @property
    def cache_key(self):
        """What an id adds to a database id: the languages looked in, and the draft shown."""
        key = "+".join(locale.language_code for locale in self.languages)
        return f"{key}~{self.preview_key}" if self.preview_key else key


def served_id(pk, scope):
    """The id of an object as this scope serves it: 12:en, 12:ja+en (fallback), 12:ja~1a2b…"""
    return f"{pk}:{scope.cache_key}"


def request_facts(info):
    """The facts of the request the field is resolved for."""
    request = info.context.request
    facts = getattr(request, "_api_facts", None)
    if facts is None:
        facts = request._api_facts = RequestFacts(request)
    return facts


def make_scope(info, locale, fallback=False):
    """The scope of one root field."""
    code = locale.value if hasattr(locale, "value") else locale
    scope = Scope(locale=None, fallback=bool(fallback), facts=request_facts(info))
    scope.locale = scope.locale_for(code)
    scope.facts.languages.add(code)
    return scope


class Batch:
    """Objects loaded together, with the relations loaded once for all of them."""

    def __init__(self, objects, scope):
        self.objects = objects
        self.scope = scope
        self._loaded = {}

    def get(self, key, loader):
        """Run `loader(objects, scope)` once for the batch and return its result."""
        if key not in self._loaded:
            self._loaded[key] = loader(self.objects, self.scope)
        return self._loaded[key]


def attach(objects, scope):
    """Put the objects in one batch and return them."""
    objects = list(objects)
    batch = Batch(objects, scope)
    for obj in objects:
        obj._api_batch = batch
    return objects


def batch_of(obj):
    """The batch an object was loaded in (a batch of its own when it was loaded alone)."""
    batch = getattr(obj, "_api_batch", None)
    if batch is None:
        raise RuntimeError(f"{obj!r} was not loaded through the API's batching.")
    return batch


def scope_of(obj):
    """The scope an object was loaded for."""
    return batch_of(obj).scope
