"""The image library: alt text in the language of the page, on the site and in the admin."""

import re

import pytest
import wagtail_factories

from django.urls import reverse

from tests import factories
from tests.graphql_api.content import image
from tests.pages.helpers import publish_translation, sign_in_in_japanese


@pytest.fixture
def harbour(db):
    picture = image(title="Harbour", alt="Boats in Oulu harbour at sunset")
    picture.description_ja = "夕暮れのオウル港に浮かぶ船"
    picture.save()
    return picture


@pytest.mark.parametrize(
    ("english", "japanese", "language", "expected"),
    [
        ("Boats", "船", "en", "Boats"),
        ("Boats", "船", "ja", "船"),
        ("Boats", "", "ja", "Boats"),
        ("", "", "ja", ""),
        ("Boats", "船", None, "Boats"),
    ],
)
def test_alt_text_is_the_language_s_or_the_english_one(english, japanese, language, expected):
    picture = wagtail_factories.ImageFactory.build(description=english, description_ja=japanese)
    assert picture.alt_text(language) == expected


def img_alts(html):
    return re.findall(r'<img alt="([^"]*)"', html)


def og_image_alt(html):
    return re.search(r'<meta property="og:image:alt" content="([^"]*)">', html)[1]


def test_pages_describe_their_images_in_their_language(client, site_tree, harbour):
    news = factories.NewsPageFactory(
        parent=site_tree.news, title="Port", slug="port", image=harbour
    )
    publish_translation(site_tree.home, site_tree.ja, title="ヘルプデスク")
    publish_translation(site_tree.news, site_tree.ja, title="ニュース")
    publish_translation(news, site_tree.ja, title="港")

    english = client.get("/en/news/port/").content.decode()
    japanese = client.get("/ja/news/port/").content.decode()

    assert (img_alts(english), og_image_alt(english)) == (
        ["Boats in Oulu harbour at sunset"],
        "Boats in Oulu harbour at sunset",
    )
    assert (img_alts(japanese), og_image_alt(japanese)) == (
        ["夕暮れのオウル港に浮かぶ船"],
        "夕暮れのオウル港に浮かぶ船",
    )
    listing = client.get("/ja/news/").content.decode()
    assert img_alts(listing) == ["夕暮れのオウル港に浮かぶ船"]


def test_the_image_form_asks_for_both_texts_in_the_editor_s_language(
    client, django_user_model, harbour
):
    sign_in_in_japanese(client, django_user_model, "tokyo")
    url = reverse("wagtailimages:edit", args=(harbour.pk,))

    form = client.get(url).content.decode()
    assert re.findall(r'<label[^>]*for="id_description(?:_ja)?"[^>]*>\s*([^<]+?)\s*<', form) == [
        "代替テキスト（英語）",  # noqa: RUF001
        "代替テキスト（日本語）",  # noqa: RUF001
    ]

    response = client.post(
        url,
        {
            "title": "Harbour",
            "description": "Boats in the harbour",
            "description_ja": "港の船",
            "collection": harbour.collection_id,
            "tags": "",
            "focal_point_x": "",
            "focal_point_y": "",
            "focal_point_width": "",
            "focal_point_height": "",
        },
    )
    assert response.status_code == 302
    harbour.refresh_from_db()
    assert (harbour.description, harbour.description_ja) == ("Boats in the harbour", "港の船")
