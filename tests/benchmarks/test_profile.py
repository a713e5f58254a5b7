"""The benchmark's profiler: each sample charged to the innermost layer it was in."""

import time

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
    response_fields,
)

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
