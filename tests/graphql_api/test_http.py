"""The endpoint over HTTP: GET and POST, errors, limits and GraphiQL."""

import base64
import hashlib
import io
import json
import logging
import os
import re
import subprocess
import sys

import pytest
from strawberry.extensions.parser_cache import _get_parse_cache
from strawberry.extensions.validation_cache import _get_validate_cache

from django.conf import settings
from django.test import Client, override_settings

from cms.observability import JsonFormatter
from graphql_api.schema import DOCUMENT_CACHE_SIZE
from graphql_api.views import GRAPHIQL_ASSETS

QUERY = "{ sectors { totalCount } }"

GRAPHIQL_DIR = settings.BASE_DIR / "graphql_api" / "static" / "graphiql"


def test_get_runs_queries(client, locales):
    response = client.get("/graphql/", {"query": QUERY})
    assert response.status_code == 200
    assert response.json() == {"data": {"sectors": {"totalCount": 0}}}


def test_get_with_variables(client, locales):
    response = client.get(
        "/graphql/",
        {
            "query": "query($l: Locale) { sectors(locale: $l) { totalCount } }",
            "variables": json.dumps({"l": "JA"}),
        },
    )
    assert response.json() == {"data": {"sectors": {"totalCount": 0}}}


def test_post_without_csrf_token(locales):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/graphql/", json.dumps({"query": QUERY}), content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json() == {"data": {"sectors": {"totalCount": 0}}}


# Clients that read status codes ask for application/graphql-response+json
# (tests/graphql_api/test_protocol.py covers application/json).
MODERN = {"HTTP_ACCEPT": "application/graphql-response+json"}


def test_malformed_query_is_a_400_with_graphql_errors(client, locales):
    response = client.post(
        "/graphql/",
        json.dumps({"query": "{ sectors { "}),
        content_type="application/json",
        **MODERN,
    )
    assert response.status_code == 400
    assert response.json() == {
        "errors": [
            {
                "message": "Syntax Error: Expected Name, found <EOF>.",
                "locations": [{"line": 1, "column": 13}],
            }
        ]
    }


def test_unknown_field_is_a_400(client, locales):
    response = client.post(
        "/graphql/", json.dumps({"query": "{ secrets }"}), content_type="application/json", **MODERN
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == (
        "Cannot query field 'secrets' on type 'Query'. Did you mean 'sectors'?"
    )


def test_suggestions_follow_their_setting(client, locales):
    with override_settings(GRAPHQL_SUGGESTIONS=False):
        field = client.get("/graphql/", {"query": "{ secrets }"})
        value = client.get("/graphql/", {"query": "{ sectors(locale: En) { totalCount } }"})
    assert field.json()["errors"][0]["message"] == "Cannot query field 'secrets' on type 'Query'."
    assert value.json()["errors"][0]["message"] == ("Value 'En' does not exist in 'Locale' enum.")


def test_invalid_json_body(client, locales):
    response = client.post("/graphql/", "{not json", content_type="application/json")
    assert response.status_code == 400


# Other malformed requests, and every other refusal: tests/graphql_api/test_protocol.py.


DEEP_JSON = "[" * 100_000 + "]" * 100_000
TOO_DEEP_ANSWER = {
    "errors": [
        {
            "message": "The request's JSON nests arrays and objects more than 32 deep.",
            "extensions": {"code": "JSON_TOO_DEEP", "limit": 32},
        }
    ]
}


@pytest.mark.parametrize(
    ("method", "data"),
    [
        ("post", DEEP_JSON),
        ("post", f'{{"query": "{QUERY}", "variables": {{"a": {DEEP_JSON}}}}}'),
        # Within the parser's reach, past the limit.
        ("post", f'{{"query": "{QUERY}", "variables": {{"a": {"[" * 40 + "]" * 40}}}}}'),
        ("post", f'{{"query": "{QUERY}", "extensions": {{"a": {DEEP_JSON}}}}}'),
        ("get", {"query": QUERY, "variables": f'{{"a": {DEEP_JSON}}}'}),
        ("get", {"query": QUERY, "extensions": f'{{"a": {DEEP_JSON}}}'}),
    ],
)
@pytest.mark.parametrize("accept", ["application/json", "application/graphql-response+json"])
def test_json_nested_too_deep_is_a_400_in_the_accepted_type(client, locales, method, data, accept):
    if method == "post":
        response = client.post(
            "/graphql/", data, content_type="application/json", HTTP_ACCEPT=accept
        )
    else:
        response = client.get("/graphql/", data, HTTP_ACCEPT=accept)
    assert (response.status_code, response["Content-Type"], response.json()) == (
        400,
        f"{accept}; charset=utf-8",
        TOO_DEEP_ANSWER,
    )


@pytest.mark.parametrize(
    ("literal", "message"),
    [
        ("a\\u0000b", "A string contains a NUL character (\\u0000)."),
        ("\\ud800", "Syntax Error: Invalid Unicode escape sequence: '\\ud800'."),
    ],
)
def test_a_string_literal_no_column_can_hold_is_refused(client, locales, literal, message):
    response = client.get(
        "/graphql/", {"query": f'{{ search(query: "{literal}") {{ totalCount }} }}'}, **MODERN
    )
    assert response.status_code == 400
    assert [error["message"] for error in response.json()["errors"]] == [message]


@pytest.mark.parametrize("value", ["99999999999999999999", "2147483648", "²", "١٢"])
def test_an_id_outside_the_column_is_refused_before_the_database(client, locales, value):
    response = client.get(
        "/graphql/", {"query": f'{{ news(partner: "{value}") {{ totalCount }} }}'}, **MODERN
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == (
        f"partner must be a page's id (e.g. 12:en) or its database id (12); got '{value}'."
    )


@pytest.mark.parametrize(
    ("field", "argument"),
    [
        ("webinars", "startFrom"),
        ("webinars", "startTo"),
        ("events", "startFrom"),
        ("events", "startTo"),
        ("calls", "deadlineFrom"),
        ("calls", "deadlineTo"),
    ],
)
@pytest.mark.parametrize("instant", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"])
def test_an_instant_outside_the_years_of_utc_is_refused(client, locales, field, argument, instant):
    response = client.get(
        "/graphql/", {"query": f'{{ {field}({argument}: "{instant}") {{ totalCount }} }}'}, **MODERN
    )
    assert (response.status_code, response.json()["errors"][0]["message"]) == (
        400,
        f"{argument} must fall between 0001-01-01 and 9999-12-31 in UTC; got {instant}.",
    )


def test_unknown_locale_is_an_error(client, locales):
    response = client.get(
        "/graphql/", {"query": "{ sectors(locale: FR) { totalCount } }"}, **MODERN
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["message"].startswith(
        "Value 'FR' does not exist in 'Locale' enum"
    )


def nested_news(levels):
    """A document of news in the related pages of news, `levels` times over."""
    deep = "{ items { id } }"
    for _ in range(levels):
        deep = f"{{ items {{ ... on NewsPage {{ relatedPages(limit: 1) {deep} }} }} }}"
    return f"{{ news {deep} }}"


def test_depth_limit(client, locales):
    assert client.get("/graphql/", {"query": nested_news(4)}).json() == {
        "data": {"news": {"items": []}}
    }
    # The second time, the refusal comes from the validation cache.
    for _ in range(2):
        response = client.get("/graphql/", {"query": nested_news(5)}, **MODERN)
        assert (response.status_code, response.json()) == (
            400,
            {
                "errors": [
                    {
                        "message": "'anonymous' exceeds maximum operation depth of 10",
                        "locations": [{"line": 1, "column": 265}],
                    }
                ]
            },
        )
    with override_settings(GRAPHQL_MAX_DEPTH=12, GRAPHQL_MAX_COST=10**9):
        assert client.get("/graphql/", {"query": nested_news(5)}).json() == {
            "data": {"news": {"items": []}}
        }


@pytest.mark.parametrize(
    ("document", "column"),
    [
        ("{ sectors { ...Missing } }", 16),
        ("{ sectors { ... on SectorList { ...Missing } } }", 36),
        ("{ news { items { ... on NewsPage { relatedPages { ...Missing } } } } }", 54),
        ("fragment Known on SectorList { ...Missing } { sectors { ...Known } }", 35),
    ],
)
def test_a_spread_of_an_undefined_fragment_is_a_validation_error(client, locales, document, column):
    response = client.get("/graphql/", {"query": document}, **MODERN)
    assert (response.status_code, response.json()) == (
        400,
        {
            "errors": [
                {
                    "message": "Unknown fragment 'Missing'.",
                    "locations": [{"line": 1, "column": column}],
                }
            ]
        },
    )


def aliases(count):
    """A document of `count` aliased fields."""
    return "{ " + " ".join(f"a{i}: sectors {{ totalCount }}" for i in range(count)) + " }"


def test_alias_limit(client, locales):
    assert "errors" not in client.get("/graphql/", {"query": aliases(15)}).json()
    response = client.get("/graphql/", {"query": aliases(16)}, **MODERN)
    assert (response.status_code, response.json()["errors"][0]["message"]) == (
        400,
        "16 aliases found. Allowed: 15",
    )
    with override_settings(GRAPHQL_MAX_ALIASES=16):
        assert "errors" not in client.get("/graphql/", {"query": aliases(16)}).json()


def test_a_repeated_document_is_parsed_and_validated_once(client, locales):
    document = "{ sectors { totalCount } webinarSeries { totalCount } }"
    parses = _get_parse_cache(DOCUMENT_CACHE_SIZE)
    validations = _get_validate_cache(DOCUMENT_CACHE_SIZE)
    before = (parses.cache_info(), validations.cache_info())
    for _ in range(3):
        response = client.get("/graphql/", {"query": document})
        assert response.json() == {
            "data": {"sectors": {"totalCount": 0}, "webinarSeries": {"totalCount": 0}}
        }
    after = (parses.cache_info(), validations.cache_info())
    assert [after[0].misses - before[0].misses, after[0].hits - before[0].hits] == [1, 2]
    assert [after[1].misses - before[1].misses, after[1].hits - before[1].hits] == [1, 2]


def test_graphiql_is_off_outside_development(client, locales):
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert b"graphiql" not in response.content.lower()
    assert response.status_code != 200 or not response.content.startswith(b"<!")


@override_settings(GRAPHIQL_ENABLED=True)
def test_graphiql_in_development_loads_its_files_from_the_project(client, locales):
    response = client.get("/graphql/", HTTP_ACCEPT="text/html")
    assert response.status_code == 200
    page = response.content.decode()
    assert re.findall(r'(?:src|href)="(https?://[^"]*)"', page) == []
    loaded = re.findall(r'(?:src|href)="/static/graphiql/([^"]+)"\s+integrity="([^"]+)"', page)
    assert sorted(name for name, _ in loaded) == sorted(GRAPHIQL_ASSETS.values())
    # The copies are the very files strawberry's page names (the browser checks the same).
    for name, integrity in loaded:
        digest = hashlib.sha384((GRAPHIQL_DIR / name).read_bytes()).digest()
        assert integrity == "sha384-" + base64.b64encode(digest).decode(), name


INTROSPECTION = "{ __schema { queryType { name } } }"


def test_introspection_follows_its_setting(client, locales):
    assert client.get("/graphql/", {"query": INTROSPECTION}).json() == {
        "data": {"__schema": {"queryType": {"name": "Query"}}}
    }
    with override_settings(GRAPHQL_INTROSPECTION=False):
        refused = client.get("/graphql/", {"query": INTROSPECTION}, **MODERN)
        typename = client.get("/graphql/", {"query": "{ __typename }"})
    assert refused.status_code == 400
    disabled = "GraphQL introspection has been disabled, but the requested query contained"
    assert [error["message"] for error in refused.json()["errors"]] == [
        f"{disabled} the field '__schema'.",
        f"{disabled} the field 'queryType'.",
    ]
    assert typename.json() == {"data": {"__typename": "Query"}}


def test_production_settings_turn_introspection_and_suggestions_off():
    environment = {"PATH": os.environ["PATH"], "SECRET_KEY": "x" * 50}
    code = (
        "import cms.settings.production as p; print(p.GRAPHQL_INTROSPECTION, p.GRAPHQL_SUGGESTIONS)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout == "False False\n"


def test_development_settings_enable_graphiql():
    from cms.settings import dev, test

    assert dev.GRAPHIQL_ENABLED is True
    assert test.GRAPHIQL_ENABLED is False


def test_server_faults_are_a_500_masked_with_the_request_id_the_log_has(
    client, locales, monkeypatch, caplog
):
    def broken(*args, **kwargs):
        raise RuntimeError("database password is hunter2")

    monkeypatch.setattr("graphql_api.taxonomy.queries.localized_snippets", broken)
    log_lines = io.StringIO()
    handler = logging.StreamHandler(log_lines)
    handler.setFormatter(JsonFormatter())
    logging.getLogger("strawberry.execution").addHandler(handler)
    try:
        response = client.get("/graphql/", {"query": QUERY}, HTTP_X_REQUEST_ID="support-ticket-42")
    finally:
        logging.getLogger("strawberry.execution").removeHandler(handler)
    assert (response.status_code, response.json()) == (
        500,
        {
            "data": None,
            "errors": [
                {
                    "message": (
                        "Internal server error; quote request id support-ticket-42 when "
                        "reporting it."
                    ),
                    "locations": [{"line": 1, "column": 3}],
                    "path": ["sectors"],
                    "extensions": {
                        "code": "INTERNAL_SERVER_ERROR",
                        "requestId": "support-ticket-42",
                    },
                }
            ],
        },
    )
    logged = [r for r in caplog.records if r.name == "strawberry.execution"]
    assert [(r.levelname, r.getMessage().splitlines()[0], r.exc_info[0]) for r in logged] == [
        ("ERROR", "database password is hunter2", RuntimeError)
    ]
    assert json.loads(log_lines.getvalue())["request_id"] == "support-ticket-42"


def test_a_long_chain_of_fragments_is_refused_by_the_token_limit(client, locales):
    chain = " ".join(f"fragment F{i} on Query {{ ...F{i + 1} }}" for i in range(300))
    document = f"{{ ...F0 }} {chain} fragment F300 on Query {{ __typename }}"
    response = client.post(
        "/graphql/", {"query": document}, content_type="application/json", **MODERN
    )
    assert (response.status_code, response.json()["errors"][0]["message"]) == (
        400,
        "Syntax Error: Document contains more than 2000 tokens. Parsing aborted.",
    )
    with override_settings(GRAPHQL_MAX_TOKENS=5000):
        response = client.post(
            "/graphql/", {"query": document}, content_type="application/json", **MODERN
        )
    assert (response.status_code, response.json()["errors"][0]["message"]) == (
        400,
        "The document nests fragments too deeply to be checked.",
    )


def test_a_fault_during_validation_is_masked_like_one_during_execution(
    client, locales, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("validator bug with a secret inside")

    monkeypatch.setattr("graphql_api.common.limits.NoNulCharacters.enter_string_value", broken)
    response = client.get(
        "/graphql/",
        {"query": '{ search(query: "x") { totalCount } }'},
        HTTP_X_REQUEST_ID="abcdefgh",
    )
    assert (response.status_code, response.json()) == (
        500,
        {
            "errors": [
                {
                    "message": "Internal server error; quote request id abcdefgh when reporting it.",
                    "extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": "abcdefgh"},
                }
            ]
        },
    )


@pytest.mark.parametrize(
    ("document", "fields", "repeats"),
    [
        ("{ sectors { totalCount items { name slug } } }", 2, 1),
        ("{ a: __typename b: __typename c: __typename }", 3, 1),
        # A fragment's fields join the set that spreads it, once per spread.
        ("{ ...F ...F __typename } fragment F on Query { __typename __typename }", 5, 5),
        ("{ sectors { ... on SectorList { totalCount } totalCount } }", 2, 2),
        # The widest set counts, wherever it is.
        ("{ sectors { items { name slug description } } }", 3, 1),
        # A cycle (refused by validation) counts once.
        ("{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }", 1, 1),
    ],
)
def test_the_width_of_a_document_is_its_widest_merged_selection_set(document, fields, repeats):
    from graphql import parse

    from graphql_api.common.limits import Width, selection_width

    assert selection_width(parse(document)) == Width(fields, repeats)


def test_a_selection_set_too_wide_to_validate_quickly_is_refused(client, locales):
    def typenames(count):
        return "{ " + " ".join(["__typename"] * count) + " }"

    assert client.get("/graphql/", {"query": typenames(20)}).json() == {
        "data": {"__typename": "Query"}
    }
    response = client.get("/graphql/", {"query": typenames(21)}, **MODERN)
    assert (response.status_code, response.json()["errors"]) == (
        400,
        [
            {
                "message": "A selection set asks for one field 21 times (its fragments' "
                "included); this server accepts at most 20.",
                "extensions": {"code": "TOO_MANY_FIELDS", "repeats": 21, "limit": 20},
            }
        ],
    )
    # Fragments count where they are spread: 5 spreads of 5 fields are 25.
    fragment = "fragment F on Query { " + " ".join(["__typename"] * 5) + " }"
    spread = client.get("/graphql/", {"query": "{ " + "...F " * 5 + "} " + fragment}, **MODERN)
    assert spread.json()["errors"][0]["extensions"]["repeats"] == 25
    with override_settings(GRAPHQL_MAX_FIELDS=10):
        wide = client.get("/graphql/", {"query": typenames(11)}, **MODERN)
    assert wide.json()["errors"] == [
        {
            "message": "A selection set asks for 11 fields (its fragments' included); this "
            "server accepts at most 10 in one.",
            "extensions": {"code": "TOO_MANY_FIELDS", "fields": 11, "limit": 10},
        }
    ]
