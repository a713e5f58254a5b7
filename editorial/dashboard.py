"""The admin home page's panels of what needs doing, each line linking to where to do it.

Each panel's contents come from a function of the current time, so that what a panel lists at a
given moment can be checked.
"""

import datetime
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from pages.models import CallPage, EventPage, WebinarPage
from pages.timezones import in_every_display_zone
from pages.translation_sync import TranslationState, admin_language_name, translation_states
from pages.visibility import public_pages, within_sites

CLOSING_SOON = datetime.timedelta(days=14)
# Lines a panel shows; the heading counts them all.
PANEL_LINES = 20


@dataclass(frozen=True)
class Task:
    """One line of a panel: what to open and why."""

    title: str
    language: str
    url: str
    note: str


def edit_url(page):
    """The page's edit view."""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def language_name(page):
    """The page's language as the admin names it, in the admin's language ("英語", "Japanese")."""
    return admin_language_name(page.locale.language_code)


def closing_calls(now):
    """Public calls whose deadline falls within the next 14 days, the soonest first."""
    calls = (
        public_pages(CallPage, now=now)
        .filter(deadline__gt=now, deadline__lte=now + CLOSING_SOON)
        .select_related("locale")
        .order_by("deadline", "pk")
    )
    return [
        Task(
            call.title,
            language_name(call),
            edit_url(call),
            _("Closes %(moment)s") % {"moment": in_every_display_zone(call.deadline)},
        )
        for call in calls
    ]


def upcoming_sessions_missing_something(now):
    """Upcoming public webinars and events without a registration link or a Japanese version."""
    default = Locale.get_default()
    japanese = Locale.objects.filter(language_code="ja").first()
    sessions = sorted(
        [
            *public_pages(WebinarPage, locale=default, now=now).filter(start__gt=now),
            *public_pages(EventPage, locale=default, now=now).filter(start__gt=now),
        ],
        key=lambda page: (page.start, page.pk),
    )
    translated = set()
    if japanese is not None:
        translated = set(
            public_pages(locale=japanese, now=now)
            .filter(translation_key__in=[page.translation_key for page in sessions])
            .values_list("translation_key", flat=True)
        )
    tasks = []
    for page in sessions:
        missing = []
        if not page.registration_url:
            missing.append(str(_("no registration link")))
        if page.translation_key not in translated:
            missing.append(str(_("no published Japanese translation")))
        if missing:
            note = _("%(moment)s: %(missing)s") % {
                "moment": in_every_display_zone(page.start),
                "missing": ", ".join(missing),
            }
            tasks.append(Task(page.title, language_name(page), edit_url(page), note))
    return tasks


def translations_to_do(now):
    """Public pages of the default language whose Japanese version is missing or out of date."""
    default = Locale.get_default()
    japanese = Locale.objects.filter(language_code="ja").first()
    if japanese is None:
        return []
    sources = list(
        public_pages(locale=default, now=now)
        .filter(within_sites())
        .select_related("locale")
        .order_by("path")
    )
    states = translation_states(sources, [japanese], public_pages(now=now))
    notes = {
        TranslationState.MISSING: _("No published Japanese translation"),
        TranslationState.OUTDATED: _("Japanese translation out of date"),
    }
    to_do = [
        (page, notes[state])
        for page in sources
        if (state := states[page.translation_key, japanese.language_code]) in notes
    ]
    # Each line opens the translation where it exists (draft or live), else starts it: a
    # translator may not open the English page itself.
    translations = dict(
        Page.objects.filter(
            locale=japanese, translation_key__in=[page.translation_key for page, _note in to_do]
        ).values_list("translation_key", "pk")
    )
    return [
        Task(
            page.title,
            language_name(page),
            reverse("wagtailadmin_pages:edit", args=[translations[page.translation_key]])
            if page.translation_key in translations
            else reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            note,
        )
        for page, note in to_do
    ]


def awaiting_approval():
    """Pages in a moderation workflow, the longest waiting first."""
    page_type = ContentType.objects.get_for_model(Page)
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type=page_type)
        .select_related("current_task_state__task", "requested_by")
        .order_by("created_at", "pk")
    )
    pages = Page.objects.select_related("locale").in_bulk(
        [int(state.object_id) for state in states]
    )
    return [
        Task(
            pages[int(state.object_id)].get_admin_display_title(),
            language_name(pages[int(state.object_id)]),
            edit_url(pages[int(state.object_id)]),
            _("%(task)s, submitted by %(user)s on %(day)s")
            % {
                "task": state.current_task_state.task.name,
                "user": state.requested_by.get_username() if state.requested_by else "?",
                "day": date_format(state.created_at, "DATE_FORMAT"),
            },
        )
        for state in states
        if int(state.object_id) in pages
    ]


class TaskPanel(Component):
    """A dashboard panel listing tasks, or saying there is nothing to do."""

    template_name = "editorial/dashboard/task_panel.html"

    def __init__(self, name, heading, tasks, empty, order):
        self.name = name
        self.heading = heading
        self.tasks = tasks
        self.empty = empty
        self.order = order

    def get_context_data(self, parent_context):
        return {
            "panel": self,
            # Tasks about pages have a language; others (webhooks) do not.
            "with_language": any(task.language for task in self.tasks),
            "shown": self.tasks[:PANEL_LINES],
            "more": ngettext(
                "and %(count)d more", "and %(count)d more", len(self.tasks) - PANEL_LINES
            )
            % {"count": len(self.tasks) - PANEL_LINES}
            if len(self.tasks) > PANEL_LINES
            else "",
        }


def page_panels(now):
    """The content panels, in the order they appear under Wagtail's own."""
    return [
        TaskPanel(
            "awaiting-approval",
            _("Waiting for approval"),
            awaiting_approval(),
            _("No page is waiting for approval."),
            order=50,
        ),
        TaskPanel(
            "closing-calls",
            _("Calls closing within 14 days"),
            closing_calls(now),
            _("No call closes within 14 days."),
            order=60,
        ),
        TaskPanel(
            "upcoming-sessions",
            _("Upcoming webinars and events to complete"),
            upcoming_sessions_missing_something(now),
            _("Every upcoming webinar and event has a registration link and a Japanese version."),
            order=70,
        ),
        TaskPanel(
            "translations-to-do",
            _("Japanese translations to do"),
            translations_to_do(now),
            _("Every published page has an up-to-date Japanese translation."),
            order=80,
        ),
    ]
