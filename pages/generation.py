"""The content generation: when cached answers, pages and sitemaps stop being current.

Any committed change to a model that readers' answers are made of replaces the generation, so
entries computed before it are never served again (they expire on their own) instead of a
cache being flushed. The generation also moves on by itself at the next moment the visibility
rule or a derived status changes (an expiry, a deadline, a start), so no entry outlives the
moment it was computed for.

The generation lives in the database, beside the content, and the cache holds a copy of it that
lives `CONTENT_GENERATION_COPY_SECONDS` (one by default): a cached read fetches the copy and its
entry in one round trip and no SQL, while a cache that was unreachable, restarted from an old
snapshot or evicted the copy can bring back no answer that a change made stale for longer.
"""

import math
import secrets
import time

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.images import get_image_model
from wagtail.signals import post_page_move

from .models import ContentGeneration
from .visibility import next_change

HORIZON_KEY = "content:horizon:{generation}"
GENERATION_KEY = "content:generation"
# Stored instead of None when nothing is scheduled to change: the cache cannot hold None.
NEVER = math.inf


# Rows written by reads, by the admin's bookkeeping or by work in progress (drafts, translation
# memories, moderation): none of them changes a public answer until a page is saved or
# published, which bumps the generation itself.
IGNORED_APPS = {
    "admin",
    # Applications are never shown; the review bumps the generation itself when a selection
    # changes a call's places left (applications.review).
    "applications",
    "contenttypes",
    "sessions",
    "django_tasks_db",
    "previews",
    # The search index, derived from pages whose saves bump the generation themselves.
    "search",
    "wagtail_localize",
    "wagtailsearch",
    "wagtailusers",
    "webhooks",
}
IGNORED_MODELS = {
    "wagtailadmin.editingsession",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.taskstate",
    "wagtailcore.workflowstate",
    "wagtailembeds.embed",
    # The generation itself: replacing it is the change's consequence, not a change.
    "pages.contentgeneration",
}


def current_generation():
    """The content generation now (starts at 1): the cache's copy, or the database's value."""
    value = cache.get(GENERATION_KEY)
    return stored_generation() if value is None else value


def stored_generation():
    """The generation in the database, copied to the cache unless a bump copied a newer one."""
    value = ContentGeneration.objects.filter(pk=1).values_list("value", flat=True).first()
    value = 1 if value is None else value
    # add, not set: a bump committed after our read has already put the newer value there.
    cache.add(GENERATION_KEY, value, timeout=settings.CONTENT_GENERATION_COPY_SECONDS)
    return value


def bump_generation():
    """Make every cached entry stale."""
    # A random value rather than the next one: after a restore from a backup, the history that
    # follows can never reach a generation whose answers another history left in the cache.
    value = secrets.randbits(62) + 2
    if not ContentGeneration.objects.filter(pk=1).update(value=value):
        ContentGeneration.objects.update_or_create(pk=1, defaults={"value": value})
    cache.set(GENERATION_KEY, value, timeout=settings.CONTENT_GENERATION_COPY_SECONDS)


def bump_after_commit():
    """Bump once the change is visible to other connections, never before.

    Bumping inside the transaction would let a concurrent read store the old content under the
    new generation, where it would be served until the next change.
    """
    transaction.on_commit(bump_generation)


def generation_and_horizon(now):
    """The generation valid now and the moment (a timestamp) it stops being valid."""
    generation = current_generation()
    horizon_key = HORIZON_KEY.format(generation=generation)
    horizon = cache.get(horizon_key)
    if horizon is None:
        moment = next_change(now)
        horizon = moment.timestamp() if moment else NEVER
        # A generation's horizon never changes; an hour outlives most generations.
        cache.set(horizon_key, horizon, timeout=3600)
    if horizon <= now.timestamp():
        # Time has changed the answers: move every process on to a new generation (a second
        # process doing the same only costs one more refill).
        bump_generation()
        return generation_and_horizon(now)
    return generation, horizon


# The generation this process last found current: what a cached answer is checked against
# while the database, which holds the truth, cannot be reached (cms/outages.py).
_last_current = None


def last_known_generation():
    """The generation this process last found current, or None before the first read."""
    return _last_current


class Slot:
    """A cache entry that is served only while the generation it was computed in is current."""

    def __init__(self, key):
        self.key = key
        self.generation = self.horizon = None

    def get(self, now=None):
        """The stored value while it is current, else None.

        Called before the value is computed: on a miss it fixes the generation the value will
        be stored under, so a change committed meanwhile makes that value stale at once.
        """
        global _last_current
        now = now or timezone.now()
        found = cache.get_many([GENERATION_KEY, self.key])
        entry = found.get(self.key)
        if entry is not None:
            generation, horizon, value = entry
            # Without the copy (it lives a second), the database says which generation is current.
            current = found.get(GENERATION_KEY) or stored_generation()
            if generation == current and now.timestamp() < horizon:
                self.generation, self.horizon = generation, horizon
                _last_current = generation
                return value
        self.generation, self.horizon = generation_and_horizon(now)
        _last_current = self.generation
        return None

    def seconds_left(self, limit):
        """Whole seconds the value may still be kept: the limit, cut at the horizon."""
        if self.horizon != NEVER:
            limit = min(limit, math.floor(self.horizon - time.time()))
        return max(limit, 0)

    def store(self, value, seconds):
        """Keep the value for at most that long, with its generation and horizon."""
        seconds = self.seconds_left(seconds)
        if seconds > 0:
            cache.set(self.key, (self.generation, self.horizon, value), timeout=seconds)


def changes_answers(model):
    """Whether saving or deleting rows of the model can change a public answer."""
    meta = model._meta
    if meta.apps is not global_apps:
        return False  # a migration's historical model: `migrate` bumps once when it is done
    if meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS:
        return False
    # Renditions are made by reads; users change no public answer.
    return model not in (get_image_model().get_rendition_model(), get_user_model())


@receiver(post_save)
@receiver(post_delete)
def on_content_change(sender, **kwargs):
    if changes_answers(sender):
        bump_after_commit()


@receiver(m2m_changed)
def on_relation_change(sender, instance, action, **kwargs):
    if action.startswith("post_") and changes_answers(type(instance)):
        bump_after_commit()


@receiver(post_migrate)
def on_migrate(sender, app_config, **kwargs):
    # Data migrations may change any answer; the counter's own table exists only from here on.
    if app_config.label == "pages":
        bump_generation()


@receiver(post_page_move)
def on_page_move(sender, **kwargs):
    # Tree moves rewrite paths with bulk updates, which send no post_save.
    bump_after_commit()
