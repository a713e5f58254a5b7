"""Capture the screenshots of docs/editors.md: the demo site and its admin (`make screenshots`)."""

import os
import sys
from importlib import import_module
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

DESKTOP, PHONE = 1366, 360


def visitor_shots():
    """(path, file name, width) of the first page of every page type, search and a 404, in both
    languages, on a desktop and on a phone."""
    from wagtail.models import Locale

    from pages.visibility import public_pages

    shots = []
    for language in ("en", "ja"):
        pages = (
            public_pages(locale=Locale.objects.get(language_code=language))
            .filter(depth__gt=1)
            .order_by("content_type_id", "path")
            .select_related("content_type")
        )
        firsts = {}
        for page in pages:
            firsts.setdefault(page.content_type.model.removesuffix("page") or "page", page.url)
        firsts["search"] = f"/{language}/search/?q=cluster"
        firsts["not-found"] = f"/{language}/no-such-page/"
        for name, path in firsts.items():
            shots += [
                (path, f"{name}-{language}.jpg", DESKTOP),
                (path, f"{name}-{language}-phone.jpg", PHONE),
            ]
    return shots


def home_states():
    """(state, change) of the home page's other states: nothing ahead, then an event ahead."""
    import datetime

    from django.utils import timezone

    from pages.models import CallPage, EventPage

    def nothing_upcoming():
        for call in CallPage.objects.live():
            call.unpublish()

    def an_upcoming_event():
        event = EventPage.objects.filter(locale__language_code="en").order_by("-start").first()
        for translation in [event, *event.get_translations()]:
            shift = timezone.now() + datetime.timedelta(days=30) - translation.start
            translation.start += shift
            translation.end = translation.end + shift if translation.end else None
            translation.save_revision().publish()

    return [("nothing-upcoming", nothing_upcoming), ("upcoming-event", an_upcoming_event)]


def admin_shots():
    """(demo user, admin path, file name) of each admin screenshot."""
    from wagtail.models import Locale

    from pages.models import CallPage

    japanese_call = CallPage.objects.get(locale=Locale.objects.get(language_code="ja"))
    return [
        ("moderator", "/admin/", "admin-dashboard-en.jpg"),
        ("translator", "/admin/", "admin-dashboard-ja.jpg"),
        ("translator", f"/admin/pages/{japanese_call.pk}/edit/", "admin-editor-ja.jpg"),
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


def shoot(browser, url, path, width, full_page=False):
    """A screenshot of the address at the width: its first screen, or the whole page (JPEG, to
    keep the folder small)."""
    page = browser.new_page(viewport={"width": width, "height": 900 if width > PHONE else 760})
    page.goto(url)
    page.screenshot(path=path, full_page=full_page, type="jpeg", quality=70)
    page.close()


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
            # The home page whole, as its sections come and go; the other pages' first screen.
            shoot(browser, f"{base_url}{path}", folder / name, width, name.startswith("home-"))
        # The home page without an open call, then with an event ahead (the demo's first home
        # shot has the open call). The query string keeps each state apart in the page cache.
        for state, change in home_states():
            change()
            for language in ("en", "ja"):
                url = f"{base_url}/{language}/?state={state}"
                shoot(browser, url, folder / f"home-{state}-{language}.jpg", DESKTOP, True)
        for cookie, path, name in signed_in:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.add_cookies([cookie])
            page = context.new_page()
            page.goto(f"{base_url}{path}")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=folder / name, full_page=True, type="jpeg", quality=70)
            context.close()
        browser.close()


if __name__ == "__main__":
    # The script changes the demo between shots while Playwright's loop runs in this thread.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    capture(sys.argv[1], Path(sys.argv[2]))
