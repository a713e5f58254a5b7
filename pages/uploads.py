"""Checks on uploaded images and documents: a file must be what its extension says, whole.

Wagtail checks extensions, sizes and pixel counts of one frame; these forms also refuse what the
image library cannot decode (truncated or corrupt files, HTML behind an image header), animations
whose frames together exceed the pixel limit, images followed by web page markup, and documents
whose content does not match their extension: archives that unpack too big or to unsafe paths,
PDFs without a PDF's structure, text with markup anywhere, CSV cells that spreadsheets would run as
formulas. Each refusal is a message; nothing is stored.
"""

import csv
import io
import os
import re
import zipfile
import zlib

from PIL import Image as PILImage
from PIL import ImageSequence

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
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
TOO_MANY_FRAME_PIXELS = _(
    "This animation has too many pixels: %(frames)s frames of %(width)s by %(height)s "
    "make %(num_pixels)s. Maximum pixels %(max_pixels_count)s."
)
MARKUP_AFTER_IMAGE = _(
    "This image is followed by web page markup (HTML or SVG) after its end: save it again with "
    "an image editor and upload the new file."
)
ARCHIVE_TOO_BIG = _(
    "Once unpacked, this .%(extension)s file would take %(size)s: at most %(limit)s is allowed."
)
ARCHIVE_TOO_DENSE = _(
    "The part “%(member)s” of this .%(extension)s file unpacks to %(ratio)s times its size: "
    "more than %(limit)s times is refused as a possible zip bomb."
)
ARCHIVE_TOO_MANY = _(
    "This .%(extension)s file holds %(count)s files: at most %(limit)s are allowed."
)
ARCHIVE_UNSAFE_NAME = _(
    "This .%(extension)s file holds a file with an unsafe name (“%(member)s”): absolute paths "
    "and “..” are not allowed."
)
CSV_FORMULA = _(
    "Row %(row)s, column %(column)s of this .csv file starts with “%(start)s”, which "
    "spreadsheets run as a formula: remove it and upload the file again."
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
ARCHIVE_EXTENSIONS = {"zip", "docx", "pptx", "xlsx", "odt"}

# What makes a browser that ignores the Content-Type read a file as a page. A PDF may hold an
# XML metadata packet, so its pattern leaves out the XML declaration.
HTML_TAGS = (b"!doctype", b"html", b"script", b"iframe", b"body", b"svg")


def tag_pattern(*tags):
    """A pattern finding the start of any of these tags, in any case."""
    return re.compile(b"<(?:" + b"|".join(re.escape(tag) for tag in tags) + b")", re.IGNORECASE)


MARKUP_PATTERN = tag_pattern(*HTML_TAGS, b"?xml")
HTML_PATTERN = tag_pattern(*HTML_TAGS)

# Archives: what unpacking one may cost. A zip bomb is a small file whose members declare (and
# unpack to) far more; genuine Office files compress their XML about 5 to 20 times.
MAX_ARCHIVE_SIZE = 50 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 5000
MAX_ARCHIVE_RATIO = 200
# Small members may compress far better than that (a part of spaces): their ratio is not judged.
ARCHIVE_RATIO_FLOOR = 1024 * 1024
# The part without which Office does not open the file.
OFFICE_PARTS = {
    "docx": "word/document.xml",
    "xlsx": "xl/workbook.xml",
    "pptx": "ppt/presentation.xml",
}
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"

# A PDF ends with "startxref", the offset of its cross-reference, and "%%EOF", in its last KB.
PDF_END = re.compile(rb"startxref\s+\d+\s*%%EOF")

# A cell starting with one of these is run as a formula by spreadsheets (CSV injection).
FORMULA_STARTS = ("=", "@", "\t", "\r")
# After + or -, a number or a phone number is plain; a letter could name a function.
PLAIN_SIGNED = re.compile(r"[\d\s.,()/%-]*(?:\d[eE][+-]?\d+)?")

# Formats Pillow counts the frames of an animation in (a JPEG's "frames" are separate pictures).
ANIMATED_FORMATS = {"GIF", "PNG", "WEBP", "AVIF"}


def refusal(message, code, **params):
    """A validation error of the upload field."""
    return ValidationError(message, code=code, params=params)


# Images


def png_end(data):
    """Where the IEND chunk of a PNG ends, or None."""
    position = 8
    while position + 8 <= len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        position += 12 + length
        if kind == b"IEND":
            return position
    return None


def gif_end(data):
    """Where the trailer byte of a GIF ends, or None."""

    def after_sub_blocks(position):
        while data[position]:
            position += data[position] + 1
        return position + 1

    def colour_table(flags):
        return 3 << ((flags & 7) + 1) if flags & 0x80 else 0

    position = 13 + colour_table(data[10])
    while position < len(data):
        block = data[position]
        if block == 0x3B:
            return position + 1
        if block == 0x21:  # an extension: its label, then sub-blocks
            position = after_sub_blocks(position + 2)
        elif block == 0x2C:  # a frame: descriptor, colour table, LZW code size, sub-blocks
            position = after_sub_blocks(position + 11 + colour_table(data[position + 9]))
        else:
            return None
    return None


# In entropy-coded data, 0xFF is followed by 0x00 (a stuffed byte), a restart marker or fill.
JPEG_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def jpeg_end(data):
    """Where the end-of-image marker of a JPEG ends, or None."""
    position = 2
    while position + 2 <= len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
        elif marker == 0xD9:
            return position + 2
        elif 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            position += 2
        else:
            position += 2 + int.from_bytes(data[position + 2 : position + 4], "big")
            if marker == 0xDA:  # the scan's data runs to the next marker
                found = JPEG_MARKER.search(data, position)
                position = found.start() if found else len(data)
    return None


def webp_end(data):
    """Where the RIFF container of a WebP ends."""
    return 8 + int.from_bytes(data[4:8], "little")


def box_end(data):
    """Where the last whole top-level box of an AVIF (ISO media) file ends."""
    position = 0
    while position + 8 <= len(data):
        size = int.from_bytes(data[position : position + 4], "big")
        if size == 1:
            size = int.from_bytes(data[position + 8 : position + 16], "big")
        elif size == 0:  # the box runs to the end of the file
            return len(data)
        if size < 8 or position + size > len(data):
            break
        position += size
    return position


IMAGE_ENDS = {
    "PNG": png_end,
    "GIF": gif_end,
    "JPEG": jpeg_end,
    "MPO": jpeg_end,
    "WEBP": webp_end,
    "AVIF": box_end,
}


def has_markup_after_end(data, image_format):
    """Whether web page markup follows the image's own data.

    Other trailing data is allowed: phones append videos, gain maps and vendor data after a
    JPEG's end. Where the end cannot be found, the whole file is searched.
    """
    try:
        end = IMAGE_ENDS[image_format](data)
    except (KeyError, IndexError):
        end = None
    return bool(MARKUP_PATTERN.search(data, end or 0))


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, refusing files the image library cannot fully decode."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except ValidationError:
            raise
        except Exception as error:  # whatever the decoder raises, the file is bad
            raise ValidationError(UNREADABLE_IMAGE, code="invalid_image") from error
        f.seek(0)
        data = f.read()
        f.seek(0)
        try:
            with PILImage.open(io.BytesIO(data)) as image:
                self.check_frame_pixels(image)
                # Decoded only once the pixel count is known to be within the limit.
                for frame in ImageSequence.Iterator(image):
                    frame.load()
                image_format = image.format
        except ValidationError:
            raise
        except Exception as error:
            raise ValidationError(UNREADABLE_IMAGE, code="invalid_image") from error
        if has_markup_after_end(data, image_format):
            raise ValidationError(MARKUP_AFTER_IMAGE, code="markup_after_image")

    def check_frame_pixels(self, image):
        """Refuse an animation whose frames together exceed the limit Wagtail applies to one."""
        frames = getattr(image, "n_frames", 1) if image.format in ANIMATED_FORMATS else 1
        width, height = image.size
        if self.max_image_pixels is not None and width * height * frames > self.max_image_pixels:
            raise refusal(
                TOO_MANY_FRAME_PIXELS,
                "file_too_many_pixels",
                frames=frames,
                width=width,
                height=height,
                num_pixels=width * height * frames,
                max_pixels_count=self.max_image_pixels,
            )


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


# Documents


def unsafe_member_name(name):
    """Whether unpacking a member could write outside the folder it is unpacked in."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name)) or ".." in parts


def archive_members_error(members, extension):
    """Why an archive's member list is unsafe to unpack, or None."""
    if len(members) > MAX_ARCHIVE_MEMBERS:
        return refusal(
            ARCHIVE_TOO_MANY,
            "archive_too_many",
            extension=extension,
            count=len(members),
            limit=MAX_ARCHIVE_MEMBERS,
        )
    for member in members:
        if unsafe_member_name(member.filename):
            return refusal(
                ARCHIVE_UNSAFE_NAME, "archive_unsafe", extension=extension, member=member.filename
            )
    # The sizes the archive declares: what an unzipping tool allocates and writes.
    total = sum(member.file_size for member in members)
    if total > MAX_ARCHIVE_SIZE:
        return refusal(
            ARCHIVE_TOO_BIG,
            "archive_too_big",
            extension=extension,
            size=filesizeformat(total),
            limit=filesizeformat(MAX_ARCHIVE_SIZE),
        )
    for member in members:
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > ARCHIVE_RATIO_FLOOR and ratio > MAX_ARCHIVE_RATIO:
            return refusal(
                ARCHIVE_TOO_DENSE,
                "archive_too_dense",
                extension=extension,
                member=member.filename,
                ratio=ratio,
                limit=MAX_ARCHIVE_RATIO,
            )
    return None


def has_expected_parts(archive, extension):
    """Whether an Office or OpenDocument file holds the part its application opens first."""
    names = set(archive.namelist())
    if extension in OFFICE_PARTS:
        return {"[Content_Types].xml", OFFICE_PARTS[extension]} <= names
    if extension == "odt":
        return (
            "mimetype" in names
            and archive.getinfo("mimetype").file_size <= len(ODT_MIMETYPE) + 2
            and archive.read("mimetype").strip() == ODT_MIMETYPE
        )
    return True


def archive_error(uploaded, extension):
    """Why a zip-based document is unsafe or not what its extension says, or None."""
    try:
        with zipfile.ZipFile(uploaded) as archive:
            if error := archive_members_error(archive.infolist(), extension):
                return error
            if has_expected_parts(archive, extension):
                return None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        pass  # a broken, encrypted or oddly compressed archive is no document either
    return refusal(NOT_THIS_TYPE, "wrong_type", extension=extension)


def pdf_error(uploaded, extension):
    """Why a file starting like a PDF is not one, or None."""
    head = uploaded.read(1024)
    # A browser sniffing the type reads the first bytes; markup there makes the file a page.
    if HTML_PATTERN.search(head):
        return refusal(MARKUP, "markup", extension=extension)
    uploaded.seek(0, os.SEEK_END)
    uploaded.seek(max(uploaded.tell() - 1024, 0))
    if not PDF_END.search(uploaded.read()):
        return refusal(NOT_THIS_TYPE, "wrong_type", extension=extension)
    return None


def as_text(data):
    """The characters of a text file, for searching and parsing."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Shift_JIS and the like: their ASCII characters (all the checks look at) keep their place.
        return data.decode("latin-1")


def runs_as_formula(cell):
    """Whether a spreadsheet opening the CSV would run the cell as a formula."""
    if cell.startswith(FORMULA_STARTS):
        return True
    return cell.startswith(("+", "-")) and not PLAIN_SIGNED.fullmatch(cell[1:])


def csv_formula_error(text):
    """Why a CSV's cells are unsafe to open in a spreadsheet, or None."""
    # csv.Sniffer takes seconds on some samples of a few KB: the first line tells the delimiter.
    delimiter = max(",;\t", key=text.partition("\n")[0].count)
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row_number, row in enumerate(rows, 1):
            for column_number, cell in enumerate(row, 1):
                if runs_as_formula(cell):
                    start = {"\t": "\\t", "\r": "\\r"}.get(cell[0], cell[0])
                    return refusal(
                        CSV_FORMULA, "formula", row=row_number, column=column_number, start=start
                    )
    except csv.Error:
        return refusal(NOT_THIS_TYPE, "wrong_type", extension="csv")
    return None


def text_error(uploaded, extension):
    """Why a text document is unsafe to serve or to open, or None."""
    text = as_text(uploaded.read())
    # Anywhere in the file: a browser sniffing the type may read past the first line.
    if MARKUP_PATTERN.search(text.encode("utf-8", "replace")):
        return refusal(MARKUP, "markup", extension=extension)
    return csv_formula_error(text) if extension == "csv" else None


def document_content_error(uploaded):
    """Why a document's content does not fit its extension, or None."""
    extension = os.path.splitext(uploaded.name)[1].lower().lstrip(".")
    uploaded.seek(0)
    head = uploaded.read(1024)
    try:
        if extension in SIGNATURES and not head.startswith(SIGNATURES[extension]):
            return refusal(NOT_THIS_TYPE, "wrong_type", extension=extension)
        uploaded.seek(0)
        if extension in ARCHIVE_EXTENSIONS:
            return archive_error(uploaded, extension)
        if extension == "pdf":
            return pdf_error(uploaded, extension)
        if extension in TEXT_EXTENSIONS:
            return text_error(uploaded, extension)
        return None
    finally:
        uploaded.seek(0)


class CheckedDocumentForm(BaseDocumentForm):
    """The document form of the library (WAGTAILDOCS_DOCUMENT_FORM_BASE)."""

    def _post_clean(self):
        # After the model's own checks, which need the file in place: an error raised while
        # cleaning the field would leave the model checking an empty file name.
        super()._post_clean()
        uploaded = self.cleaned_data.get("file")
        is_new = uploaded and uploaded is not self.original_file and hasattr(uploaded, "read")
        if is_new and (error := document_content_error(uploaded)):
            self.add_error("file", error)
