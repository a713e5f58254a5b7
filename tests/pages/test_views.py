"""The notice a reader gets on switching to a language the page is not translated into."""

import re

import pytest

from wagtail.models import PageViewRestriction

from tests import factories
from tests.pages.helpers import publish_translation as translate


@pytest.fixture
def only_english(site_tree):
    """A call published in English only, under a calls section translated into Japanese."""
    translate(site_tree.home, site_tree.ja, title="日欧ヘルプデスク")
    translate(site_tree.calls, site_tree.ja, title="公募")
    return factories.CallPageFactory(
        parent=site_tree.calls, title="Mobility scheme", slug="mobility"
    )


def text_of(html, tag):
    return [
        re.sub(r"<[^>]+>", "", found).strip()
        for found in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html, re.S)
    ]


@pytest.mark.django_db
def test_the_japanese_notice_names_the_english_page_and_the_nearest_section(client, only_english):
    response = client.get(f"/ja/not-translated/{only_english.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ja">' in html
    assert text_of(html, "h1") == ["このページは英語のみです"]
    assert '<p class="lead" lang="en">Mobility scheme</p>' in html
    assert '<a class="button" href="/en/calls/mobility/" hreflang="en">英語で読む</a>' in html
    assert '<a href="/ja/calls/">公募へ移動</a>' in html
    assert '<meta name="robots" content="noindex">' in html
    assert "<title>このページは英語のみです | " in html


@pytest.mark.django_db
def test_the_english_notice_names_the_japanese_page(client, site_tree):
    translate(site_tree.home, site_tree.ja, title="日欧ヘルプデスク")
    ja_calls = translate(site_tree.calls, site_tree.ja, title="公募")
    ja_only = factories.CallPageFactory(parent=ja_calls, title="長野県との連携", slug="nagano")
    html = client.get(f"/en/not-translated/{ja_only.pk}/").content.decode()
    assert text_of(html, "h1") == ["This page is only in Japanese"]
    assert (
        '<a class="button" href="/ja/calls/nagano/" hreflang="ja">Read it in Japanese</a>' in html
    )
    assert '<a href="/en/calls/">Go to Calls</a>' in html


@pytest.mark.django_db
def test_the_notice_leads_to_the_translation_once_it_is_published(client, only_english, site_tree):
    assert client.get(f"/ja/not-translated/{only_english.pk}/").status_code == 200
    translate(only_english, site_tree.ja, title="モビリティ")
    response = client.get(f"/ja/not-translated/{only_english.pk}/")
    assert (response.status_code, response["Location"]) == (302, "/ja/calls/mobility/")


@pytest.mark.django_db
def test_the_notice_of_a_page_in_the_readers_language_leads_to_it(client, only_english):
    response = client.get(f"/en/not-translated/{only_english.pk}/")
    assert (response.status_code, response["Location"]) == (302, "/en/calls/mobility/")


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["draft", "restricted", "missing"])
def test_no_notice_names_a_page_a_reader_may_not_see(client, only_english, state):
    page_id = only_english.pk
    if state == "draft":
        only_english.unpublish()
    elif state == "restricted":
        PageViewRestriction.objects.create(
            page=only_english, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    else:
        page_id = only_english.pk + 1000
    response = client.get(f"/ja/not-translated/{page_id}/")
    assert response.status_code == 404
    assert "Mobility scheme" not in response.content.decode()


@pytest.mark.django_db
def test_the_notices_language_switch_leads_back_to_the_page(client, only_english):
    html = client.get(f"/ja/not-translated/{only_english.pk}/").content.decode()
    nav = re.search(r'<ul class="lang-list">(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r'<a href="([^"]+)"[^>]*lang="(\w+)"', nav) == [
        ("/en/calls/mobility/", "en"),
        (f"/ja/not-translated/{only_english.pk}/", "ja"),
    ]


@pytest.mark.django_db
@pytest.mark.usefixtures("each_cache_backend")
def test_the_notice_returns_when_the_translation_is_unpublished_from_the_page_cache(
    client, only_english, site_tree, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 300
    notice = f"/ja/not-translated/{only_english.pk}/"
    with django_capture_on_commit_callbacks(execute=True):
        japanese = translate(only_english, site_tree.ja, title="モビリティ")
    assert client.get(notice)["Location"] == "/ja/calls/mobility/"
    assert client.get("/ja/calls/mobility/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        japanese.unpublish()
    # Neither the kept redirect nor the kept translation outlives the unpublish.
    assert client.get("/ja/calls/mobility/").status_code == 404
    response = client.get(notice)
    assert (response.status_code, text_of(response.content.decode(), "h1")) == (
        200,
        ["このページは英語のみです"],
    )
