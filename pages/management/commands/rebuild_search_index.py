"""`manage.py rebuild_search_index`: index every live page again (after an upgrade or a restore)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from pages.search import rebuild


class Command(BaseCommand):
    help = "Rebuild the site's search index from the live pages; publishing keeps it current after."

    def handle(self, **options):
        with transaction.atomic():
            count = rebuild()
        self.stdout.write(f"Indexed {count} live pages.")
