"""HTTP caching of anonymous reads: the server cache, ETag/304, and invalidation on publish."""

import json
import time

import pytest

from django.core.cache import cache

from pages import generation
from tests import factories

pytestmark = pytest.mark.usefixtures("each_cache_backend")

QUERY = "{ news(locale: EN) { totalCount items { title } } }"


@pytest.fixture
def response_cache(settings):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 3600
    settings.GRAPHQL_HTTP_MAX_AGE = 60
    settings.GRAPHQL_HTTP_S_MAXAGE = 300


@pytest.fixture
def article(site_tree):
    return factories.NewsPageFactory(parent=site_tree.news, title="Mobility call launched")


def titles(response):
    return [item["title"] for item in response.json()["data"]["news"]["items"]]


@pytest.mark.django_db(transaction=True)
def test_a_cached_read_costs_no_sql_query(
    client, article, response_cache, django_assert_num_queries, settings
):
    # Long enough for the copy of the generation to outlive a slow machine between requests.
    settings.CONTENT_GENERATION_COPY_SECONDS = 60
    first = client.get("/graphql/", {"query": QUERY})
    # The generation comes with the entry, from the cache's copy of it.
    with django_assert_num_queries(0):
        second = client.get("/graphql/", {"query": QUERY})
    assert second.content == first.content
    assert titles(second) == ["Mobility call launched"]
    with django_assert_num_queries(0):
        posted = client.post("/graphql/", {"query": QUERY}, content_type="application/json")
    assert posted.content == first.content


@pytest.mark.django_db(transaction=True)
def test_publishing_invalidates_the_cache(client, article, response_cache):
    assert titles(client.get("/graphql/", {"query": QUERY})) == ["Mobility call launched"]
    article.title = "Mobility call: ten places"
    article.save_revision().publish()
    assert titles(client.get("/graphql/", {"query": QUERY})) == ["Mobility call: ten places"]
    article.unpublish()
    assert titles(client.get("/graphql/", {"query": QUERY})) == []


@pytest.mark.django_db(transaction=True)
def test_snippet_changes_invalidate_the_cache(client, locales, response_cache):
    query = "{ sectors(locale: EN) { items { name } } }"
    sector = factories.SectorFactory(name="Digital")
    assert client.get("/graphql/", {"query": query}).json()["data"]["sectors"]["items"] == [
        {"name": "Digital"}
    ]
    sector.name = "Digital & AI"
    sector.save()
    assert client.get("/graphql/", {"query": query}).json()["data"]["sectors"]["items"] == [
        {"name": "Digital & AI"}
    ]


@pytest.mark.django_db(transaction=True)
def test_an_old_copy_of_the_generation_is_trusted_no_longer_than_its_lifetime(
    client, article, response_cache, settings
):
    settings.CONTENT_GENERATION_COPY_SECONDS = 1
    assert titles(client.get("/graphql/", {"query": QUERY})) == ["Mobility call launched"]
    old_copy = cache.get(generation.GENERATION_KEY)
    article.title = "Mobility call: ten places"
    article.save_revision().publish()
    # The cache comes back from a snapshot taken before the publish, with its old copy.
    cache.set(generation.GENERATION_KEY, old_copy, timeout=1)
    assert titles(client.get("/graphql/", {"query": QUERY})) == ["Mobility call launched"]
    time.sleep(1.1)
    assert titles(client.get("/graphql/", {"query": QUERY})) == ["Mobility call: ten places"]


@pytest.mark.django_db(transaction=True)
def test_an_entry_outlives_the_copy_of_the_generation(
    client, article, response_cache, settings, django_assert_num_queries
):
    settings.CONTENT_GENERATION_COPY_SECONDS = 1
    first = client.get("/graphql/", {"query": QUERY}).content
    time.sleep(1.1)
    # The copy is gone: one query asks the database for the generation, and the entry is served.
    with django_assert_num_queries(1):
        assert client.get("/graphql/", {"query": QUERY}).content == first
    with django_assert_num_queries(0):
        assert client.get("/graphql/", {"query": QUERY}).content == first


@pytest.mark.django_db(transaction=True)
def test_etag_and_304(client, article, response_cache):
    response = client.get("/graphql/", {"query": QUERY})
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=60, s-maxage=300"
    etag = response["ETag"]
    assert etag.startswith('"') and len(etag) == 34
    not_modified = client.get("/graphql/", {"query": QUERY}, HTTP_IF_NONE_MATCH=etag)
    assert (not_modified.status_code, not_modified.content, not_modified["ETag"]) == (
        304,
        b"",
        etag,
    )
    other = client.get("/graphql/", {"query": QUERY}, HTTP_IF_NONE_MATCH='"something-else"')
    assert other.status_code == 200


@pytest.mark.django_db(transaction=True)
def test_etag_changes_when_content_changes(client, article, response_cache):
    etag = client.get("/graphql/", {"query": QUERY})["ETag"]
    article.title = "New title"
    article.save_revision().publish()
    fresh = client.get("/graphql/", {"query": QUERY}, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200
    assert fresh["ETag"] != etag


@pytest.mark.django_db(transaction=True)
def test_signed_in_reads_are_never_cached(client, article, response_cache, admin_user):
    client.force_login(admin_user)
    response = client.get("/graphql/", {"query": QUERY})
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response


@pytest.mark.django_db(transaction=True)
def test_reads_with_credentials_are_never_cached(client, article, response_cache):
    client.get("/graphql/", {"query": QUERY})
    response = client.get("/graphql/", {"query": QUERY}, HTTP_AUTHORIZATION="Bearer abc")
    assert (response["Cache-Control"], response.has_header("ETag")) == ("private, no-store", False)


@pytest.mark.django_db(transaction=True)
def test_a_session_cookie_that_is_not_a_valid_session_is_served_from_the_cache(
    client, article, response_cache, django_assert_num_queries
):
    client.get("/graphql/", {"query": QUERY})
    client.cookies["sessionid"] = "made-up-to-skip-the-cache"
    # One query: the session lookup that finds no session; the answer comes from the cache.
    with django_assert_num_queries(1):
        response = client.get("/graphql/", {"query": QUERY})
    assert titles(response) == ["Mobility call launched"]
    assert response["Cache-Control"].startswith("public, ")


@pytest.mark.django_db(transaction=True)
def test_preview_reads_are_never_cached(client, article, response_cache):
    query = '{ page(previewToken: "x") { title } }'
    response = client.get("/graphql/", {"query": query})
    assert response.json()["data"] == {"page": None}
    assert response["Cache-Control"] == "private, no-store"
    assert "ETag" not in response


@pytest.mark.django_db(transaction=True)
def test_errors_are_not_cached(client, locales, response_cache, django_assert_num_queries):
    bad = "{ news(limit: 101) { totalCount } }"
    assert client.get("/graphql/", {"query": bad}).status_code == 200
    response = client.get("/graphql/", {"query": bad})
    assert (response.status_code, response["Cache-Control"]) == (200, "no-store")
    assert "ETag" not in response
    assert json.loads(response.content)["errors"]


@pytest.mark.django_db
def test_answers_are_labelled_by_the_languages_asked_and_do_not_vary_by_accept_language(
    client, article, response_cache, django_assert_max_num_queries
):
    japanese = "{ sectors(locale: JA) { totalCount } }"
    first = client.get("/graphql/", {"query": japanese}, HTTP_ACCEPT_LANGUAGE="en")
    # Another reader's Accept-Language gets the same copy, from the cache: the content
    # generation is read (one query), the sectors and locales are not.
    with django_assert_max_num_queries(1):
        second = client.get("/graphql/", {"query": japanese}, HTTP_ACCEPT_LANGUAGE="fr, de")
    for response in (first, second):
        assert response["Content-Language"] == "ja"
        assert "Accept-Language" not in response.get("Vary", "")
    both = client.get(
        "/graphql/", {"query": "{ a: sectors(locale: JA) { totalCount } news { totalCount } }"}
    )
    assert both["Content-Language"] == "en, ja"
    assert "Content-Language" not in client.get("/graphql/", {"query": "{ __typename }"})
    # The site's pages still follow the reader's language where the address does not say it.
    assert "Accept-Language" in client.get("/", HTTP_ACCEPT_LANGUAGE="ja").get("Vary", "")
