"""`manage.py refresh_embeds`: fetch the embeds that pages show as links (none stored, or stale)."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.models import Page

from pages.embeds import embed_urls, refresh


class Command(BaseCommand):
    help = (
        "Ask the providers for the embeds of every page that has none stored or a stale one; "
        "reads never ask them."
    )

    def handle(self, **options):
        pages = Page.objects.live().specific()
        fetched, failed = refresh(embed_urls(pages), timezone.now())
        for url in failed:
            self.stderr.write(f"No embed for {url}: it stays a link.")
        self.stdout.write(f"Fetched {len(fetched)} embeds; {len(failed)} could not be fetched.")
