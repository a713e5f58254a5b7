"""Which site paths a page event touches, for front-ends that revalidate pages on demand.

A delivery names the page's own path, its path before the change when a publish moved it (a new
slug), its translations' paths, and every other public path whose rendering shows the page: its
section index and its language's home page (the lists), and the pages it links to or that link
to it (Wagtail's reference index: related pages, partners, links in text and blocks).
"""

import copy
import threading

from django.db import transaction
from django.db.models.signals import pre_save
from django.dispatch import receiver

from wagtail.models import Page, ReferenceIndex

from pages.visibility import public_pages

# {page id: (url_path before, url_path after)} of saves in this thread's transaction that moved a
# live page, until its event is queued.
_before = threading.local()


def previous_url_paths():
    if not hasattr(_before, "url_paths"):
        _before.url_paths = {}
    return _before.url_paths


@receiver(pre_save)
def remember_previous_path(sender, instance, update_fields=None, **kwargs):
    # Wagtail's page_slug_changed comes after the commit, when the event has been queued: the
    # row still holds the earlier path here. Saves of other fields (a revision's) are skipped.
    if not isinstance(instance, Page) or instance.pk is None or not instance.live:
        return
    if update_fields is not None and "url_path" not in update_fields:
        return
    stored = Page.objects.filter(pk=instance.pk).values_list("url_path", flat=True).first()
    if stored is not None and stored != instance.url_path:
        remembered = previous_url_paths()
        remembered[instance.pk] = (remembered.get(instance.pk, (stored,))[0], instance.url_path)
        # Forgotten with the transaction: a save that queued no event leaves nothing behind.
        transaction.on_commit(lambda: remembered.pop(instance.pk, None))


def path_of(page, url_path=None):
    """The page's path on the site (/en/news/x/), or at an earlier url_path."""
    if url_path is not None:
        page = copy.copy(page)
        page.url_path = url_path
    return page.get_url()


def linked_pages(page):
    """Pages the page links to, and pages that link to it, by Wagtail's reference index."""
    page_type = ReferenceIndex._get_base_content_type(Page)
    outgoing = ReferenceIndex.get_references_for_object(page).filter(to_content_type=page_type)
    incoming = ReferenceIndex.get_references_to(page).filter(base_content_type=page_type)
    ids = {int(pk) for pk in outgoing.values_list("to_object_id", flat=True)}
    ids |= {int(pk) for pk in incoming.values_list("object_id", flat=True)}
    return ids


def touched_paths(page):
    """{"path", "previousPath", "translations", "affectedPaths"} of an event on the page."""
    previous, moved_to = previous_url_paths().pop(page.pk, (None, None))
    if moved_to != page.url_path:
        previous = None  # remembered for another save of the page
    home = page.get_ancestors().filter(depth=2).values_list("pk", flat=True)
    others = {page.get_parent().pk, *home, *linked_pages(page)} - {page.pk}
    public = public_pages()
    affected = sorted(path for other in public.filter(pk__in=others) if (path := other.get_url()))
    translations = [
        {"locale": other.locale.language_code, "path": other.get_url()}
        for other in public.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    ]
    return {
        "path": path_of(page),
        "previousPath": path_of(page, previous) if previous else None,
        "translations": translations,
        "affectedPaths": affected,
    }
