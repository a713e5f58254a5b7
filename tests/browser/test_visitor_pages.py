"""Visitor pages in a real browser: languages, switcher, days left, accessibility."""

import pytest

from django.core.management import call_command

from pages.models import CallPage, HomePage, PartnerPage, WebinarPage
from tests.browser.conftest import axe_violations

# The live server reads from another thread, so the data must be committed.
pytestmark = pytest.mark.django_db(transaction=True)


def test_language_switcher_goes_to_the_japanese_call(live_server, page, site):
    page.goto(f"{live_server.url}/en/calls/mobility/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("navigation", name="Language").get_by_role("link", name="日本語").click()
    page.wait_for_url(f"{live_server.url}/ja/calls/mobility/")
    assert page.locator("html").get_attribute("lang") == "ja"
    assert page.locator("h1").inner_text() == "短期派遣プログラム"


def test_open_call_shows_days_left(live_server, page, site):
    page.goto(f"{live_server.url}/en/")
    assert page.locator(".days-left").first.inner_text() == f"{site.call.days_left} days left"


def test_pages_have_no_serious_accessibility_violations(live_server, page, site):
    for path in ("/en/", "/ja/", "/en/calls/", "/en/calls/mobility/", "/ja/calls/mobility/"):
        page.goto(f"{live_server.url}{path}")
        assert axe_violations(page) == [], path


def test_works_at_360_pixels_without_horizontal_scroll(live_server, browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/ja/calls/mobility/")
    scroll_width = tab.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert scroll_width <= 360


def test_the_accessibility_checker_reports_what_it_should(page):
    # Guards the checks above: an image without alt text is a critical violation.
    page.set_content('<html lang="en"><title>t</title><main><img src="x.png"></main></html>')
    assert [v["id"] for v in axe_violations(page)] == ["image-alt"]


def test_demo_pages_in_both_languages_pass_the_accessibility_checker(
    live_server, page, migrated_data
):
    call_command("load_demo_content", verbosity=0)
    kinds = [HomePage, WebinarPage, CallPage, PartnerPage]
    checked = []
    # Everything the pages load is allowed by their Content-Security-Policy.
    refused = []
    page.on(
        "console",
        lambda message: "Security Policy" in message.text and refused.append(message.text),
    )
    for language in ("en", "ja"):
        for model in kinds:
            target = model.objects.filter(locale__language_code=language).order_by("pk").first()
            page.goto(f"{live_server.url}{target.get_url()}")
            assert page.locator("html").get_attribute("lang") == language
            assert axe_violations(page) == [], target.get_url()
            checked.append(target.get_url())
    assert (len(checked), refused) == (8, [])
