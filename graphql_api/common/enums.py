"""Enums shared by the domains: languages, image formats, and enums of model choices."""

import enum

import strawberry

from django.conf import settings
from django.utils import translation


def choices_enum(choices, name, description):
    """A GraphQL enum derived from a model's TextChoices, with the labels as descriptions."""
    # The schema is the same whichever language was active when it was first imported.
    with translation.override(settings.LANGUAGE_CODE):
        members = {
            choice.name: strawberry.enum_value(choice.value, description=str(choice.label))
            for choice in choices
        }
    return strawberry.enum(enum.Enum(name, members), name=name, description=description)


LocaleEnum = strawberry.enum(
    enum.Enum("Locale", {code.upper(): code for code, _ in settings.LANGUAGES}),
    name="Locale",
    description="A language of the content: English (the source language) or Japanese.",
)


@strawberry.enum(description="Output format of an image rendition.")
class ImageFormat(enum.Enum):
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"
    AVIF = "avif"
