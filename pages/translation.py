"""Translate one page or snippet from a dictionary of strings, through wagtail-localize.

The translation is recorded the way the translation editor records it (a TranslationSource, a
Translation and one StringTranslation per segment), so later syncs from the source keep the
translated text instead of falling back to the source language.
"""

import html

from django.db import transaction

from wagtail.models import DraftStateMixin, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


class MissingStringsError(Exception):
    """Some strings of the source have no translation in the dictionary given."""

    def __init__(self, instance, locale, missing):
        self.instance = instance
        self.locale = locale
        self.missing = missing
        listing = "\n".join(f"  {text!r}" for text in missing)
        super().__init__(
            f"{type(instance).__name__} '{instance}' cannot be translated into "
            f"{locale.language_code}: no translation for\n{listing}"
        )


def lookup(strings, source_text):
    """The translation of one segment string, or None.

    Plain-text fields reach wagtail-localize HTML-escaped ("R&amp;D"); the dictionary may give
    them as written ("R&D"), and the translation is escaped the same way.
    """
    if source_text in strings:
        return strings[source_text]
    if "<" not in source_text:
        plain = html.unescape(source_text)
        if plain in strings:
            return html.escape(strings[plain], quote=False)
    return None


def source_segments(instance):
    """The string segments of an instance, in source order (records its TranslationSource)."""
    if isinstance(instance, Page):
        instance = instance.specific
    # Update an existing source too, so the strings are those of the current content.
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    segments = (
        StringSegment.objects.filter(source=source)
        .select_related("string", "context")
        .order_by("order")
    )
    return source, list(segments)


@transaction.atomic
def translate_instance(instance, locale, strings, user=None, publish=True):
    """Create the translation of an instance into a locale from {source string: translation}.

    Returns (translated instance, created). An instance that already has a translation in the
    locale is left as it is, so calling this again changes nothing. Raises MissingStringsError,
    listing every untranslated string, before anything is written.
    """
    if isinstance(instance, Page):
        instance = instance.specific
    existing = instance.get_translation_or_none(locale)
    if existing is not None:
        return (existing.specific if isinstance(existing, Page) else existing), False

    source, segments = source_segments(instance)
    translations = {s.string.data: lookup(strings, s.string.data) for s in segments}
    missing = [text for text, translated in translations.items() if translated is None]
    if missing:
        raise MissingStringsError(instance, locale, missing)

    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in segments:
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translations[segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )

    # Pages are saved as a draft and published here rather than through the on-commit hook
    # wagtail-localize uses, so the translation is live as soon as this function returns, even
    # inside an outer transaction. Parents are never copied: translate them first.
    is_draftable = isinstance(instance, DraftStateMixin)
    translated, _ = source.create_or_update_translation(
        locale,
        user=user,
        publish=not is_draftable,
        copy_parent_pages=False,
        fallback=False,
    )
    if is_draftable and publish:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated, True
