"""Delete the applications whose call's retention has ended, from a scheduler."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from applications.retention import delete_expired_applications


class Command(BaseCommand):
    help = (
        "Delete the applications of calls whose retention days after the deadline have passed, "
        "with their review history, admin log entries and files. The task "
        "applications.retention.purge_expired_applications does the same every day on the "
        "webhook worker; run this from cron as well if the worker may be down."
    )

    def handle(self, *args, **options):
        count = delete_expired_applications(timezone.now())
        noun = "application" if count == 1 else "applications"
        self.stdout.write(f"Deleted {count} expired {noun}.")
