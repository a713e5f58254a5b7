"""Content builders shared by the API tests."""

import datetime

import wagtail_factories

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from wagtail.models import PageViewRestriction

from tests import factories
from tests.graphql_api.conftest import publish, translate

UTC = datetime.UTC


def at(year, month, day, hour=0, minute=0):
    """An aware UTC instant."""
    return datetime.datetime(year, month, day, hour, minute, tzinfo=UTC)


def sector(name, slug, ja_name=None, ja=None, ecosystem="digital"):
    """An English sector and, with ja_name, its Japanese translation."""
    english = factories.SectorFactory(name=name, slug=slug, ecosystem=ecosystem)
    if ja_name:
        factories.SectorFactory(
            name=ja_name,
            slug=slug,
            ecosystem=ecosystem,
            locale=ja,
            translation_key=english.translation_key,
        )
    return english


def with_sectors(page, *sectors):
    """Set the page's sectors and publish it."""
    page.sectors.set(sectors)
    page.save()
    return publish(page)


def make_draft(page):
    """Unpublish the page (it stays in the tree as a draft)."""
    page.unpublish()
    return page


def make_private(page):
    """Put a password on the page."""
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return page


def make_expired(page):
    """Give the page an expiry time in the past (the scheduler has not run yet)."""
    type(page).objects.filter(pk=page.pk).update(expire_at=at(2020, 1, 1))
    return page


def ja_sector(english, ja):
    """The Japanese translation of a sector."""
    return type(english).objects.get(translation_key=english.translation_key, locale=ja)


__all__ = ["at", "factories", "make_draft", "make_expired", "make_private", "translate"]


def image(title="Oulu harbour", alt="Boats in Oulu harbour at sunset", width=1000, height=600):
    """An image of the library with alt text and a focal point."""
    return wagtail_factories.ImageFactory(
        title=title,
        description=alt,
        file__width=width,
        file__height=height,
        file__filename="harbour.jpg",
        focal_point_x=500,
        focal_point_y=300,
        focal_point_width=100,
        focal_point_height=80,
    )


def document(title="Call text"):
    """A PDF of the document library."""
    return wagtail_factories.DocumentFactory(
        title=title, file__filename="call.pdf", file__data=b"%PDF-1.4 call text"
    )


def embed(url="https://www.youtube.com/watch?v=ejrc"):
    """A cached embed, so that no provider is contacted."""
    return Embed.objects.create(
        url=url,
        max_width=None,
        hash=get_embed_hash(url, None),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/ejrc"></iframe>',
        title="EJRC webinar",
        provider_name="YouTube",
        thumbnail_url="https://i.ytimg.com/vi/ejrc/hqdefault.jpg",
    )


def page_link(page, text):
    """Rich text link to a page, in the database format."""
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def document_link(doc, text):
    """Rich text link to a document, in the database format."""
    return f'<a linktype="document" id="{doc.pk}">{text}</a>'
