"""Images: signed rendition URLs from an allow-list of sizes, srcset, alt text, focal point."""

import hashlib
from typing import Annotated

import strawberry

from .enums import ImageFormat
from .errors import BadInput
from .scope import request_facts, scope_of


def arg(type_, description):
    """An argument type with its description."""
    return Annotated[type_, strawberry.argument(description=description)]


ALLOWED_SIZES = (80, 160, 320, 480, 640, 800, 960, 1280, 1600, 1920)
SRCSET_WIDTHS = (320, 640, 960, 1280, 1920)


def filter_spec(width=None, height=None, fill=False, image_format=None):
    """The Wagtail filter spec for the arguments, or a BadInput error outside the allow-list."""
    allowed = ", ".join(str(size) for size in ALLOWED_SIZES)
    for name, value in (("width", width), ("height", height)):
        if value is not None and value not in ALLOWED_SIZES:
            raise BadInput(f"{name} must be one of {allowed}; got {value}.")
    if fill and (width is None or height is None):
        raise BadInput("fill needs both width and height.")
    if fill:
        spec = f"fill-{width}x{height}-c100"
    elif width is not None and height is not None:
        spec = f"max-{width}x{height}"
    elif width is not None:
        spec = f"width-{width}"
    elif height is not None:
        spec = f"height-{height}"
    else:
        spec = "original"
    if image_format is not None:
        spec += f"|format-{image_format.value}"
    return spec


def image_urls(info):
    """The request's rendition URL builder."""
    return request_facts(info).image_urls


@strawberry.type(description="The point of interest of an image, kept when cropping.")
class FocalPoint:
    x: int = strawberry.field(description="Horizontal centre, in pixels from the left.")
    y: int = strawberry.field(description="Vertical centre, in pixels from the top.")
    width: int = strawberry.field(description="Width of the area, in pixels.")
    height: int = strawberry.field(description="Height of the area, in pixels.")


@strawberry.type(name="Image", description="An image of the library, with its alternative text.")
class ImageType:
    image: strawberry.Private[object]
    language: strawberry.Private[str]
    alt_override: strawberry.Private[str | None] = None

    @strawberry.field(
        description="Identifier of the image as shown: its library id, the language of its "
        "alternative text and, where the page gives its own, a digest of it (5:ja, "
        "5:en~0a1b2c3d). Normalised caches keep each language's alternative text apart."
    )
    def id(self) -> strawberry.ID:
        key = f"{self.image.pk}:{self.language}"
        if self.alt_override is not None:
            digest = hashlib.sha256(self.alt_override.encode()).hexdigest()[:8]
            key = f"{key}~{digest}"
        return strawberry.ID(key)

    @strawberry.field(description="Identifier of the image in the library, the same everywhere.")
    def image_id(self) -> strawberry.ID:
        return strawberry.ID(str(self.image.pk))

    @strawberry.field(description="Title of the image in the library.")
    def title(self) -> str:
        return self.image.title

    @strawberry.field(
        description="Alternative text for screen readers, in the language of the page that shows "
        "the image (English when the library has none in it); empty when the image is decorative."
    )
    def alt(self) -> str:
        if self.alt_override is not None:
            return self.alt_override
        return self.image.alt_text(self.language)

    @strawberry.field(description="Width of the original, in pixels.")
    def width(self) -> int:
        return self.image.width

    @strawberry.field(description="Height of the original, in pixels.")
    def height(self) -> int:
        return self.image.height

    @strawberry.field(description="The focal point set by editors, if any.")
    def focal_point(self) -> FocalPoint | None:
        image = self.image
        if image.focal_point_x is None:
            return None
        return FocalPoint(
            x=image.focal_point_x,
            y=image.focal_point_y,
            width=image.focal_point_width,
            height=image.focal_point_height,
        )

    @strawberry.field(
        description=(
            "URL of a rendition. width and height must be one of "
            + ", ".join(str(size) for size in ALLOWED_SIZES)
            + "; with fill the image is cropped to exactly width x height around its focal "
            "point, otherwise it is scaled to fit. Without arguments, the original size."
        )
    )
    def url(
        self,
        info: strawberry.Info,
        width: arg(int | None, "Width in pixels, from the allowed sizes.") = None,
        height: arg(int | None, "Height in pixels, from the allowed sizes.") = None,
        fill: arg(bool, "Crop to exactly width x height around the focal point.") = False,
        format: arg(ImageFormat | None, "Output format; as uploaded by default.") = None,
    ) -> str:
        return image_urls(info).url(self.image, filter_spec(width, height, fill, format))

    @strawberry.field(
        description=(
            "A srcset attribute value offering the image at "
            + ", ".join(f"{size}" for size in SRCSET_WIDTHS)
            + " pixels wide (widths above the original's are left out)."
        )
    )
    def srcset(
        self,
        info: strawberry.Info,
        format: arg(ImageFormat | None, "Output format; as uploaded by default.") = None,
    ) -> str:
        widths = [size for size in SRCSET_WIDTHS if size <= self.image.width] or [SRCSET_WIDTHS[0]]
        urls = image_urls(info)
        return ", ".join(
            f"{urls.url(self.image, filter_spec(size, None, False, format))} {size}w"
            for size in widths
        )


def image_of(page, image):
    """The API type of an image shown by a page, described in the page's language, or None."""
    if image is None:
        return None
    return ImageType(image=image, language=scope_of(page).language_of(page))
