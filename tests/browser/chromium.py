"""Where Debian's Chromium is and how it is started on a machine without network."""

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# No first-run, sync, updates or background calls: they fail without a network anyway.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
