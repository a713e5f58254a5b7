"""The clock: scheduled publishing, and page.status_changed for what time changes on pages.

A call opens or closes, or its days left change at a midnight of its time zone; a webinar or
event starts or ends; a page expires. A task runs at each such moment: it sends one delivery
per page the moment changed, naming the paths whose rendering changed since the task rendered
them, ahead of that moment, at its previous run. Each run then renders what the next moment
will change and schedules itself for it; a publish runs it again, so that what it rendered
ahead stays current. Each run first publishes the page revisions scheduled to go live by then
(Wagtail leaves that to a periodic job), and it also runs at each such time. `manage.py
send_clock_events` does the same from a scheduler.
"""

from django_tasks import task

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils import timezone

from wagtail.models import Page, Revision
from wagtail.signals import page_published, page_unpublished, post_page_move

from pages.scheduling import next_go_live, publish_due_revisions
from pages.visibility import changed_by_clock, next_change

from .delivery import page_payload, record, subscribed_endpoints
from .models import ClockCheck, WebhookEndpoint, WebhookEvent
from .revalidation import candidates, changed_paths, path_of, render_public


@task(backend="webhooks", queue_name="webhooks")
def check_clock():
    """Send what time changed up to now and look ahead (the task form of send_clock_events)."""
    send_clock_events(timezone.now())


def send_clock_events(now):
    """Publish what is scheduled, queue a delivery per page time changed since the last run,
    and render the next moment."""
    # Wagtail leaves scheduled publishing to a periodic job; this task is the site's one.
    publish_due_revisions(now)
    with transaction.atomic():
        check = ClockCheck.objects.select_for_update().filter(pk=1).first()
        if check is None:
            # The first run: what changed before it was never rendered and is not sent.
            check = ClockCheck(pk=1, checked_until=now)
        elif now > check.checked_until:
            before = {int(pk): tuple(entry) for pk, entry in check.rendered.items()}
            changed = changed_by_clock(check.checked_until, now)
            for page in Page.objects.filter(pk__in=changed).specific().order_by("path"):
                queue_clock_event(page, before)
            check.checked_until = now
        check.next_moment = next_change(now)
        ahead = set()
        if check.next_moment is not None:
            for page in Page.objects.filter(pk__in=changed_by_clock(now, check.next_moment)):
                ahead |= {page.pk} | candidates(page, with_descendants=False)
        check.rendered = {str(pk): list(entry) for pk, entry in render_public(ahead).items()}
        check.save()
    wake_at = min(filter(None, [check.next_moment, next_go_live(now)]), default=None)
    if wake_at is not None:
        check_clock.using(run_after=wake_at).enqueue()


def queue_clock_event(page, before):
    """One delivery per subscribed endpoint for a page time changed, if its rendering did."""
    subscribed = subscribed_endpoints(WebhookEvent.STATUS_CHANGED, page)
    if not subscribed:
        return []
    ids = {page.pk} | candidates(page, with_descendants=False)
    pk = page.pk

    def payload():
        # Pages not rendered ahead (no run before this one saw the moment coming) are named
        # whenever they are public: they may have changed.
        changed = changed_paths(before, ids)
        own = path_of(page)
        if not changed:
            return None
        return page_payload(
            WebhookEvent.STATUS_CHANGED,
            page,
            pk,
            touched={
                "path": own,
                "previousPath": None,
                "translations": [],
                "affectedPaths": sorted(changed - {own, None}),
            },
        ) | {"status": str(page.status) if hasattr(page, "status") else None}

    return record(WebhookEvent.STATUS_CHANGED, subscribed, payload)


@receiver(post_save, sender=Revision)
def wake_for_scheduled_publishing(sender, instance, **kwargs):
    """A revision scheduled to go live: the task runs then to publish it."""
    moment = instance.approved_go_live_at
    if moment is not None:
        transaction.on_commit(lambda: check_clock.using(run_after=moment).enqueue())


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def look_ahead_again(sender, **kwargs):
    """A change to the pages may change what the next moment changes: render it again."""
    listening = WebhookEndpoint.objects.filter(is_active=True, send_status_changed=True)
    if listening.exists():
        transaction.on_commit(check_clock.enqueue)
