"""News articles and the pages they relate to."""

import pytest

from pages.models import NewsRelatedPage
from tests import factories
from tests.pages.helpers import errors_of


@pytest.fixture
def article(site_tree):
    return factories.NewsPageFactory(parent=site_tree.news, title="Mobility call opens")


@pytest.mark.parametrize(
    "make",
    [
        lambda tree: factories.PartnerPageFactory(parent=tree.partners),
        lambda tree: factories.WebinarPageFactory(parent=tree.webinars),
        lambda tree: factories.CallPageFactory(parent=tree.calls),
        lambda tree: factories.EventPageFactory(parent=tree.events),
    ],
    ids=["partner", "webinar", "call", "event"],
)
def test_relatable_page_types_pass(site_tree, article, make):
    NewsRelatedPage(news=article, page=make(site_tree).page_ptr).full_clean()


@pytest.mark.parametrize("index", ["home", "news", "calls"])
def test_other_page_types_are_rejected(site_tree, article, index):
    related = NewsRelatedPage(news=article, page=getattr(site_tree, index).page_ptr)
    assert errors_of(related) == {"page": ["Relate a partner profile, webinar, call or event."]}


def test_another_article_is_rejected(site_tree, article):
    other = factories.NewsPageFactory(parent=site_tree.news)
    assert errors_of(NewsRelatedPage(news=article, page=other.page_ptr)) == {
        "page": ["Relate a partner profile, webinar, call or event."]
    }


def test_related_pages_are_kept_in_order(site_tree, article):
    call = factories.CallPageFactory(parent=site_tree.calls, title="Mobility 2022")
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Cluster Lumière")
    article.related_links = [NewsRelatedPage(page=call), NewsRelatedPage(page=partner)]
    article.save()
    article.refresh_from_db()
    titles = [link.page.title for link in article.related_links.all()]
    assert titles == ["Mobility 2022", "Cluster Lumière"]
