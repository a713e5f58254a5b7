"""Shared fixtures: the two locales and a site with one page tree per language."""

import os
import socket
import uuid
from importlib import import_module

import pytest

from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test import TestCase, TransactionTestCase
from django.test.testcases import LiveServerThread
from django.utils import translation

from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.operations import translate_object

from editorial.roles import TRANSLATORS, create_roles
from pages.models import Region
from pages.registry import INDEX_KINDS
from tests import factories
from tests.kinds import SiteTree, factory_for

# The deployment tests start servers and take minutes: `make test-deploy` runs them on their own.
if not os.environ.get("EJRC_DEPLOYMENT_TESTS"):
    collect_ignore = ["deployment"]

# Tests that take minutes run first: with two workers, the other one meanwhile takes the rest
# of the suite instead of waiting for them at the end.
LONGEST_FIRST = (
    "tests/test_visibility_properties.py::",
    "tests/browser/test_visitor_pages.py::",
    "tests/benchmarks/test_profile.py::",
    "tests/graphql_api/test_client_caches.py::",
    "tests/benchmarks/test_floors.py::",
    "tests/browser/test_review_flow.py::",
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Start the longest tests first, in the order listed, within pytest-django's groups."""

    def rank(item):
        found = [i for i, prefix in enumerate(LONGEST_FIRST) if item.nodeid.startswith(prefix)]
        return found[0] if found else len(LONGEST_FIRST)

    items.sort(key=lambda item: (django_order(item), rank(item)))


def django_order(item):
    """pytest-django's groups: tests in a rolled-back transaction, transactional ones, the rest.

    A transactional test empties the tables, data migrations' rows included, so the tests that
    rely on those rows must run before any of them.
    """
    cls = getattr(item, "cls", None)
    if cls is not None and issubclass(cls, TransactionTestCase):
        return 0 if issubclass(cls, TestCase) else 1
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    transactional = marker is not None and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    )
    if transactional or "transactional_db" in fixtures or "live_server" in fixtures:
        return 1
    return 0 if marker is not None or "db" in fixtures else 2


class PromptWSGIServer(ThreadedWSGIServer):
    """The live test server, each answer sent at once."""

    def get_request(self):
        connection, address = super().get_request()
        # The server writes headers and body separately: with Nagle's algorithm the body waits
        # for the client's delayed acknowledgement of the headers, 40 ms on Linux, on every
        # request of a kept-alive connection (browsers, Node clients, the fuzz).
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address


LiveServerThread.server_class = PromptWSGIServer


# Redis is shared by everything on the machine: the tests keep to a database number of their own.
REDIS_TEST_URL = os.environ.get("REDIS_TEST_URL", "redis://127.0.0.1:6379/13")


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language, whatever the previous one's requests activated."""
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: a rolled-back database may reuse a generation."""
    cache.clear()
    yield


@pytest.fixture(params=["local memory", "redis"])
def each_cache_backend(request, settings, worker_id):
    """Run the test once on local memory and once on Redis (its own database and key prefix)."""
    if request.param == "redis":
        settings.CACHES = {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": REDIS_TEST_URL,
                "KEY_PREFIX": f"ejrc-test-{worker_id}-{uuid.uuid4().hex}",
            }
        }
    backend = caches["default"]
    yield request.param
    if request.param == "redis":
        # The database is shared with other runs: delete only this test's keys, never flush.
        backend.delete_pattern("*")


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
    indexes = [factory_for(kind.model)(parent=home) for kind in INDEX_KINDS]
    return SiteTree(home, indexes, en=en, ja=ja)


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


@pytest.fixture
def migrated_data(locales):
    """What migrations create, recreated after the flush of an earlier transactional test."""
    restore_migrated_data()


def restore_migrated_data():
    """Recreate what migrations create and a transactional test's flush removed."""
    en, _ = Locale.objects.get_or_create(language_code="en")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=en))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if not Region.objects.exists():
        import_module("pages.migrations.0002_load_regions").load_regions(django_apps, None)
    if not Group.objects.filter(name=TRANSLATORS).exists():
        create_roles(django_apps)
