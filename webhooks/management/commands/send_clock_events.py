"""Send the webhook deliveries of what time changed on pages, from a scheduler."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from webhooks.clock import send_clock_events


class Command(BaseCommand):
    help = (
        "Queue page.status_changed deliveries for what time changed since the last run (a call "
        "closing, a webinar starting, a page expiring) and render what the next moment changes. "
        "The webhook worker runs this by itself at each such moment; run it from cron as well "
        "if the worker may be down at those moments."
    )

    def handle(self, *args, **options):
        send_clock_events(timezone.now())
