"""The benchmark's missed targets, and the section showing where each missed read's time goes."""

from benchmarks.profile import CACHE, DATABASE, GRAPHQL
from benchmarks.shortfalls import Shortfall, shortfalls, where_time_goes

SETTINGS = {"small_total": 1000, "large_total": 20000}


def latency(api, floor):
    return {"api": {"median": api}, "floor": {"median": floor}, "api_queries": 8}


def figures(news, sitemap):
    return {
        "latency": {
            "news x100": latency(news, 20.0),
            "webinars x100": latency(80.0, 20.0),  # 4.0x: met, exactly at the target
            "pages x100, 4 types": latency(30.0, 10.0),
        },
        "pages": {"sitemap index, rendered": {"median": sitemap, "queries": 2}},
    }


def http(api, cached):
    return {
        "floor": {"requests_per_second": 100.0},
        "api": {"requests_per_second": api},
        "bare_cached": {"requests_per_second": 1000.0},
        "cached": {"requests_per_second": cached},
    }


def test_every_missed_target_and_only_those():
    small, large = figures(news=60.0, sitemap=4.0), figures(news=64.0, sitemap=6.4)
    missed = shortfalls(small, large, http(api=49.0, cached=800.0), SETTINGS)
    assert [(shortfall.target, shortfall.figure) for shortfall in missed] == [
        ("news x100", "3.20x the floor's median (target: at most 3.0x)"),
        ("HTTP, uncached", "0.49x the floor's requests per second (target: at least 0.5x)"),
        (
            "sitemap index, rendered at 20,000 pages",
            "1.60x its median at 1,000 pages (target: at most 1.5x)",
        ),
    ]
    assert [(shortfall.subject, shortfall.baseline) for shortfall in missed] == [
        (("large", "news x100"), ("large", "floor of news x100")),
        (("large", "HTTP read, uncached"), ("large", "floor of the HTTP read")),
        (("large", "sitemap index, rendered"), ("small", "sitemap index, rendered")),
    ]


def test_nothing_is_missed_when_every_target_is_met():
    small, large = figures(news=60.0, sitemap=4.0), figures(news=60.0, sitemap=6.0)
    assert shortfalls(small, large, http(api=50.0, cached=800.0), SETTINGS) == []
    assert shortfalls(small, large, None, SETTINGS) == []


def profile(ms, unprofiled, layers, queries, sql_ms, costliest_ms):
    return {
        "ms": ms,
        "unprofiled_ms": unprofiled,
        "layers": layers,
        "queries": queries,
        "sql_ms": sql_ms,
        "costliest_sql_ms": costliest_ms,
        "costliest_sql": 'SELECT "pages_newspage"."page_ptr_id" FROM "pages_newspage"',
        "fields": 2700,
    }


def test_each_missed_read_is_shown_beside_its_baseline_by_layer():
    missed = [
        Shortfall("news x100", "5.8x the floor's median (target: at most 3.0x)",
                  ("large", "news x100"), ("large", "floor of news x100"), "API", "floor",
                  same_json=True)
    ]  # fmt: skip
    profiles = {
        ("large", "news x100"): profile(135.0, 124.5, {DATABASE: 11.0, GRAPHQL: 74.0}, 8, 9.5, 3.2),
        ("large", "floor of news x100"): profile(27.0, 21.5, {DATABASE: 10.0}, 9.0, 8.0, 2.5),
    }
    lines = where_time_goes(missed, profiles).splitlines()
    start = lines.index("### news x100: 5.8x the floor's median (target: at most 3.0x)")
    assert lines[start + 2 :] == [
        "| Layer | API | floor | difference |",
        "|---|---|---|---|",
        f"| {DATABASE} | 11.0 | 10.0 | +1.0 |",
        f"| {GRAPHQL} | 74.0 | 0.0 | +74.0 |",
        "| **total** | **135.0** | **27.0** | **+108.0** |",
        "| the same requests, not profiled | 124.5 | 21.5 | +103.0 |",
        "",
        f"- Largest difference: {GRAPHQL}, +74.0 ms of +108.0 ms.",
        "- SQL: 8 queries in 9.5 ms (floor: 9 in 8.0 ms); the costliest statement 3.2 ms "
        "a request (floor: 2.5 ms): "
        '`SELECT "pages_newspage"."page_ptr_id" FROM "pages_newspage"`',
        "- The response holds 2,700 fields: 50 µs each (floor: 10 µs).",
    ]


def test_a_cached_read_shows_its_rare_queries_and_no_time_per_field():
    missed = [
        Shortfall("HTTP, from the response cache", "0.75x the bare view's requests per second",
                  ("large", "HTTP read, cached"), ("large", "bare view of the cached bytes"),
                  "API", "bare view")
    ]  # fmt: skip
    profiles = {
        # The content generation is read once a second: once in about a thousand requests.
        ("large", "HTTP read, cached"): profile(0.9, 0.8, {CACHE: 0.3}, 0.000998, 0.0007, 0.7),
        ("large", "bare view of the cached bytes"): profile(1.0, 0.9, {CACHE: 0.4}, 0, 0.0, 0.0),
    }
    lines = where_time_goes(missed, profiles).splitlines()
    assert lines[-4:] == [
        "| the same requests, not profiled | 0.8 | 0.9 | -0.1 |",
        "",
        f"- Largest difference: {CACHE}, -0.1 ms of -0.1 ms.",
        "- SQL: 0.001 queries in 0.0 ms (bare view: 0 in 0.0 ms); the costliest statement "
        "0.7 ms a request (bare view: 0.0 ms): "
        '`SELECT "pages_newspage"."page_ptr_id" FROM "pages_newspage"`',
    ]
    profiles[("large", "HTTP read, cached")]["queries"] = 0
    lines = where_time_goes(missed, profiles).splitlines()
    assert lines[-1] == f"- Largest difference: {CACHE}, -0.1 ms of -0.1 ms."
