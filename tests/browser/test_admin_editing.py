"""The page editor in a browser: date-time inputs show Brussels and Tokyo time as one types."""

import datetime

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def tokyo_editor_tab(admin_tab, migrated_data):
    """A tab signed in to the admin as an editor whose account reads times in Tokyo."""
    return admin_tab("tokyo", time_zone="Asia/Tokyo")


def test_the_hint_follows_the_typed_time_across_the_spring_change(
    live_server, tokyo_editor_tab, site_tree
):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, start=datetime.datetime(2026, 11, 24, 8, 0, tzinfo=datetime.UTC)
    )
    tab = tokyo_editor_tab
    tab.goto(f"{live_server.url}/admin/pages/{webinar.pk}/edit/")
    hint = tab.locator('[data-for="id_start"] [data-equivalent]')
    expect(hint).to_have_text("= 24 November 2026, 9:00 CET / 17:00 JST")
    start = tab.locator("#id_start")
    # Brussels moves to summer time at 01:00 UTC on 29 March 2026.
    start.fill("2026-03-29 17:00")
    expect(hint).to_have_text("= 29 Mar 2026, 10:00 CEST / 29 Mar 2026, 17:00 GMT+9")
    start.fill("2026-03-28 17:00")
    expect(hint).to_have_text("= 28 Mar 2026, 09:00 CET / 28 Mar 2026, 17:00 GMT+9")
    start.fill("not a time")
    expect(hint).to_have_text("")
