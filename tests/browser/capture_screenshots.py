"""Capture the README's screenshots of the demo site (run by `make screenshots`)."""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

SHOTS = [
    ("/en/", "home-en.png", 1280),
    ("/ja/", "home-ja.png", 1280),
    ("/ja/calls/", "calls-ja-mobile.png", 360),
]


def capture(base_url, folder):
    """Save a full-page screenshot of each page in SHOTS under the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for path, name, width in SHOTS:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(f"{base_url}{path}")
            page.screenshot(path=folder / name, full_page=True)
            page.close()
        browser.close()


if __name__ == "__main__":
    capture(sys.argv[1], Path(sys.argv[2]))
