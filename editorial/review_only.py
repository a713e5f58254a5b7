"""Pages under a review of several steps go live only by approving its last step.

Moderators may publish, and Wagtail offers them Publish beside "Submit for review": on news and
calls that Publish skipped both approvals. Where a page's workflow has more than one step, the
editor's Publish is hidden, Publish sent anyway saves a draft, and bulk Publish refuses such
pages, each with a message saying what publishes the page. A one-step approval is left alone:
its approvers are the publishers. Superusers keep Publish for emergencies.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail_localize.models import Translation

PUBLISH = "action-publish"


def review_steps(page):
    """The number of active steps of the workflow that applies to the page (0 without one)."""
    workflow = page.get_workflow()
    if workflow is None or not workflow.active:
        return 0
    return workflow.workflow_tasks.filter(task__active=True).count()


def is_synced_translation(page):
    """Whether the page is a translation wagtail-localize keeps in step with its source."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).exists()


def publishes_through_review(page, user):
    """Whether the user may publish the page only by approving its review's last step.

    A synced translation carries its reviewed source's text: its translator publishes it in
    the translation editor, as before.
    """
    if user.is_superuser or review_steps(page) < 2:
        return False
    return not is_synced_translation(page)


def hide_publish(menu_items, request, context):
    """construct_page_action_menu: no Publish where the page goes live through its review."""
    # A new page is reviewed by its parent's workflow.
    page = context.get("parent_page") if context.get("view") == "create" else context.get("page")
    if page is None:
        return
    if publishes_through_review(page, request.user):
        menu_items[:] = [item for item in menu_items if item.name != PUBLISH]


def keep_as_draft(request, page):
    """before_edit_page and before_create_page: Publish under review saves a draft instead.

    The editor's form is saved as it was sent (nothing typed is lost) but not published, and a
    message says what publishes it. For a new page, `page` is its parent.
    """
    if request.method != "POST" or PUBLISH not in request.POST:
        return None
    if not publishes_through_review(page, request.user):
        return None
    messages.warning(
        request,
        _(
            "Saved as a draft, not published: this page goes live when its review, "
            "%(workflow)s, approves its last step. Submit it for review."
        )
        % {"workflow": page.get_workflow().name},
    )
    request.POST = request.POST.copy()
    del request.POST[PUBLISH]
    return None


def refuse_bulk_publish(request, action_type, objects, action_class_instance):
    """before_bulk_action: bulk Publish leaves out nothing silently; it refuses pages under review."""
    if action_type != "publish":
        return None
    reviewed = [page for page in objects if publishes_through_review(page, request.user)]
    if not reviewed:
        return None
    messages.error(
        request,
        ngettext(
            "Not published: %(titles)s goes live only when its review approves its last step.",
            "Not published: %(titles)s go live only when their review approves its last step.",
            len(reviewed),
        )
        % {"titles": ", ".join(f"'{page.get_admin_display_title()}'" for page in reviewed)},
    )
    return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
