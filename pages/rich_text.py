"""Rich text links as visitors see them: only to what the visibility rule shows."""

from django.utils.html import escape

from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.rich_text.pages import PageLinkHandler

from .visibility import public_documents, public_translations

# Wagtail's own placeholder for a link whose target is gone: the text stays, the link does not.
UNLINKED = "<a>"


class PublicPageLinkHandler(PageLinkHandler):
    """Links to the public translation of a page in the active language, or to nothing."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        targets = public_translations(cls.get_many(attrs_list))
        return [f'<a href="{escape(page.url)}">' if page else UNLINKED for page in targets]


class PublicDocumentLinkHandler(DocumentLinkHandler):
    """Links to a document, unless its collection is restricted."""

    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        found = {str(doc.pk): doc for doc in public_documents().filter(pk__in=ids)}
        return [found.get(str(pk)) for pk in ids]
