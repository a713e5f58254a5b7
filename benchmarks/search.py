"""`make bench-search`: the site's search beside PostgreSQL's plain full-text search.

Seeds a PostgreSQL database with the demo content and generated pages (half of them Japanese),
builds the site's index and a GIN index on `to_tsvector('simple', …)` of the same texts, runs
the judged queries of `benchmarks/search_judgements.py` on both, and writes docs/search-benchmark.md.
"""

import argparse
import datetime
import json
import os
import shutil
import tempfile
from pathlib import Path

from .databases import BIN, ROOT, environment, run, seed

TARGET_P95_MS = 50


def report(figures, settings):
    """The results as Markdown."""
    index, base = figures["latency"]["index"], figures["latency"]["baseline"]
    right = figures["right"]
    queries = figures["queries"]
    lines = [
        "# Search benchmark",
        "",
        f"`make bench-search`, {settings['date']}, {settings['machine']}, PostgreSQL. "
        f"{figures['pages']['en']:,} English and {figures['pages']['ja']:,} Japanese pages "
        f"(the demo content and generated pages); {queries} queries (those of "
        f"`benchmarks/search_judgements.py`), each run {settings['runs']} times over every page, "
        f"{settings['window']} results a page. The site's search counts its totals and facets "
        "as well; the baseline only its page of results and total.",
        "",
        "| | site's index | `to_tsvector('simple', …)` | ratio |",
        "|---|---|---|---|",
        f"| median query | {index['median']:.1f} ms | {base['median']:.1f} ms | "
        f"{index['median'] / base['median']:.1f}x |",
        f"| 95th percentile | {index['p95']:.1f} ms | {base['p95']:.1f} ms | "
        f"{index['p95'] / base['p95']:.1f}x |",
        f"| slowest | {index['max']:.1f} ms | {base['max']:.1f} ms | |",
        f"| right results, in order | {right['index']['order']} of {queries} | "
        f"{right['baseline']['order']} of {queries} | |",
        f"| right results, as a set | {right['index']['set']} of {queries} | "
        f"{right['baseline']['set']} of {queries} | |",
        f"| index build | {figures['build_seconds']:.0f} s ({figures['indexed']:,} pages) | "
        f"{figures['baseline_build_seconds']:.1f} s | |",
        f"| index size | {figures['index_mb']:.0f} MB ({figures['term_rows']:,} terms) | "
        f"{figures['baseline_index_mb']:.0f} MB | |",
        "",
        f"Target: 95th percentile under {TARGET_P95_MS} ms — "
        + ("met." if index["p95"] < TARGET_P95_MS else "**not met**."),
        "",
        "Queries the baseline answers wrong (as a set): "
        + (", ".join(f"`{query}`" for query in figures["wrong"]["baseline"]) or "none")
        + ".",
        "",
        "Queries the site's index answers wrong (as a set): "
        + (", ".join(f"`{query}`" for query in figures["wrong"]["index"]) or "none")
        + ".",
        "",
        "The site's slowest queries (median): their cost follows the number of pages found, as",
        "each is counted for the total and the facets, and a Japanese word longer than four",
        "characters is checked in the text of each page holding its four-character terms.",
        "",
        "| query | pages found | median |",
        "|---|---|---|",
        *(f"| `{query}` | {total:,} | {ms:.1f} ms |" for query, total, ms in figures["slowest"]),
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search", description=__doc__)
    parser.add_argument("--pages", type=int, default=10_000, help="English pages to generate")
    parser.add_argument("--runs", type=int, default=10, help="timed runs per query and engine")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "search-benchmark.md")
    options = parser.parse_args()
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    work = Path(tempfile.mkdtemp(prefix="ejrc-bench-search-"))
    database = f"ejrc_bench_search_{options.pages * 2}"
    try:
        print(f"{options.pages * 2:,} generated pages in {database}")
        seed(database, options.pages, work, now, long_article=False)
        output = work / "search.json"
        command = [
            str(BIN / "python"),
            "-m",
            "benchmarks.search_measure",
            str(output),
            str(options.runs),
        ]
        run(command, environment(database, work), "search measurements")
        figures = json.loads(output.read_text(encoding="utf-8"))
        settings = {
            "date": now[:10],
            "machine": f"{os.cpu_count()} cores",
            "runs": options.runs,
            "window": 20,
        }
        text = report(figures, settings)
        options.output.write_text(text, encoding="utf-8")
        print(text)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
