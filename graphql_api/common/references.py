"""Pages, documents, images and embeds that rich text and StreamFields point to, in batches."""

from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from pages.visibility import public_documents

from .locales import load_specific, translate_page_ids


class References:
    """Collects references of many objects, then resolves each kind in one query."""

    def __init__(self, scope):
        self.scope = scope
        self.page_ids = set()
        self.chooser_page_ids = set()
        self.document_ids = set()
        self.image_ids = set()
        self.embed_urls = set()
        self.pages = {}
        self.specific_pages = {}
        self.documents = {}
        self.images = {}
        self.embeds = {}

    def collect_html(self, html):
        """Note the references of a rich text value in the database format."""
        if not html:
            return
        for attrs in map(extract_attrs, FIND_A_TAG.findall(html)):
            if attrs.get("linktype") == "page" and attrs.get("id", "").isdigit():
                self.page_ids.add(int(attrs["id"]))
            elif attrs.get("linktype") == "document" and attrs.get("id", "").isdigit():
                self.document_ids.add(int(attrs["id"]))
        for attrs in map(extract_attrs, FIND_EMBED_TAG.findall(html)):
            if attrs.get("embedtype") == "image" and attrs.get("id", "").isdigit():
                self.image_ids.add(int(attrs["id"]))
            elif attrs.get("embedtype") == "media" and attrs.get("url"):
                self.embed_urls.add(attrs["url"])

    def resolve(self):
        """Load everything collected, each kind in one query (pages chosen in blocks: per type)."""
        scope = self.scope
        self.pages = translate_page_ids(self.page_ids | self.chooser_page_ids, scope)
        if self.chooser_page_ids and self.pages:
            bases = list(self.pages.values())
            by_pk = {page.pk: page for page in load_specific(bases, scope)}
            self.specific_pages = {
                source: by_pk[page.pk] for source, page in self.pages.items() if page.pk in by_pk
            }
        if self.document_ids:
            self.documents = public_documents().in_bulk(self.document_ids)
        if self.image_ids:
            self.images = get_image_model().objects.in_bulk(self.image_ids)
        if self.embed_urls:
            # What editors' saves stored: a read never asks the provider (pages/embeds.py).
            for embed in Embed.objects.filter(url__in=self.embed_urls):
                self.embeds.setdefault(embed.url, embed)
        return self

    def page_url(self, page_id):
        """Relative URL of the public translation of a linked page, or None."""
        page = self.pages.get(int(page_id))
        if page is None:
            return None
        return self.scope.urls.relative(page.url_path)
