"""Uploads: images and documents that are not what they claim get a message; nothing is stored."""

import io
import zipfile

import pytest
from PIL import Image

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from tests.pages.helpers import sign_in_in_japanese

pytestmark = pytest.mark.django_db

HTML = b"<html><body><script>alert(document.cookie)</script></body></html>"


def encoded(width=12, height=8, image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, format=image_format)
    return buffer.getvalue()


def noise_png():
    """A PNG of random pixels: its data does not compress, so cutting it cuts the pixels."""
    buffer = io.BytesIO()
    Image.effect_noise((64, 64), 50).convert("RGB").save(buffer, format="PNG")
    return buffer.getvalue()


def upload_image(client, name, content, **headers):
    return client.post(
        "/admin/images/add/",
        {"title": "Upload", "file": SimpleUploadedFile(name, content), "collection": 1},
        **headers,
    )


def upload_document(client, name, content, **headers):
    return client.post(
        "/admin/documents/add/",
        {"title": "Upload", "file": SimpleUploadedFile(name, content), "collection": 1},
        **headers,
    )


def file_errors(response):
    return response.context["form"].errors.get("file")


UNREADABLE = "This file is not a readable image: it is truncated or corrupt."


@pytest.mark.parametrize(
    ("name", "content", "errors"),
    [
        ("photo.gif", b"GIF89a" + HTML, [UNREADABLE]),
        ("photo.png", noise_png()[:5000], [UNREADABLE]),
        (
            "photo.png",
            b"not an image at all",
            [
                "Upload a valid image. The file you uploaded was either not an image or a corrupted "
                "image."
            ],
        ),
        (
            "photo.jpg",
            encoded(),
            ["Not a valid .jpeg image. The extension does not match the file format (png)"],
        ),
        (
            "drawing.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            ["Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP, AVIF."],
        ),
        (
            "bomb.png",
            encoded(9000, 8000),
            [
                "This file has too many pixels (72000000). Maximum pixels 64000000.",
            ],
        ),
    ],
)
def test_an_image_that_is_not_what_it_claims_is_refused(admin_client, name, content, errors):
    response = upload_image(admin_client, name, content)
    assert (response.status_code, file_errors(response)) == (200, errors)
    assert get_image_model().objects.count() == 0


def test_an_image_over_the_size_limit_is_refused(admin_client, settings):
    content = encoded()
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(content) - 1
    response = upload_image(admin_client, "photo.png", content)
    assert file_errors(response) == [
        f"This file is too big ({len(content)}\xa0bytes). Maximum filesize {len(content) - 1}"
        "\xa0bytes."
    ]
    assert get_image_model().objects.count() == 0


def test_a_whole_image_is_stored(admin_client):
    response = upload_image(admin_client, "photo.png", encoded())
    assert response.status_code == 302
    assert list(get_image_model().objects.values_list("width", "height")) == [(12, 8)]


def test_the_image_message_is_in_the_editors_language(admin_client):
    response = upload_image(admin_client, "photo.gif", b"GIF89a" + HTML, HTTP_ACCEPT_LANGUAGE="ja")
    assert file_errors(response) == [
        "このファイルは読み取れる画像ではありません。途中で切れているか壊れています。"
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.png", b"not an image", "画像をアップロードしてください。アップロードしたファイルは画像でないか、または壊れています。"),
        ("photo.jpg", encoded(), "有効な.jpeg画像ではありません。拡張子がファイルの形式（png）と一致しません。"),  # noqa: RUF001
        ("drawing.svg", b"<svg></svg>", "サポートされていない画像形式です。GIF, JPG, JPEG, PNG, WEBP, AVIFをお試しください。"),
        ("bomb.png", encoded(9000, 8000), "このファイルのピクセル数 (72000000)は大きすぎます。ピクセル数の上限は64000000です。"),
        ("photo.gif", b"GIF89a" + HTML, "このファイルは読み取れる画像ではありません。途中で切れているか壊れています。"),
    ],
)  # fmt: skip
def test_the_drag_and_drop_uploader_refuses_in_the_editors_language(
    client, django_user_model, name, content, message
):
    sign_in_in_japanese(client, django_user_model, "tokyo")
    response = client.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile(name, content), "collection": 1},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.json() == {"success": False, "error_message": message}
    assert get_image_model().objects.count() == 0


def pdf():
    """A whole PDF, as Pillow writes one: header, objects, cross-reference, trailer, %%EOF."""
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10), "teal").save(buffer, format="PDF")
    return buffer.getvalue()


def xlsx():
    """A zip holding the parts Excel opens first."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b'<?xml version="1.0"?><Types/>')
        archive.writestr("xl/workbook.xml", b"<workbook/>")
    return buffer.getvalue()


PDF = pdf()


@pytest.mark.parametrize(
    ("name", "content", "errors"),
    [
        ("minutes.pdf", HTML, ["This file is not a real .pdf file: its content does not match."]),
        ("budget.xlsx", PDF, ["This file is not a real .xlsx file: its content does not match."]),
        (
            "letter.rtf",
            b"Dear all",
            ["This file is not a real .rtf file: its content does not match."],
        ),
        (
            "notes.txt",
            b"\xef\xbb\xbf  " + HTML,
            [
                "This .txt file contains web page markup (HTML or SVG): upload the document in "
                "another format."
            ],
        ),
        (
            "table.csv",
            b'<svg onload="alert(1)"/>',
            [
                "This .csv file contains web page markup (HTML or SVG): upload the document in "
                "another format."
            ],
        ),
        (
            "page.html",
            HTML,
            [
                "File extension \u201chtml\u201d is not allowed. Allowed extensions are: csv, docx, "
                "odt, pdf, pptx, rtf, txt, xlsx, zip."
            ],
        ),
    ],
)
def test_a_document_that_is_not_what_it_claims_is_refused(admin_client, name, content, errors):
    response = upload_document(admin_client, name, content)
    assert (response.status_code, file_errors(response)) == (200, errors)
    assert Document.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("minutes.pdf", PDF),
        ("budget.xlsx", xlsx()),
        ("letter.rtf", b"{\\rtf1\\ansi Dear all}"),
        ("table.csv", b"region,country\nKyushu,JP\n"),
        ("notes.txt", "九州の<b>クラスター</b>".encode()),
    ],
)
def test_documents_that_are_what_they_claim_are_stored(admin_client, name, content):
    assert upload_document(admin_client, name, content).status_code == 302
    assert Document.objects.get().file.read() == content


def test_a_document_of_a_private_collection_is_never_served_to_anonymous_readers(client):
    private = Collection.get_first_root_node().add_child(name="Board")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = Document.objects.create(
        title="Board minutes",
        collection=private,
        file=SimpleUploadedFile("minutes.pdf", PDF),
    )
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"] == f"/en/_util/login/?next={document.url}"
