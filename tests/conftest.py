"""Shared fixtures: the two locales and a site with one page tree per language."""

from dataclasses import dataclass

import pytest

from django.utils import translation

from wagtail.models import Locale, Page, Site
from wagtail_localize.operations import translate_object

from tests import factories


@dataclass
class SiteTree:
    """The English home page, its section indexes, and the Japanese locale."""

    home: object
    news: object
    webinars: object
    events: object
    calls: object
    partners: object
    partnerships: object
    en: Locale
    ja: Locale

    def index_for(self, model):
        """The section index that lists pages of the model."""
        indexes = [
            self.news,
            self.webinars,
            self.events,
            self.calls,
            self.partners,
            self.partnerships,
        ]
        return next(index for index in indexes if index.listed_model is model)


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language, whatever the previous one's requests activated."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture
def locales(db):
    """The English (default) and Japanese locales."""
    en, _ = Locale.objects.get_or_create(language_code="en")
    ja, _ = Locale.objects.get_or_create(language_code="ja")
    return en, ja


@pytest.fixture
def site_tree(locales):
    """An English home page serving as the default site's root, with every section index."""
    en, ja = locales
    # Transactional tests (the browser tests) flush the tables between tests, taking the tree
    # root Wagtail's migrations create with them: recreate it when it is missing.
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=en)
    )
    home = factories.HomePageFactory(parent=root, title="EJRC Helpdesk", slug="ejrc-home")
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return SiteTree(
        home=home,
        news=factories.NewsIndexPageFactory(parent=home),
        webinars=factories.WebinarIndexPageFactory(parent=home),
        events=factories.EventIndexPageFactory(parent=home),
        calls=factories.CallIndexPageFactory(parent=home),
        partners=factories.PartnerIndexPageFactory(parent=home),
        partnerships=factories.PartnershipIndexPageFactory(parent=home),
        en=en,
        ja=ja,
    )


@pytest.fixture
def publish_now(django_capture_on_commit_callbacks):
    """Publish a page as the editor's Publish button does, running what waits for the commit."""

    def publish_now(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        return page.specific

    return publish_now


@pytest.fixture
def translate_now(django_capture_on_commit_callbacks):
    """Admin → Translate into the given locale (what wagtail-localize's Submit does)."""

    def translate_now(page, locale):
        with django_capture_on_commit_callbacks(execute=True):
            translate_object(page, [locale])
        return page.get_translation(locale).specific

    return translate_now
