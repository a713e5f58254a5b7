"""A news page from an editor's draft to both languages in the API, through review and translation."""

import re

import pytest
from playwright.sync_api import expect

from editorial.roles import EDITORS, MODERATORS, REVIEW_TASKS, REVIEW_WORKFLOW, TRANSLATORS
from pages.models import NewsPage
from tests.browser.translation_editor import translate_from_the_dashboard
from tests.pages.helpers import publish_translation

pytestmark = pytest.mark.django_db(transaction=True)

TITLE = "Matchmaking mission to Oulu"
SUMMARY = "Ten Japanese clusters visit OuluHealth in March."
PARAGRAPH = "The mission meets the region's health-technology companies."
JAPANESE = {
    TITLE: "オウルへのマッチングミッション",
    SUMMARY: "日本のクラスター10団体が3月にオウルヘルスを訪問します。",
    PARAGRAPH: "ミッションでは地域のヘルステック企業と面談します。",
    "matchmaking-mission-to-oulu": "matchmaking-mission-to-oulu",
}
NEWS_QUERY = """query($locale: Locale) {
  news(locale: $locale) { items { title summary locale
    body { items { ... on ParagraphBlock { html } } } } }
}"""


@pytest.fixture
def bilingual_news(migrated_data, site_tree):
    """The news section in both trees, so translators have somewhere to publish."""
    publish_translation(site_tree.home, site_tree.ja, title="ヘルプデスク")
    publish_translation(site_tree.news, site_tree.ja, title="ニュース")
    return site_tree


def news_in(live_server, page, locale):
    """The news list of the API in a language, read by the tab's browser."""
    response = page.request.post(
        f"{live_server.url}/graphql/",
        data={"query": NEWS_QUERY, "variables": {"locale": locale}},
    )
    assert response.status == 200, response.text()
    return response.json()["data"]["news"]["items"]


def test_an_editor_s_news_reaches_the_api_in_both_languages(live_server, admin_tab, bilingual_news):
    # The editor writes the article and submits it: saved as a draft, not published.
    editor = admin_tab("editor", group=EDITORS)
    editor.goto(f"{live_server.url}/admin/pages/add/pages/newspage/{bilingual_news.news.pk}/")
    editor.fill("#id_title", TITLE)
    editor.fill("#id_summary", SUMMARY)
    editor.get_by_role("button", name="Insert a block").first.click()
    editor.get_by_role("option", name="Paragraph").click()
    editor.locator(".public-DraftEditor-content").first.click()
    editor.keyboard.type(PARAGRAPH)
    # The editor writes its hidden input a moment after the last keystroke.
    expect(editor.locator('input[name="body-0-value"]')).to_have_value(re.compile("mission meets"))
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name=f"Submit to {REVIEW_WORKFLOW}").click()
    expect(editor.locator(".messages")).to_contain_text(
        f"Page '{TITLE}' created and submitted for moderation."
    )
    news = NewsPage.objects.get(title=TITLE)
    assert (news.live, news.current_workflow_task.name) == (False, REVIEW_TASKS[0])

    # The moderator approves both steps; the second publishes.
    moderator = admin_tab("moderator", group=MODERATORS)
    moderator.goto(f"{live_server.url}/admin/")
    expect(moderator.locator("body")).to_contain_text(TITLE)
    steps = (
        (
            "Approve",
            REVIEW_TASKS[1],
            f"Approved: '{TITLE}' now waits for the next step, {REVIEW_TASKS[1]}.",
        ),
        ("Approve and Publish", None, f"Approved and published: '{TITLE}' is live."),
    )
    for action, next_task, said in steps:
        moderator.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
        moderator.get_by_role("button", name="More actions").click()
        moderator.get_by_role("button", name=action, exact=True).click()
        expect(moderator.locator(".messages")).to_contain_text(said)
        expect(moderator.locator(".messages")).not_to_contain_text("has been updated")
        news.refresh_from_db()
        task = news.current_workflow_task
        assert (task.name if task else None) == next_task
    news.refresh_from_db()
    assert (news.live, news.current_workflow_state) == (True, None)
    assert [item["title"] for item in news_in(live_server, moderator, "EN")] == [TITLE]

    # The translator, in the Japanese admin, starts the translation from the dashboard,
    # translates every text and publishes it.
    translator = admin_tab("honyaku", group=TRANSLATORS, language="ja")
    translator.goto(f"{live_server.url}/admin/")
    translate_from_the_dashboard(translator, TITLE, JAPANESE)

    def readable(items):
        # The editor's block keys are random; the text around them is what readers get.
        for item in items:
            for block in item["body"]["items"]:
                block["html"] = re.sub(r' data-block-key="\w+"', "", block["html"])
        return items

    assert readable(news_in(live_server, translator, "JA")) == [
        {
            "title": JAPANESE[TITLE],
            "summary": JAPANESE[SUMMARY],
            "locale": "JA",
            "body": {"items": [{"html": f"<p>{JAPANESE[PARAGRAPH]}</p>"}]},
        }
    ]
    assert readable(news_in(live_server, translator, "EN")) == [
        {
            "title": TITLE,
            "summary": SUMMARY,
            "locale": "EN",
            "body": {"items": [{"html": f"<p>{PARAGRAPH}</p>"}]},
        }
    ]
