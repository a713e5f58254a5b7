"""In-process measurements against one seeded database: query counts and latencies.

Run by the driver (`python -m benchmarks`) as `python -m benchmarks.inprocess OUT.json` with
the benchmark settings and the database in the environment; writes its figures as JSON.
"""

import json
import re
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from pages.models import NewsPage  # noqa: E402

from . import reads  # noqa: E402
from .prepare import LONG_ARTICLE_TITLE  # noqa: E402

API_REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "api.md"
HOST = "127.0.0.1"


def client():
    """A test client speaking to the configured host."""
    return Client(HTTP_HOST=HOST)


def graphql(client, payload):
    """POST a GraphQL request and return the response."""
    return client.post("/graphql/", json.dumps(payload), content_type="application/json")


def checked_json(response, what):
    """The response's JSON, or an error naming the read."""
    if response.status_code != 200:
        raise SystemExit(f"{what}: HTTP {response.status_code}: {response.content[:500]!r}")
    data = json.loads(response.content)
    if isinstance(data, dict) and data.get("errors"):
        raise SystemExit(f"{what}: {data['errors']}")
    return data


def first_difference(left, right, path="$"):
    """Where two JSON values first differ, or None."""
    if type(left) is not type(right):
        return f"{path}: {left!r} != {right!r}"
    if isinstance(left, dict):
        for key in sorted(set(left) | set(right)):
            if key not in left or key not in right:
                return f"{path}.{key}: present on one side only"
            found = first_difference(left[key], right[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(left, list):
        if len(left) != len(right):
            return f"{path}: {len(left)} items != {len(right)}"
        for index, (a, b) in enumerate(zip(left, right, strict=True)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        return None
    return None if left == right else f"{path}: {left!r} != {right!r}"


def query_count(request):
    """SQL queries one request makes."""
    with CaptureQueriesContext(connection) as queries:
        request()
    return len(queries)


def timings(request, runs):
    """Median and 95th percentile of `runs` calls, in milliseconds, after two warm-ups."""
    for _ in range(2):
        request()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        request()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "median": statistics.median(samples),
        "p95": samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))],
    }


def readme_examples():
    """The example documents of docs/api.md, as their test runs them."""
    text = API_REFERENCE.read_text(encoding="utf-8")
    section = text[text.index("<!-- api:start -->") : text.index("<!-- api:end -->")]
    return re.findall(r"```graphql\n(.*?)```", section, re.DOTALL)


def long_article_path():
    """The URL of the article given a long body when the database was seeded."""
    article = NewsPage.objects.live().filter(title=LONG_ARTICLE_TITLE).first()
    if article is None:
        raise SystemExit("No long article: seed the database with `python -m benchmarks`.")
    return article.url


FLOORS = {
    "news x100": ("/bench/floor/news/", {"limit": 100, "locale": "en"}),
    "webinars x100": ("/bench/floor/webinars/", {"limit": 100, "locale": "en"}),
    "pages x100, 4 types": ("/bench/floor/pages/", {"limit": 100, "locale": "en"}),
}


def floors_of(article_path):
    """Each read's floor, (URL, parameters), the long article's included."""
    return {**FLOORS, "page(path), 100 blocks": ("/bench/floor/page/", {"path": article_path})}


# Wagtail's REST API v2 can express the `pages` read (base fields of several types), not the
# others: it has no nested relations, translations or image renditions without model changes.
REST_PAGES = "/api/v2/pages/?" + urlencode(
    {
        "type": "pages.NewsPage,pages.WebinarPage,pages.EventPage,pages.CallPage",
        "locale": "en",
        "limit": 100,
        "order": "-first_published_at",
        "fields": "first_published_at,locale",
    }
)


def measure(runs):
    """Every in-process figure of this database."""
    web = client()
    article = long_article_path()
    floors = floors_of(article)
    results = {"query_counts": {}, "readme_queries": [], "latency": {}, "pages": {}}
    with override_settings(GRAPHQL_RESPONSE_CACHE_SECONDS=0, SITEMAP_CACHE_SECONDS=0):
        for name, template in reads.ROOT_LISTS.items():
            results["query_counts"][name] = [
                query_count(lambda document=template % size: graphql(web, {"query": document}))
                for size in reads.LIST_SIZES
            ]
        for document in readme_examples():
            results["readme_queries"].append(
                query_count(lambda document=document: graphql(web, {"query": document}))
            )
        for read in reads.measured_reads(article):
            floor_url, floor_params = floors[read.name]
            api = checked_json(graphql(web, read.payload()), read.name)
            floor = checked_json(web.get(floor_url, floor_params), f"floor of {read.name}")
            difference = first_difference(api, floor)
            if difference:
                raise SystemExit(f"The floor of {read.name} differs from the API: {difference}")
            figures = {
                "api": timings(lambda read=read: graphql(web, read.payload()), runs),
                "api_queries": query_count(lambda read=read: graphql(web, read.payload())),
                "floor": timings(
                    lambda url=floor_url, params=floor_params: web.get(url, params), runs
                ),
                "floor_queries": query_count(
                    lambda url=floor_url, params=floor_params: web.get(url, params)
                ),
            }
            if read.name.startswith("pages"):
                checked_json(web.get(REST_PAGES), "REST API v2")
                figures["rest_v2"] = timings(lambda: web.get(REST_PAGES), runs)
                figures["rest_v2_queries"] = query_count(lambda: web.get(REST_PAGES))
            results["latency"][read.name] = figures
        for name, url in RENDERED:
            results["pages"][name] = page_figures(web, url, runs)
    with override_settings(GRAPHQL_RESPONSE_CACHE_SECONDS=3600):
        # Only the benchmark's own keys: Redis is shared with everything else on the machine.
        cache.delete_pattern("*")
        for read in reads.measured_reads(article):
            graphql(web, read.payload())
            results["latency"][read.name]["cached"] = timings(
                lambda read=read: graphql(web, read.payload()), runs
            )
            results["latency"][read.name]["cached_queries"] = query_count(
                lambda read=read: graphql(web, read.payload())
            )
    with override_settings(SITEMAP_CACHE_SECONDS=3600):
        for name, url in KEPT:
            results["pages"][name] = page_figures(web, url, runs)
    return results


RENDERED = (
    ("sitemap index, rendered", "/sitemap.xml"),
    ("sitemap page 1, rendered", "/sitemap-1.xml"),
    ("visitor news list", "/en/news/"),
    # A page both sets have (the small one lists about 21 pages of news): beyond its end the
    # small set would show its last page, and the two figures would compare different offsets.
    ("visitor news list, page 20", "/en/news/?page=20"),
)
KEPT = (
    ("sitemap index, kept", "/sitemap.xml"),
    ("sitemap page 1, kept", "/sitemap-1.xml"),
)


def page_figures(web, url, runs):
    """Latency, queries and size of a rendered page."""
    response = web.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    return {
        **timings(lambda: web.get(url), runs),
        "queries": query_count(lambda: web.get(url)),
        "bytes": len(response.content),
    }


if __name__ == "__main__":
    output, runs = Path(sys.argv[1]), int(sys.argv[2])
    output.write_text(json.dumps(measure(runs), indent=1), encoding="utf-8")
