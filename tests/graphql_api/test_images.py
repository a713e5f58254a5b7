"""Images: rendition URLs from the allow-list, srcset, alt text and focal point."""

import pytest

from wagtail.images.views.serve import generate_image_url

from tests import factories
from tests.graphql_api.content import image, publish, translate

# Image URLs are absolute, so they also load in embeds on other sites.
TESTSERVER = "http://testserver"

QUERY = """
query($width: Int, $height: Int, $fill: Boolean, $format: ImageFormat) {
  news { items { image {
    alt focalPoint { x y width height }
    url(width: $width, height: $height, fill: $fill, format: $format)
  } } }
}
"""


@pytest.fixture
def picture(site_tree):
    lead = image(width=1000, height=600)
    publish(factories.NewsPageFactory(parent=site_tree.news, title="Lead", image=lead))
    return lead


def url_of(gql, **variables):
    return gql(QUERY, variables)["news"]["items"][0]["image"]["url"]


def test_rendition_urls(gql, picture, client):
    cases = [
        ({}, "original"),
        ({"width": 320}, "width-320"),
        ({"height": 480}, "height-480"),
        ({"width": 640, "height": 480}, "max-640x480"),
        ({"width": 320, "height": 320, "fill": True}, "fill-320x320-c100"),
        ({"width": 320, "format": "WEBP"}, "width-320|format-webp"),
        ({"width": 800, "format": "AVIF"}, "width-800|format-avif"),
        ({"width": 160, "format": "PNG"}, "width-160|format-png"),
        ({"width": 160, "format": "JPEG"}, "width-160|format-jpeg"),
    ]
    for variables, spec in cases:
        assert url_of(gql, **variables) == TESTSERVER + generate_image_url(picture, spec), variables
    response = client.get(url_of(gql, width=320, height=320, fill=True, format="WEBP"))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/webp"


def test_srcset_alt_and_focal_point(gql, picture):
    data = gql("{ news { items { image { alt srcset focalPoint { x y width height } } } } }")
    item = data["news"]["items"][0]["image"]
    assert item["alt"] == "Boats in Oulu harbour at sunset"
    assert item["focalPoint"] == {"x": 500, "y": 300, "width": 100, "height": 80}
    assert item["srcset"] == ", ".join(
        f"{TESTSERVER}{generate_image_url(picture, f'width-{size}')} {size}w"
        for size in (320, 640, 960)
    )


def test_sizes_outside_the_allow_list_are_errors(gql, picture):
    allowed = "80, 160, 320, 480, 640, 800, 960, 1280, 1600, 1920"
    assert gql.errors(QUERY, {"width": 333}) == [f"width must be one of {allowed}; got 333."]
    assert gql.errors(QUERY, {"height": 5000}) == [f"height must be one of {allowed}; got 5000."]
    assert gql.errors(QUERY, {"width": 320, "fill": True}) == ["fill needs both width and height."]
    assert gql.errors(QUERY, {"format": "GIF"})


def test_tampered_rendition_url_is_refused(gql, picture, client):
    url = url_of(gql, width=320)
    assert client.get(url.replace("width-320", "width-1900")).status_code == 403


def test_alt_text_follows_the_language_of_the_page_that_shows_the_image(gql, site_tree, ja_tree):
    described = image(title="Harbour", alt="Boats in Oulu harbour at sunset")
    described.description_ja = "夕暮れのオウル港に浮かぶ船"
    described.save()
    english_only = image(title="Logo", alt="Vitagora logo")
    news = publish(factories.NewsPageFactory(parent=site_tree.news, title="Port", image=described))
    translate(news, site_tree.ja, title="港")
    partner = publish(
        factories.PartnerPageFactory(parent=site_tree.partners, title="Vitagora", logo=english_only)
    )
    translate(partner, site_tree.ja, title="ヴィタゴラ")

    def alts(locale):
        data = gql(
            "query($locale: Locale) { news(locale: $locale) { items { image { alt } } } "
            "partners(locale: $locale) { items { logo { alt } } } }",
            {"locale": locale},
        )
        return (
            [item["image"]["alt"] for item in data["news"]["items"]],
            [item["logo"]["alt"] for item in data["partners"]["items"]],
        )

    assert alts("EN") == (["Boats in Oulu harbour at sunset"], ["Vitagora logo"])
    # A Japanese page reads the Japanese text, or the English one when the library has none.
    assert alts("JA") == (["夕暮れのオウル港に浮かぶ船"], ["Vitagora logo"])


def test_an_image_block_without_its_own_alt_text_is_described_in_the_page_language(
    gql, site_tree, ja_tree
):
    photo = image(alt="Panel on stage")
    photo.description_ja = "登壇者のパネル"
    photo.save()
    body = [
        {"type": "image", "value": {"image": photo.pk, "alt_text": "", "decorative": False}},
        {
            "type": "image",
            "value": {"image": photo.pk, "alt_text": "Own text", "decorative": False},
        },
        {"type": "image", "value": {"image": photo.pk, "alt_text": "", "decorative": True}},
    ]
    news = publish(factories.NewsPageFactory(parent=site_tree.news, title="Panel", body=body))
    translate(news, site_tree.ja, title="パネル", body=body)
    query = (
        "query($locale: Locale) { news(locale: $locale) { items { body { items "
        "{ ... on ImageBlock { image { alt } } } } } } }"
    )

    def alts(locale):
        items = gql(query, {"locale": locale})["news"]["items"][0]["body"]["items"]
        return [item["image"]["alt"] for item in items]

    assert alts("EN") == ["Panel on stage", "Own text", ""]
    assert alts("JA") == ["登壇者のパネル", "Own text", ""]
