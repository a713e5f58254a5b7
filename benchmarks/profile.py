"""Where a request's time goes: a sampled profile summed by layer, with its SQL.

`make bench` runs `python -m benchmarks.profile OUT.json NAME...` on a seeded database for every
target it did not meet, and prints each read beside its baseline. `make bench-profile READ=...`
runs `python -m benchmarks.profile --tree NAME` and prints one read's call tree.
"""

import collections
import json
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Time each request, then profile it, for about this long in all.
PROFILED_SECONDS = 3.0
SAMPLE_INTERVAL = 0.0005

# Each sample is charged to the innermost frame of a known layer: a resolver's own lines to the
# project, the SQL it waits for to the database, the ORM rows it builds to the ORM.
DATABASE = "database: SQL round trips and the driver"
ORM = "Django ORM: querysets, compiling SQL, model instances"
GRAPHQL = "GraphQL execution: graphql-core and strawberry, per field"
WAGTAIL = "Wagtail: page URLs, images, StreamField, locales"
PROJECT = "project code: resolvers, loaders, views, templates' helpers"
DJANGO = "Django: request handling, middleware, templates"
CACHE = "cache: Redis and its client"
JSON = "JSON encoding and decoding"
OTHER = "other"
LAYERS = (DATABASE, ORM, GRAPHQL, WAGTAIL, PROJECT, DJANGO, CACHE, JSON, OTHER)
PACKAGES = {
    "psycopg": DATABASE,
    "psycopg_pool": DATABASE,
    "psycopg_binary": DATABASE,
    "graphql": GRAPHQL,
    "strawberry": GRAPHQL,
    "strawberry_django": GRAPHQL,
    "wagtail": WAGTAIL,
    "wagtail_localize": WAGTAIL,
    "modelcluster": WAGTAIL,
    "redis": CACHE,
    "django_redis": CACHE,
    "orjson": JSON,
}
DJANGO_MODULES = (
    ("django/db/backends/", DATABASE),
    ("django/db/models/sql/compiler", ORM),
    ("django/db/", ORM),
    ("django/core/cache/", CACHE),
    ("django/", DJANGO),
)


def layer_of_file(path):
    """The layer a source file belongs to, or None for the standard library's helpers."""
    if "/site-packages/" in path:
        module = path.split("/site-packages/", 1)[1]
        if module.startswith("django/"):
            return next(layer for prefix, layer in DJANGO_MODULES if module.startswith(prefix))
        return PACKAGES.get(module.split("/", 1)[0], OTHER)
    if path.startswith(str(ROOT) + "/"):
        return PROJECT
    if "/json/" in path:
        return JSON
    return None


def layer_of(stack):
    """The layer of one sample: its innermost file (innermost first) in a known layer."""
    for path in stack:
        layer = layer_of_file(path)
        if layer is not None:
            return layer
    return OTHER


class Sampler:
    """Samples the main thread's stack on a wall-clock timer, at a few µs per sample.

    A profiler hooked on every call (cProfile, pyinstrument) slows call-heavy code such as
    GraphQL execution several times more than the rest, and so misstates the shares. Each
    sample is weighted by the time since the previous one, because signals that arrive during
    a long C call (a query's wait) are delivered once, when it returns. Python then runs the
    handler in the frame it checks signals in: the caller, or the next function the caller
    enters, as a rule of the same layer. Layers are reliable; single functions are not, and
    `make bench-profile` gives their call tree.
    """

    def __init__(self, interval):
        self.interval = interval
        self.samples = collections.Counter()  # the files of a stack, innermost first -> seconds
        self.overhead = 0.0

    def sample(self, signum, frame):
        now = time.perf_counter()
        stack = []
        while frame is not None:
            stack.append(frame.f_code.co_filename)
            frame = frame.f_back
        self.samples[tuple(stack)] += now - self.last
        # The next sample's weight starts here: the sampler's own time is nobody's. The timer is
        # one-shot, armed again only now, so a sample never interrupts the sampler itself.
        self.last = time.perf_counter()
        self.overhead += self.last - now
        if self.running:
            signal.setitimer(signal.ITIMER_REAL, self.interval)

    def __enter__(self):
        self.running = True
        self.previous = signal.signal(signal.SIGALRM, self.sample)
        self.started = self.last = time.perf_counter()
        signal.setitimer(signal.ITIMER_REAL, self.interval)
        return self

    def __exit__(self, *exc):
        # A signal already delivered runs its handler at the next bytecode, possibly after the
        # timer is disarmed: armed again there, it would fire under the default action of
        # SIGALRM, which ends the process.
        self.running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        self.seconds = time.perf_counter() - self.started - self.overhead

    def by_layer(self, runs):
        """Milliseconds per request in each layer."""
        totals = collections.Counter()
        for stack, seconds in self.samples.items():
            totals[layer_of(stack)] += seconds * 1000 / runs
        return {layer: totals[layer] for layer in LAYERS if totals[layer]}


def response_fields(value):
    """Values in a JSON response: every key of every object, as a resolver or a view writes it."""
    if isinstance(value, dict):
        return len(value) + sum(response_fields(item) for item in value.values())
    if isinstance(value, list):
        return sum(response_fields(item) for item in value)
    return 0


class SqlTimer:
    """A connection execute wrapper: the time and text of every query."""

    def __init__(self):
        self.queries = []

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.queries.append(((time.perf_counter() - start) * 1000, sql))


def breakdown(request):
    """Profile `request` (returns a response) for about PROFILED_SECONDS: where its time goes."""
    from django.db import connection

    response = request()
    start = time.perf_counter()
    request()
    runs = max(5, min(5000, round(PROFILED_SECONDS / 2 / (time.perf_counter() - start))))
    start = time.perf_counter()
    for _ in range(runs):
        request()
    unprofiled_ms = (time.perf_counter() - start) * 1000 / runs
    timer = SqlTimer()
    with connection.execute_wrapper(timer), Sampler(SAMPLE_INTERVAL) as sampler:
        for _ in range(runs):
            request()
    # The costliest statement over all runs: a single slow run is noise, a statement is not.
    by_statement = collections.Counter()
    for ms, sql in timer.queries:
        by_statement[sql] += ms / runs
    costliest_sql, costliest_ms = max(
        by_statement.items(), key=lambda item: item[1], default=("", 0)
    )
    try:
        fields = response_fields(json.loads(response.content))
    except ValueError:
        fields = None
    return {
        "runs": runs,
        "ms": sampler.seconds * 1000 / runs,
        "unprofiled_ms": unprofiled_ms,
        "layers": sampler.by_layer(runs),
        "queries": len(timer.queries) / runs,
        "sql_ms": sum(ms for ms, _ in timer.queries) / runs,
        "costliest_sql_ms": costliest_ms,
        "costliest_sql": " ".join(costliest_sql.split())[:160],
        "fields": fields,
    }


def subjects():
    """Every request that can be profiled, by name: (settings, callable returning a response)."""
    from django.test import Client

    from . import reads
    from .inprocess import HOST, KEPT, RENDERED, floors_of, graphql, long_article_path
    from .urls import CACHED_BYTES_KEY

    web = Client(HTTP_HOST=HOST)
    article = long_article_path()
    floors = floors_of(article)
    uncached = {"GRAPHQL_RESPONSE_CACHE_SECONDS": 0, "SITEMAP_CACHE_SECONDS": 0}
    cached = {"GRAPHQL_RESPONSE_CACHE_SECONDS": 3600, "SITEMAP_CACHE_SECONDS": 3600}
    found = {}
    for read in reads.measured_reads(article):
        url, params = floors[read.name]
        found[read.name] = (uncached, lambda read=read: graphql(web, read.payload()))
        found[f"floor of {read.name}"] = (uncached, lambda u=url, p=params: web.get(u, p))
    for name, url in RENDERED:
        found[name] = (uncached, lambda url=url: web.get(url))
    for name, url in KEPT:
        found[name] = (cached, lambda url=url: web.get(url))
    http_read, http_floor = reads.http_path(), f"/bench/floor/news/?limit={reads.HTTP_ITEMS}"
    found["HTTP read, uncached"] = (uncached, lambda: web.get(http_read))
    found["floor of the HTTP read"] = (uncached, lambda: web.get(http_floor))
    found["HTTP read, cached"] = (cached, lambda: web.get(http_read))

    def bare_cached():
        from django.core.cache import cache

        if cache.get(CACHED_BYTES_KEY) is None:
            cache.set(CACHED_BYTES_KEY, web.get(http_read).content, None)
        return web.get("/bench/cached/")

    found["bare view of the cached bytes"] = (cached, bare_cached)
    return found


def chosen(names):
    """The named requests, or an error listing the known ones."""
    available = subjects()
    unknown = [name for name in names if name not in available]
    if unknown:
        raise SystemExit(f"Unknown request {unknown!r}; one of: {', '.join(available)}")
    return {name: available[name] for name in names}


def measure(names):
    """The breakdown of each named request."""
    from django.test.utils import override_settings

    results = {}
    for name, (settings, request) in chosen(names).items():
        with override_settings(**settings):
            results[name] = breakdown(request)
    return results


def print_tree(name):
    """Print the call tree of about PROFILED_SECONDS of runs of one request."""
    from pyinstrument import Profiler

    from django.test.utils import override_settings

    settings, request = chosen([name])[name]
    with override_settings(**settings):
        request()
        start = time.perf_counter()
        request()
        runs = max(5, round(PROFILED_SECONDS / (time.perf_counter() - start)))
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(runs):
                request()
    print(f"{runs} runs of {name}")
    print(profiler.output_text(unicode=True, show_all=False))


def main(arguments):
    import django

    django.setup()
    from django.core.cache import cache

    # Only the benchmark's own keys: Redis is shared with everything else on the machine.
    cache.delete_pattern("*")
    if arguments[0] == "--tree":
        print_tree(arguments[1])
        return
    output, names = Path(arguments[0]), arguments[1:]
    output.write_text(json.dumps(measure(names), indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
