"""Generated queries against the live server: none may fail the server or take over 2 s."""

import collections
import datetime
import time

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, nodes, queries

from django.conf import settings as django_settings
from django.core.management import call_command

# Valid documents exercise the resolvers; invalid ones the parser, validation and limits.
VALID_QUERIES = 700
INVALID_QUERIES = 300
SLOWEST_ALLOWED_SECONDS = 2.0
SCHEMA = (django_settings.BASE_DIR / "graphql_api" / "schema.graphql").read_text()
# Values of the custom scalars, as literals in the generated documents.
SCALARS = {
    "Date": st.dates().map(lambda day: nodes.String(day.isoformat())),
    "DateTime": st.datetimes(timezones=st.just(datetime.UTC)).map(
        lambda moment: nodes.String(moment.isoformat())
    ),
    "Decimal": st.decimals(allow_nan=False, allow_infinity=False, places=2).map(
        lambda number: nodes.String(str(number))
    ),
}

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db(transaction=True)]


class Tally:
    """Statuses and the slowest answer of the generated requests."""

    def __init__(self):
        # One connection for every request, as a client would keep it.
        self.session = requests.Session()
        self.statuses = collections.Counter()
        self.slowest = 0.0
        self.slowest_document = None
        self.faults = []

    def send(self, url, document):
        started = time.perf_counter()
        response = self.session.post(
            url,
            json={"query": document},
            headers={"Accept": "application/graphql-response+json"},
            timeout=30,
        )
        elapsed = time.perf_counter() - started
        self.statuses[response.status_code] += 1
        if elapsed > self.slowest:
            self.slowest, self.slowest_document = elapsed, document
        if response.status_code >= 500 or elapsed > SLOWEST_ALLOWED_SECONDS:
            self.faults.append((response.status_code, round(elapsed, 2), document))


def test_generated_queries_never_fail_the_server(live_server, migrated_data):
    call_command("load_demo_content", verbosity=0)
    url = f"{live_server.url}/graphql/"
    # The first request of a process loads what every later one reuses; it is not timed.
    requests.get(url, params={"query": "{ news { totalCount } }"}, timeout=30)
    tally = Tally()

    def bounded(examples):
        """Settings of a deterministic run of this many examples, with no time limit each."""
        return settings(
            max_examples=examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
        )

    @bounded(VALID_QUERIES)
    @given(queries(SCHEMA, custom_scalars=SCALARS, mode=Mode.POSITIVE))
    def valid(document):
        tally.send(url, document)

    @bounded(INVALID_QUERIES)
    @given(queries(SCHEMA, custom_scalars=SCALARS, mode=Mode.NEGATIVE))
    def invalid(document):
        tally.send(url, document)

    valid()
    invalid()
    total = sum(tally.statuses.values())
    print(
        f"fuzz: {total} queries, statuses {dict(sorted(tally.statuses.items()))}, "
        f"slowest {tally.slowest * 1000:.0f} ms"
    )
    print("slowest document:", " ".join(tally.slowest_document.split()))
    assert tally.faults == []
    assert total >= VALID_QUERIES + INVALID_QUERIES
