"""`manage.py rebuild_search_index`: index every page again (after a restore, or bulk-loaded pages)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site's search index from every page; saving and publishing keep it current."

    def handle(self, **options):
        with transaction.atomic():
            count = rebuild()
        self.stdout.write(f"Indexed {count} pages.")
