"""An editor translates a live page, moves its deadline and previews drafts, in the admin."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from wagtail.models import Locale

from pages.models import CallPage
from tests import factories
from tests.browser.translation_editor import translate_every_segment

pytestmark = pytest.mark.django_db(transaction=True)

JAPANESE = {
    "Short-term mobility programme": "短期派遣プログラム",
    "mobility": "mobility",
    "Ten places for EU cluster managers.": "EUクラスターマネージャー10名を募集。",
    "EU cluster managers.": "EUのクラスターマネージャー。",
    "Registered on the ECCP.": "ECCPに登録済みであること。",
}


@pytest.fixture
def live_call(site_tree):
    """A live English call under English and Japanese section indexes."""
    for index in (site_tree.home, site_tree.calls):
        index.copy_for_translation(site_tree.ja, alias=False).save_revision().publish()
    today = timezone.localdate()
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        title="Short-term mobility programme",
        slug="mobility",
        summary="Ten places for EU cluster managers.",
        opening_date=today - datetime.timedelta(days=10),
        deadline_date=today + datetime.timedelta(days=5),
    )
    call.save_revision().publish()
    return call


@pytest.fixture
def editor_tab(admin_tab):
    """A browser tab signed in to the admin as an editor, in English."""
    return admin_tab("editor")


def test_translate_publish_move_the_deadline_and_preview(live_server, editor_tab, live_call):
    tab, base = editor_tab, live_server.url

    # Translate into Japanese: the Japanese page is a draft, not yet public.
    tab.goto(f"{base}/admin/localize/submit/page/{live_call.pk}/")
    tab.get_by_label("Japanese").check()
    tab.get_by_role("button", name="Submit").click()
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    japanese = live_call.get_translation(Locale.objects.get(language_code="ja"))
    assert japanese.live is False
    assert tab.request.get(f"{base}/ja/calls/mobility/").status == 404

    # The translator translates every string and publishes.
    translate_every_segment(tab, JAPANESE)
    tab.get_by_role("button", name=re.compile("^Publish in")).click()
    tab.wait_for_load_state("networkidle")
    visitor = tab.request.get(f"{base}/ja/calls/mobility/")
    assert (visitor.status, "短期派遣プログラム" in visitor.text()) == (200, True)

    # The editor moves the English deadline and publishes: the Japanese page follows.
    new_deadline = timezone.localdate() + datetime.timedelta(days=12)
    tab.goto(f"{base}/admin/pages/{live_call.pk}/edit/")
    tab.fill("input[name=deadline_date]", new_deadline.isoformat())
    tab.locator("[data-w-dropdown-target=toggle]").last.click()
    tab.get_by_role("button", name="Publish").click()
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    assert CallPage.objects.get(pk=japanese.pk).deadline_date == new_deadline
    ja_html = tab.request.get(f"{base}/ja/calls/mobility/").text()
    assert f"{new_deadline.year}年{new_deadline.month}月{new_deadline.day}日" in ja_html
    assert "短期派遣プログラム" in ja_html

    # The translator changes the Japanese title without publishing: the preview shows the
    # draft, in Japanese, while visitors keep the published title.
    tab.goto(f"{base}/admin/pages/{japanese.pk}/edit/")
    title = tab.locator("li:visible", has=tab.locator("p:text-is('Short-term mobility programme')"))
    title.last.get_by_role("button", name="Edit", exact=True).click()
    title.last.locator("textarea").fill("短期派遣プログラム改訂版")
    title.last.get_by_role("button", name="Save", exact=True).click()
    expect(title.last.get_by_role("button", name="Edit", exact=True)).to_be_visible()
    with tab.context.expect_page() as opened:
        tab.get_by_role("link", name="Preview").click()
    preview = opened.value
    preview.wait_for_load_state()
    assert preview.locator("html").get_attribute("lang") == "ja"
    assert preview.locator("h1").inner_text() == "短期派遣プログラム改訂版"
    assert "短期派遣プログラム改訂版" not in tab.request.get(f"{base}/ja/calls/mobility/").text()

    # The English page's preview panel frames the English draft.
    tab.goto(f"{base}/admin/pages/{live_call.pk}/edit/")
    tab.fill("[name=title]", "Short-term mobility programme 2027")
    tab.get_by_role("button", name="Toggle preview").click()
    frame = tab.frame_locator("iframe[title]").first
    expect(frame.locator("h1")).to_have_text("Short-term mobility programme 2027")
    assert frame.locator("html").get_attribute("lang") == "en"
