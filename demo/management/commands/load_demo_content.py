"""Load the helpdesk's demo content in English and Japanese; running it again changes nothing."""

import time

from django.core.management.base import BaseCommand

from demo.loader import DemoLoader


class Command(BaseCommand):
    help = (
        "Create the demo site: the home page, a section per kind with its pages (demo/kinds), "
        "the information pages, and their Japanese translations. Existing content is left as "
        "it is."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        created, present, changes = DemoLoader().run()
        for label in sorted(set(created) | set(present)):
            self.stdout.write(
                f"  {label}: {created[label]} created, {present[label]} already present"
            )
        for change in changes:
            self.stdout.write(f"  {change}")
        total = sum(created.values()) + len(changes)
        elapsed = time.monotonic() - started
        if total:
            self.stdout.write(
                self.style.SUCCESS(f"Demo content loaded: {total} changes in {elapsed:.1f}s.")
            )
        else:
            self.stdout.write(
                self.style.SUCCESS("Nothing created: the demo content was already present.")
            )
