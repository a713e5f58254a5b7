"""After a workflow action: where the page stands, in the admin's language; no empty draft."""

import json
import re

import pytest

from django.urls import reverse

from wagtail.models import PageLogEntry

from editorial.roles import EDITORS, MODERATORS
from pages.models import NewsPage
from tests.applications.helpers import sign_in
from tests.editorial.test_roles import news_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def submitted(site_tree, client):
    """A news article an editor has submitted to the two-step review."""
    sign_in(client, EDITORS)
    client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk)),
        {**news_form("Call opens"), "action-submit": "action-submit"},
    )
    read_messages(client)
    return NewsPage.objects.get(slug="call-opens")


def read_messages(client):
    """Show the waiting messages, as the next page of the admin does, so none is read twice."""
    client.get(reverse("wagtailadmin_home"))


def act(client, news, action, **data):
    """Take the action on the news' current task as the dashboard does; the messages it left."""
    news.refresh_from_db()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(news.pk, action, news.current_workflow_task_state.pk),
    )
    return shown(client.post(url, {"comment": "Checked.", **data}, follow=True))


def shown(response):
    """The messages the admin shows on the page a post led to."""
    assert response.redirect_chain[0][1] == 302
    return [" ".join(str(message).split()) for message in response.context["messages"]]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            [
                "Approved: 'Call opens' now waits for the next step, "
                "Publication sign-off / 公開の承認.",
                "Approved and published: 'Call opens' is live.",
            ],
        ),
        (
            "ja",
            [
                "承認しました。「Call opens」は次の段階「Publication sign-off / 公開の承認」を"
                "待っています。",
                "承認して公開しました。「Call opens」は公開中です。",
            ],
        ),
    ],
)
def test_each_approval_says_whether_the_page_is_live_or_waits(
    client, submitted, language, expected
):
    sign_in(client, MODERATORS, language)
    said = [act(client, submitted, "approve"), act(client, submitted, "approve")]
    submitted.refresh_from_db()
    assert (said, submitted.live) == ([[expected[0]], [expected[1]]], True)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Changes requested: 'Call opens' goes back to its author."),
        ("ja", "修正を依頼しました。「Call opens」は作成者に戻ります。"),
    ],
)
def test_a_request_for_changes_says_the_page_goes_back(client, submitted, language, expected):
    sign_in(client, MODERATORS, language)
    assert act(client, submitted, "reject") == [expected]


def test_an_approval_in_the_editor_replaces_has_been_updated(client, submitted):
    sign_in(client, MODERATORS)
    submitted.refresh_from_db()
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(submitted.pk,)),
        {
            **news_form("Call opens"),
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": '{"comment": ""}',
        },
        follow=True,
    )
    assert shown(response) == [
        "Approved: 'Call opens' now waits for the next step, Publication sign-off / 公開の承認."
    ]


def test_the_dashboards_approve_still_asks_for_a_signed_in_moderator(client, submitted):
    client.logout()
    task_state = submitted.current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(submitted.pk, "approve", task_state.pk)
    )
    response = client.post(url, {"comment": ""})
    task_state.refresh_from_db()
    assert (response.status_code, response["Location"].split("?")[0], task_state.status) == (
        302,
        reverse("wagtailadmin_login"),
        "in_progress",
    )


def unchanged_form(news):
    """The editor's form of the news as the browser posts it back: the same texts, block ids and
    rich-text block keys."""
    child = NewsPage.objects.get(pk=news.pk).get_latest_revision_as_object().body.raw_data[0]
    key = re.search(r'data-block-key="(\w+)"', child["value"]).group(1)
    block = {"key": key, "text": "Open.", "type": "unstyled", "depth": 0}
    contentstate = {"blocks": [{**block, "inlineStyleRanges": [], "entityRanges": []}]}
    return {
        **news_form("Call opens"),
        "body-0-value": json.dumps({**contentstate, "entityMap": {}}),
        "body-0-id": child["id"],
    }


@pytest.mark.parametrize(
    ("summary", "saved"), [("The helpdesk opens a new call.", False), ("Reworded.", True)]
)
def test_an_approval_in_the_editor_logs_a_draft_only_when_it_changed_something(
    client, submitted, summary, saved
):
    sign_in(client, MODERATORS)
    logged = PageLogEntry.objects.filter(page=submitted)
    before = logged.count()
    client.post(
        reverse("wagtailadmin_pages:edit", args=(submitted.pk,)),
        {
            **unchanged_form(submitted),
            "summary": summary,
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": '{"comment": ""}',
        },
    )
    added = list(logged.order_by("pk").values_list("action", flat=True)[before:])
    expected = ["wagtail.workflow.approve"]
    assert added == (["wagtail.edit", *expected] if saved else expected)
