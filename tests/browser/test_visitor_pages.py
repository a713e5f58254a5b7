"""Visitor pages in a real browser: languages, switcher, days left, accessibility."""

import unicodedata

import pytest

from django.core.management import call_command

from wagtail.models import Locale

from pages.models import PartnershipPage
from pages.visibility import public_pages
from tests import factories
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


def test_switching_to_a_language_the_page_lacks_says_so_on_a_phone(live_server, browser, site):
    factories.NewsPageFactory(parent=site.news, title="Only in English", slug="only-english")
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/en/news/only-english/")
    # In sight without opening the menu.
    tab.get_by_role("navigation", name="Language").get_by_role("link", name="日本語").click()
    notice = (tab.locator("html").get_attribute("lang"), tab.locator("h1").inner_text())
    tab.get_by_role("link", name="英語で読む").click()
    tab.wait_for_url(f"{live_server.url}/en/news/only-english/")
    context.close()
    assert notice == ("ja", "このページは英語のみです")


def test_open_call_shows_days_left(live_server, page, site):
    page.goto(f"{live_server.url}/en/")
    assert page.locator(".days-left").first.inner_text() == f"{site.call.days_left} days left"


def test_pages_have_no_serious_accessibility_violations(live_server, page, site):
    for path in ("/en/", "/ja/", "/en/calls/", "/en/calls/mobility/", "/ja/calls/mobility/"):
        page.goto(f"{live_server.url}{path}")
        assert axe_violations(page) == [], path


def test_the_menu_opens_on_a_phone_without_javascript(live_server, browser, site):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/ja/calls/mobility/")
    menu = tab.locator("#site-menu")
    assert menu.is_visible() is False
    tab.get_by_role("link", name="メニュー").click()
    visible_now = (menu.is_visible(), tab.get_by_role("link", name="メニューを閉じる").is_visible())
    tab.get_by_role("link", name="メニューを閉じる").click()
    hidden_again = menu.is_visible()
    context.close()
    assert (visible_now, hidden_again) == ((True, True), False)


def test_the_accessibility_checker_reports_what_it_should(page):
    # Guards the checks above: an image without alt text is a critical violation.
    page.set_content('<html lang="en"><title>t</title><main><img src="x.png"></main></html>')
    assert [v["id"] for v in axe_violations(page)] == ["image-alt"]


def demo_paths(language):
    """The first public page of every page type in the demo content, then search and a 404."""
    pages = (
        public_pages(locale=Locale.objects.get(language_code=language))
        .filter(depth__gt=1)
        .order_by("content_type_id", "path")
    )
    firsts = {}
    for demo_page in pages:
        firsts.setdefault(demo_page.content_type_id, demo_page.url)
    return [*firsts.values(), f"/{language}/search/?q=cluster", f"/{language}/no-such-page/"]


def test_every_demo_page_type_in_both_languages(live_server, browser, page, migrated_data):
    """Accessible, within its policy, one header row and a prose measure on a desktop; on a
    phone no wider than the screen, with the language switch in sight without the menu."""
    call_command("load_demo_content", verbosity=0)
    phone = browser.new_context(viewport={"width": 320, "height": 640}, java_script_enabled=False)
    phone_tab = phone.new_page()
    checked, too_wide, header_rows, over_measure, switch_hidden = [], [], {}, [], []
    longest = {"en": 0, "ja": 0}
    # Everything the pages load is allowed by their Content-Security-Policy.
    refused = []
    page.on(
        "console",
        lambda message: "Security Policy" in message.text and refused.append(message.text),
    )
    for language in ("en", "ja"):
        other = "日本語" if language == "en" else "English"
        for path in demo_paths(language):
            page.goto(f"{live_server.url}{path}")
            assert page.locator("html").get_attribute("lang") == language
            assert axe_violations(page) == [], path
            header_rows[path] = page.evaluate(HEADER_ROWS)
            for line in page.evaluate(PROSE_LINES):
                length = measure(line, language)
                longest[language] = max(longest[language], length)
                if length > MEASURE[language]:
                    over_measure.append((path, line))
            phone_tab.goto(f"{live_server.url}{path}")
            width = phone_tab.evaluate("document.documentElement.scrollWidth")
            if width > 320:
                too_wide.append((path, width))
            switch = phone_tab.get_by_role("navigation", name=LANGUAGE_NAV[language])
            if not switch.get_by_role("link", name=other, exact=True).is_visible():
                switch_hidden.append(path)
            checked.append(path)
    phone.close()
    # Fourteen page types and two pages outside the tree, in each language.
    assert (len(checked), too_wide, refused, switch_hidden) == (32, [], [], [])
    assert {path: rows for path, rows in header_rows.items() if rows != 1} == {}
    assert over_measure == []
    # The measure is reached, so the check above is not passed by narrow text alone.
    assert (longest["en"] >= 60, longest["ja"] >= 36) == (True, True)


def test_the_partnership_map_lists_everything_it_draws(live_server, page, migrated_data):
    """The map is an image with a name; its list names every numbered partnership and place."""
    call_command("load_demo_content", verbosity=0)
    for language, name in (("en", "Map of the partnerships"), ("ja", "パートナーシップの地図")):
        page.goto(f"{live_server.url}/{language}/")
        figure = page.locator("figure.partnership-map")
        image = figure.get_by_role("img")
        assert image.get_attribute("aria-labelledby") == "partnership-map-title"
        assert page.locator("#partnership-map-title").text_content().startswith(name)
        items = figure.locator(".partnership-list > li")
        numbers = [item.get_attribute("value") for item in items.all()]
        assert numbers == [str(number) for number in range(1, len(numbers) + 1)]
        # Every partnership of the demo is marked on each side (once per country or prefecture).
        for side in ("eu", "jp"):
            marked = figure.locator(f".marker-{side} text").all_text_contents()
            assert sorted(set(marked), key=int) == numbers, side
        assert (
            len(numbers)
            == public_pages(locale=Locale.objects.get(language_code=language))
            .type(PartnershipPage)
            .count()
        )
        base = page.request.get(live_server.url + figure.locator("image").get_attribute("href"))
        assert (base.status, base.headers["content-type"]) == (200, "image/svg+xml")
        # The list is read as text: every entry names its partners and their places.
        for item in items.all():
            assert "\N{MULTIPLICATION SIGN}" in item.text_content()


# How many rows the header's visible parts take.
HEADER_ROWS = """() => {
  const boxes = [...document.querySelectorAll(".header-bar > *")]
    .filter((part) => part.getClientRects().length)
    .map((part) => part.getBoundingClientRect())
    .sort((a, b) => a.top - b.top);
  let rows = 0, bottom = -Infinity;
  for (const box of boxes) {
    if (box.top >= bottom) rows += 1;
    bottom = Math.max(bottom, box.bottom);
  }
  return rows;
}"""
# The lines of the page's prose (the paragraphs and list items outside cards and forms).
PROSE_LINES = """() => {
  const prose = "main :is(p, li, dd, blockquote):not(:is(.cards, form, table) *)";
  const range = document.createRange(), lines = [];
  for (const block of document.querySelectorAll(prose)) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let current = "", lastTop = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (lastTop !== null && rect.top > lastTop + 2) { lines.push(current); current = ""; }
        current += node.textContent[i];
        lastTop = rect.top;
      }
    }
    lines.push(current);
  }
  return lines;
}"""
# About 70 Latin or 40 Japanese characters, a Latin letter counting half a Japanese one.
MEASURE = {"en": 75, "ja": 41}
LANGUAGE_NAV = {"en": "Language", "ja": "言語"}


def measure(line, language):
    """A line's length in characters, counted in full-width ones for Japanese."""
    line = line.strip()
    if language == "en":
        return len(line)
    return sum(1 if unicodedata.east_asian_width(char) in "WF" else 0.5 for char in line)


# The lines a heading is shown on, read from where each character of its text lands.
HEADING_LINES = """(heading) => {
  const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
  const range = document.createRange(), lines = [];
  let current = "", lastTop = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.textContent.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const top = Math.round(range.getClientRects()[0].top);
      if (lastTop !== null && top > lastTop + 2) { lines.push(current); current = ""; }
      current += node.textContent[i];
      lastTop = top;
    }
  }
  return [...lines, current];
}"""
LONG_TITLE = "森林バイオエコノミーを通じたカーボンニュートラルの実現とクラスターマネージャー"
WORDS = ("バイオエコノミー", "カーボンニュートラル", "クラスターマネージャー")


def test_japanese_headings_break_between_phrases_on_a_phone(live_server, browser, site):
    ja_call = site.call.get_translation(site.ja)
    ja_call.title = LONG_TITLE
    ja_call.save_revision().publish()
    context = browser.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    tab.goto(f"{live_server.url}/ja/calls/mobility/")
    heading = tab.locator("h1")
    lines = heading.evaluate(HEADING_LINES)
    # Breaking anywhere, as before: without the phrases' marks and the rule that keeps words.
    heading.evaluate(
        "(heading) => { heading.style.wordBreak = 'normal'; "
        "heading.querySelectorAll('wbr').forEach((mark) => mark.remove()); }"
    )
    lines_breaking_anywhere = heading.evaluate(HEADING_LINES)
    context.close()

    def split_words(lines):
        return [word for word in WORDS if not any(word in line for line in lines)]

    assert ("".join(lines), len(lines) > 1, split_words(lines)) == (LONG_TITLE, True, [])
    # The check can fail: breaking anywhere, as before, cuts a word.
    assert split_words(lines_breaking_anywhere) != []
