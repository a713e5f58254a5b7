"""Small assertions and editor actions shared by the tests."""

import pytest

from django.core.exceptions import ValidationError

from wagtail.users.models import UserProfile
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


def publish_translation(page, locale, **fields):
    """Publish a translation of the page (and of its missing parents) with some fields changed."""
    translated = page.copy_for_translation(locale, copy_parents=True, alias=False)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated.specific_class.objects.get(pk=translated.pk)


def sign_in_in_japanese(client, django_user_model, username):
    """Sign the test client in as a new superuser who reads the admin in Japanese."""
    user = django_user_model.objects.create_superuser(username, f"{username}@eu-japan.eu", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    client.force_login(user)
    return client
