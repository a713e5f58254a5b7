"""The admin dashboard's panels: what each lists for a fixture tree at a fixed moment."""

import datetime

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.users.models import UserProfile

from editorial.dashboard import (
    awaiting_approval,
    closing_calls,
    translations_to_do,
    upcoming_sessions_missing_something,
)
from editorial.roles import EDITORS, MODERATORS, REVIEW_TASKS, REVIEW_WORKFLOW
from tests import factories
from tests.pages.helpers import translate_all

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
NOW = datetime.datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def rows(tasks):
    return [(task.title, task.language, task.url, task.note) for task in tasks]


def edit(page):
    return f"/admin/pages/{page.pk}/edit/"


@pytest.fixture
def calls(site_tree):
    """Calls around the 14-day window from NOW (deadlines at 23:59 Brussels time)."""

    def call(title, deadline):
        return factories.CallPageFactory(
            parent=site_tree.calls,
            title=title,
            opening_date=datetime.date(2026, 11, 1),
            deadline_date=deadline,
        )

    draft = call("Draft call", datetime.date(2026, 11, 26))
    draft.unpublish()
    return {
        "study tour": call("Study tour", datetime.date(2026, 12, 3)),
        "late": call("Late call", datetime.date(2026, 12, 5)),
        "mobility": call("Mobility 2026", datetime.date(2026, 11, 25)),
        "closed": call("Closed call", datetime.date(2026, 11, 19)),
    }


def test_calls_closing_within_14_days_soonest_first(calls):
    assert rows(closing_calls(NOW)) == [
        (
            "Mobility 2026",
            "English",
            edit(calls["mobility"]),
            "Closes 25 November 2026, 23:59 CET / 26 November 2026, 7:59 JST",
        ),
        (
            "Study tour",
            "English",
            edit(calls["study tour"]),
            "Closes 3 December 2026, 23:59 CET / 4 December 2026, 7:59 JST",
        ),
    ]
    # Two weeks later the first has closed and the late one has come within reach.
    later = NOW + datetime.timedelta(days=6)
    assert [task.title for task in closing_calls(later)] == ["Study tour", "Late call"]


def test_upcoming_sessions_without_a_registration_link_or_a_japanese_version(
    site_tree, translate_now, publish_now
):
    publish_now(translate_now(site_tree.home, site_tree.ja))
    publish_now(translate_now(site_tree.webinars, site_tree.ja))
    complete = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Complete webinar",
        start=datetime.datetime(2026, 11, 27, 8, 0, tzinfo=UTC),
        registration_url="https://example.org/register",
    )
    publish_now(translate_now(complete, site_tree.ja))
    no_link = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Webinar without link",
        start=datetime.datetime(2026, 11, 24, 8, 0, tzinfo=UTC),
    )
    factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Past webinar",
        start=datetime.datetime(2026, 11, 10, 8, 0, tzinfo=UTC),
    )
    conference = factories.EventPageFactory(
        parent=site_tree.events,
        title="Conference",
        start=datetime.datetime(2026, 12, 10, 8, 0, tzinfo=UTC),
        end=datetime.datetime(2026, 12, 11, 17, 0, tzinfo=UTC),
        registration_url="https://example.org/conference",
    )
    assert rows(upcoming_sessions_missing_something(NOW)) == [
        (
            "Webinar without link",
            "English",
            edit(no_link),
            "24 November 2026, 9:00 CET / 17:00 JST: no registration link, "
            "no published Japanese translation",
        ),
        (
            "Conference",
            "English",
            edit(conference),
            "10 December 2026, 9:00 CET / 17:00 JST: no published Japanese translation",
        ),
    ]


def test_translations_missing_or_out_of_date_in_tree_order(
    site_tree, translate_now, publish_now, django_capture_on_commit_callbacks
):
    # The home page fully translated; the news index published with its English text.
    translate_now(site_tree.home, site_tree.ja)
    translate_all(site_tree.home, site_tree.ja, "ja", django_capture_on_commit_callbacks)
    ja_news = publish_now(translate_now(site_tree.news, site_tree.ja))
    # A translation started and not yet published.
    ja_webinars = translate_now(site_tree.webinars, site_tree.ja)
    missing = "No published Japanese translation"

    def start(page):
        return f"/admin/localize/submit/page/{page.pk}/"

    # Each line opens the Japanese page where it exists, else starts its translation.
    assert rows(translations_to_do(NOW)) == [
        ("News", "English", edit(ja_news), "Japanese translation out of date"),
        ("Webinars", "English", edit(ja_webinars), missing),
        ("Events", "English", start(site_tree.events), missing),
        ("Calls", "English", start(site_tree.calls), missing),
        ("Partners", "English", start(site_tree.partners), missing),
        ("Partnerships", "English", start(site_tree.partnerships), missing),
    ]


def test_pages_waiting_for_approval_longest_first(site_tree, django_user_model):
    editor = django_user_model.objects.create_user("editor", "editor@eu-japan.eu", "x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    first = factories.NewsPageFactory(parent=site_tree.news, title="First news")
    second = factories.CallPageFactory(parent=site_tree.calls, title="Second call")
    for page, moment in ((second, NOW), (first, NOW - datetime.timedelta(days=2))):
        with time_machine.travel(moment, tick=False):
            page.save_revision(user=editor)
            page.get_workflow().start(page, editor)
    assert site_tree.news.get_workflow().name == REVIEW_WORKFLOW
    assert rows(awaiting_approval()) == [
        (
            "First news",
            "English",
            edit(first),
            f"{REVIEW_TASKS[0]}, submitted by editor on 18 November 2026",
        ),
        (
            "Second call",
            "English",
            edit(second),
            f"{REVIEW_TASKS[0]}, submitted by editor on 20 November 2026",
        ),
    ]


def test_the_admin_home_shows_each_panel_with_its_links(calls, client, django_user_model):
    moderator = django_user_model.objects.create_user("moderator", "m@eu-japan.eu", "x")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    client.force_login(moderator)
    with time_machine.travel(NOW, tick=False):
        page = client.get(reverse("wagtailadmin_home")).content.decode()
    for heading in (
        "Waiting for approval",
        "Calls closing within 14 days",
        "Upcoming webinars and events to complete",
        "Japanese translations to do",
    ):
        assert f">{heading}<" in page.replace("\n", "").replace("  ", ""), heading
    assert f'<a href="{edit(calls["mobility"])}">Mobility 2026</a>' in page
    # Inset like the tables' cells, not against the panel's border.
    assert '<p class="w-px-6">No page is waiting for approval.</p>' in page
    # Only administrators see the webhooks.
    assert "Webhooks failing" not in page


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_page_in_review_is_listed_once_on_the_moderator_s_dashboard(
    site_tree, client, django_user_model, language
):
    editor = django_user_model.objects.create_user("editor", "editor@eu-japan.eu", "x")
    editor.groups.add(Group.objects.get(name=EDITORS))
    news = factories.NewsPageFactory(parent=site_tree.news, title="Matchmaking in Oulu")
    news.save_revision(user=editor)
    news.get_workflow().start(news, editor)
    moderator = django_user_model.objects.create_user("moderator", "m@eu-japan.eu", "x")
    moderator.groups.add(Group.objects.get(name=MODERATORS))
    profile = UserProfile.get_for_user(moderator)
    profile.preferred_language = language
    profile.save()
    client.force_login(moderator)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert page.count(f'href="{edit(news)}"') == 1
    # Wagtail's own "Awaiting your review" panel, which listed it a second time, is gone.
    assert 'id="workflow_objects_to_moderate"' not in page
    assert "Awaiting your review" not in page and "レビュー待ち" not in page
