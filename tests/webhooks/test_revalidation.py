"""A revalidating receiver: every path a delivery names changed, and no changed path is left out.

The site's public pages are rendered before and after an editor's action; the paths whose HTML
changed must be exactly those the delivery names (the page, its previous path, the paths it
affects), so that a front-end revalidating them shows what the CMS shows.
"""

import pytest

from django.test import Client

from pages.models import NewsRelatedPage
from pages.visibility import public_pages
from tests import factories
from webhooks.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db


def rendered(paths):
    """{path: HTML} of the site's public pages and the paths given, as a visitor gets them."""
    client = Client()
    everything = {page.get_url() for page in public_pages()} - {None} | set(paths)
    return {path: client.get(path).content for path in sorted(everything)}


def told(delivery):
    """The paths a delivery says changed."""
    payload = delivery.payload
    paths = {payload["page"]["path"], *payload["affectedPaths"]}
    if payload["page"]["previousPath"]:
        paths.add(payload["page"]["previousPath"])
    return paths


@pytest.fixture
def site(site_tree, django_capture_on_commit_callbacks):
    """A partner, an article relating to it, another article and a webinar; an endpoint."""
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu", slug="oulu")
    article = factories.NewsPageFactory(parent=site_tree.news, title="Visit", slug="visit")
    NewsRelatedPage.objects.create(news=article, page=partner, sort_order=0)
    article.save_revision().publish()
    factories.NewsPageFactory(parent=site_tree.news, title="Other", slug="other")
    factories.WebinarPageFactory(parent=site_tree.webinars, title="Smart cities")
    WebhookEndpoint.objects.create(name="Front-end", url="https://front.example/revalidate")
    WebhookDelivery.objects.all().delete()
    return site_tree, article, partner


def test_a_retitled_and_renamed_article_names_every_path_that_changed(site):
    _tree, article, _partner = site
    before = rendered(["/en/news/visit/"])
    article.title, article.slug = "Cluster managers visit Japan", "cluster-visit"
    article.save_revision().publish()
    after = rendered(["/en/news/visit/"])
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    delivery = WebhookDelivery.objects.get()
    assert delivery.payload["page"]["previousPath"] == "/en/news/visit/"
    assert delivery.payload["page"]["path"] == "/en/news/cluster-visit/"
    assert told(delivery) == changed
    # The lists that show it (home, section) and the partner page that lists its news.
    assert delivery.payload["affectedPaths"] == ["/en/", "/en/news/", "/en/partners/oulu/"]


def test_an_unpublished_article_names_every_path_that_changed(site):
    _tree, article, _partner = site
    before = rendered([])
    article.unpublish()
    after = rendered(["/en/news/visit/"])
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    delivery = WebhookDelivery.objects.get()
    assert (delivery.event, delivery.payload["page"]["previousPath"]) == ("page.unpublished", None)
    assert told(delivery) == changed
