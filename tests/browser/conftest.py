"""Playwright driving Debian's Chromium against the live test server, plus axe-core."""

import datetime
import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.users.models import UserProfile

from tests import factories
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session", autouse=True)
def allow_orm_next_to_playwright():
    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"


# Module-scoped, not session-scoped: while Playwright's sync API is open, its event loop counts
# as running in this thread, and strawberry-django then resolves fields asynchronously in the
# in-process GraphQL tests that follow on the same worker.
@pytest.fixture(scope="module")
def browser():
    """A headless Chromium for one test module; a missing browser fails the run."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make browser-deps`.")
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core not found at {AXE_SCRIPT}: run `make browser-deps`.")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh browser tab of a desktop width."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def admin_tab(browser, live_server):
    """Open tabs signed in to the admin as new users, each with its role, language and zone."""
    opened = []

    def admin_tab(username, time_zone=None, group=None, language=None):
        """A tab of a superuser, or of a member of the group, reading the admin in the language."""
        users = get_user_model().objects
        if group is None:
            user = users.create_superuser(username, f"{username}@example.org", "correct horse")
        else:
            user = users.create_user(username, f"{username}@example.org", "correct horse")
            user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.current_time_zone = time_zone or ""
        profile.preferred_language = language or ""
        profile.save()
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        # Leaving an editor releases its editing session with a write from the live server's
        # thread, which would race the end-of-test flush; the tests have no use for the release.
        context.route("**/admin/editing-sessions/release/**", lambda route: route.abort())
        tab = context.new_page()
        tab.goto(f"{live_server.url}/admin/login/")
        tab.fill("input[name=username]", username)
        tab.fill("input[name=password]", "correct horse")
        tab.click("button[type=submit]")
        tab.wait_for_url(f"{live_server.url}/admin/")
        opened.append((context, tab))
        return tab

    yield admin_tab
    for context, tab in opened:
        tab.goto("about:blank")
        context.close()


@pytest.fixture
def site(site_tree):
    """A bilingual site with an open call translated into Japanese."""
    tree = site_tree
    for index in (tree.home, tree.calls):
        index.copy_for_translation(tree.ja, alias=False).save_revision().publish()
    today = timezone.localdate()
    call = factories.CallPageFactory(
        parent=tree.calls,
        title="Short-term mobility programme",
        slug="mobility",
        opening_date=today - datetime.timedelta(days=10),
        deadline_date=today + datetime.timedelta(days=5),
    )
    ja_call = call.copy_for_translation(tree.ja, alias=False)
    ja_call.title = "短期派遣プログラム"
    ja_call.save_revision().publish()
    tree.call = call
    return tree


def axe_violations(tab, impacts=("serious", "critical")):
    """Run axe-core in the page and return the violations of the given impacts."""
    # Evaluated by the browser's debugger, which the pages' Content-Security-Policy (no inline
    # script) does not govern; a <script> tag would be refused.
    tab.evaluate(AXE_SCRIPT.read_text() + "\n;undefined")
    result = tab.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}
        })"""
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in result["violations"]
        if v["impact"] in impacts
    ]
