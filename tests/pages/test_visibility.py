"""The one visibility rule: live, public, not expired, in the requested locale."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from pages.models import CallPage, NewsPage
from pages.visibility import is_public, public_pages
from tests import factories


@pytest.fixture
def public_news(site_tree):
    return factories.NewsPageFactory(parent=site_tree.news, title="Public")


def titles(queryset):
    return sorted(queryset.values_list("title", flat=True))


def test_a_live_public_page_is_included(public_news):
    assert titles(public_pages(NewsPage)) == ["Public"]
    assert is_public(public_news)


def test_a_draft_is_excluded(site_tree, public_news):
    draft = factories.NewsPageFactory(parent=site_tree.news, title="Draft", live=False)
    assert titles(public_pages(NewsPage)) == ["Public"]
    assert not is_public(draft)


def test_an_unpublished_page_is_excluded(site_tree, public_news):
    withdrawn = factories.NewsPageFactory(parent=site_tree.news, title="Withdrawn")
    withdrawn.save_revision().publish()
    withdrawn.unpublish()
    assert titles(public_pages(NewsPage)) == ["Public"]
    assert not is_public(withdrawn)


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "members"},
        {"restriction_type": PageViewRestriction.LOGIN},
    ],
    ids=["password", "login"],
)
def test_a_private_page_and_its_children_are_excluded(site_tree, public_news, restriction):
    private_index = factories.NewsIndexPageFactory(parent=site_tree.home, title="Members' news")
    # The index is a sibling section here only to hold a restricted subtree.
    private_child = factories.NewsPageFactory(parent=private_index, title="Members only")
    PageViewRestriction.objects.create(page=private_index, **restriction)
    assert titles(public_pages(NewsPage)) == ["Public"]
    assert not is_public(private_index)
    assert not is_public(private_child)


def test_an_expired_page_still_live_is_excluded(site_tree, public_news):
    # The scheduled job has not run yet: the page is still live but its time is up.
    expired = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Expired",
        expire_at=timezone.now() - datetime.timedelta(minutes=1),
    )
    assert Page.objects.get(pk=expired.pk).live is True
    assert titles(public_pages(NewsPage)) == ["Public"]
    assert not is_public(expired)


def test_expiry_is_judged_at_the_given_moment(site_tree):
    expire_at = datetime.datetime(2030, 1, 1, tzinfo=datetime.UTC)
    page = factories.NewsPageFactory(parent=site_tree.news, title="Until 2030", expire_at=expire_at)
    second = datetime.timedelta(seconds=1)
    assert titles(public_pages(NewsPage, now=expire_at - second)) == ["Until 2030"]
    assert titles(public_pages(NewsPage, now=expire_at)) == []
    assert not is_public(page, now=expire_at)


@pytest.fixture
def calls_in_both_languages(site_tree):
    """A published English call and its published Japanese copy."""
    english = factories.CallPageFactory(parent=site_tree.calls, title="Mobility call")
    japanese = english.copy_for_translation(site_tree.ja, copy_parents=True)
    japanese.title = "モビリティ募集"
    japanese.save_revision().publish()
    return english, japanese


def test_another_locale_is_excluded(site_tree, calls_in_both_languages):
    assert titles(public_pages(CallPage, locale=site_tree.en)) == ["Mobility call"]
    assert titles(public_pages(CallPage, locale="ja")) == ["モビリティ募集"]
    assert titles(public_pages(CallPage)) == ["Mobility call", "モビリティ募集"]


def test_pages_of_every_type_by_default(site_tree, public_news):
    pages = public_pages(locale="en").descendant_of(site_tree.home, inclusive=True)
    listed = set(pages.values_list("title", flat=True))
    assert listed == {
        "EJRC Helpdesk",
        "News",
        "Webinars",
        "Events",
        "Calls",
        "Partners",
        "Partnerships",
        "Public",
    }


@pytest.mark.django_db
def test_the_tree_root_is_not_content(site_tree):
    from wagtail.models import Page

    root = Page.get_first_root_node()
    assert root.live
    assert not public_pages().filter(pk=root.pk).exists()
    assert public_pages().filter(pk=site_tree.home.pk).exists()
