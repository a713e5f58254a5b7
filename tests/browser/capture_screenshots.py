"""Capture the screenshots of docs/editors.md: the demo site and its admin (`make screenshots`)."""

import sys
from importlib import import_module
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

DESKTOP, PHONE = 1280, 360


def visitor_shots():
    """(path, file name, width) of each visitor page, in both languages."""
    from wagtail.models import Locale

    from pages.models import WebinarPage

    shots = []
    for language in ("en", "ja"):
        # The latest webinar, with its partners and programme.
        webinar = (
            WebinarPage.objects.live()
            .filter(locale=Locale.objects.get(language_code=language))
            .order_by("-start")
            .first()
        )
        shots += [
            (f"/{language}/", f"home-{language}.png", DESKTOP),
            (f"/{language}/", f"home-{language}-phone.png", PHONE),
            (f"/{language}/webinars/", f"webinars-{language}.png", DESKTOP),
            (webinar.url, f"webinar-{language}.png", DESKTOP),
            (webinar.url, f"webinar-{language}-phone.png", PHONE),
            (f"/{language}/partners/", f"partners-{language}-phone.png", PHONE),
            (f"/{language}/search/?q=cluster", f"search-{language}.png", DESKTOP),
            (f"/{language}/no-such-page/", f"not-found-{language}-phone.png", PHONE),
        ]
    return shots


def admin_shots():
    """(demo user, admin path, file name) of each admin screenshot."""
    from wagtail.models import Locale

    from pages.models import CallPage

    japanese_call = CallPage.objects.get(locale=Locale.objects.get(language_code="ja"))
    return [
        ("moderator", "/admin/", "admin-dashboard-en.png"),
        ("translator", "/admin/", "admin-dashboard-ja.png"),
        ("translator", f"/admin/pages/{japanese_call.pk}/edit/", "admin-editor-ja.png"),
    ]


def submit_a_draft_for_review():
    """An editor's change to a demo article, waiting for review, for the dashboard to show."""
    from django.contrib.auth import get_user_model

    from pages.models import NewsPage

    editor = get_user_model().objects.get(username="editor")
    news = NewsPage.objects.filter(locale__language_code="en").order_by("-date").first()
    news.summary += " Registration is now open."
    news.save_revision(user=editor)
    news.get_workflow().start(news, editor)


def session_cookie(username, base_url):
    """A signed-in session of the demo user, as a browser cookie (no password needed)."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )

    user = get_user_model().objects.get(username=username)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {"name": settings.SESSION_COOKIE_NAME, "value": session.session_key, "url": base_url}


def capture(base_url, folder):
    """Save a full-page screenshot of each visitor page and admin screen under the folder."""
    import django

    django.setup()
    folder.mkdir(parents=True, exist_ok=True)
    # The database is read before Playwright starts its event loop in this thread.
    submit_a_draft_for_review()
    shots = visitor_shots()
    signed_in = [
        (session_cookie(username, base_url), path, name) for username, path, name in admin_shots()
    ]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path, name, width in shots:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"{base_url}{path}")
            page.screenshot(path=folder / name, full_page=True)
            page.close()
        for cookie, path, name in signed_in:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.add_cookies([cookie])
            page = context.new_page()
            page.goto(f"{base_url}{path}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=folder / name, full_page=True)
            context.close()
        browser.close()


if __name__ == "__main__":
    capture(sys.argv[1], Path(sys.argv[2]))
