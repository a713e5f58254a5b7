"""Rich text as HTML for clients: links and embeds expanded, hidden pages unlinked."""

import re

from django.utils.html import escape

from wagtail.images.views.serve import generate_image_url
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter

UNLINK = "<a data-api-unlink>"
UNLINK_PATTERN = re.compile(r"<a data-api-unlink>(.*?)</a>", re.DOTALL)


def render_rich_text(html, references):
    """Expand the database format of rich text with already-resolved references.

    A link to a page that is not public in the requested language becomes plain text, so a
    draft, private or expired page is never revealed by a link.
    """
    if not html:
        return ""

    def page_link(attrs):
        url = references.page_url(attrs.get("id", "0")) if attrs.get("id", "").isdigit() else None
        return f'<a href="{escape(url)}">' if url else UNLINK

    def document_link(attrs):
        document = (
            references.documents.get(int(attrs["id"])) if attrs.get("id", "").isdigit() else None
        )
        return f'<a href="{escape(document.url)}">' if document else UNLINK

    def image_embed(attrs):
        image = references.images.get(int(attrs["id"])) if attrs.get("id", "").isdigit() else None
        if image is None:
            return ""
        src = generate_image_url(image, "width-800")
        return f'<img src="{escape(src)}" alt="{escape(attrs.get("alt", ""))}">'

    def media_embed(attrs):
        url = attrs.get("url", "")
        embed = references.embeds.get(url)
        if embed is not None and embed.html:
            return embed.html
        return f'<a href="{escape(url)}">{escape(url)}</a>' if url else ""

    links = LinkRewriter(rules={"page": page_link, "document": document_link})
    embeds = EmbedRewriter(rules={"image": image_embed, "media": media_embed})
    html = embeds(links(html))
    return UNLINK_PATTERN.sub(r"\1", html)
