"""Enums shared by the domains: languages and image formats."""

import enum

import strawberry

from django.conf import settings

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
