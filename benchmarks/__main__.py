"""`make bench`: seed two PostgreSQL databases, measure the read path, write docs/benchmarks.md.

Each figure is printed beside its floor (a hand-written view building the same JSON) measured in
the same run, because only ratios are comparable on a shared, noisy machine.
"""

import argparse
import contextlib
import datetime
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from . import reads
from .databases import BIN, ROOT, environment, run, seed
from .shortfalls import (
    GROWTH_TARGET,
    HTTP_CACHED_TARGET,
    HTTP_UNCACHED_TARGET,
    TARGETS,
    profile_shortfalls,
    scaled,
    shortfalls,
    where_time_goes,
)

WRK_SCRIPT = ROOT / "benchmarks" / "wrk_report.lua"
# Runs of each server, taken in turns: the machine's noise moves single runs by up to 2x.
HTTP_ROUNDS = 5


def measure_in_process(database, work, runs):
    """The in-process figures of one database."""
    output = work / f"{database}.json"
    command = [str(BIN / "python"), "-m", "benchmarks.inprocess", str(output), str(runs)]
    run(command, environment(database, work), "in-process measurements")
    return json.loads(output.read_text(encoding="utf-8"))


def free_port():
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def server(database, work, cache_seconds):
    """The production server with two workers on loopback; yields (base URL, master pid)."""
    port = free_port()
    env = {
        **environment(database, work, cache_seconds),
        "BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        # Recycling a worker mid-run would measure a restart, not the read path.
        "GUNICORN_MAX_REQUESTS": "0",
    }
    process = subprocess.Popen(
        [str(BIN / "gunicorn"), "-c", "cms/gunicorn.conf.py", "cms.wsgi"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise SystemExit("The server did not start.") from None
                time.sleep(0.2)
        yield base, process.pid
    finally:
        process.terminate()
        process.wait(timeout=30)


def worker_peak_megabytes(master_pid):
    """The largest peak resident memory (VmHWM) of the master's workers, in MB."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    peaks = []
    for pid in children:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                peaks.append(int(line.split()[1]) / 1024)
    return max(peaks)


def wrk(url, seconds, method="GET"):
    """Requests per second and latency percentiles (ms) of `url` under wrk load."""
    if shutil.which("wrk") is None:
        sys.exit("wrk is missing: `make bench` installs it (apt-get install wrk).")
    # A generous timeout: a slow answer is a figure to report, not an error.
    command = ["wrk", "-t1", "-c8", "--timeout", "10s", "-s", str(WRK_SCRIPT), url]
    subprocess.run([*command, "-d2s"], capture_output=True, check=True)  # warm-up
    done = subprocess.run([*command, f"-d{seconds}s"], capture_output=True, text=True, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("JSON "))
    figures = json.loads(line[5:])
    if figures["errors"]:
        sys.exit(f"{url}: {figures['errors']} errors under load:\n{done.stdout}")
    return figures


def graphql_url(base):
    """The HTTP read's URL on a server."""
    return base + reads.http_path()


def interleaved(urls, seconds, rounds=HTTP_ROUNDS):
    """wrk figures of each URL, run in turns; the run with the median throughput of each.

    Taking turns spreads the machine's noise over every URL instead of one.
    """
    runs = {name: [] for name in urls}
    for _ in range(rounds):
        for name, url in urls.items():
            runs[name].append(wrk(url, seconds))
    return {
        name: sorted(found, key=lambda figures: figures["requests_per_second"])[rounds // 2]
        for name, found in runs.items()
    }


def measure_http(database, work, seconds):
    """Throughput and latency over HTTP, uncached and cached, with the workers' peak memory."""
    results = {}
    with server(database, work, cache_seconds=0) as (base, master):
        urls = {
            "floor": f"{base}/bench/floor/news/?limit={reads.HTTP_ITEMS}",
            "api": graphql_url(base),
        }
        results.update(interleaved(urls, seconds))
        results["uncached_peak_mb"] = worker_peak_megabytes(master)
    with server(database, work, cache_seconds=3600) as (base, master):
        body = urllib.request.urlopen(graphql_url(base)).read()
        urllib.request.urlopen(urllib.request.Request(f"{base}/bench/cached/", data=body))
        urls = {
            "cached": graphql_url(base),
            "bare_cached": f"{base}/bench/cached/",
            # The same view sent the API's request line: what the URL alone costs a server.
            "bare_cached_same_url": f"{base}/bench/cached/?{reads.http_path().split('?', 1)[1]}",
        }
        results.update(interleaved(urls, seconds))
        results["cached_peak_mb"] = worker_peak_megabytes(master)
    return results


def ratio(value, floor):
    return f"{value / floor:.1f}x" if floor else "-"


def report(small, large, http, settings):
    """The results as Markdown."""
    lines = [
        "# Benchmarks",
        "",
        f"Measured by `make bench` on {settings['date']} ({settings['machine']}). Datasets: "
        f"{settings['small_total']:,} and {settings['large_total']:,} pages (half English, half "
        "Japanese translations) on PostgreSQL. Latencies are in-process (Django test client, "
        f"production settings, response cache off unless said), median and 95th percentile of "
        f"{settings['runs']} runs, in ms. Ratios are against the floor measured in the same run.",
        "",
        "## SQL queries per request, every root list at 5, 20 and 100 items",
        "",
        "| List | 5 | 20 | 100 |",
        "|---|---|---|---|",
    ]
    for name, counts in large["query_counts"].items():
        lines.append(f"| `{name}` | " + " | ".join(str(count) for count in counts) + " |")
    lines += [
        "",
        "Examples of [the API reference](api.md#examples), in order: "
        + ", ".join(str(count) for count in large["readme_queries"])
        + " queries.",
        "",
        f"## Reads at {settings['large_total']:,} pages",
        "",
        "| Read | API median / p95 | queries | floor median / p95 | queries | API ÷ floor "
        "| target | REST v2 median | cached median | cached queries |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, figures in large["latency"].items():
        rest = figures.get("rest_v2")
        lines.append(
            f"| {name} | {figures['api']['median']:.1f} / {figures['api']['p95']:.1f} "
            f"| {figures['api_queries']} "
            f"| {figures['floor']['median']:.1f} / {figures['floor']['p95']:.1f} "
            f"| {figures['floor_queries']} "
            f"| {ratio(figures['api']['median'], figures['floor']['median'])} "
            f"| {TARGETS.get(name, '-')}{'x' if name in TARGETS else ''} "
            f"| {format(rest['median'], '.1f') if rest else 'cannot express'} "
            f"| {figures['cached']['median']:.2f} | {figures['cached_queries']} |"
        )
    if http:
        floor_rps = http["floor"]["requests_per_second"]
        bare_rps = http["bare_cached"]["requests_per_second"]
        lines += [
            "",
            f"## Over HTTP: `news(limit: {reads.HTTP_ITEMS})`, gunicorn with two workers, wrk on "
            f"loopback (8 connections; each figure the median of {HTTP_ROUNDS} runs taken in turns)",
            "",
            "| Server | requests/s | p50 | p95 | p99 | ratio | target |",
            "|---|---|---|---|---|---|---|",
        ]
        for label, key, baseline, target in (
            ("floor (hand-written view)", "floor", floor_rps, ""),
            ("API, uncached", "api", floor_rps, f"≥ {HTTP_UNCACHED_TARGET}x the floor"),
            ("bare view returning the cached bytes", "bare_cached", bare_rps, ""),
            ("the same bare view at the API's URL", "bare_cached_same_url", bare_rps, ""),
            (
                "API, from the response cache",
                "cached",
                bare_rps,
                f"≥ {HTTP_CACHED_TARGET}x the bare view",
            ),
        ):
            figures = http[key]
            lines.append(
                f"| {label} | {figures['requests_per_second']:.0f} | {figures['p50']:.1f} "
                f"| {figures['p95']:.1f} | {figures['p99']:.1f} "
                f"| {figures['requests_per_second'] / baseline:.2f}x | {target} |"
            )
        lines += [
            "",
            f"Peak resident memory of a worker: {http['uncached_peak_mb']:.0f} MB uncached, "
            f"{http['cached_peak_mb']:.0f} MB cached (target: at most 300 MB).",
        ]
    lines += [
        "",
        f"## From {settings['small_total']:,} to {settings['large_total']:,} pages "
        f"(median ms; target: at most {GROWTH_TARGET}x)",
        "",
        "| Read | small | large | large ÷ small | queries (small / large) |",
        "|---|---|---|---|---|",
    ]
    for name, before, after, queries_before, queries_after in scaled(small, large):
        lines.append(
            f"| {name} | {before['median']:.1f} | {after['median']:.1f} "
            f"| {ratio(after['median'], before['median'])} "
            f"| {queries_before} / {queries_after} |"
        )
    return "\n".join(lines) + "\n"


HISTORY_MARKER = "<!-- history: kept by make bench -->"


def kept_history(output):
    """The hand-written part of the results file (what each change bought), if any."""
    if not output.exists():
        return ""
    text = output.read_text(encoding="utf-8")
    return "\n" + text[text.index(HISTORY_MARKER) :] if HISTORY_MARKER in text else ""


def main():
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--pages", type=int, default=10_000, help="English pages (large set)")
    parser.add_argument("--small-pages", type=int, default=500, help="English pages (small set)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per read")
    parser.add_argument("--http-seconds", type=int, default=8, help="length of each wrk run")
    parser.add_argument("--no-http", action="store_true", help="skip the HTTP measurements")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument(
        "--profile", metavar="READ", help="profile one read on the seeded large set, and stop"
    )
    options = parser.parse_args()
    now = datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    work = Path(tempfile.mkdtemp(prefix="ejrc-bench-"))
    try:
        if options.profile:
            database = f"ejrc_bench_{options.pages * 2}"
            command = [str(BIN / "python"), "-m", "benchmarks.profile", "--tree", options.profile]
            print(run(command, environment(database, work), "profiling")[0])
            return
        figures, databases = {}, {}
        for label, english_pages in (("small", options.small_pages), ("large", options.pages)):
            databases[label] = f"ejrc_bench_{english_pages * 2}"
            print(f"{label}: {english_pages * 2:,} pages in {databases[label]}")
            seed(databases[label], english_pages, work, now)
            figures[label] = measure_in_process(databases[label], work, options.runs)
        http = None
        if not options.no_http:
            print("HTTP: two gunicorn workers under wrk")
            http = measure_http(databases["large"], work, options.http_seconds)
        settings = {
            "date": now[:10],
            "machine": f"{os.cpu_count()} cores",
            "small_total": options.small_pages * 2,
            "large_total": options.pages * 2,
            "runs": options.runs,
        }
        text = report(figures["small"], figures["large"], http, settings)
        missed = shortfalls(figures["small"], figures["large"], http, settings)
        if missed:
            print(f"Profiling {len(missed)} target(s) not met")
            text += where_time_goes(missed, profile_shortfalls(missed, databases, work))
        options.output.write_text(text + kept_history(options.output), encoding="utf-8")
        print(text)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
