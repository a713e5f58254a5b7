"""The editorial roles: what each group may do, and the two-step review of news and calls."""

import pytest

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils.text import slugify

from wagtail.models import GroupPagePermission, Task, Workflow, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import (
    ADMINISTRATORS,
    EDITORS,
    MODERATORS,
    REVIEW_TASKS,
    REVIEW_WORKFLOW,
    REVIEWERS,
    TRANSLATORS,
    create_roles,
)
from pages.models import NewsPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(django_user_model):
    """A new staff user in one of the role groups."""

    def member(group_name):
        username = group_name.split()[0].lower()
        user = django_user_model.objects.create_user(username, f"{username}@eu-japan.eu", "x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return member


@pytest.fixture
def japanese_tree(site_tree):
    """The home page and the news index translated into Japanese, and an English article."""
    home = site_tree.home.copy_for_translation(site_tree.ja, alias=False)
    home.save_revision().publish()
    news_index = site_tree.news.copy_for_translation(site_tree.ja, alias=False)
    news_index.save_revision().publish()
    return home, news_index


def news_form(title):
    """The admin form of a minimal news page."""
    return nested_form_data(
        {
            "comments": inline_formset([]),
            "related_links": inline_formset([]),
            "title": title,
            "slug": slugify(title),
            "date": "2026-11-20",
            "summary": "The helpdesk opens a new call.",
            "body": streamfield([("paragraph", rich_text("<p>Open.</p>"))]),
        }
    )


def test_the_migrations_create_five_roles_with_wagtails_two():
    assert sorted(Group.objects.values_list("name", flat=True)) == [
        ADMINISTRATORS,
        REVIEWERS,
        EDITORS,
        MODERATORS,
        TRANSLATORS,
    ]


def test_groups_workflows_and_tasks_are_named_in_both_languages():
    assert sorted(Group.objects.values_list("name", flat=True)) == [
        "Administrators / 管理者",
        "Application reviewers / 応募審査担当",
        "Editors / 編集者",
        "Moderators / 承認者",
        "Translators / 翻訳者",
    ]
    assert sorted(Workflow.objects.values_list("name", flat=True)) == [
        "Moderators approval / 承認者による承認",
        "News and calls review / ニュース・公募のレビュー",
    ]
    assert sorted(Task.objects.values_list("name", flat=True)) == [
        "Editorial review / 編集レビュー",
        "Moderators approval / 承認者による承認",
        "Publication sign-off / 公開の承認",
    ]


def test_roles_named_in_english_only_are_renamed_and_keep_their_members(django_user_model):
    editors = Group.objects.get(name=EDITORS)
    editors.name = "Editors"
    editors.save()
    user = django_user_model.objects.create_user("claire", "claire@eu-japan.eu", "x")
    user.groups.add(editors)
    Workflow.objects.filter(name=REVIEW_WORKFLOW).update(name="News and calls review")
    create_roles(django_apps)
    assert list(user.groups.values_list("name", flat=True)) == ["Editors / 編集者"]
    assert Group.objects.count() == 5
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW).count() == 1


def test_news_and_calls_indexes_are_reviewed_in_two_steps(site_tree, japanese_tree):
    _, japanese_news = japanese_tree
    for index in (site_tree.news, site_tree.calls, japanese_news):
        workflow = index.get_workflow()
        assert workflow.name == REVIEW_WORKFLOW
        assert [task.name for task in workflow.tasks] == list(REVIEW_TASKS)
    # Other sections keep Wagtail's one-step approval by moderators.
    assert site_tree.webinars.get_workflow().name == "Moderators approval / 承認者による承認"


def test_translators_may_work_in_the_japanese_tree_only(site_tree, japanese_tree, member):
    translator = member(TRANSLATORS)
    home, japanese_news = japanese_tree
    assert list(
        GroupPagePermission.objects.filter(group__name=TRANSLATORS)
        .order_by("permission__codename")
        .values_list("page_id", "permission__codename")
    ) == [
        (home.pk, "add_page"),
        (home.pk, "change_page"),
        (home.pk, "lock_page"),
        (home.pk, "publish_page"),
        (home.pk, "unlock_page"),
    ]
    article = factories.NewsPageFactory(parent=site_tree.news, slug="english")
    japanese = article.copy_for_translation(site_tree.ja, alias=False)
    assert article.permissions_for_user(translator).can_edit() is False
    assert japanese.permissions_for_user(translator).can_edit() is True
    assert japanese.permissions_for_user(translator).can_publish() is True
    assert japanese_news.permissions_for_user(translator).can_add_subpage() is True
    assert site_tree.news.permissions_for_user(translator).can_add_subpage() is False


def test_an_editor_cannot_publish_a_call(site_tree, member, client):
    editor = member(EDITORS)
    call = factories.CallPageFactory(parent=site_tree.calls, slug="mobility")
    assert call.permissions_for_user(editor).can_publish() is False
    assert call.permissions_for_user(editor).can_edit() is True
    client.force_login(editor)
    menu = client.get(reverse("wagtailadmin_pages:edit", args=[call.pk])).content.decode()
    assert 'name="action-submit"' in menu
    assert 'name="action-publish"' not in menu


def test_an_editors_publish_request_saves_a_draft(site_tree, member, client):
    client.force_login(member(EDITORS))
    client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk)),
        {**news_form("Call opens"), "action-publish": "action-publish"},
    )
    news = NewsPage.objects.get(slug="call-opens")
    assert (news.live, news.has_unpublished_changes) == (False, True)


def test_news_is_published_after_both_approvals(site_tree, member, client):
    client.force_login(member(EDITORS))
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk)),
        {**news_form("Call opens"), "action-submit": "action-submit"},
    )
    assert response.status_code == 302
    news = NewsPage.objects.get(slug="call-opens")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(news.pk))
    assert (state.workflow.name, state.status) == (REVIEW_WORKFLOW, "in_progress")

    client.force_login(member(MODERATORS))
    approved = []
    for _ in REVIEW_TASKS:
        news.refresh_from_db()
        task_state = news.current_workflow_task_state
        approved.append(task_state.task.name)
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=(news.pk, "approve", task_state.pk),
            ),
            {"comment": "Checked."},
        )
        news.refresh_from_db()
        # Live only after the last step.
        assert news.live is (len(approved) == len(REVIEW_TASKS))
    assert approved == list(REVIEW_TASKS)
    state.refresh_from_db()
    assert state.status == "approved"
    assert news.live_revision.content["title"] == "Call opens"


def test_administrators_also_manage_users_and_webhooks(site_tree, member):
    administrator, moderator = member(ADMINISTRATORS), member(MODERATORS)
    call = factories.CallPageFactory(parent=site_tree.calls, slug="mobility")
    permissions = call.permissions_for_user(administrator)
    assert (permissions.can_edit(), permissions.can_publish(), permissions.can_delete()) == (
        True,
        True,
        True,
    )
    for codename in ("auth.add_user", "auth.change_group", "webhooks.change_webhookendpoint"):
        assert (administrator.has_perm(codename), moderator.has_perm(codename)) == (True, False)


def test_the_roles_stand_complete_without_wagtails_own_groups(site_tree, member):
    # A database emptied and refilled (or one whose Wagtail groups were deleted) has no
    # Editors and Moderators from Wagtail's migrations: the roles bring their whole grant.
    Group.objects.filter(name__in=[EDITORS, MODERATORS]).delete()
    create_roles(django_apps)
    editor, moderator = member(EDITORS), member(MODERATORS)
    assert (
        editor.has_perm("wagtailadmin.access_admin"),
        moderator.has_perm("wagtailadmin.access_admin"),
    ) == (True, True)
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility")
    editor_can, moderator_can = (
        call.permissions_for_user(editor),
        call.permissions_for_user(moderator),
    )
    assert (editor_can.can_edit(), editor_can.can_publish()) == (True, False)
    assert (moderator_can.can_edit(), moderator_can.can_publish(), moderator_can.can_lock()) == (
        True,
        True,
        True,
    )
