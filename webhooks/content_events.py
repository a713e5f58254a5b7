"""content.changed: the snippets, images, documents and settings that pages show.

A delivery names the object and the paths whose rendering its change changed; a change no page
shows sends nothing.
"""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.snippets.models import get_snippet_models

from .delivery import record, subscribed_endpoints
from .models import WebhookEvent
from .revalidation import (
    awaited,
    content_key,
    content_paths,
    field_values,
    snapshot_content,
    snapshots,
    someone_listens,
)


def is_setting(model):
    return model in settings_registry


def is_watched(model):
    """Snippets, images, documents and settings: what pages show besides other pages."""
    return (
        model in get_snippet_models()
        or model in (get_image_model(), get_document_model())
        or is_setting(model)
    )


def content_payload(obj, key, gone):
    """The JSON body of a change to a snippet, image, document or setting."""
    paths = content_paths(obj, key)
    if not paths:
        return None
    return {
        "event": WebhookEvent.CONTENT_CHANGED,
        "object": {
            "type": key[0],
            "id": key[1],
            "locale": obj.locale.language_code if hasattr(obj, "locale_id") else None,
            "translationKey": str(obj.translation_key) if hasattr(obj, "translation_key") else None,
            "deleted": gone,
        },
        "affectedPaths": paths,
        "timestamp": timezone.now().isoformat(),
    }


def queue_content_event(obj, gone=False, created=False):
    """One delivery per subscribed endpoint, sent once the change commits, if a page shows it."""
    key = content_key(obj)
    if created and (obj._meta.label, None) in snapshots():
        # Taken before the object had an id.
        snapshots()[key] = snapshots().pop((obj._meta.label, None))
    subscribed = subscribed_endpoints(WebhookEvent.CONTENT_CHANGED)
    if not subscribed:
        snapshots().pop(key, None)
        return []
    if hasattr(obj, "locale_id"):
        obj.locale  # noqa: B018 -- read now, while an object being deleted still has one
    awaited().add(key)
    return record(WebhookEvent.CONTENT_CHANGED, subscribed, lambda: content_payload(obj, key, gone))


@receiver(pre_save)
def before_content_saved(sender, instance, raw=False, **kwargs):
    if raw or not is_watched(sender):
        return
    if is_setting(sender):
        stored = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
        if stored is not None and someone_listens():
            snapshot_content(instance, values=field_values(stored))
    elif instance.pk is None and sender in (get_image_model(), get_document_model()):
        # Nothing can show an image or document that is only being uploaded.
        return
    elif someone_listens():
        snapshot_content(instance)


@receiver(post_save)
def after_content_saved(sender, instance, created=False, raw=False, **kwargs):
    # Settings are created with their defaults on the first page that reads them: what that
    # page shows did not change.
    if not raw and is_watched(sender) and not (created and is_setting(sender)):
        queue_content_event(instance, created=created)


@receiver(pre_delete)
def before_content_deleted(sender, instance, **kwargs):
    if is_watched(sender) and someone_listens():
        snapshot_content(instance)


@receiver(post_delete)
def after_content_deleted(sender, instance, **kwargs):
    if is_watched(sender):
        queue_content_event(instance, gone=True)
