"""Checks on uploaded images and documents: a file must be what its extension says, whole.

Wagtail checks extensions, sizes and pixel counts; these forms also refuse what the image
library cannot decode (truncated or corrupt files, HTML behind an image header) and documents
whose content does not match their extension, each with a message and nothing stored.
"""

import os

from PIL import Image as PILImage

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

UNREADABLE_IMAGE = _("This file is not a readable image: it is truncated or corrupt.")
NOT_THIS_TYPE = _("This file is not a real .%(extension)s file: its content does not match.")
MARKUP = _(
    "This .%(extension)s file contains web page markup (HTML or SVG): upload the document "
    "in another format."
)

# The first bytes each document type starts with (Office and OpenDocument files are zips).
ZIP = (b"PK\x03\x04", b"PK\x05\x06")
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "rtf": (b"{\\rtf",),
    "zip": ZIP,
    "docx": ZIP,
    "pptx": ZIP,
    "xlsx": ZIP,
    "odt": ZIP,
}
TEXT_EXTENSIONS = {"txt", "csv"}
# What makes a browser that ignores the Content-Type read a text file as a page.
MARKUP_STARTS = (b"<!doctype", b"<html", b"<script", b"<svg", b"<?xml", b"<iframe", b"<body")


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, refusing files the image library cannot fully decode."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:  # whatever the decoder raises, the file is bad
            raise ValidationError(UNREADABLE_IMAGE, code="invalid_image") from error
        # Decoded only once the pixel count is known to be within the limit.
        try:
            f.seek(0)
            with PILImage.open(f) as image:
                image.load()
        except Exception as error:
            raise ValidationError(UNREADABLE_IMAGE, code="invalid_image") from error
        finally:
            f.seek(0)


class CheckedImageForm(BaseImageForm):
    """The image form of the library (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Built with each form: the field translates its messages when it is built, in the
            # language of the editor at hand.
            built = self.fields["file"]
            self.fields["file"] = CheckedImageField(
                required=built.required, widget=built.widget, label=built.label
            )


def document_content_error(name, head):
    """Why a document's first bytes do not fit its extension, or None."""
    extension = os.path.splitext(name)[1].lower().lstrip(".")
    if extension in SIGNATURES and not head.startswith(SIGNATURES[extension]):
        return ValidationError(NOT_THIS_TYPE, code="wrong_type", params={"extension": extension})
    if extension in TEXT_EXTENSIONS:
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if start.startswith(MARKUP_STARTS):
            return ValidationError(MARKUP, code="markup", params={"extension": extension})
    return None


class CheckedDocumentForm(BaseDocumentForm):
    """The document form of the library (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def _post_clean(self):
        # After the model's own checks, which need the file in place: an error raised while
        # cleaning the field would leave the model checking an empty file name.
        super()._post_clean()
        uploaded = self.cleaned_data.get("file")
        if uploaded and uploaded is not self.original_file and hasattr(uploaded, "read"):
            uploaded.seek(0)
            head = uploaded.read(1024)
            uploaded.seek(0)
            if error := document_content_error(uploaded.name, head):
                self.add_error("file", error)
