"""Profile one measured read against the large benchmark database: where its time goes.

`python -m benchmarks.profile "news x100"` (after `make bench`, which seeds the database).
"""

import json
import sys

import django

django.setup()

from pyinstrument import Profiler  # noqa: E402

from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from . import reads  # noqa: E402
from .inprocess import HOST, long_article_path  # noqa: E402

RUNS = 20


def profile(name):
    """Print the call tree of `RUNS` uncached runs of the read."""
    by_name = {read.name: read for read in reads.measured_reads(long_article_path())}
    if name not in by_name:
        raise SystemExit(f"Unknown read {name!r}; one of: {', '.join(by_name)}")
    payload = json.dumps(by_name[name].payload())
    client = Client(HTTP_HOST=HOST)
    with override_settings(GRAPHQL_RESPONSE_CACHE_SECONDS=0):
        client.post("/graphql/", payload, content_type="application/json")
        profiler = Profiler(interval=0.0005)
        with profiler:
            for _ in range(RUNS):
                client.post("/graphql/", payload, content_type="application/json")
    print(profiler.output_text(unicode=True, show_all=False))


if __name__ == "__main__":
    profile(sys.argv[1])
