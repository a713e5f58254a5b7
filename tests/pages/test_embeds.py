"""Embeds: fetched while an editor works, never while anyone reads; a link when none is stored."""

import json

import pytest

from django.test import RequestFactory
from django.utils import timezone

from pages.embeds import EditorsFetchEmbedsMiddleware, fetching, refresh
from tests import factories
from tests.graphql_api.conftest import publish
from tests.graphql_api.content import embed

pytestmark = pytest.mark.django_db

STORED = "https://www.youtube.com/watch?v=ejrc"
MISSING = "https://vimeo.com/76979871"
PROVIDER_ANSWER = {
    "type": "video",
    "html": '<iframe src="https://player.vimeo.com/video/76979871"></iframe>',
    "title": "The New Vimeo Player",
    "provider_name": "Vimeo",
    "author_name": "Vimeo",
    "thumbnail_url": "https://i.vimeocdn.com/video/452001751.jpg",
    "width": 640,
    "height": 360,
}


@pytest.fixture
def provider(monkeypatch):
    """The oEmbed provider: records each URL it is asked for."""
    asked = []

    def find_embed(finder, url, max_width=None, max_height=None):
        asked.append(url)
        return dict(PROVIDER_ANSWER)

    monkeypatch.setattr("wagtail.embeds.finders.oembed.OEmbedFinder.find_embed", find_embed)
    return asked


@pytest.fixture
def article(site_tree):
    embed(STORED)
    page = factories.NewsPageFactory(parent=site_tree.news, title="Videos", slug="videos")
    page.body = json.dumps(
        [
            {"type": "embed", "id": "e1", "value": STORED},
            {"type": "embed", "id": "e2", "value": MISSING},
        ]
    )
    return publish(page)


def test_reads_never_ask_the_provider_and_an_unresolved_embed_is_a_link(client, article, provider):
    html = client.get("/en/news/videos/").content.decode()
    assert '<iframe src="https://www.youtube.com/embed/ejrc"></iframe>' in html
    assert f'<p class="embed-link"><a href="{MISSING}">{MISSING}</a></p>' in html
    query = "{ news { items { body { items { ... on EmbedBlock { url embed { title } } } } } } }"
    answer = client.post("/graphql/", {"query": query}, content_type="application/json").json()
    items = answer["data"]["news"]["items"][0]["body"]["items"]
    assert items == [
        {"url": STORED, "embed": {"title": "EJRC webinar"}},
        {"url": MISSING, "embed": None},
    ]
    feed = client.get("/embed/news/?locale=en&limit=3")
    assert (feed.status_code, provider) == (200, [])


def test_signed_in_admin_requests_may_fetch_and_nothing_else_may(rf, admin_user):
    seen = []
    middleware = EditorsFetchEmbedsMiddleware(lambda request: seen.append(fetching.get()))
    for path, user in [
        ("/admin/pages/3/edit/", admin_user),
        ("/admin/pages/3/edit/", None),
        ("/en/news/", admin_user),
        ("/graphql/", admin_user),
    ]:
        request = RequestFactory().post(path)
        request.user = user or type("Anonymous", (), {"is_authenticated": False})()
        middleware(request)
    assert seen == [True, False, False, False]


def test_refresh_fetches_what_is_missing_or_stale_and_nothing_else(article, provider):
    stale = embed("https://www.youtube.com/watch?v=stale")
    stale.cache_until = timezone.now() - timezone.timedelta(days=1)
    stale.save()
    urls = {STORED, MISSING, stale.url}
    assert refresh(urls, timezone.now()) == ([MISSING, stale.url], [])
    assert provider == [MISSING, stale.url]
