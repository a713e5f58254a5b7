"""The demo content, loaded once for the tests of the demo package."""

from io import StringIO

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.utils import translation

from wagtail.models import Locale

from tests.conftest import restore_migrated_data
from tests.graphql_api.conftest import GraphQLClient


@pytest.fixture(scope="package")
def first_load(django_db_setup, django_db_blocker):
    """Load the demo once, in a transaction rolled back after the package's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        # A transactional test run before on this worker may have flushed the roles.
        restore_migrated_data()
        # Site root paths are cached; other modules' trees must not leak into this one.
        cache.clear()
        output = StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Serving a Japanese page leaves Japanese active in the thread; reset it for later tests."""
    yield
    translation.deactivate()


@pytest.fixture
def demo(first_load, db):
    """The loaded demo content, with the output of the first load."""
    return first_load


@pytest.fixture
def en(demo):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def ja(demo):
    return Locale.objects.get(language_code="ja")


@pytest.fixture
def gql(client, demo):
    """A client for the GraphQL endpoint, over the demo content."""
    return GraphQLClient(client)
