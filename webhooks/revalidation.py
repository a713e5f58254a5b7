"""Which site paths an event changes, for front-ends that revalidate pages on demand.

Before a change is written, the public pages that may show the changed object (its candidates)
are rendered as a visitor gets them; once the change is committed they are rendered again, and
the paths whose HTML differs are the ones a delivery names. A page's candidates are its section
index and its language's home page (the lists), the pages it relates to or that relate to it in
any language (Wagtail's reference index, matched by translation key as partner pages match
them), its translations (the language switcher), and, when its address or visibility changes,
their descendants. What every page shows changes by rule, without rendering: each page of the
language when a page of the main menu or footer changes its title, address, menu flag or
visibility, and the page's descendants (their breadcrumbs and addresses) when its title,
address or visibility changes.
"""

import copy
import hashlib
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import connection, transaction
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import Http404
from django.template.response import SimpleTemplateResponse
from django.test import RequestFactory
from django.urls import Resolver404, resolve
from django.utils import translation

from wagtail.models import Page, ReferenceIndex, get_page_models
from wagtail.signals import pre_page_move

from pages.visibility import public_pages


@dataclass(frozen=True)
class Shown:
    """What other pages show of a page: address, title, menu flag, place and visibility."""

    url_path: str
    title: str
    show_in_menus: bool
    tree_path: str
    public: bool

    @classmethod
    def of(cls, page, public):
        return cls(page.url_path, page.title, page.show_in_menus, page.path, public)


@dataclass
class Snapshot:
    """The state of a page and of the pages that may show it, before a change."""

    shown: Shown | None
    # The transaction it was taken in: one rolled back leaves a snapshot no later one uses.
    block: object
    # {page id: (path, digest of its HTML)} of the candidates public before the change.
    rendered: dict = field(default_factory=dict)
    # {page id: url_path} of the page's public descendants before the change.
    descendants: dict = field(default_factory=dict)
    # A setting's field values before the change.
    values: dict | None = None


_local = threading.local()


def snapshots():
    """{page id: Snapshot} taken in this thread and not yet used by an event."""
    if not hasattr(_local, "snapshots"):
        _local.snapshots = {}
    return _local.snapshots


def awaited():
    """Ids of pages with an event queued in this thread's transaction, until it is sent."""
    if not hasattr(_local, "awaited"):
        _local.awaited = set()
    return _local.awaited


def outermost_block():
    """The transaction being written in (its outermost atomic block), or None."""
    return connection.atomic_blocks[0] if connection.atomic_blocks else None


def digest(page):
    """(path, digest of the HTML) of a page as an anonymous visitor gets it, or None."""
    path = page.get_url()
    if not path:
        return None
    request = RequestFactory().get(path)
    # The host only appears in absolute links, the same in both renderings: not validated.
    request.get_host = lambda: urlsplit(settings.PUBLIC_BASE_URL).netloc
    request.user = AnonymousUser()
    request.session = {}
    try:
        # Inside the language: the URL patterns match the active language's prefix only.
        with translation.override(page.locale.language_code):
            match = resolve(path)
            response = match.func(request, *match.args, **match.kwargs)
            if isinstance(response, SimpleTemplateResponse):
                response.render()
    except (Http404, Resolver404):
        return path, None
    body = response.content if response.status_code == 200 else str(response.status_code)
    return path, hashlib.sha256(body if isinstance(body, bytes) else body.encode()).hexdigest()


def linked_pages(pages):
    """Pages the pages link to or relate to, and pages that do so to them, in every language."""
    page_type = ReferenceIndex._get_base_content_type(Page)
    keys = [str(page.pk) for page in pages]
    outgoing = ReferenceIndex.objects.filter(
        base_content_type=page_type, object_id__in=keys, to_content_type=page_type
    ).values_list("to_object_id", flat=True)
    incoming = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=keys, base_content_type=page_type
    ).values_list("object_id", flat=True)
    ids = {int(pk) for pk in outgoing} | {int(pk) for pk in incoming}
    translation_keys = Page.objects.filter(pk__in=ids).values("translation_key")
    return set(
        Page.objects.filter(translation_key__in=translation_keys).values_list("pk", flat=True)
    )


def neighbours(pages):
    """Ids of the pages that list or relate to the pages: sections, homes, linked pages."""
    steplen = Page.steplen
    tree_paths = {page.path[:-steplen] for page in pages} | {
        page.path[: steplen * 2] for page in pages
    }
    ids = set(Page.objects.filter(path__in=tree_paths).values_list("pk", flat=True))
    return ids | linked_pages(pages)


def candidates(page, with_descendants):
    """Ids of the pages whose rendering may show the page (see the module's docstring)."""
    translations = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    ids = neighbours([page]) | set(translations.values_list("pk", flat=True))
    if with_descendants:
        for translation_ in translations:
            ids |= set(translation_.get_descendants().values_list("pk", flat=True))
    ids.discard(page.pk)
    return ids


def showing(obj):
    """Ids of the pages that may show a snippet, image or document, or list a page that does.

    Pages that refer to it in any language (Wagtail's reference index, and many-to-many
    relations such as the sectors, which it does not index), what lists those pages, and the
    pages under each home page: the sections filter by sectors, series and regions, and
    information pages show the offices.
    """
    objects = [obj]
    if hasattr(obj, "translation_key"):
        objects = list(type(obj).objects.filter(translation_key=obj.translation_key))
    page_type = ReferenceIndex._get_base_content_type(Page)
    referring = set()
    for item in objects:
        references = ReferenceIndex.get_references_to(item).filter(base_content_type=page_type)
        referring |= {int(pk) for pk in references.values_list("object_id", flat=True)}
    for model in get_page_models():
        for relation in model._meta.many_to_many:
            if relation.related_model is type(obj):
                related = model.objects.filter(**{f"{relation.name}__in": objects})
                referring |= set(related.values_list("pk", flat=True))
    pages = list(Page.objects.filter(pk__in=referring))
    sections = Page.objects.filter(depth=3).values_list("pk", flat=True)
    return referring | neighbours(pages) | set(sections)


def changed_paths(before, ids):
    """Paths of the pages among the ids whose rendering differs from `before` (render_public's)."""
    after = render_public(ids)
    changed = set()
    for pk in ids:
        old, new = before.get(pk), after.get(pk)
        if old != new:
            changed |= {entry[0] for entry in (old, new) if entry}
    return changed


def is_public(page):
    """Whether visitors may see the page now."""
    return public_pages().filter(pk=page.pk).exists()


def render_public(ids):
    """{page id: (path, digest)} of the public pages among the ids."""
    pages = public_pages().filter(pk__in=ids).specific().select_related("locale")
    return {page.pk: digest(page) for page in pages}


def take_snapshot(page, new_state=None):
    """Render what may show the page, before a change to it (once per page and transaction).

    `new_state` is the page as it is about to be saved, when known: the descendants of its
    translations are rendered only when its address or visibility changes.
    """
    if is_current(page.pk):
        return
    stored = Page.objects.filter(pk=page.pk).first()
    if stored is None:
        return
    shown = Shown.of(stored, is_public(stored))
    moving = new_state is None or (
        new_state.url_path != stored.url_path or new_state.live != stored.live
    )
    keep(
        page.pk,
        Snapshot(
            shown=shown,
            block=outermost_block(),
            rendered=render_public(candidates(stored, with_descendants=moving)),
            descendants=public_descendants(stored),
        ),
    )


def is_current(key):
    """Whether a snapshot of this transaction is kept under the key: the earliest state wins."""
    earlier = snapshots().get(key)
    return earlier is not None and earlier.block is not None and earlier.block is outermost_block()


def keep(key, snapshot):
    """Keep the snapshot for the event the change will queue."""
    snapshots()[key] = snapshot

    def forget_if_unused():
        # A change that queued no event (no endpoint wanted it) leaves nothing behind.
        if snapshots().get(key) is snapshot and key not in awaited():
            del snapshots()[key]

    transaction.on_commit(forget_if_unused)


def path_of(page, url_path=None):
    """The page's path on the site (/en/news/x/), or at an earlier url_path."""
    if url_path is not None:
        page = copy.copy(page)
        page.url_path = url_path
    return page.get_url()


def in_navigation(page):
    """Whether the page sits in the main menu's or the footer's level (a child of home)."""
    return page.depth == 3


def touched_paths(page, pk, gone=False):
    """{"path", "previousPath", "translations", "affectedPaths"} of a committed change.

    `gone` for a page deleted in the change (its `pk` is then None): only its snapshot, by
    the id it had, describes it.
    """
    snapshot = snapshots().pop(pk, None)
    awaited().discard(pk)
    now_public = not gone and is_public(page)
    after = None if gone else Shown.of(page, now_public)
    before = snapshot.shown if snapshot else None
    previous = before.url_path if before and after and before.url_path != after.url_path else None
    affected = set()
    rendered_before = snapshot.rendered if snapshot else {}
    ids = set(rendered_before)
    if not gone:
        moving = before is None or (before.url_path, before.public) != (after.url_path, now_public)
        ids |= candidates(page, with_descendants=moving)
    affected |= changed_paths(rendered_before, ids)
    if before != after:
        if in_navigation(page):
            affected |= language_paths(page.locale_id)
        affected |= descendant_paths(page, snapshot, before, after)
    own = path_of(page, before.url_path) if gone and before else path_of(page)
    affected.discard(own)
    if previous:
        affected.discard(path_of(page, previous))
    translations = [
        {"locale": other.locale.language_code, "path": other.get_url()}
        for other in public_pages()
        .filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    ]
    return {
        "path": own,
        "previousPath": path_of(page, previous) if previous else None,
        "translations": translations,
        "affectedPaths": sorted(path for path in affected if path),
    }


def language_paths(locale_id):
    """Every public path of a language."""
    return {page.get_url() for page in public_pages(locale=locale_id)} - {None}


def public_descendants(page):
    """{page id: url_path} of the page's public descendants."""
    return dict(public_pages().descendant_of(page).values_list("pk", "url_path").order_by("path"))


def descendant_paths(page, snapshot, before, after):
    """Paths of descendants whose breadcrumbs or address changed: their old and new paths."""

    def crumb(shown):
        return None if shown is None else (shown.title, shown.url_path, shown.public)

    if before is not None and crumb(before) == crumb(after):
        return set()
    url_paths = {*(snapshot.descendants.values() if snapshot else ())}
    if after is not None:
        url_paths |= set(public_descendants(page).values())
    return {path_of(page, url_path) for url_path in url_paths}


def someone_listens():
    """Whether any endpoint receives deliveries: rendering is skipped otherwise."""
    from .models import WebhookEndpoint

    return WebhookEndpoint.objects.filter(is_active=True).exists()


@receiver(pre_save)
def snapshot_before_publication(sender, instance, update_fields=None, **kwargs):
    """Before a page goes live, changes its live content or stops being live."""
    if not isinstance(instance, Page) or instance.pk is None:
        return
    if update_fields is not None and not {"live", "live_revision"} & set(update_fields):
        return
    stored = Page.objects.filter(pk=instance.pk).values("live", "live_revision_id").first()
    if stored is None:
        return
    publishing = instance.live and stored["live_revision_id"] != instance.live_revision_id
    if (publishing or stored["live"] != instance.live) and someone_listens():
        take_snapshot(instance, new_state=instance)


@receiver(pre_page_move)
def snapshot_before_move(sender, instance, **kwargs):
    if instance.live and someone_listens():
        take_snapshot(instance)


def content_key(obj):
    """The snapshot key of a snippet, image, document or setting."""
    return (obj._meta.label, obj.pk)


def snapshot_content(obj, values=None):
    """Render the pages that may show the object, before a change to it.

    A setting is shown on every page: its `values` are kept instead, and compared.
    """
    key = content_key(obj)
    if is_current(key):
        return
    rendered = {} if values is not None else render_public(showing(obj))
    keep(key, Snapshot(shown=None, block=outermost_block(), rendered=rendered, values=values))


def content_paths(obj, key):
    """The paths whose rendering a committed change to the object changed."""
    snapshot = snapshots().pop(key, None)
    awaited().discard(key)
    if snapshot is not None and snapshot.values is not None:
        changed = snapshot.values != field_values(obj)
        return every_public_path() if changed else []
    before = snapshot.rendered if snapshot else {}
    ids = set(before)
    if obj.pk is not None and type(obj).objects.filter(pk=obj.pk).exists():
        ids |= showing(obj)
    return sorted(path for path in changed_paths(before, ids) if path)


def every_public_path():
    """The path of every public page, in every language."""
    return sorted({page.get_url() for page in public_pages()} - {None})


def field_values(obj):
    """{field: value} of a model instance's concrete fields."""
    return {field.attname: getattr(obj, field.attname) for field in obj._meta.concrete_fields}
