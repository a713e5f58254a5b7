"""Small assertions and editor actions shared by the tests."""

import pytest

from django.core.exceptions import ValidationError

from wagtail_localize.models import StringSegment, StringTranslation, Translation


def errors_of(instance):
    """The message dict of the full_clean() of an instance that must not validate."""
    with pytest.raises(ValidationError) as excinfo:
        instance.full_clean()
    return excinfo.value.message_dict


def translate_all(page, locale, text, django_capture_on_commit_callbacks):
    """Give every segment of the page a translation, then publish it as the translator does."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"{text}:{segment.string.data}"},
        )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
