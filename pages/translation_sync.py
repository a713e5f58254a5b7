"""Keep live translations in step with their source page, and say which ones are out of date.

Translations start as drafts (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE is off) and go live
when a translator publishes them. Once live, publishing the source brings its synchronised
facts (dates, deadlines, numbers, URLs, relations) to every live translation at once: a
translation whose strings are all translated is rebuilt and republished as wagtail-localize's
sync would; one still missing strings keeps its translated text and gets only the synchronised
fields, so no untranslated text is ever published.
"""

import enum

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.dispatch import receiver

from wagtail.signals import page_published
from wagtail_localize.fields import copy_synchronised_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.segments import OverridableSegmentValue
from wagtail_localize.segments.ingest import ingest_segments


class TranslationState(enum.Enum):
    """How a language's version of a page stands against its source."""

    UP_TO_DATE = "up_to_date"
    OUTDATED = "outdated"
    MISSING = "missing"


def source_of(page):
    """The wagtail-localize source recorded for a page in its own language, or None."""
    return TranslationSource.objects.filter(
        object_id=page.translation_key,
        specific_content_type=ContentType.objects.get_for_model(page.specific_class),
        locale_id=page.locale_id,
    ).first()


def copy_synchronised(source, translation, target):
    """Copy the source's synchronised fields onto the target, keeping the translator's overrides."""
    copy_synchronised_fields(source, target)
    overrides = [
        segment
        for segment in translation.source._get_segments_for_translation(
            translation.target_locale, fallback=True
        )
        if isinstance(segment, OverridableSegmentValue)
    ]
    ingest_segments(source, target, source.locale, translation.target_locale, overrides)


def publish_synchronised(translation, source_page, user=None):
    """Publish what a translation may show now; returns "rebuilt", "synchronised" or None.

    A translation that translates every string of the source is rebuilt from it and published;
    a live one that does not keeps its translated text and gets only the synchronised fields;
    a draft one stays a draft (None).
    """
    target = source_page.get_translation_or_none(translation.target_locale)
    if target is None:
        return None
    total, translated = translation.get_progress()
    if translated == total:
        translation.save_target(user=user, publish=True)
        return "rebuilt"
    if not target.live:
        return None
    target = target.specific
    copy_synchronised(source_page, translation, target)
    target.save_revision(user=user, log_action=True).publish(user=user)
    return "synchronised"


def sync_live_translations(page, user=None):
    """Bring the source's synchronised fields to each of its live translations and publish them.

    Returns {language code: "rebuilt" | "synchronised"} for the translations it published.
    """
    page = page.specific
    source = source_of(page)
    if source is None:
        return {}
    source.update_from_db()
    outcome = {}
    translations = Translation.objects.filter(source=source, enabled=True)
    for translation in translations.select_related("target_locale"):
        target = page.get_translation_or_none(translation.target_locale)
        if target is None or not target.live:
            continue
        outcome[translation.target_locale.language_code] = publish_synchronised(
            translation, page, user
        )
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
