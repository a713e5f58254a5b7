"""Keep live translations in step with their source page, and say which ones are out of date.

Translations start as drafts (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off) and go live
when a translator publishes them. Once live, a translation is only ever rebuilt by merging:
the source's synchronised values (dates, deadlines, numbers, URLs, relations, block order)
come across, every translated string is kept, a string the source changed keeps the
translation's previous text, and a block the source added is left out until it is
translated. No source-language text reaches a live translation.

wagtail-localize rebuilds a target from the source with the source's text wherever a string
is untranslated, and `save_target(publish=False)` writes the row of a live target, so a
"draft" is public at once. Every path that saves a target (its editor, "Sync translated
pages", the translation exchange) goes through `Translation.save_target`, which is routed
here for live pages and saved snippets by `route_live_translations()`.
"""

import enum

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.dispatch import receiver
from django.utils.translation import get_language_info

from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.blocks.struct_block import StructValue
from wagtail.coreutils import find_available_slug
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.signals import page_published
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.ingest import ingest_segments


class TranslationState(enum.Enum):
    """How a language's version of a page stands against its source."""

    UP_TO_DATE = "up_to_date"
    OUTDATED = "outdated"
    MISSING = "missing"


def admin_language_name(code):
    """A language named in the active language: "Japanese" in the English admin, "英語" in Japanese."""
    return str(get_language_info(code)["name_translated"])


def source_of(page):
    """The wagtail-localize source recorded for a page in its own language, or None."""
    return TranslationSource.objects.filter(
        object_id=page.translation_key,
        specific_content_type=ContentType.objects.get_for_model(page.specific_class),
        locale_id=page.locale_id,
    ).first()


def unit_of(path):
    """The field or block a segment path belongs to: a rich text's link targets go with its text."""
    components = []
    for component in path.split("."):
        # Quoted components are link targets inside a rich text; they may contain dots.
        if component.startswith("'"):
            break
        components.append(component)
    return ".".join(components)


def untranslated_segments(source, locale):
    """The source's string segments with no translation in the locale, in the source's order."""
    return list(
        StringSegment.objects.filter(source=source)
        .annotate_translation(locale)
        .filter(translation__isnull=True)
        .select_related("context", "string")
        .order_by("order")
    )


def tab_of(model, field_name):
    """The heading of the editor tab that holds a field of a page model, or None."""
    for tab in model.get_edit_handler().children:
        options = tab.get_form_options()
        if field_name in options.get("fields", ()) or field_name in options.get("formsets", {}):
            return tab.heading
    return None


def strings_to_translate(page, locale):
    """[(source text, editor tab)] the page's translation into the locale still lacks."""
    source = TranslationSource.objects.filter(object_id=page.translation_key).first()
    if source is None or source.locale_id == locale.pk:
        return []
    model = source.specific_content_type.model_class()
    return [
        (segment.string.data, tab_of(model, segment.context.path.split(".")[0]))
        for segment in untranslated_segments(source, locale)
    ]


def _by_unit(segments):
    units = {}
    for segment in segments:
        units.setdefault(unit_of(segment.path), []).append(segment)
    return units


def merge_translation(translation, target):
    """Rebuild a live target from its source without losing a translated string.

    Returns the units (fields or blocks) still to translate: each shows the target's previous
    text, or is left out of the page when it had none.
    """
    source, locale = translation.source, translation.target_locale
    # The caller's copy may predate the source's last update: its content must match its segments.
    source.refresh_from_db()
    original = source.as_instance()
    # A draft page's text is a copy of the source's, not a translation to fall back on.
    previous = _by_unit(extract_segments(target)) if getattr(target, "live", True) else {}
    stale = {unit_of(segment.context.path) for segment in untranslated_segments(source, locale)}
    copy_synchronised_fields(original, target)
    segments = [
        segment
        for segment in source._get_segments_for_translation(locale, fallback=True)
        if unit_of(segment.path) not in stale
    ]
    segments += [segment for unit in sorted(stale) for segment in previous.get(unit, ())]
    ingest_segments(original, target, source.locale, locale, segments)
    for unit in stale - previous.keys():
        leave_out(target, unit)
    return stale


def leave_out(target, unit):
    """Keep an untranslated unit of a stream off the page: blank it if optional, else drop its block.

    Plain fields need nothing: the merge leaves their previous (translated or empty) value.
    """
    field_name, *components = unit.split(".")
    if not components or not isinstance(target._meta.get_field(field_name), StreamField):
        return
    value = getattr(target, field_name)
    block, container, struct = value.stream_block, None, None
    for component in components:
        if isinstance(value, StreamValue | ListValue):
            children = list(value) if isinstance(value, StreamValue) else value.bound_blocks
            index = next((i for i, child in enumerate(children) if child.id == component), None)
            if index is None:  # already left out with its block
                return
            container, struct = (value, index), None
            block, value = children[index].block, children[index].value
        elif isinstance(value, StructValue):
            struct = (value, component)
            block, value = block.child_blocks[component], value[component]
        else:
            break
    if struct is not None and not getattr(block, "required", True):
        struct[0][struct[1]] = block.normalize("")
    elif container is not None:
        del container[0][container[1]]


def save_live_translation(translation, target, user=None, publish=True):
    """Merge the source into a live target, as a draft revision or published; returns the stale units.

    A page's draft is a revision only: the row of a live page is what readers see. Snippets
    have no drafts and are saved.
    """
    if not isinstance(target, Page):
        stale = merge_translation(translation, target)
        target.save()
        TranslationLog.objects.create(source=translation.source, locale=translation.target_locale)
        return stale
    target = target.specific
    stale = merge_translation(translation, target)
    target.slug = find_available_slug(target.get_parent(), target.slug, ignore_page_id=target.pk)
    translation.source.sync_view_restrictions(translation.source.as_instance(), target)
    revision = target.save_revision(user=user, log_action=True)
    if publish:
        revision.publish(user=user, skip_permission_checks=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return stale


def live_target(translation):
    """The translation's target if readers can see it: a live page, or any saved snippet."""
    try:
        target = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    if isinstance(target, Page) and not target.live:
        return None
    return target


def route_live_translations():
    """Send wagtail-localize's saves of live translations (pages and snippets) through the merge."""
    library_save_target = Translation.save_target
    if getattr(library_save_target, "merges_live_pages", False):
        return

    def save_target(self, user=None, publish=True):
        target = live_target(self)
        if target is None:
            return library_save_target(self, user=user, publish=publish)
        with transaction.atomic():
            save_live_translation(self, target, user=user, publish=publish)

    save_target.merges_live_pages = True
    Translation.save_target = save_target


def sync_live_translations(page, user=None):
    """Merge the source into each of its live translations and publish them.

    Returns {language code: True when up to date, False when strings are still to translate}.
    """
    page = page.specific
    source = source_of(page)
    if source is None:
        return {}
    source.update_from_db()
    outcome = {}
    translations = Translation.objects.filter(source=source, enabled=True)
    for translation in translations.select_related("source", "target_locale"):
        target = live_target(translation)
        if target is not None:
            stale = save_live_translation(translation, target, user=user)
            outcome[translation.target_locale.language_code] = not stale
    return outcome


@receiver(page_published)
def on_source_published(sender, instance, revision=None, **kwargs):
    # A translation's own publish finds no source in its language and stops here.
    sync_live_translations(instance, user=getattr(revision, "user", None))


def untranslated_string_sources(sources, locale_ids):
    """{(source id, locale id)} of translations that lack a string their source has now."""
    missing_string = StringSegment.objects.filter(source_id=OuterRef("source_id")).exclude(
        Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef(OuterRef("target_locale_id")),
                has_error=False,
            )
        )
    )
    rows = (
        Translation.objects.filter(source__in=sources, target_locale_id__in=locale_ids)
        .annotate(incomplete=Exists(missing_string))
        .filter(incomplete=True)
        .values_list("source_id", "target_locale_id")
    )
    return set(rows)


def translation_states(pages, locales, public):
    """{(translation key, language code): TranslationState} for each page in each locale.

    `public` is the queryset of pages a reader may see: a translation that is not in it is
    MISSING. A public translation is OUTDATED when its source now has text it does not
    translate; translations made outside wagtail-localize have no record and count as up to date.
    Three queries, whatever the number of pages.
    """
    keys = {page.translation_key for page in pages}
    visible = set(
        public.filter(translation_key__in=keys).values_list("translation_key", "locale_id")
    )
    sources = TranslationSource.objects.filter(object_id__in=keys)
    rows = list(sources.values_list("pk", "object_id", "locale_id"))
    source_by_id = {pk: key for pk, key, _locale in rows}
    source_locale = {key: locale_id for _pk, key, locale_id in rows}
    stale = {
        (source_by_id[source_id], locale_id)
        for source_id, locale_id in untranslated_string_sources(
            source_by_id.keys(), [locale.pk for locale in locales]
        )
    }
    states = {}
    for key in keys:
        for locale in locales:
            if (key, locale.pk) not in visible:
                state = TranslationState.MISSING
            elif source_locale.get(key) != locale.pk and (key, locale.pk) in stale:
                state = TranslationState.OUTDATED
            else:
                state = TranslationState.UP_TO_DATE
            states[key, locale.language_code] = state
    return states
