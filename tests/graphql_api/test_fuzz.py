"""Generated queries against the live server: none may fail the server or take over 2 s."""

import collections
import datetime
import json
import time

import pytest
import requests
from graphql import (
    build_schema,
    get_named_type,
    is_enum_type,
    is_input_object_type,
    is_list_type,
    is_non_null_type,
    is_required_argument,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, nodes, queries

from django.conf import settings as django_settings
from django.core.management import call_command

from .fuzz_arguments import Arguments, client_documents, read_content

# How many requests of each kind. Valid documents exercise the resolvers, and invalid ones the
# parser, validation and limits; variables the coercion of values and the arguments' checks.
# Arguments name the loaded content, as a client's do; a few requests carry one made-up value
# (the API refuses unknown slugs and ids), and a few a variable that fits no argument.
# Everything refused stops before the resolvers: those kinds stay a minority, so that most
# requests run them. A valid document costs four times the CPU of a request with variables
# (mostly to generate it): the mix keeps the run as long as before, when most were refused.
VALID_QUERIES = 330
MADE_UP_QUERIES = 30
INVALID_QUERIES = 100
VARIABLE_QUERIES = 460
MADE_UP_VARIABLE_QUERIES = 40
MISFIT_VARIABLE_QUERIES = 40
QUERIES = (
    VALID_QUERIES
    + MADE_UP_QUERIES
    + INVALID_QUERIES
    + VARIABLE_QUERIES
    + MADE_UP_VARIABLE_QUERIES
    + MISFIT_VARIABLE_QUERIES
)
# When an API change refuses what the generator sends (as unknown slugs came to be), requests
# stop before the resolvers and the run silently loses depth: below this share, it fails.
LEAST_SHARE_WITH_DATA = 0.75
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

# Instants at every offset a DateTime can carry; at the ends of the calendar, some fall outside
# years 1 to 9999 in UTC.
OFFSETS = st.integers(-(24 * 60 - 1), 24 * 60 - 1).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)
CALENDAR_ENDS = st.sampled_from([datetime.datetime.min, datetime.datetime.max])
# Values of each scalar as a variable, the edges of its range included.
VARIABLE_SCALARS = {
    "Int": st.integers(),
    "Float": st.floats(allow_nan=False, allow_infinity=False),
    "Boolean": st.booleans(),
    "String": st.text(max_size=40),
    "ID": st.text(max_size=12) | st.integers(min_value=0).map(str),
    "Date": (st.dates() | st.sampled_from([datetime.date.min, datetime.date.max])).map(
        datetime.date.isoformat
    ),
    "DateTime": (
        st.datetimes(timezones=OFFSETS)
        | st.builds(lambda moment, zone: moment.replace(tzinfo=zone), CALENDAR_ENDS, OFFSETS)
    ).map(datetime.datetime.isoformat),
    "Decimal": st.decimals(allow_nan=False, allow_infinity=False).map(str),
}
# JSON texts no argument takes: any JSON (mostly of the wrong type), long lists, and arrays
# nested near, past and far past the API's limit.
MISFITS = st.one_of(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=20),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=4)
        ),
        max_leaves=12,
    ).map(json.dumps),
    st.sampled_from([100, 10_000]).map(lambda length: json.dumps(["x"] * length)),
    st.sampled_from([31, 33, 900, 100_000]).map(lambda depth: "[" * depth + "]" * depth),
)

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db(transaction=True)]


def fitting(input_type):
    """Values of a GraphQL input type, as a client that reads the schema would send them."""
    if is_non_null_type(input_type):
        return fitting(input_type.of_type)
    if is_list_type(input_type):
        return st.lists(fitting(input_type.of_type), max_size=5)
    if is_enum_type(input_type):
        return st.sampled_from(list(input_type.values))
    if is_input_object_type(input_type):
        return st.fixed_dictionaries(
            {name: fitting(field.type) for name, field in input_type.fields.items()}
        )
    return VARIABLE_SCALARS[input_type.name]


def variable_type(argument):
    """The type of an argument's variable: nullable where the argument has a default to fall to."""
    if is_non_null_type(argument.type) and argument.ast_node.default_value is not None:
        return argument.type.of_type
    return argument.type


def root_field_operations():
    """Per root field: its name, a document passing each argument as a variable, its arguments."""
    schema = build_schema(SCHEMA)
    operations = []
    for name, field in schema.query_type.fields.items():
        returned = get_named_type(field.type)
        # Counting the items makes the resolver run its query; __typename alone may not.
        if not hasattr(returned, "fields"):
            selection = ""
        elif "totalCount" in returned.fields:
            selection = "{ totalCount }"
        else:
            selection = "{ __typename }"
        declared = ", ".join(
            f"${argument}: {variable_type(spec)}" for argument, spec in field.args.items()
        )
        passed = ", ".join(f"{argument}: ${argument}" for argument in field.args)
        document = (
            f"query ({declared}) {{ {name}({passed}) {selection} }}"
            if field.args
            else f"{{ {name} {selection} }}"
        )
        operations.append((name, document, field.args))
    return operations


@st.composite
def operations_with_variables(draw, operations, arguments, made_up=False, misfit=False):
    """(document, JSON text of its variables): a client's values, or with one odd value."""
    if made_up:
        operations = [op for op in operations if any(arguments.knows(op[0], a) for a in op[2])]
    if misfit:
        operations = [op for op in operations if op[2]]
    field, document, specs = draw(st.sampled_from(operations))
    odd = None
    if made_up:
        odd = draw(st.sampled_from([name for name in specs if arguments.knows(field, name)]))
    # A client passes the arguments it must; of the others, about half.
    names = [
        name
        for name, spec in specs.items()
        if name == odd
        or name in arguments.always(field)
        or is_required_argument(spec)
        or draw(st.booleans())
    ]
    chosen = arguments.choose(draw, field, names, odd)
    # Arguments without content values (enums, flags), and the made-up one left to the
    # generator, get any value of their type.
    texts = {
        name: json.dumps(chosen[name] if name in chosen else draw(fitting(specs[name].type)))
        for name in names
    }
    # A misfit refuses the whole request.
    if misfit:
        texts[draw(st.sampled_from(list(specs)))] = draw(MISFITS)
    variables = ", ".join(f"{json.dumps(name)}: {text}" for name, text in texts.items())
    return document, "{" + variables + "}"


class Tally:
    """Statuses, contents and the slowest answer of the generated requests."""

    def __init__(self):
        # One connection for every request, as a client would keep it.
        self.session = requests.Session()
        self.statuses = collections.Counter()
        self.with_data = 0  # 200 with data: the resolvers ran
        self.with_errors = 0
        self.slowest = 0.0
        self.slowest_document = None
        self.faults = []

    def send(self, url, document, variables="{}"):
        """POST the document with the variables (JSON text: it may nest too deep to encode)."""
        started = time.perf_counter()
        response = self.session.post(
            url,
            data=f'{{"query": {json.dumps(document)}, "variables": {variables}}}'.encode(),
            headers={
                "Accept": "application/graphql-response+json",
                "Content-Type": "application/json",
            },
            timeout=30,
        )
        elapsed = time.perf_counter() - started
        self.statuses[response.status_code] += 1
        try:
            body = response.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        self.with_data += response.status_code == 200 and body.get("data") is not None
        self.with_errors += "errors" in body
        if elapsed > self.slowest:
            self.slowest, self.slowest_document = elapsed, document
        if response.status_code >= 500 or elapsed > SLOWEST_ALLOWED_SECONDS:
            self.faults.append((response.status_code, round(elapsed, 2), document, variables[:200]))


def test_generated_queries_never_fail_the_server(live_server, migrated_data):
    call_command("load_demo_content", verbosity=0)
    url = f"{live_server.url}/graphql/"
    arguments = Arguments(read_content())
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

    # The generator's documents as syntax trees, for client_documents to fill in.
    documents = queries(
        SCHEMA, custom_scalars=SCALARS, mode=Mode.POSITIVE, print_ast=lambda document: document
    )
    operations = root_field_operations()
    runs = [
        (VALID_QUERIES, client_documents(documents, arguments).map(lambda text: (text,))),
        (
            MADE_UP_QUERIES,
            client_documents(documents, arguments, made_up=True).map(lambda text: (text,)),
        ),
        (
            INVALID_QUERIES,
            queries(SCHEMA, custom_scalars=SCALARS, mode=Mode.NEGATIVE).map(lambda text: (text,)),
        ),
        (VARIABLE_QUERIES, operations_with_variables(operations, arguments)),
        (
            MADE_UP_VARIABLE_QUERIES,
            operations_with_variables(operations, arguments, made_up=True),
        ),
        (MISFIT_VARIABLE_QUERIES, operations_with_variables(operations, arguments, misfit=True)),
    ]
    for examples, requests_of_a_kind in runs:

        @bounded(examples)
        @given(requests_of_a_kind)
        def send(request):
            tally.send(url, *request)

        send()
    total = sum(tally.statuses.values())
    print(
        f"fuzz: {total} queries, statuses {dict(sorted(tally.statuses.items()))}, "
        f"200 with data {tally.with_data / total:.0%}, "
        f"with errors {tally.with_errors / total:.0%}, slowest {tally.slowest * 1000:.0f} ms"
    )
    print("slowest document:", " ".join(tally.slowest_document.split()))
    assert tally.faults == []
    assert total >= QUERIES
    assert tally.with_data >= LEAST_SHARE_WITH_DATA * total, (
        "most generated requests are refused: give fuzz_arguments.py the values the API accepts"
    )
