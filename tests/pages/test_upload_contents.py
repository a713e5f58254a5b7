"""Uploads checked beyond their first bytes: archives, PDFs, text, CSV formulas, animations."""

import io
import zipfile

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images import get_image_model

from tests.pages.test_uploads import HTML, PDF, encoded, file_errors, upload_document, upload_image

pytestmark = pytest.mark.django_db

CONTENT_TYPES = b'<?xml version="1.0"?><Types/>'
OFFICE = {
    "docx": {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": b"<w:document/>"},
    "xlsx": {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": b"<workbook/>"},
    "pptx": {"[Content_Types].xml": CONTENT_TYPES, "ppt/presentation.xml": b"<p:presentation/>"},
    "odt": {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<o/>"},
}


def zipped(members, big=None):
    """A zip of these members, and of one member of `big` zero bytes written a MB at a time."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        if big:
            with archive.open("word/media/image1.bin", "w") as member:
                for _ in range(big // 2**20):
                    member.write(bytes(2**20))
    return buffer.getvalue()


def animation(frames, size=(100, 100), image_format="GIF"):
    """An animation of that many frames of different colours."""
    images = [Image.new("RGB", size, (40 * i, 80, 120)) for i in range(frames)]
    buffer = io.BytesIO()
    images[0].save(
        buffer, format=image_format, save_all=True, append_images=images[1:], duration=100
    )
    return buffer.getvalue()


def upload_many(client, kind, name, content):
    return client.post(
        f"/admin/{kind}/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "collection": 1},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    ).json()


def not_real(extension):
    return f"This file is not a real .{extension} file: its content does not match."


def markup(extension):
    return (
        f"This .{extension} file contains web page markup (HTML or SVG): upload the document in "
        "another format."
    )


ZIP_BOMB = zipped(OFFICE["docx"], big=200 * 2**20)
ZIP_BOMB_MESSAGE = (
    "Once unpacked, this .docx file would take 200.0\xa0MB: at most 50.0\xa0MB is allowed."
)
MARKUP_AFTER_IMAGE = (
    "This image is followed by web page markup (HTML or SVG) after its end: save it again with an "
    "image editor and upload the new file."
)


# 1. Archives

# 10 MB of zeros: within the size limit, but compressed about a thousand times.
DENSE = zipped(OFFICE["docx"], big=10 * 2**20)


def ratio(archive):
    """How many times the big member of an archive unpacks to its size (zlib's own result)."""
    member = zipfile.ZipFile(io.BytesIO(archive)).getinfo("word/media/image1.bin")
    return member.file_size // member.compress_size


def test_a_zip_bomb_is_refused(admin_client):
    """A small .docx whose members unpack to 200 MB is refused."""
    assert len(ZIP_BOMB) < 2**20
    response = upload_document(admin_client, "report.docx", ZIP_BOMB)
    assert (response.status_code, file_errors(response)) == (200, [ZIP_BOMB_MESSAGE])
    assert Document.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content", "errors"),
    [
        (
            "report.docx",
            DENSE,
            [
                f"The part \u201cword/media/image1.bin\u201d of this .docx file unpacks to "
                f"{ratio(DENSE)} times its size: more than 200 times is refused as a possible zip "
                "bomb."
            ],
        ),
        (
            "photos.zip",
            zipped({f"photo{i}.txt": b"" for i in range(5001)}),
            ["This .zip file holds 5001 files: at most 5000 are allowed."],
        ),
        (
            "photos.zip",
            zipped({"../../etc/cron.d/job": b"x"}),
            [
                "This .zip file holds a file with an unsafe name (\u201c../../etc/cron.d/job\u201d): "
                "absolute paths and \u201c..\u201d are not allowed."
            ],
        ),
        (
            "photos.zip",
            zipped({"/etc/passwd": b"x"}),
            [
                "This .zip file holds a file with an unsafe name (\u201c/etc/passwd\u201d): "
                "absolute paths and \u201c..\u201d are not allowed."
            ],
        ),
        ("report.docx", zipped({"[Content_Types].xml": CONTENT_TYPES}), [not_real("docx")]),
        ("budget.xlsx", zipped(OFFICE["docx"]), [not_real("xlsx")]),
        ("slides.pptx", zipped({"ppt/presentation.xml": b"<p/>"}), [not_real("pptx")]),
        ("letter.odt", zipped({"mimetype": b"application/zip"}), [not_real("odt")]),
        ("photos.zip", b"PK\x03\x04" + bytes(40), [not_real("zip")]),
    ],
    ids=[
        "dense",
        "too-many",
        "dotdot",
        "absolute",
        "no-document",
        "docx-as-xlsx",
        "no-types",
        "odt-mimetype",
        "broken",
    ],
)
def test_an_archive_that_is_unsafe_or_incomplete_is_refused(admin_client, name, content, errors):
    response = upload_document(admin_client, name, content)
    assert (response.status_code, file_errors(response)) == (200, errors)
    assert Document.objects.count() == 0


# 2. PDFs


@pytest.mark.parametrize(
    ("content", "errors"),
    [
        (b"%PDF-1.4\n" + HTML, [markup("pdf")]),
        (b"%PDF-1.4\n<!DOCTYPE html>\n%%EOF\n", [markup("pdf")]),
        (b"%PDF-1.7\n1 0 obj <<>> endobj\n", [not_real("pdf")]),
        (PDF[:-200], [not_real("pdf")]),
    ],
    ids=["html", "doctype", "no-trailer", "truncated"],
)
def test_a_pdf_header_in_front_of_something_else_is_refused(admin_client, content, errors):
    response = upload_document(admin_client, "minutes.pdf", content)
    assert (response.status_code, file_errors(response)) == (200, errors)
    assert Document.objects.count() == 0


# 3. Images followed by markup


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("photo.jpg", encoded(image_format="JPEG") + HTML),
        ("photo.jpg", encoded(image_format="JPEG") + b"\n\n<SCRIPT>alert(1)</SCRIPT>"),
        ("photo.png", encoded() + HTML),
        ("photo.gif", encoded(image_format="GIF") + HTML),
        ("photo.webp", encoded(image_format="WEBP") + HTML),
    ],
    ids=["jpeg", "jpeg-upper-case", "png", "gif", "webp"],
)
def test_an_image_followed_by_markup_is_refused(admin_client, name, content):
    response = upload_image(admin_client, name, content)
    assert (response.status_code, file_errors(response)) == (200, [MARKUP_AFTER_IMAGE])
    assert get_image_model().objects.count() == 0


def test_a_jpeg_followed_by_binary_data_is_stored(admin_client):
    """Phones append videos and gain maps after a JPEG's end: data without markup is kept."""
    content = encoded(image_format="JPEG") + b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 4
    assert upload_image(admin_client, "photo.jpg", content).status_code == 302
    assert get_image_model().objects.get().file.read() == content


# 4. Text


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", b"Meeting notes\nAttendees: 12\n" + HTML),
        ("notes.txt", b"Agenda\n\n  <IFrame src=https://example.com></iframe>"),
        ("notes.txt", "議事録\n<svg onload=alert(1)>".encode("utf-16")),
        ("table.csv", b"region,country\nKyushu,<script>alert(1)</script>\n"),
    ],
    ids=["html", "iframe", "utf-16-svg", "csv-script"],
)
def test_text_with_markup_after_its_first_line_is_refused(admin_client, name, content):
    response = upload_document(admin_client, name, content)
    extension = name.rsplit(".", 1)[1]
    assert (response.status_code, file_errors(response)) == (200, [markup(extension)])
    assert Document.objects.count() == 0


# 5. CSV formulas


def formula(row, column, start):
    return (
        f"Row {row}, column {column} of this .csv file starts with \u201c{start}\u201d, which "
        "spreadsheets run as a formula: remove it and upload the file again."
    )


@pytest.mark.parametrize(
    ("content", "errors"),
    [
        (b'region,link\nKyushu,"=HYPERLINK(""https://evil.example"",""Click"")"\n', [formula(2, 2, "=")]),
        (b"region,total\nKyushu,@SUM(A1:A9)\n", [formula(2, 2, "@")]),
        (b"region,total\nKyushu,12\nTohoku,+cmd|' /C calc'!A0\n", [formula(3, 2, "+")]),
        (b"a,b,c\n1,2,-2+3+cmd|' /C calc'!A0\n", [formula(2, 3, "-")]),
        (b'name,note\nSato,"\t=1+1"\n', [formula(2, 2, "\\t")]),
        (b"region;total\nKyushu;=1+1\n", [formula(2, 2, "=")]),
    ],
    ids=["equals", "at", "plus", "minus", "tab", "semicolons"],
)  # fmt: skip
def test_a_csv_with_formulas_is_refused(admin_client, content, errors):
    response = upload_document(admin_client, "table.csv", content)
    assert (response.status_code, file_errors(response)) == (200, errors)
    assert Document.objects.count() == 0


# 6. Animations


def test_an_animation_over_the_pixel_limit_is_refused(admin_client, settings):
    """Three frames of 100 by 100 pixels are 30,000 pixels, over a limit of 20,000."""
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20_000
    response = upload_image(admin_client, "banner.gif", animation(3))
    assert file_errors(response) == [
        "This animation has too many pixels: 3 frames of 100 by 100 make 30000. Maximum pixels "
        "20000."
    ]
    assert get_image_model().objects.count() == 0


def test_an_animated_webp_over_the_pixel_limit_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20_000
    response = upload_image(admin_client, "banner.webp", animation(3, image_format="WEBP"))
    assert file_errors(response) == [
        "This animation has too many pixels: 3 frames of 100 by 100 make 30000. Maximum pixels "
        "20000."
    ]
    assert get_image_model().objects.count() == 0


# Both uploaders


@pytest.mark.parametrize(
    ("kind", "name", "content", "message"),
    [
        ("documents", "report.docx", ZIP_BOMB, ZIP_BOMB_MESSAGE),
        ("documents", "minutes.pdf", b"%PDF-1.4\n" + HTML, markup("pdf")),
        ("documents", "notes.txt", b"Notes\n" + HTML, markup("txt")),
        ("documents", "table.csv", b"a,b\n1,=1+1\n", formula(2, 2, "=")),
        ("images", "photo.jpg", encoded(image_format="JPEG") + HTML, MARKUP_AFTER_IMAGE),
        (
            "images",
            "banner.gif",
            animation(3),
            "This animation has too many pixels: 3 frames of 100 by 100 make 30000. Maximum "
            "pixels 20000.",
        ),
    ],
    ids=["zip-bomb", "pdf", "txt", "csv", "jpeg", "animation"],
)
def test_the_drag_and_drop_uploader_refuses_the_same(
    admin_client, settings, kind, name, content, message
):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20_000
    assert upload_many(admin_client, kind, name, content) == {
        "success": False,
        "error_message": message,
    }
    assert (Document.objects.count(), get_image_model().objects.count()) == (0, 0)


# Legitimate files


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("report.docx", zipped(OFFICE["docx"])),
        ("budget.xlsx", zipped(OFFICE["xlsx"])),
        ("slides.pptx", zipped(OFFICE["pptx"])),
        ("letter.odt", zipped(OFFICE["odt"])),
        ("photos.zip", zipped({"photos/kyushu.txt": b"Kyushu", "readme.txt": b"2024"})),
        ("minutes.pdf", PDF),
        (
            "table.csv",
            b"region,change,phone,note\n"
            b"Kyushu,-12.5,+33 1 23 45 67 89,-\n"
            b'Tohoku,+3,+81-3-1234-5678,"1,234"\n'
            b"Kanto,-1.5e-3,(+81) 3 1234 5678,a=b\n",
        ),
        ("table.csv", "地域,変化\n九州,-12.5\n".encode("shift_jis")),
        ("notes.txt", b"Meeting notes\nUse a < b and x > y, <b>bold</b> is fine.\n"),
    ],
    ids=["docx", "xlsx", "pptx", "odt", "zip", "pdf", "csv", "csv-shift-jis", "txt"],
)
def test_documents_whose_content_is_sound_are_stored(admin_client, name, content):
    assert upload_document(admin_client, name, content).status_code == 302
    assert Document.objects.get().file.read() == content


@pytest.mark.parametrize(
    ("name", "content", "size"),
    [
        ("photo.gif", encoded(image_format="GIF"), (12, 8)),
        ("banner.gif", animation(2, size=(20, 10)), (20, 10)),
        ("banner.webp", animation(2, size=(20, 10), image_format="WEBP"), (20, 10)),
        ("photo.jpg", encoded(image_format="JPEG"), (12, 8)),
    ],
    ids=["gif", "animated-gif", "animated-webp", "jpeg"],
)
def test_images_whose_content_is_sound_are_stored(admin_client, name, content, size):
    assert upload_image(admin_client, name, content).status_code == 302
    assert list(get_image_model().objects.values_list("width", "height")) == [size]


def test_an_animation_within_the_limit_of_all_its_frames_is_stored(admin_client, settings):
    """Two frames of 100 by 100 pixels are 20,000 pixels: exactly the limit."""
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 20_000
    assert upload_image(admin_client, "banner.gif", animation(2)).status_code == 302
    assert get_image_model().objects.count() == 1
