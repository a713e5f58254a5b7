"""The one rule for what visitors and API clients may see."""

from django.db.models import Min, Q
from django.utils import timezone, translation

from wagtail.documents import get_document_model
from wagtail.models import CollectionViewRestriction, Locale, Page, Site, get_page_models


def private_q():
    """The pages in a restricted section (and the sections themselves), as one filter."""
    return Page.objects.all().private_q()


def public_pages(model=Page, locale=None, now=None, private=None):
    """Pages that are live, public, not expired and (when given) in the locale.

    Every rendered listing, API resolver, feed, sitemap and embed starts from this queryset.
    A page whose expiry time has passed counts as expired even before the scheduled job
    unpublishes it. `private` is `private_q()` read earlier, for callers that build many
    querysets at one moment; by default the restrictions are read now.
    """
    now = now or timezone.now()
    # depth 1 is the tree's root node, which holds the language trees and is not content.
    queryset = (
        model.objects.live()
        .exclude(private_q() if private is None else private)
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now), depth__gt=1)
    )
    if locale is not None:
        if isinstance(locale, str):
            locale = Locale.objects.get(language_code=locale)
        queryset = queryset.filter(locale=locale)
    return queryset


def within_sites():
    """The pages under a site's root, as one filter (others, like a leftover welcome page, have
    no URL)."""
    within = Q(pk__in=[])
    for root in Site.get_site_root_paths():
        within |= Q(url_path__startswith=root.root_path)
    return within


def is_public(page, now=None):
    """Whether a single page passes the visibility rule."""
    return public_pages(type(page), now=now).filter(pk=page.pk).exists()


def is_expired(page, now=None):
    """Whether the page's expiry time has passed (the expiry job may not have run yet)."""
    return page.expire_at is not None and page.expire_at <= (now or timezone.now())


def public_documents():
    """Documents outside every collection with a view restriction."""
    documents = get_document_model().objects.all()
    for path in CollectionViewRestriction.objects.values_list("collection__path", flat=True):
        documents = documents.exclude(collection__path__startswith=path)
    return documents


def public_translations(objects, language=None, now=None):
    """For each page or snippet, what a reader of the language may see of it, in order.

    A page becomes its public translation in the language, or None when that translation is
    missing, a draft, restricted or expired: a reader never follows a link into another
    language or into what is not published. Snippets (sectors, series) have no visibility of
    their own: they become their translation, or stay as they are when they have none.
    The language is the active one by default; one query per model.
    """
    language = language or translation.get_language()
    objects = list(objects)
    keys_by_model = {}
    for obj in objects:
        if obj is not None:
            model = Page if isinstance(obj, Page) else type(obj)
            keys_by_model.setdefault(model, set()).add(obj.translation_key)
    found = {}
    for model, keys in keys_by_model.items():
        candidates = public_pages(now=now) if model is Page else model.objects.all()
        candidates = candidates.filter(translation_key__in=keys, locale__language_code=language)
        if model is Page:
            candidates = candidates.specific()
        found.update({(model, match.translation_key): match for match in candidates})
    result = []
    for obj in objects:
        if obj is None:
            result.append(None)
        elif isinstance(obj, Page):
            result.append(found.get((Page, obj.translation_key)))
        else:
            result.append(found.get((type(obj), obj.translation_key), obj))
    return result


def public_translation(obj, language=None, now=None):
    """What a reader of the language may see of one page or snippet (see public_translations)."""
    return public_translations([obj], language, now)[0]


def next_change(now):
    """The first moment after now at which what the rule shows changes with no one acting.

    Pages expire, scheduled pages go live, and derived statuses (a call closing, a webinar
    starting, a call's days left) move on: answers computed now are valid until then at most.
    None when nothing is scheduled to change.
    """
    found = Page.objects.filter(live=True).aggregate(
        expire=Min("expire_at", filter=Q(expire_at__gt=now)),
        go_live=Min("go_live_at", filter=Q(go_live_at__gt=now)),
    )
    moments = [found["expire"], found["go_live"]]
    for model in get_page_models():
        # Models with a status derived from the clock (DerivedStatusMixin) say when it moves;
        # asked by name so that the rule does not depend on the content model.
        if hasattr(model, "next_status_change"):
            moments.append(model.next_status_change(now))
    return min((moment for moment in moments if moment), default=None)


def changed_by_clock(since, until):
    """Ids of the live pages that time changed after since, up to until, with no one acting.

    The pages that expired, and those whose derived status moved (a call opening or closing, or
    its days left at a midnight of its time zone; a webinar or event starting or ending).
    """
    ids = set(
        Page.objects.filter(live=True, expire_at__gt=since, expire_at__lte=until).values_list(
            "pk", flat=True
        )
    )
    for model in get_page_models():
        if hasattr(model, "changed_by_clock"):
            ids |= set(model.changed_by_clock(since, until).values_list("pk", flat=True))
    return ids
