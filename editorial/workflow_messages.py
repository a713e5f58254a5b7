"""What a workflow action did, said in words: published, waiting for the next step, sent back.

Wagtail says only "Page '…' has been updated." after an approval made in the editor, and
nothing after one made from the dashboard; a moderator then cannot tell whether the page is
live or waits for someone else. An approval made in the editor also saves the form as a new
revision, logged as "Draft saved" even when nothing changed.
"""

import html

from django.contrib import messages
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.models import PageLogEntry, WorkflowState

# What a revision records beside the content: it differs between two saves of the same content.
BOOKKEEPING = {
    "latest_revision",
    "latest_revision_created_at",
    "has_unpublished_changes",
    "live_revision",
    "last_published_at",
    "locked",
    "locked_at",
    "locked_by",
}


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


def forget_unchanged_draft(page):
    """An approval in the editor that changed nothing leaves no 'Draft saved' in the history."""
    revisions = list(page.revisions.order_by("-created_at", "-pk")[:2])
    if len(revisions) < 2:
        return
    latest, previous = revisions

    def content(revision):
        return {key: value for key, value in revision.content.items() if key not in BOOKKEEPING}

    if content(latest) == content(previous):
        PageLogEntry.objects.filter(page=page, revision=latest, action="wagtail.edit").delete()


def after_workflow_action_in_editor(request, page):
    """After a workflow action in the editor: no empty 'Draft saved', and the outcome in words
    where Wagtail says 'has been updated'."""
    if "action-workflow-action" not in request.POST:
        return
    forget_unchanged_draft(page)
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
