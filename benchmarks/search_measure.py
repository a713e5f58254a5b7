"""Search measurements against one seeded database: the site's index beside plain PostgreSQL.

Run by `python -m benchmarks.search` as `python -m benchmarks.search_measure OUT.json RUNS` with
the benchmark settings and the database in the environment; writes its figures as JSON.

The queries and their expected results are those of `benchmarks/search_judgements.py`. Timing
runs over every page; correctness is judged on the demo pages alone (the generated pages would
add matches of their own), for both engines alike.
"""

import json
import statistics
import sys
import time
from pathlib import Path

import django

django.setup()

from django.db import connection  # noqa: E402

from wagtail.models import Locale, Page  # noqa: E402

from benchmarks.search_judgements import ENGLISH, JAPANESE, as_expected  # noqa: E402
from pages.visibility import within_sites  # noqa: E402
from search.indexing import rebuild  # noqa: E402
from search.matching import search, searchable  # noqa: E402

WINDOW = 20
# PostgreSQL's plain full-text search: the 'simple' configuration (no stemming, no stop words),
# over the same title and text the site's index holds.
VECTOR = "to_tsvector('simple', title || ' ' || text)"
BASELINE_INDEX = "bench_search_simple_fts"
SLOWEST = 8  # queries listed with their times


def timed(function, *arguments):
    started = time.perf_counter()
    function(*arguments)
    return time.perf_counter() - started


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def milliseconds(samples):
    return {
        "median": statistics.median(samples) * 1000,
        "p95": percentile(samples, 0.95) * 1000,
        "max": max(samples) * 1000,
    }


def relation_megabytes(*names):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sum(pg_total_relation_size(name::regclass)) FROM unnest(%s::text[]) AS name",
            [list(names)],
        )
        return float(cursor.fetchone()[0]) / 1024 / 1024


def baseline(query, pages, limit):
    """The page ids of PostgreSQL's plain search, best first, and their total."""
    visible, params = pages.values("pk").query.sql_with_params()
    condition = f"{VECTOR} @@ plainto_tsquery('simple', %s) AND page_id IN ({visible})"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT page_id FROM pages_searchdocument WHERE {condition} "
            f"ORDER BY ts_rank({VECTOR}, plainto_tsquery('simple', %s)) DESC, page_id LIMIT %s",
            [query, *params, query, limit],
        )
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute(
            f"SELECT count(*) FROM pages_searchdocument WHERE {condition}",
            [query, *params],
        )
        return ids, cursor.fetchone()[0]


def ours(query, pages, limit):
    """The page ids the site's search finds, best first, and their total (with its facets)."""
    results = search(query, pages, limit, 0)
    return [hit.page_id for hit in results.hits], results.total


def judged(engine, query, expected, pages, titles):
    """(right in order, right as a set) for one query on the demo pages."""
    ids, _total = engine(query, pages, 100)
    found = [titles[page_id] for page_id in ids]
    if isinstance(expected, tuple):
        as_set = len(found) == expected[0] and set(expected[1]) <= set(found)
    else:
        as_set = set(found) == set(expected)
    return as_expected(found, expected) == expected, as_set


def main(output, runs):
    figures = {"pages": {}}
    for code, in_locale in (
        ("en", Page.objects.filter(locale__language_code="en")),
        ("ja", Page.objects.filter(locale__language_code="ja")),
    ):
        figures["pages"][code] = in_locale.count()
    started = time.perf_counter()
    figures["indexed"] = rebuild()
    figures["build_seconds"] = time.perf_counter() - started
    with connection.cursor() as cursor:
        # What autovacuum does to a live database: statistics, and the visibility map that lets
        # the term index answer on its own.
        cursor.execute("VACUUM ANALYZE pages_searchdocument, pages_searchterm")
        cursor.execute("SELECT count(*) FROM pages_searchterm")
        figures["term_rows"] = cursor.fetchone()[0]
        started = time.perf_counter()
        cursor.execute(f"DROP INDEX IF EXISTS {BASELINE_INDEX}")
        cursor.execute(
            f"CREATE INDEX {BASELINE_INDEX} ON pages_searchdocument USING GIN ({VECTOR})"
        )
        figures["baseline_build_seconds"] = time.perf_counter() - started
        cursor.execute("ANALYZE pages_searchdocument")
    figures["index_mb"] = relation_megabytes("pages_searchterm") + relation_megabytes(
        "pages_searchdocument"
    )
    figures["baseline_index_mb"] = relation_megabytes(BASELINE_INDEX)

    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    queries = [(query, "ja", expected) for query, expected in JAPANESE.items()] + [
        (query, "en", expected) for query, expected in ENGLISH.items()
    ]
    # Demo pages have revisions; the bulk-seeded ones have none.
    demo = Page.objects.filter(latest_revision__isnull=False)
    titles = dict(Page.objects.values_list("pk", "title"))
    engines = {"index": ours, "baseline": baseline}
    samples = {name: [] for name in engines}
    right = {name: {"order": 0, "set": 0} for name in engines}
    wrong = {name: [] for name in engines}
    per_query = []
    for query, code, expected in queries:
        pages = searchable([locales[code]]).filter(within_sites())
        for name, engine in engines.items():
            in_order, as_set = judged(engine, query, expected, pages.filter(pk__in=demo), titles)
            right[name]["order"] += in_order
            right[name]["set"] += as_set
            if not as_set:
                wrong[name].append(query)
            _ids, total = engine(query, pages, WINDOW)  # also warms the plan and the caches
            times = [timed(engine, query, pages, WINDOW) for _ in range(runs)]
            samples[name] += times
            if name == "index":
                per_query.append([query, total, statistics.median(times) * 1000])
    figures["queries"] = len(queries)
    figures["latency"] = {name: milliseconds(values) for name, values in samples.items()}
    figures["right"] = right
    figures["wrong"] = wrong
    figures["slowest"] = sorted(per_query, key=lambda row: -row[2])[:SLOWEST]
    with connection.cursor() as cursor:
        cursor.execute(f"DROP INDEX IF EXISTS {BASELINE_INDEX}")
    Path(output).write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
