"""Response cache of anonymous GraphQL reads, kept by the content generation (pages.generation)."""

import hashlib
import json

from django.conf import settings

from pages.generation import Slot


class CacheSlot:
    """Where one operation's answer is kept, and until when it may be kept."""

    def __init__(self, operation):
        canonical = json.dumps(operation, sort_keys=True, separators=(",", ":"), default=str)
        self.slot = Slot("graphql:response:" + hashlib.sha256(canonical.encode()).hexdigest())

    def get(self, now=None):
        """(body, ETag, Content-Language) of the stored answer while it is current, else None."""
        found = self.slot.get(now)
        return stored_answer(found) if found is not None else None

    def seconds_left(self):
        """Whole seconds the answer may still be kept: the setting, cut at the horizon."""
        return self.slot.seconds_left(settings.GRAPHQL_RESPONSE_CACHE_SECONDS)

    def store(self, body, etag, language):
        """Keep the answer with its ETag and the languages it was asked in."""
        self.slot.store((body, etag, language), settings.GRAPHQL_RESPONSE_CACHE_SECONDS)


def stored_answer(stored):
    """(body, ETag, Content-Language) of a kept answer; entries of earlier versions lack the last."""
    return (*stored, None)[:3]


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


def cache_control_header(seconds_left):
    """Cache-Control for public reads: the settings' lifetimes, cut at the next change."""
    max_age = min(settings.GRAPHQL_HTTP_MAX_AGE, seconds_left)
    s_maxage = min(settings.GRAPHQL_HTTP_S_MAXAGE, seconds_left)
    return f"public, max-age={max_age}, s-maxage={s_maxage}"
