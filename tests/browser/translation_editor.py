"""Driving wagtail-localize's translation editor, in either admin language."""

import re

from playwright.sync_api import expect

# The translation editor's labels in each admin language.
TRANSLATION_EDITOR = {
    "en": {
        "tabs": ("Content", "Promote"),
        "translate": "Translate",
        "save": "Save",
        "edit": "Edit",
    },
    "ja": {
        "tabs": ("コンテンツ", "プロモート"),
        "translate": "翻訳",
        "save": "保存",
        "edit": "編集",
    },
}


def translate_every_segment(tab, strings, language="en"):
    """Type each source string's translation in wagtail-localize's editor and save it."""
    labels = TRANSLATION_EDITOR[language]
    for tab_name in labels["tabs"]:
        tab.get_by_role("tab", name=tab_name).click()
        for source in tab.locator("li.incomplete:visible > p:first-child").all_inner_texts():
            exactly = tab.locator("p").filter(has_text=re.compile(f"^{re.escape(source)}$"))
            segment = tab.locator("li:visible", has=exactly).last
            segment.get_by_role("button", name=labels["translate"], exact=True).click()
            segment.locator("textarea").fill(strings[source])
            segment.get_by_role("button", name=labels["save"], exact=True).click()
            expect(segment.get_by_role("button", name=labels["edit"], exact=True)).to_be_visible()


def translate_from_the_dashboard(tab, title, strings):
    """From the open dashboard of the Japanese admin: start, translate and publish a page."""
    tab.get_by_role("link", name=title).click()
    tab.locator('input[name="locales"]').check()
    tab.locator('input[type="submit"]').click()
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    translate_every_segment(tab, strings, language="ja")
    tab.get_by_role("button", name="日本語で公開").click()
    tab.wait_for_load_state("networkidle")
