"""Lighthouse on a phone over the demo content: home, a list and a detail page in each language.

Run by `make lighthouse` (a CI step of its own): each audit loads the page several times under
simulated mobile throttling and takes about ten seconds, so it runs once, not in both suites.
"""

import json
import os
import statistics
import subprocess
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

from pages.models import WebinarPage
from tests.browser.chromium import CHROMIUM, CHROMIUM_ARGS

pytestmark = [pytest.mark.lighthouse, pytest.mark.django_db(transaction=True)]

LIGHTHOUSE = Path(settings.BASE_DIR) / "node_modules" / ".bin" / "lighthouse"
# The targets: every category at 100 but performance, which must reach 95.
TARGETS = {"performance": 0.95, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
# Performance is timed on this machine's CPU, which other work slows at random: a page that misses
# is audited twice more and judged on the median of its three scores, as Lighthouse's guide to
# variability recommends. The other categories do not depend on timing and count at once.
REPEATS_WHEN_SLOW = 2


def audit(url, report_path):
    """Lighthouse's category scores of the page on a phone, and the audits that lost points."""
    scores, lost = audit_once(url, report_path)
    if scores["performance"] < TARGETS["performance"]:
        timings = [scores["performance"]]
        for repeat in range(REPEATS_WHEN_SLOW):
            timings.append(
                audit_once(url, report_path.with_suffix(f".{repeat}.json"))[0]["performance"]
            )
        scores["performance"] = statistics.median(timings)
        print(f"{url}: performance {timings}, median {scores['performance']}")
    return scores, lost


def audit_once(url, report_path):
    """The category scores and point-losing audits of one Lighthouse run."""
    if not LIGHTHOUSE.exists():
        pytest.fail(f"Lighthouse not found at {LIGHTHOUSE}: run `make browser-deps`.")
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        f"--chrome-flags={flags}",
        "--form-factor=mobile",
        f"--only-categories={','.join(TARGETS)}",
        "--output=json",
        f"--output-path={report_path}",
    ]
    # Lighthouse now and then fails to record the trace of a load (NO_NAVSTART) and says to
    # run it again: a page is audited up to three times before that counts as a failure.
    for _attempt in range(3):
        run = subprocess.run(
            command,
            env={**os.environ, "CHROME_PATH": CHROMIUM},
            capture_output=True,
            text=True,
            timeout=180,
        )
        if run.returncode == 0:
            break
    else:
        pytest.fail(f"Lighthouse could not audit {url}:\n{run.stderr}")
    report = json.loads(Path(report_path).read_text())
    scores = {name: report["categories"][name]["score"] for name in TARGETS}
    lost = sorted(
        ref["id"]
        for name in TARGETS
        for ref in report["categories"][name]["auditRefs"]
        if ref["weight"] and (report["audits"][ref["id"]]["score"] or 0) < 1
    )
    return scores, lost


def test_home_list_and_detail_pages_meet_the_targets_on_a_phone(
    live_server, migrated_data, tmp_path
):
    call_command("load_demo_content", verbosity=0)
    paths = []
    for language in ("en", "ja"):
        webinar = (
            WebinarPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("-start")
            .first()
        )
        paths += [f"/{language}/", f"/{language}/webinars/", webinar.url]
    below = []
    print(f"\n{'page':60} " + " ".join(f"{name:>14}" for name in TARGETS))
    for number, path in enumerate(paths):
        scores, lost = audit(f"{live_server.url}{path}", tmp_path / f"report-{number}.json")
        print(f"{path:60} " + " ".join(f"{round(scores[name] * 100):>14}" for name in TARGETS))
        below += [
            (path, name, scores[name], lost)
            for name, target in TARGETS.items()
            if scores[name] < target
        ]
    assert below == []
