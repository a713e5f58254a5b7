"""Page addresses are Wagtail's, for any path, language and site, built once per request."""

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from django.test import RequestFactory

from wagtail.models import Page, Site

from pages.addresses import PageUrls
from tests import factories

SEGMENT = st.text(alphabet=st.sampled_from("abcxyz019-_äéß日本語ニュース"), min_size=1, max_size=12)


@pytest.fixture
def sites(site_tree, settings):
    """The default site, with its Japanese home, and a second site rooted at the events section."""
    settings.ALLOWED_HOSTS = ["localhost", "events.example.org"]
    ja_home = site_tree.home.copy_for_translation(site_tree.ja)
    ja_home.save_revision().publish()
    Site.objects.create(hostname="events.example.org", port=443, root_page=site_tree.events)
    return site_tree, ja_home


def wagtail_parts(url_path, request):
    """What the API built before: Wagtail's method, the request's own origin on its site."""
    page = Page(url_path=url_path)
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return None, None
    site_id, root_url, path = parts
    if site_id == Site.find_for_request(request).pk:
        return path, request.build_absolute_uri(path)
    return path, root_url + path


@hypothesis_settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    root=st.sampled_from(["home", "ja", "events", "outside"]),
    segments=st.lists(SEGMENT, max_size=3),
    host=st.sampled_from(["localhost", "events.example.org"]),
)
def test_the_same_urls_as_wagtail(sites, root, segments, host):
    site_tree, ja_home = sites
    roots = {
        "home": site_tree.home.url_path,
        "ja": ja_home.url_path,
        "events": site_tree.events.url_path,
        "outside": "/elsewhere/",
    }
    url_path = roots[root] + "".join(f"{segment}/" for segment in segments)
    request = RequestFactory().get("/graphql/", HTTP_HOST=host)
    expected = wagtail_parts(url_path, request)
    assert PageUrls(request).parts(url_path) == expected
    assert PageUrls(request).relative(url_path) == expected[0]
    assert PageUrls(request).link(url_path) == Page(url_path=url_path).get_url(request)
    assert PageUrls(request).link(url_path, from_request=False) == Page(url_path=url_path).url


def test_examples(sites):
    site_tree, ja_home = sites
    urls = PageUrls(RequestFactory().get("/graphql/", HTTP_HOST="localhost"))
    article = factories.NewsPageFactory(parent=site_tree.news, slug="launch")
    assert urls.parts(article.url_path) == (
        "/en/news/launch/",
        "http://localhost/en/news/launch/",
    )
    assert urls.parts(ja_home.url_path + "news/日本/") == (
        "/ja/news/%E6%97%A5%E6%9C%AC/",
        "http://localhost/ja/news/%E6%97%A5%E6%9C%AC/",
    )
    # A page on both sites has the address of the site the client asked.
    assert urls.parts(site_tree.events.url_path + "expo/") == (
        "/en/events/expo/",
        "http://localhost/en/events/expo/",
    )
    events = PageUrls(RequestFactory().get("/graphql/", HTTP_HOST="events.example.org"))
    assert events.parts(site_tree.events.url_path + "expo/") == (
        "/en/expo/",
        "http://events.example.org/en/expo/",
    )
    # Links as Wagtail's get_url(request) and url give them: relative on the site asked, and
    # without a request on the site Wagtail lists first (the one with the deeper root).
    assert urls.link(site_tree.events.url_path + "expo/") == "/en/events/expo/"
    assert events.link(site_tree.events.url_path + "expo/") == "/en/expo/"
    assert events.link(article.url_path) == "http://localhost/en/news/launch/"
    assert urls.link(site_tree.events.url_path + "expo/", from_request=False) == (
        "https://events.example.org/en/expo/"
    )


def test_one_site_links_relatively(site_tree):
    urls = PageUrls(RequestFactory().get("/graphql/", HTTP_HOST="elsewhere.example.org"))
    article = factories.NewsPageFactory(parent=site_tree.news, slug="launch")
    assert urls.link(article.url_path) == "/en/news/launch/"
    assert urls.link(article.url_path, from_request=False) == "/en/news/launch/"
