"""Seed a migrated database that holds the demo content: `python -m benchmarks.prepare N NOW`.

With `--keep-demo`, the demo articles stay as they are (the search benchmark checks its answers
against them); otherwise one becomes the long article of the `page(path)` read.
"""

import datetime
import sys
import uuid

import django

django.setup()

from django.db import transaction  # noqa: E402

from pages.models import NewsPage, PartnerPage  # noqa: E402

from .seed import seed_pages  # noqa: E402

LONG_ARTICLE_TITLE = "Benchmark: a long article"
LONG_ARTICLE_BLOCKS = 100


def lengthen_article():
    """Give one English article a body of 100 paragraphs and quotes, linking to partners."""
    article = NewsPage.objects.filter(locale__language_code="en").order_by("pk").first()
    partners = list(
        PartnerPage.objects.filter(locale__language_code="en").values_list("pk", flat=True)[:50]
    )
    blocks = []
    for number in range(LONG_ARTICLE_BLOCKS):
        if number % 5 == 4:
            value = {"quote": f"Quote {number}: cooperation works.", "attribution": "A partner"}
            blocks.append({"type": "quote", "value": value, "id": str(uuid.UUID(int=number))})
            continue
        partner = partners[number % len(partners)]
        html = (
            f"<p>Paragraph {number} of the article, about "
            f'<a linktype="page" id="{partner}">a partner of the helpdesk</a> and its '
            "cooperation with European and Japanese regions and clusters. " * 3 + "</p>"
        )
        blocks.append({"type": "paragraph", "value": html, "id": str(uuid.UUID(int=number))})
    with transaction.atomic():
        article.title = article.draft_title = LONG_ARTICLE_TITLE
        article.body = blocks
        article.save(update_fields=["title", "draft_title", "body"])


if __name__ == "__main__":
    english_pages = int(sys.argv[1])
    now = datetime.datetime.fromisoformat(sys.argv[2])
    counts = seed_pages(english_pages, now)
    if "--keep-demo" not in sys.argv[3:]:
        lengthen_article()
    print(", ".join(f"{name} {count}" for name, count in sorted(counts.items())))
