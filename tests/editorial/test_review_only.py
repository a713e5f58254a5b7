"""Under a review of several steps a page goes live only by approving the last one."""

import pytest

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.models import Page

from editorial.review_only import review_steps
from editorial.roles import MODERATORS
from pages.models import NewsPage
from tests import factories
from tests.applications.helpers import sign_in
from tests.editorial.test_roles import news_form
from tests.graphql_api.conftest import publish

pytestmark = pytest.mark.django_db

SAVED_AS_DRAFT = {
    "en": "Saved as a draft, not published: this page goes live when its review, News and calls "
    "review / ニュース・公募のレビュー, approves its last step. Submit it for review.",
    "ja": "公開せず下書きとして保存しました。このページは、レビュー「News and calls review / "
    "ニュース・公募のレビュー」の最後の段階で承認されると公開されます。レビューに提出してください。",
}


def action_names(response):
    """The names of the editor's action buttons (Publish is `action-publish`)."""
    html = response.content.decode()
    return {name for name in ("action-publish", "action-submit") if f'name="{name}"' in html}


def shown(response):
    """The messages the admin shows on the page a post led to."""
    return [" ".join(str(message).split()) for message in response.context["messages"]]


@pytest.fixture
def news(site_tree):
    """A published news article, under the two-step review of news and calls."""
    return publish(factories.NewsPageFactory(parent=site_tree.news, title="Call opens"))


def test_news_has_two_steps_and_other_pages_one(site_tree, news):
    about = factories.InformationPageFactory(parent=site_tree.home, title="About")
    assert (review_steps(news), review_steps(about)) == (2, 1)


def test_a_moderator_is_offered_review_not_publish_on_news(client, news):
    sign_in(client, MODERATORS)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(news.pk,)))
    assert action_names(edit) == {"action-submit"}


def test_a_moderator_keeps_publish_where_the_review_has_one_step(client, site_tree):
    about = publish(factories.InformationPageFactory(parent=site_tree.home, title="About"))
    sign_in(client, MODERATORS)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(about.pk,)))
    assert action_names(edit) == {"action-publish", "action-submit"}


def test_a_new_news_article_offers_no_publish_either(client, site_tree):
    sign_in(client, MODERATORS)
    add = client.get(
        reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk))
    )
    assert action_names(add) == {"action-submit"}


def test_a_superuser_keeps_publish_for_emergencies(client, news):
    client.force_login(get_user_model().objects.create_superuser("root", "root@eu-japan.eu"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(news.pk,)))
    assert action_names(edit) == {"action-publish", "action-submit"}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_publishing_news_anyway_saves_a_draft_and_says_why(client, news, language):
    sign_in(client, MODERATORS, language)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(news.pk,)),
        {**news_form("Call opens today"), "slug": news.slug, "action-publish": "action-publish"},
        follow=True,
    )
    news.refresh_from_db()
    assert SAVED_AS_DRAFT[language] in shown(response)
    # Readers still see the published title; the edit waits as the latest draft.
    assert (news.title, news.has_unpublished_changes) == ("Call opens", True)
    assert news.get_latest_revision_as_object().title == "Call opens today"


def test_creating_news_with_publish_saves_a_draft(client, site_tree):
    sign_in(client, MODERATORS)
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("pages", "newspage", site_tree.news.pk)),
        {**news_form("Fresh news"), "action-publish": "action-publish"},
        follow=True,
    )
    created = NewsPage.objects.get(slug="fresh-news")
    assert SAVED_AS_DRAFT["en"] in shown(response)
    assert (created.live, created.title) == (False, "Fresh news")


def test_bulk_publish_refuses_news_and_publishes_nothing(client, site_tree, news):
    draft = factories.NewsPageFactory(parent=site_tree.news, title="Draft news", live=False)
    sign_in(client, MODERATORS)
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    response = client.post(
        f"{url}?id={draft.pk}&next=/admin/pages/{site_tree.news.pk}/",
        {"include_descendants": ""},
        follow=True,
    )
    assert shown(response) == [
        "Not published: 'Draft news' goes live only when its review approves its last step."
    ]
    assert Page.objects.get(pk=draft.pk).live is False
