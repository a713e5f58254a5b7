"""Anonymous page reads: kept while current, revalidated by ETag, renders limited per address."""

import pytest

from wagtail.models import PageViewRestriction

from pages.models import HelpdeskSettings, NewsPage
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("each_cache_backend")]


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_HTTP_MAX_AGE = 60
    # The first render anywhere creates the settings row, a change that moves the content on.
    HelpdeskSettings.load()


@pytest.fixture
def article(site_tree):
    return factories.NewsPageFactory(parent=site_tree.news, title="Oulu", slug="oulu")


def test_a_page_is_kept_until_the_content_changes(
    client, page_cache, article, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    first = client.get("/en/news/oulu/")
    assert (first.status_code, first["Cache-Control"]) == (200, "public, max-age=60, s-maxage=300")
    # Kept: at most the generation is read from the database, nothing is rendered.
    with django_assert_max_num_queries(1):
        again = client.get("/en/news/oulu/")
    assert (again.content, again["ETag"]) == (first.content, first["ETag"])
    # A publish moves the content on: the next reader sees it.
    article.title = "Oulu and Tokyo"
    # The content moves on once the publish is committed.
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert b"<h1>Oulu and Tokyo</h1>" in client.get("/en/news/oulu/").content


def test_an_unpublished_page_is_gone_at_once(
    client, page_cache, article, django_capture_on_commit_callbacks
):
    assert client.get("/en/news/oulu/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        article.unpublish()
    assert client.get("/en/news/oulu/").status_code == 404


def test_a_reader_with_the_page_gets_304(client, page_cache, article):
    first = client.get("/en/news/oulu/")
    again = client.get("/en/news/oulu/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert (again.status_code, again.content, again["ETag"]) == (304, b"", first["ETag"])
    other = client.get("/en/news/oulu/", HTTP_IF_NONE_MATCH='"something else"')
    assert other.status_code == 200


def test_signed_in_readers_are_never_served_a_kept_page(client, page_cache, article, admin_user):
    client.get("/en/news/oulu/")
    client.force_login(admin_user)
    NewsPage.objects.filter(pk=article.pk).update(title="Seen by the editor")
    response = client.get("/en/news/oulu/")
    assert b"Seen by the editor" in response.content
    assert response.has_header("ETag") is False


def test_a_password_form_is_never_kept(client, page_cache, article):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get("/en/news/oulu/")
    assert b'name="csrfmiddlewaretoken"' in response.content
    assert response.has_header("ETag") is False


def test_renders_are_limited_per_address_and_kept_pages_are_free(
    client, settings, page_cache, frozen_clock, site_tree, article
):
    settings.PAGE_RATE_LIMIT = 2
    settings.PAGE_RATE_LIMIT_SECONDS = 60
    # Two renders, then the kept page as often as asked.
    assert [client.get("/en/news/oulu/").status_code for _ in range(4)] == [200] * 4
    assert client.get("/en/search/?q=oulu").status_code == 200
    refused = client.get("/en/search/?q=tokyo")
    assert (refused.status_code, refused["Retry-After"], refused.content.decode()) == (
        429,
        "50",
        "Too many pages asked for from this address. Try again in 50 seconds.",
    )
    japanese = client.get("/ja/search/?q=tokyo")
    assert japanese.content.decode() == (
        "このアドレスからのページの要求が多すぎます。50秒後にもう一度お試しください。"
    )
