"""The benchmark's targets, the ones a run missed, and where each missed read spends its time."""

import json
from dataclasses import dataclass

from .databases import BIN, environment, run
from .profile import LAYERS, PROFILED_SECONDS, SAMPLE_INTERVAL

# The API's median against the floor's, for the 100-item reads.
TARGETS = {
    "news x100": 3.0,
    "webinars x100": 4.0,
    "pages x100, 4 types": 4.0,
}
# Requests per second against the floor (uncached) and against a bare view of the cached bytes.
HTTP_UNCACHED_TARGET = 0.5
HTTP_CACHED_TARGET = 0.8
# The large set's median against the small set's, for every read and page.
GROWTH_TARGET = 1.5
# Over HTTP: (target, wrk figures' key, its baseline's key, the least ratio, the request profiled,
# its baseline's request, the baseline's label, whether the baseline builds the same JSON).
HTTP_COMPARISONS = (
    ("HTTP, uncached", "api", "floor", HTTP_UNCACHED_TARGET,
     "HTTP read, uncached", "floor of the HTTP read", "floor", True),
    ("HTTP, from the response cache", "cached", "bare_cached", HTTP_CACHED_TARGET,
     "HTTP read, cached", "bare view of the cached bytes", "bare view", False),
)  # fmt: skip


@dataclass(frozen=True)
class Shortfall:
    """A missed target: the request to profile, and the baseline it is measured against."""

    target: str
    figure: str
    subject: tuple  # (dataset label, request name in benchmarks.profile)
    baseline: tuple
    subject_label: str
    baseline_label: str
    # The baseline builds the same JSON another way: the time per response field compares.
    same_json: bool = False


def scaled(small, large):
    """Every read and page of both sets: (name, small figures, large figures, their queries)."""
    return [
        (name, small["latency"][name]["api"], large["latency"][name]["api"],
         small["latency"][name]["api_queries"], large["latency"][name]["api_queries"])
        for name in large["latency"]
    ] + [
        (name, small["pages"][name], large["pages"][name],
         small["pages"][name]["queries"], large["pages"][name]["queries"])
        for name in large["pages"]
    ]  # fmt: skip


def shortfalls(small, large, http, settings):
    """Every timing target the run missed."""
    found = []
    for name, target in TARGETS.items():
        figures = large["latency"][name]
        measured = figures["api"]["median"] / figures["floor"]["median"]
        if measured > target:
            found.append(
                Shortfall(
                    name,
                    f"{measured:.2f}x the floor's median (target: at most {target}x)",
                    ("large", name),
                    ("large", f"floor of {name}"),
                    "API",
                    "floor",
                    same_json=True,
                )
            )
    # Without the HTTP measurements (`--no-http`) there is nothing to compare.
    for target, key, base, least, subject, baseline, label, same_json in (
        HTTP_COMPARISONS if http else ()
    ):
        measured = http[key]["requests_per_second"] / http[base]["requests_per_second"]
        if measured < least:
            found.append(
                Shortfall(
                    target,
                    f"{measured:.2f}x the {label}'s requests per second "
                    f"(target: at least {least}x)",
                    ("large", subject),
                    ("large", baseline),
                    "API",
                    label,
                    same_json,
                )
            )
    small_total, large_total = f"{settings['small_total']:,}", f"{settings['large_total']:,}"
    for name, before, after, _, _ in scaled(small, large):
        growth = after["median"] / before["median"]
        if growth > GROWTH_TARGET:
            found.append(
                Shortfall(
                    f"{name} at {large_total} pages",
                    f"{growth:.2f}x its median at {small_total} pages "
                    f"(target: at most {GROWTH_TARGET}x)",
                    ("large", name),
                    ("small", name),
                    f"{large_total} pages",
                    f"{small_total} pages",
                )
            )
    return found


def profile_shortfalls(missed, databases, work):
    """Profile every request the missed targets name: {(dataset label, name): breakdown}."""
    wanted = {}
    for shortfall in missed:
        for label, name in (shortfall.subject, shortfall.baseline):
            names = wanted.setdefault(label, [])
            if name not in names:
                names.append(name)
    profiles = {}
    for label, names in wanted.items():
        output = work / f"profile-{label}.json"
        command = [str(BIN / "python"), "-m", "benchmarks.profile", str(output), *names]
        run(command, environment(databases[label], work), f"profiling on the {label} set")
        for name, figures in json.loads(output.read_text(encoding="utf-8")).items():
            profiles[(label, name)] = figures
    return profiles


def signed(value):
    """A difference with its sign, to 0.1 ms."""
    return f"{value:+.1f}"


def where_time_goes(missed, profiles):
    """The Markdown section showing, for each missed target, where the time goes."""
    lines = [
        "",
        "## Where the time goes, for each target not met",
        "",
        f"Each request profiled beside its baseline (`benchmarks/profile.py`: the stack sampled "
        f"every {SAMPLE_INTERVAL * 1000:g} ms of wall-clock time over about {PROFILED_SECONDS:g} s "
        "of repeated requests): milliseconds per request, each sample charged to the innermost "
        "layer it was in.",
    ]
    for shortfall in missed:
        subject, baseline = profiles[shortfall.subject], profiles[shortfall.baseline]
        lines += [
            "",
            f"### {shortfall.target}: {shortfall.figure}",
            "",
            f"| Layer | {shortfall.subject_label} | {shortfall.baseline_label} | difference |",
            "|---|---|---|---|",
        ]
        differences = {}
        for layer in LAYERS:
            mine, theirs = subject["layers"].get(layer, 0.0), baseline["layers"].get(layer, 0.0)
            if mine or theirs:
                differences[layer] = mine - theirs
                lines.append(f"| {layer} | {mine:.1f} | {theirs:.1f} | {signed(mine - theirs)} |")
        total = subject["ms"] - baseline["ms"]
        lines += [
            f"| **total** | **{subject['ms']:.1f}** | **{baseline['ms']:.1f}** "
            f"| **{signed(total)}** |",
            f"| the same requests, not profiled | {subject['unprofiled_ms']:.1f} "
            f"| {baseline['unprofiled_ms']:.1f} "
            f"| {signed(subject['unprofiled_ms'] - baseline['unprofiled_ms'])} |",
            "",
        ]
        largest = max(differences, key=lambda layer: abs(differences[layer]))
        lines.append(
            f"- Largest difference: {largest}, {signed(differences[largest])} ms "
            f"of {signed(total)} ms."
        )
        if subject["queries"]:
            lines.append(
                f"- SQL: {round(subject['queries'], 3):g} queries in {subject['sql_ms']:.1f} ms "
                f"({shortfall.baseline_label}: {round(baseline['queries'], 3):g} "
                f"in {baseline['sql_ms']:.1f} ms); the costliest statement "
                f"{subject['costliest_sql_ms']:.1f} ms a request ({shortfall.baseline_label}: "
                f"{baseline['costliest_sql_ms']:.1f} ms): `{subject['costliest_sql']}`"
            )
        if shortfall.same_json:
            lines.append(
                f"- The response holds {subject['fields']:,} fields: "
                f"{subject['ms'] * 1000 / subject['fields']:.0f} µs each "
                f"({shortfall.baseline_label}: "
                f"{baseline['ms'] * 1000 / baseline['fields']:.0f} µs)."
            )
    return "\n".join(lines) + "\n"
