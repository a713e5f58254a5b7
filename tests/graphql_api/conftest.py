"""Fixtures of the API tests: a GraphQL client and a Japanese tree of translations."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from django.conf import settings as django_settings
from django.core.cache import cache

from wagtail.models import Page
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from tests import factories
from tests.kinds import Sections, japanese_title


def publish(page):
    """Publish the page's current state."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page.specific


def translate(page, locale, **fields):
    """Copy a page into the locale (as wagtail-localize does), set the fields and publish it."""
    copy = page.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return publish(copy)


@pytest.fixture
def ja_tree(site_tree):
    """Published Japanese copies of the home page and the section indexes."""
    ja = site_tree.ja
    home = translate(site_tree.home, ja, title="EJRC ヘルプデスク")
    indexes = [
        translate(index, ja, title=japanese_title(type(index)))
        for index in site_tree.indexes.values()
    ]
    return Sections(home, indexes)


class GraphQLClient:
    """Posts queries to /graphql/ and returns the decoded response."""

    def __init__(self, client):
        self.client = client

    def raw(self, query, variables=None):
        # Site roots change between tests; start each request from the database, as after a deploy.
        cache.delete(SITE_ROOT_PATHS_CACHE_KEY, version=SITE_ROOT_PATHS_CACHE_VERSION)
        response = self.client.post(
            "/graphql/",
            json.dumps({"query": query, "variables": variables or {}}),
            content_type="application/json",
        )
        return response.status_code, response.json()

    def __call__(self, query, variables=None):
        """The data of a query that must succeed."""
        status, body = self.raw(query, variables)
        assert "errors" not in body, body["errors"]
        assert status == 200
        return body["data"]

    def errors(self, query, variables=None):
        """The error messages of a query that must fail."""
        _, body = self.raw(query, variables)
        assert body.get("errors"), body
        return [error["message"] for error in body["errors"]]


@pytest.fixture
def gql(client, db):
    """A client for the GraphQL endpoint."""
    return GraphQLClient(client)


@pytest.fixture
def root_page(db):
    """Wagtail's root page."""
    return Page.get_first_root_node()


__all__ = ["factories"]


NODE_TESTS = Path(django_settings.BASE_DIR) / "tests" / "node"


def run_node_test(name, live_server, passes=1, **environment):
    """Run tests/node/<name> with node --test against the live server; assert its tests pass."""
    result = subprocess.run(
        ["node", "--test", str(NODE_TESTS / name)],
        env={**os.environ, "GRAPHQL_URL": f"{live_server.url}/graphql/", **environment},
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert f"# pass {passes}" in result.stdout
