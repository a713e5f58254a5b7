"""A revalidating receiver: every path a delivery names changed, and no changed path is left out.

The site's public pages, in both languages, are rendered before and after an editor's action;
the paths whose HTML changed must be exactly those the deliveries name (each page, its previous
path, the paths it affects), so that a front-end revalidating them shows what the CMS shows.
"""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from pages.models import HelpdeskSettings, NewsRelatedPage
from pages.visibility import public_pages
from tests import factories
from tests.graphql_api import content
from tests.graphql_api.conftest import ja_tree, publish  # noqa: F401 -- ja_tree is a fixture
from webhooks.clock import send_clock_events
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
    paths = set(payload["affectedPaths"])
    if "page" in payload:
        paths |= {payload["page"]["path"], payload["page"]["previousPath"]} - {None}
    return paths


@pytest.fixture
def site(site_tree, ja_tree, django_capture_on_commit_callbacks):  # noqa: F811
    """Both languages: a partner with an article relating to it, another article, a webinar,
    an open call, an information page in the menu; one endpoint listening."""
    HelpdeskSettings.load()  # created with its defaults by the first page that reads it
    mobility = content.sector("Mobility", "mobility", ja_name="モビリティ", ja=site_tree.ja)
    photo = content.image()
    call_text = content.document()
    partner = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu", slug="oulu")
    article = factories.NewsPageFactory(
        parent=site_tree.news, title="Visit", slug="visit", image=photo
    )
    NewsRelatedPage.objects.create(news=article, page=partner, sort_order=0)
    article.sectors.set([mobility])
    article = publish(article)
    other = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Other",
        slug="other",
        body=[("paragraph", f"<p>{content.document_link(call_text, 'The call')}</p>")],
    )
    series = factories.WebinarSeriesFactory(name="Cluster talks")
    factories.WebinarPageFactory(parent=site_tree.webinars, title="Smart cities", series=series)
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        title="Mobility",
        slug="mobility",
        deadline_time=datetime.time(17, 0),
        time_zone="Europe/Brussels",
    )
    about = factories.InformationPageFactory(
        parent=site_tree.home, title="About", slug="about", show_in_menus=True
    )
    ja_article = article.copy_for_translation(site_tree.ja).specific
    ja_article.title = "訪問"
    ja_article.save_revision()
    WebhookEndpoint.objects.create(name="Front-end", url="https://front.example/revalidate")
    return SimpleNamespace(
        tree=site_tree,
        ja=ja_tree,
        article=article,
        other=other,
        partner=partner,
        about=about,
        ja_article=ja_article,
        mobility=mobility,
        photo=photo,
        call_text=call_text,
        series=series,
        call=call,
        capture=django_capture_on_commit_callbacks,
    )


def changes(site, action, extra_paths=()):
    """(paths whose HTML changed, paths the deliveries name, deliveries) of an action."""
    WebhookDelivery.objects.all().delete()
    before = rendered(extra_paths)
    with site.capture(execute=True):
        action()
    after = rendered(extra_paths)
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    deliveries = list(WebhookDelivery.objects.order_by("created_at"))
    return changed, set().union(*map(told, deliveries)), deliveries


def retitle_and_rename(page, title, slug):
    page.title, page.slug = title, slug
    page.save_revision().publish()


def edit_body(page):
    page.body = [("paragraph", "<p>New words.</p>")]
    page.save_revision().publish()


def test_a_retitled_and_renamed_article(site):
    changed, told_paths, [delivery] = changes(
        site,
        lambda: retitle_and_rename(site.article, "Cluster visit", "cluster-visit"),
        ["/en/news/visit/"],
    )
    assert delivery.payload["page"]["previousPath"] == "/en/news/visit/"
    assert delivery.payload["page"]["path"] == "/en/news/cluster-visit/"
    assert told_paths == changed
    # The lists that show it (home, section), the partner page that lists its news.
    assert delivery.payload["affectedPaths"] == ["/en/", "/en/news/", "/en/partners/oulu/"]


def test_an_article_edited_in_its_body_only(site):
    changed, told_paths, [delivery] = changes(site, lambda: edit_body(site.other))
    assert told_paths == changed == {"/en/news/other/"}
    assert delivery.payload["affectedPaths"] == []


def test_an_unpublished_article(site):
    changed, told_paths, [delivery] = changes(site, site.article.unpublish, ["/en/news/visit/"])
    assert (delivery.event, delivery.payload["page"]["previousPath"]) == ("page.unpublished", None)
    assert told_paths == changed


def test_a_deleted_article(site):
    changed, told_paths, [delivery] = changes(site, site.article.delete, ["/en/news/visit/"])
    assert delivery.event == "page.deleted"
    assert told_paths == changed


def test_a_new_article(site):
    def add():
        page = factories.NewsPageFactory(parent=site.tree.news, title="New", slug="new", live=False)
        page.save_revision().publish()

    changed, told_paths, [delivery] = changes(site, add, ["/en/news/new/"])
    assert delivery.event == "page.published"
    assert told_paths == changed


def test_a_menu_page_retitled_changes_every_page_of_its_language(site):
    changed, told_paths, _ = changes(
        site, lambda: retitle_and_rename(site.about, "About the helpdesk", "about")
    )
    assert told_paths == changed
    assert "/en/news/visit/" in changed
    assert not any(path.startswith("/ja/") for path in changed)


def test_a_menu_page_edited_in_its_body_only(site):
    changed, told_paths, _ = changes(site, lambda: edit_body(site.about))
    assert told_paths == changed == {"/en/about/"}


def test_the_menu_reordered(site):
    changed, told_paths, [delivery] = changes(
        site, lambda: site.about.move(site.tree.news, pos="left")
    )
    assert delivery.event == "page.moved"
    assert told_paths == changed
    assert "/en/news/visit/" in changed


def test_a_translation_published_for_the_first_time(site):
    changed, told_paths, [delivery] = changes(
        site, lambda: site.ja_article.get_latest_revision().publish(), ["/ja/news/visit/"]
    )
    assert delivery.event == "translation.published"
    assert told_paths == changed
    # The English article's language switcher now leads to it.
    assert "/en/news/visit/" in changed


def publish_translation(site):
    """Publish the Japanese article, its event sent as a commit would send it."""
    with site.capture(execute=True):
        site.ja_article.get_latest_revision().publish()
    site.ja_article.refresh_from_db()


def test_a_translation_edited(site):
    publish_translation(site)
    changed, told_paths, _ = changes(site, lambda: edit_body(site.ja_article))
    assert told_paths == changed == {"/ja/news/visit/"}


def test_a_japanese_section_retitled(site):
    publish_translation(site)
    changed, told_paths, _ = changes(
        site, lambda: retitle_and_rename(site.ja.news, "お知らせ", site.ja.news.slug)
    )
    assert told_paths == changed
    assert "/ja/news/visit/" in changed


def test_a_sector_renamed(site):
    def rename():
        site.mobility.name = "Smart mobility"
        site.mobility.save()

    changed, told_paths, [delivery] = changes(site, rename)
    assert delivery.event == "content.changed"
    assert delivery.payload["object"]["type"] == "pages.Sector"
    assert told_paths == changed
    assert "/en/news/visit/" in changed


def test_an_image_given_a_new_alt_text(site):
    def describe():
        site.photo.description = "Cluster managers on Oulu harbour"
        site.photo.save()

    changed, told_paths, [delivery] = changes(site, describe)
    assert delivery.payload["object"]["type"] == "pages.LibraryImage"
    assert told_paths == changed
    assert {"/en/news/visit/", "/en/news/"} <= changed


def test_a_document_with_a_new_file(site):
    def replace():
        site.call_text.file = ContentFile(b"%PDF-1.4 new call text", name="call-2027.pdf")
        site.call_text.save()

    changed, told_paths, _ = changes(site, replace)
    assert told_paths == changed == {"/en/news/other/"}


def test_a_change_no_page_shows_sends_nothing(site):
    def retitle():
        site.call_text.title = "Call text, final"
        site.call_text.save()

    changed, told_paths, deliveries = changes(site, retitle)
    assert (changed, told_paths, deliveries) == (set(), set(), [])


def test_a_series_renamed(site):
    def rename():
        site.series.name = "Cluster conversations"
        site.series.save()

    changed, told_paths, _ = changes(site, rename)
    # The webinar names its series; the list's cards do not.
    assert told_paths == changed == {"/en/webinars/smart-cities/"}


def test_the_helpdesk_settings_changed(site):
    def change():
        settings = HelpdeskSettings.load()
        settings.contact_email = "contact@ejrc.example"
        settings.save()

    changed, told_paths, _ = changes(site, change)
    assert told_paths == changed
    assert {"/en/", "/ja/", "/en/news/visit/"} <= changed


def clock_changes(site, before, after, extra_paths=()):
    """changes() of the clock moving from one moment to another, the task run at both."""
    with time_machine.travel(before, tick=False):
        send_clock_events(before)  # renders ahead what the next moment changes
        WebhookDelivery.objects.all().delete()
        rendered_before = rendered(extra_paths)
    with time_machine.travel(after, tick=False), site.capture(execute=True):
        send_clock_events(after)
    with time_machine.travel(after, tick=False):
        rendered_after = rendered(extra_paths)
    changed = {
        path
        for path in rendered_before.keys() | rendered_after.keys()
        if rendered_before.get(path) != rendered_after.get(path)
    }
    deliveries = list(WebhookDelivery.objects.order_by("created_at"))
    return changed, set().union(*map(told, deliveries)), deliveries


def test_a_deadline_passing(site):
    closes = site.call.closes_at
    changed, told_paths, [delivery] = clock_changes(
        site, closes - datetime.timedelta(minutes=1), closes + datetime.timedelta(seconds=1)
    )
    assert (delivery.event, delivery.payload["status"]) == ("page.status_changed", "closed")
    assert told_paths == changed
    # The call says it is closed; the home page's open calls no longer show it.
    assert {"/en/calls/mobility/", "/en/"} <= changed


def test_a_midnight_changing_the_days_left(site):
    brussels = ZoneInfo("Europe/Brussels")
    midnight = datetime.datetime.combine(
        site.call.local_deadline.date() - datetime.timedelta(days=3), datetime.time(0), brussels
    )
    changed, told_paths, deliveries = clock_changes(
        site, midnight - datetime.timedelta(minutes=1), midnight + datetime.timedelta(minutes=1)
    )
    assert [delivery.payload["status"] for delivery in deliveries] == ["open"]
    assert told_paths == changed
    assert "/en/calls/mobility/" in changed


def test_a_webinar_starting(site):
    webinar = site.tree.webinars.get_children().specific().get()
    changed, told_paths, [delivery] = clock_changes(
        site,
        webinar.start - datetime.timedelta(minutes=1),
        webinar.start + datetime.timedelta(minutes=1),
    )
    assert delivery.payload["status"] == "live"
    assert told_paths == changed
    assert "/en/webinars/smart-cities/" in changed


def test_a_page_expiring(site):
    moment = timezone.now().replace(microsecond=0) + datetime.timedelta(days=3)
    type(site.other).objects.filter(pk=site.other.pk).update(expire_at=moment)
    changed, told_paths, [delivery] = clock_changes(
        site, moment - datetime.timedelta(minutes=1), moment + datetime.timedelta(minutes=1)
    )
    assert delivery.payload["page"]["path"] == "/en/news/other/"
    assert told_paths == changed
    assert {"/en/news/other/", "/en/news/"} <= changed
