"""The benchmark's profiler: each sample charged to the innermost layer it was in."""

import datetime
import time
from io import StringIO

import pytest

from django.core.management import call_command

from benchmarks.inprocess import KEPT, RENDERED
from benchmarks.prepare import lengthen_article
from benchmarks.profile import (
    DATABASE,
    DJANGO,
    GRAPHQL,
    JSON,
    ORM,
    OTHER,
    PROJECT,
    ROOT,
    WAGTAIL,
    Sampler,
    layer_of,
    layer_of_file,
    measure,
    response_fields,
)
from benchmarks.seed import seed_pages
from benchmarks.shortfalls import TARGETS, shortfalls

NOW = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)

PACKAGES = "/srv/venv/lib/python3.11/site-packages"


def test_files_belong_to_their_layers():
    files = {
        f"{PACKAGES}/psycopg/connection.py": DATABASE,
        f"{PACKAGES}/django/db/backends/utils.py": DATABASE,
        f"{PACKAGES}/django/db/models/sql/compiler.py": ORM,
        f"{PACKAGES}/django/db/models/base.py": ORM,
        f"{PACKAGES}/django/core/handlers/base.py": DJANGO,
        f"{PACKAGES}/graphql/execution/execute.py": GRAPHQL,
        f"{PACKAGES}/strawberry_django/fields/field.py": GRAPHQL,
        f"{PACKAGES}/wagtail/models/pages.py": WAGTAIL,
        f"{PACKAGES}/six.py": OTHER,
        f"{ROOT}/graphql_api/news.py": PROJECT,
        "/usr/lib/python3.11/json/encoder.py": JSON,
        "/usr/lib/python3.11/datetime.py": None,
        "<string>": None,
    }
    assert {path: layer_of_file(path) for path in files} == files


def test_a_sample_in_the_standard_library_is_charged_to_its_caller():
    stack = (
        "/usr/lib/python3.11/datetime.py",
        "<string>",
        f"{ROOT}/graphql_api/news.py",
        f"{PACKAGES}/graphql/execution/execute.py",
    )
    assert layer_of(stack) == PROJECT
    assert layer_of(stack[:2]) == OTHER


def test_response_fields_counts_every_key_of_every_object():
    response = {"data": {"news": {"totalCount": 2, "items": [{"id": 1, "tags": []}, {"id": 2}]}}}
    assert response_fields(response) == 1 + 1 + 2 + 2 + 1


def sleeping_here(seconds):
    time.sleep(seconds)


def test_the_sampler_charges_waiting_to_the_frame_that_waits():
    with Sampler(0.001) as sampler:
        for _ in range(4):
            sleeping_here(0.05)
    layers = sampler.by_layer(runs=4)
    # The loop and the context manager's exit run between the sleeps, in this (project) file too.
    assert list(layers) == [PROJECT]
    assert 47 <= layers[PROJECT] <= sampler.seconds * 1000 / 4


@pytest.mark.django_db
def test_every_request_a_missed_target_names_is_profiled(client, settings, monkeypatch):
    settings.ROOT_URLCONF = "benchmarks.urls"
    call_command("load_demo_content", stdout=StringIO())
    seed_pages(40, NOW)
    lengthen_article()
    small = {
        "latency": {
            name: {"api": {"median": 1.0}, "floor": {"median": 1.0}, "api_queries": 1}
            for name in (*TARGETS, "page(path), 100 blocks")
        },
        "pages": {name: {"median": 1.0, "queries": 1} for name, _ in RENDERED + KEPT},
    }
    large = {
        "latency": {
            name: {"api": {"median": 9.0}, "floor": {"median": 1.0}, "api_queries": 1}
            for name in small["latency"]
        },
        "pages": {name: {"median": 9.0, "queries": 1} for name in small["pages"]},
    }
    slow = {key: {"requests_per_second": 1.0} for key in ("api", "cached")}
    fast = {key: {"requests_per_second": 9.0} for key in ("floor", "bare_cached")}
    missed = shortfalls(small, large, {**slow, **fast}, {"small_total": 1, "large_total": 2})
    assert len(missed) == len(TARGETS) + 2 + len(small["latency"]) + len(small["pages"])
    names = {name for shortfall in missed for _, name in (shortfall.subject, shortfall.baseline)}
    monkeypatch.setattr("benchmarks.profile.PROFILED_SECONDS", 0.01)
    found = measure(sorted(names))
    assert set(found) == names
    sitemap = found["sitemap index, rendered"]
    # The content generation, then the count of public pages.
    assert (sitemap["queries"], sitemap["fields"]) == (2, None)
    # The same JSON: every key the API writes, the floor writes (at least id, title, url, date
    # and summary for each of the 40 articles).
    assert found["floor of news x100"]["fields"] == found["news x100"]["fields"] > 5 * 40
