"""What a workflow action did, said in words: published, waiting for the next step, sent back.

Wagtail says only "Page '…' has been updated." after an approval made in the editor, and
nothing after one made from the dashboard; a moderator then cannot tell whether the page is
live or waits for someone else.
"""

import html

from django.contrib import messages
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import WorkflowState


def workflow_outcome(page):
    """The sentence saying where the page stands after a workflow action, or None."""
    state = page.workflow_states.order_by("-created_at", "-pk").first()
    if state is None:
        return None
    page.refresh_from_db()
    title = page.get_admin_display_title()
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("Approved: '%(title)s' now waits for the next step, %(task)s.") % {
            "title": title,
            "task": state.current_task_state.task.name,
        }
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Changes requested: '%(title)s' goes back to its author.") % {"title": title}
    if state.status == WorkflowState.STATUS_APPROVED:
        if page.live and not page.has_unpublished_changes:
            return _("Approved and published: '%(title)s' is live.") % {"title": title}
        return _("Approved: '%(title)s' goes live at its scheduled time.") % {"title": title}
    return None


def replace_updated_message(request, page):
    """After a workflow action in the editor, Wagtail's 'has been updated' gives way to words."""
    if "action-workflow-action" not in request.POST:
        return
    outcome = workflow_outcome(page)
    if outcome is None:
        return
    updated = _("Page '%(page_title)s' has been updated.") % {
        "page_title": page.get_admin_display_title()
    }
    # Wagtail's message is rendered HTML (quotes escaped, a block for buttons): compared as text.
    kept = [
        message
        for message in messages.get_messages(request)
        if " ".join(strip_tags(html.unescape(str(message.message))).split()) != updated
    ]
    for message in kept:
        messages.add_message(request, message.level, message.message, message.extra_tags)
    messages.success(request, outcome)


class WorkflowActionWithOutcomeView(WorkflowActionView):
    """Wagtail's workflow action (the dashboard's Approve), saying what it did."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        outcome = workflow_outcome(self.object)
        if outcome is not None:
            messages.success(request, outcome)
        return response
