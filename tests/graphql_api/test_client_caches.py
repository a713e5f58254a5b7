"""Apollo Client and urql keep English and Japanese apart in one normalised cache.

The demo content (bilingual articles with images and links, webinars with programmes, events
with days, partners with logos and sectors) and one English page without a translation, whose
Japanese stand-in (fallback) links the Japanese partner: tests/node/client_caches.test.js reads
each document in English, then Japanese, then both again from its cache alone.
"""

import json

import pytest

from django.core.management import call_command

from pages.models import EventPage, NewsIndexPage, NewsPage, PartnerPage, WebinarPage
from tests import factories
from tests.graphql_api.conftest import run_node_test
from tests.graphql_api.content import page_link, publish, translate
from tests.graphql_api.test_readme_examples import examples

pytestmark = pytest.mark.django_db(transaction=True)

HOME = """
query Home($locale: Locale!, $fallback: Boolean!) {
  news(locale: $locale, fallback: $fallback, limit: 5) {
    totalCount
    items {
      id translationKey title url date locale
      image { id imageId alt url(width: 320) }
      sectors { items { id name ecosystemName } }
    }
  }
  webinars(locale: $locale, fallback: $fallback, limit: 5) {
    items { id title start series { id name } }
  }
  calls(locale: $locale, fallback: $fallback) { items { id title deadline status } }
}
"""

PAGE = """
query PageByPath($path: String!, $locale: Locale!, $fallback: Boolean!) {
  page(path: $path, locale: $locale, fallback: $fallback) {
    id translationKey title locale url
    translations { id locale url title }
    ... on NewsPage {
      date summary
      image { id alt }
      body { items {
        __typename
        ... on ParagraphBlock { id blockId html }
        ... on ImageBlock { id blockId image { id imageId alt } }
        ... on QuoteBlock { id quote attribution }
        ... on CallToActionBlock { id label url page { id title locale } }
      } }
      relatedPages { items { id title url locale } }
      sectors { items { id name ecosystemName } }
    }
    ... on WebinarPage {
      start
      series { id name }
      programme { items { id blockId startTime title speakers { items { name organisation } } } }
      euPartners { items { id title logo { id alt } } }
      jpPartners { items { id title logo { id alt } } }
    }
    ... on EventPage {
      days { items { id date title programme { items { id title } } } }
    }
  }
}
"""

PARTNERS = """
query Partners($locale: Locale!, $fallback: Boolean!) {
  partners(locale: $locale, fallback: $fallback, limit: 100) {
    totalCount
    items {
      id title kind side city
      region { code name }
      logo { id imageId alt }
      sectors { items { id name } }
    }
  }
}
"""

SEARCH = """
query Search($query: String!, $locale: Locale!) {
  search(query: $query, locale: $locale) {
    totalCount
    items { snippet page { id title url locale } }
  }
}
"""


def both(**variables):
    """The variables of a case in English and in Japanese."""
    return {
        "en": {**variables, "locale": "EN"},
        "ja": {**variables, "locale": "JA"},
    }


def source_path(model):
    """The site path of the demo's first English page of a type, e.g. /en/news/x/."""
    page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
    return page.url


def untranslated_article():
    """An English article with no translation, linking a partner that has one."""
    partner = PartnerPage.objects.live().filter(locale__language_code="en").order_by("path")[0]
    index = NewsIndexPage.objects.get(locale__language_code="en")
    article = factories.NewsPageFactory(parent=index, title="Only in English", slug="only-en")
    article.body = json.dumps(
        [
            {"type": "paragraph", "id": "p", "value": f"<p>{page_link(partner, 'A partner')}</p>"},
            {"type": "call_to_action", "id": "c", "value": {"label": "Meet", "page": partner.pk}},
        ]
    )
    return publish(article).url


def test_apollo_and_urql_caches_give_back_each_language_as_served(live_server, migrated_data):
    call_command("load_demo_content", verbosity=0)
    standin = untranslated_article()
    cases = [
        {"name": "home", "query": HOME, "variables": both(fallback=False)},
        {"name": "home with fallback", "query": HOME, "variables": both(fallback=True)},
        *(
            {
                "name": f"{model.__name__} by path{' with fallback' if fallback else ''}",
                "query": PAGE,
                "variables": both(path=source_path(model), fallback=fallback),
            }
            for model in (NewsPage, WebinarPage, EventPage)
            for fallback in (False, True)
        ),
        {"name": "stand-in", "query": PAGE, "variables": both(path=standin, fallback=True)},
        {"name": "partners", "query": PARTNERS, "variables": both(fallback=True)},
        {
            "name": "search",
            "query": SEARCH,
            "variables": {
                "en": {"query": "cluster", "locale": "EN"},
                "ja": {"query": "クラスター", "locale": "JA"},
            },
        },
        *(
            {
                "name": f"API reference example {number}",
                "query": query,
                "variables": {"en": {}, "ja": {}},
            }
            for number, query in enumerate(examples(), start=1)
        ),
    ]
    run_node_test("client_caches.test.js", live_server, CASES=json.dumps(cases))


def test_the_documented_offset_pagination_policy_merges_pages_per_language(
    live_server, migrated_data, site_tree
):
    translate(site_tree.home, site_tree.ja, title="ホーム")
    translate(site_tree.news, site_tree.ja, title="ニュース")
    english = []
    for letter in "ABCDE":
        page = factories.NewsPageFactory(parent=site_tree.news, title=f"{letter} news", slug=letter)
        english.append(page.title)
    translate(page, site_tree.ja, title="E ニュース")
    run_node_test(
        "offset_pagination.test.js",
        live_server,
        EXPECTED_TITLES=json.dumps({"en": english, "ja": ["E ニュース"]}),
    )
