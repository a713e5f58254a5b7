"""Wagtail's scheduled publishing: revisions approved to go live at a time of their own."""

from django.db.models import Min

from wagtail.models import Revision


def publish_due_revisions(now):
    """Publish the page revisions whose go-live time has come, earliest first."""
    due = Revision.page_revisions.filter(approved_go_live_at__lte=now).order_by(
        "approved_go_live_at", "pk"
    )
    for revision in due:
        # The revision's time is past, so publishing it makes the page live now.
        revision.publish(log_action="wagtail.publish.scheduled")


def next_go_live(now):
    """The earliest go-live time after now of a scheduled page revision, or None."""
    return Revision.page_revisions.filter(approved_go_live_at__gt=now).aggregate(
        moment=Min("approved_go_live_at")
    )["moment"]
