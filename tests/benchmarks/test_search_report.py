"""The search benchmark's report: each figure beside the baseline's, and the target's verdict."""

import importlib

from benchmarks.search import report

FIGURES = {
    "pages": {"en": 10057, "ja": 10056},
    "indexed": 20112,
    "build_seconds": 122.9,
    "term_rows": 5722532,
    "baseline_build_seconds": 2.02,
    "index_mb": 812.4,
    "baseline_index_mb": 3.4,
    "queries": 51,
    "latency": {
        "index": {"median": 10.2, "p95": 48.0, "max": 120.5},
        "baseline": {"median": 11.7, "p95": 632.2, "max": 1305.1},
    },
    "right": {"index": {"order": 51, "set": 51}, "baseline": {"order": 9, "set": 19}},
    "wrong": {"index": [], "baseline": ["九州", "cluster"]},
    "slowest": [["クラスタ", 8622, 110.3]],
}
SETTINGS = {"date": "2026-12-02", "machine": "2 cores", "runs": 10, "window": 20}


def test_the_table_holds_each_figure_and_its_ratio():
    lines = report(FIGURES, SETTINGS).splitlines()
    assert lines[lines.index("| | site's index | `to_tsvector('simple', …)` | ratio |") + 2 :][
        :7
    ] == [
        "| median query | 10.2 ms | 11.7 ms | 0.9x |",
        "| 95th percentile | 48.0 ms | 632.2 ms | 0.1x |",
        "| slowest | 120.5 ms | 1305.1 ms | |",
        "| right results, in order | 51 of 51 | 9 of 51 | |",
        "| right results, as a set | 51 of 51 | 19 of 51 | |",
        "| index build | 123 s (20,112 pages) | 2.0 s | |",
        "| index size | 812 MB (5,722,532 terms) | 3 MB | |",
    ]
    assert "Target: 95th percentile under 50 ms — met." in lines
    assert "Queries the baseline answers wrong (as a set): `九州`, `cluster`." in lines


def test_a_missed_target_is_said_with_the_slowest_queries():
    slow = {
        **FIGURES,
        "latency": {**FIGURES["latency"], "index": {"median": 10, "p95": 83.3, "max": 120}},
    }
    lines = report(slow, SETTINGS).splitlines()
    assert "Target: 95th percentile under 50 ms — **not met**." in lines
    assert "| `クラスタ` | 8,622 | 110.3 ms |" in lines


def test_the_search_measurement_loads_with_its_judgements():
    # `make bench-search` runs this module in a child process: an import error there shows only
    # when the benchmark runs.
    measure = importlib.import_module("benchmarks.search_measure")
    assert (len(measure.JAPANESE), len(measure.ENGLISH)) == (40, 22)
    assert measure.as_expected(["A", "B", "C", "D"], (4, ["A", "B", "C"])) == (4, ["A", "B", "C"])
