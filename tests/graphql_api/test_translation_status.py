"""translationStatus: whether each language's readers see a page, and whether it is current."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories
from tests.pages.helpers import translate_all

QUERY = """
query Status($locale: Locale!) {
  news(locale: $locale) { items { title translationStatus { locale status } } }
}
"""


@pytest.fixture
def article(site_tree, translate_now, publish_now):
    for index in (site_tree.home, site_tree.news):
        publish_now(translate_now(index, site_tree.ja))
    page = factories.NewsPageFactory(parent=site_tree.news, title="Launch", slug="launch")
    return publish_now(page)


def statuses(gql, locale):
    return {
        item["title"]: {entry["locale"]: entry["status"] for entry in item["translationStatus"]}
        for item in gql(QUERY, {"locale": locale})["news"]["items"]
    }


def test_missing_then_up_to_date_then_outdated(
    gql, article, site_tree, translate_now, publish_now, django_capture_on_commit_callbacks
):
    translate_now(article, site_tree.ja)
    # A draft translation is missing for readers.
    assert statuses(gql, "EN") == {"Launch": {"EN": "UP_TO_DATE", "JA": "MISSING"}}

    translate_all(article, site_tree.ja, "ja", django_capture_on_commit_callbacks)
    assert statuses(gql, "EN") == {"Launch": {"EN": "UP_TO_DATE", "JA": "UP_TO_DATE"}}
    assert statuses(gql, "JA") == {"ja:Launch": {"EN": "UP_TO_DATE", "JA": "UP_TO_DATE"}}

    # New English text the translation does not cover yet.
    article.summary = "A new summary."
    publish_now(article)
    assert statuses(gql, "JA") == {"ja:Launch": {"EN": "UP_TO_DATE", "JA": "OUTDATED"}}

    translate_all(article, site_tree.ja, "ja", django_capture_on_commit_callbacks)
    assert statuses(gql, "JA") == {"ja:Launch": {"EN": "UP_TO_DATE", "JA": "UP_TO_DATE"}}


def test_status_costs_the_same_queries_for_more_pages(
    gql, site_tree, django_assert_max_num_queries
):

    factories.NewsPageFactory(parent=site_tree.news)
    with CaptureQueriesContext(connection) as few:
        gql(QUERY, {"locale": "EN"})
    for _ in range(10):
        factories.NewsPageFactory(parent=site_tree.news)
    with CaptureQueriesContext(connection) as many:
        gql(QUERY, {"locale": "EN"})
    assert len(many.captured_queries) == len(few.captured_queries)
