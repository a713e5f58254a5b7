"""A translation made in the Japanese admin, then an English edit: what each person sees."""

import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from wagtail_localize.models import StringTranslation

from editorial.roles import TRANSLATORS
from pages.models import NewsPage
from tests import factories
from tests.browser.translation_editor import translate_from_the_dashboard
from tests.pages.helpers import publish_translation

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Cluster managers visit Nagano"
SUMMARY = "Five managers meet the prefecture's clusters."
NEW_SUMMARY = "Six managers meet the prefecture's clusters."
PARAGRAPH = "The visit ends with a matchmaking day."
JAPANESE = {
    TITLE: "クラスターマネージャーが長野を訪問",
    SUMMARY: "5名のマネージャーが県内のクラスターと面談します。",
    PARAGRAPH: "訪問の最後にはマッチングの日があります。",
}
STATUS_QUERY = """query($id: ID!) {
  page(id: $id) { translationStatus { locale status } }
  japanese: news(locale: JA) { items { title summary body { items { ... on ParagraphBlock { html } } } } }
}"""


@pytest.fixture
def article(migrated_data, site_tree):
    """A live English article in a news section published in both languages."""
    publish_translation(site_tree.home, site_tree.ja, title="ヘルプデスク")
    publish_translation(site_tree.news, site_tree.ja, title="ニュース")
    page = factories.NewsPageFactory(
        parent=site_tree.news,
        title=TITLE,
        slug="nagano-visit",
        summary=SUMMARY,
        body=[("paragraph", f"<p>{PARAGRAPH}</p>")],
    )
    page.save_revision().publish()
    return page


def read_api(live_server, tab, page):
    response = tab.request.post(
        f"{live_server.url}/graphql/", data={"query": STATUS_QUERY, "variables": {"id": page.pk}}
    )
    assert response.status == 200, response.text()
    data = response.json()["data"]
    statuses = {row["locale"]: row["status"] for row in data["page"]["translationStatus"]}
    for item in data["japanese"]["items"]:
        for block in item["body"]["items"]:
            # The editor adds random block keys to the paragraph it saves.
            block["html"] = re.sub(r' data-block-key="\w+"', "", block["html"])
    return statuses, data["japanese"]["items"]


def translations_to_do(tab, live_server):
    """{title: what to do} of the translator's dashboard panel of translations to do."""
    tab.goto(f"{live_server.url}/admin/")
    panel = tab.locator("section", has_text="日本語への翻訳が必要なページ").last
    rows = panel.locator("tbody tr").all()
    return {
        row.locator("td").first.inner_text(): row.locator("td").last.inner_text() for row in rows
    }


def test_translated_then_edited_in_english(live_server, admin_tab, article, site_tree):
    base = live_server.url

    # The translator starts the translation from the dashboard, in the Japanese admin,
    # translates every string segment by segment and publishes.
    translator = admin_tab("honyaku", group=TRANSLATORS, language="ja")
    assert translations_to_do(translator, live_server)[TITLE] == "日本語版が公開されていません"
    translate_from_the_dashboard(translator, TITLE, JAPANESE)
    japanese = article.get_translation(site_tree.ja).specific

    # Up to date everywhere: the translation editor, the dashboard and the API.
    translator.goto(f"{base}/admin/pages/{japanese.pk}/edit/")
    expect(translator.locator("body")).not_to_contain_text("未翻訳")
    # The editor's own sentences read in Japanese too.
    expect(translator.locator("main")).to_contain_text("英語から日本語への翻訳")
    expect(translator.locator("main")).not_to_contain_text(" translation")
    # Each string's comment dates it as Japanese writes dates.
    translated_on = timezone.localdate(StringTranslation.objects.latest("updated_at").updated_at)
    expect(translator.locator("main")).to_contain_text(
        f"{translated_on.year}年{translated_on.month}月{translated_on.day}日（"  # noqa: RUF001
    )
    assert translations_to_do(translator, live_server).get(TITLE, "nothing to do") == (
        "nothing to do"
    )
    statuses, _items = read_api(live_server, translator, article)
    assert statuses == {"EN": "UP_TO_DATE", "JA": "UP_TO_DATE"}

    # The editor changes one English sentence and publishes.
    editor = admin_tab("editor")
    editor.goto(f"{base}/admin/pages/{article.pk}/edit/")
    editor.fill("#id_summary", NEW_SUMMARY)
    editor.locator("[data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name="Publish", exact=True).click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/"))
    assert NewsPage.objects.get(pk=article.pk).summary == NEW_SUMMARY

    # Japanese readers still read Japanese only.
    visitor = editor.request.get(f"{base}/ja/news/nagano-visit/").text()
    assert [text for text in (TITLE, SUMMARY, NEW_SUMMARY, PARAGRAPH) if text in visitor] == []
    assert [text for text in JAPANESE.values() if text in visitor] == list(JAPANESE.values())

    # Out of date on the dashboard and in the API; the translator is told the one string.
    statuses, items = read_api(live_server, translator, article)
    assert statuses == {"EN": "UP_TO_DATE", "JA": "OUTDATED"}
    assert items == [
        {
            "title": JAPANESE[TITLE],
            "summary": JAPANESE[SUMMARY],
            "body": {"items": [{"html": f"<p>{JAPANESE[PARAGRAPH]}</p>"}]},
        }
    ]
    assert (
        translations_to_do(translator, live_server)[TITLE] == "日本語版が原文より古くなっています"
    )
    translator.goto(f"{base}/admin/pages/{japanese.pk}/edit/")
    expect(translator.locator(".messages")).to_contain_text(
        f"日本語版で未翻訳の文字列：「{NEW_SUMMARY}」（コンテンツタブ）"  # noqa: RUF001
    )
