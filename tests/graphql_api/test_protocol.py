"""GraphQL over HTTP: media types, status codes, the cost and time limits, the spec's audit."""

import json
import re
import subprocess
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from graphql_api.common import limits
from graphql_api.common.errors import TimeLimitExceeded
from graphql_api.http.responses import media_type_for
from tests import factories

GRAPHQL_RESPONSE = "application/graphql-response+json"
JSON = "application/json"


@pytest.mark.parametrize(
    ("accept", "media_type"),
    [
        (None, JSON),
        ("", JSON),
        ("*/*", JSON),
        ("application/json", JSON),
        ("application/*", JSON),
        (GRAPHQL_RESPONSE, GRAPHQL_RESPONSE),
        (f"{GRAPHQL_RESPONSE}, application/json;q=0.9", GRAPHQL_RESPONSE),
        (f"application/json, {GRAPHQL_RESPONSE}", GRAPHQL_RESPONSE),
        (f"application/json, {GRAPHQL_RESPONSE};q=0.5", JSON),
        (f"{GRAPHQL_RESPONSE};q=0, */*", JSON),
        ("text/html,application/xhtml+xml,*/*;q=0.8", JSON),
        ("image/png", None),
        ("application/json;q=0", None),
        ("application/json;q=nonsense", None),
    ],
)
def test_the_media_type_follows_the_accept_header(accept, media_type):
    assert media_type_for(accept) == media_type


def post(client, document, accept=None, **extra):
    headers = {"HTTP_ACCEPT": accept} if accept else {}
    return client.post(
        "/graphql/",
        json.dumps({"query": document, **extra}),
        content_type="application/json",
        **headers,
    )


@pytest.mark.parametrize(
    ("document", "variables", "message"),
    [
        ("{ sectors { ", {}, "Syntax Error: Expected Name, found <EOF>."),
        (
            "{ secrets }",
            {},
            "Cannot query field 'secrets' on type 'Query'. Did you mean 'sectors'?",
        ),
        (
            "query ($n: Int!) { sectors(limit: $n) { totalCount } }",
            {"n": "many"},
            "Variable '$n' has invalid value: Int cannot represent non-integer value: 'many'",
        ),
    ],
)
def test_a_request_error_is_200_in_json_and_400_in_graphql_response_json_without_data(
    client, locales, document, variables, message
):
    legacy = post(client, document, variables=variables)
    modern = post(client, document, GRAPHQL_RESPONSE, variables=variables)
    assert (legacy.status_code, legacy["Content-Type"]) == (200, "application/json; charset=utf-8")
    assert (modern.status_code, modern["Content-Type"]) == (
        400,
        "application/graphql-response+json; charset=utf-8",
    )
    for response in (legacy, modern):
        body = response.json()
        assert "data" not in body
        assert [error["message"] for error in body["errors"]] == [message]


def test_a_field_error_keeps_its_data_and_a_200(client, locales):
    response = post(client, '{ sectors { totalCount } page(id: "x") { title } }', GRAPHQL_RESPONSE)
    assert (response.status_code, response.json()) == (
        200,
        {
            "data": {"sectors": {"totalCount": 0}, "page": None},
            "errors": [
                {
                    "message": "id must be a page's id (e.g. 12:en) or its database id (12); got 'x'.",
                    "locations": [{"line": 1, "column": 26}],
                    "path": ["page"],
                    "extensions": {"code": "BAD_USER_INPUT"},
                }
            ],
        },
    )


def test_arguments_that_leave_no_data_are_a_400_in_graphql_response_json(client, locales):
    document = "{ news(limit: 101) { totalCount } }"
    assert post(client, document).status_code == 200
    response = post(client, document, GRAPHQL_RESPONSE)
    assert (response.status_code, response.json()["data"]) == (400, None)


def refusal(message, code="BAD_REQUEST", **details):
    """The body of a request refused before GraphQL could run it."""
    return {"errors": [{"message": message, "extensions": {"code": code, **details}}]}


def send(client, method, data, content_type=JSON, **headers):
    """A request to /graphql/: GET data are its parameters, other methods' its body."""
    if method == "get":
        return client.get("/graphql/", data, **headers)
    return getattr(client, method)("/graphql/", data, content_type=content_type, **headers)


QUERY = "{ __typename }"
SEARCH = "query ($q: String!) { search(query: $q) { totalCount } }"
NOT_AN_OBJECT = refusal("The request body must be a JSON object.")
NOT_UTF_8 = refusal("The request body is not valid UTF-8.")
NOT_JSON = refusal("Unable to parse request body as JSON")
NUL = refusal("The request contains a NUL character (\\u0000).")
NO_QUERY = refusal("No GraphQL query found in the request")
BY_GET_AND_POST = refusal("GraphQL only supports GET and POST requests.", "METHOD_NOT_ALLOWED")
NOT_JSON_CONTENT = refusal(
    "Send the operation as application/json (Content-Type header).", "UNSUPPORTED_MEDIA_TYPE"
)


@pytest.mark.parametrize(
    ("method", "data", "content_type", "status", "body"),
    [
        pytest.param(
            "post",
            json.dumps([{"query": QUERY}, {"query": QUERY}]),
            JSON,
            400,
            refusal("Batching is not supported: send one operation per request."),
            id="batch",
        ),
        pytest.param(
            "post",
            json.dumps([{"query": QUERY}]),
            JSON,
            400,
            refusal("Batching is not supported: send one operation per request."),
            id="batch-of-one",
        ),
        pytest.param("post", "null", JSON, 400, NOT_AN_OBJECT, id="json-null"),
        pytest.param("post", '"{ __typename }"', JSON, 400, NOT_AN_OBJECT, id="json-string"),
        pytest.param("post", "42", JSON, 400, NOT_AN_OBJECT, id="json-number"),
        pytest.param("post", "{not json", JSON, 400, NOT_JSON, id="not-json"),
        pytest.param("post", b"\xff\xfe{}", JSON, 400, NOT_UTF_8, id="not-utf-8"),
        pytest.param(
            "post",
            b'{"query": "{ __typename }\xc3\x28"}',
            JSON,
            400,
            NOT_UTF_8,
            id="not-utf-8-in-string",
        ),
        # JSON allows no raw control character in a string.
        pytest.param(
            "post", b'{"query": "{ __typename }\x00"}', JSON, 400, NOT_JSON, id="nul-byte"
        ),
        pytest.param(
            "post",
            json.dumps({"query": SEARCH, "variables": {"q": "a\x00b"}}),
            JSON,
            400,
            NUL,
            id="nul-escaped",
        ),
        pytest.param(
            "post",
            f'{{"query": "{SEARCH}", "variables": {{"q": "\\ud800"}}}}',
            JSON,
            400,
            refusal("The request contains an unpaired surrogate."),
            id="lone-surrogate",
        ),
        pytest.param(
            "get",
            {"query": '{ search(query: "a\x00") { totalCount } }'},
            None,
            400,
            NUL,
            id="nul-get",
        ),
        pytest.param(
            "get",
            {"query": SEARCH, "variables": "{not json"},
            None,
            400,
            refusal("The `variables` parameter is not valid JSON."),
            id="get-variables-not-json",
        ),
        pytest.param(
            "get",
            {"query": QUERY, "extensions": "{not json"},
            None,
            400,
            refusal("The `extensions` parameter is not valid JSON."),
            id="get-extensions-not-json",
        ),
        pytest.param(
            "get",
            {"query": SEARCH, "variables": "[]"},
            None,
            400,
            refusal("The GraphQL operation's `variables` must be an object or null, if provided."),
            id="get-variables-not-an-object",
        ),
        pytest.param("post", "{}", JSON, 400, NO_QUERY, id="no-query"),
        pytest.param("post", '{"query": null}', JSON, 400, NO_QUERY, id="null-query"),
        pytest.param("get", {"variables": "{}"}, None, 400, NO_QUERY, id="no-query-get"),
        pytest.param(
            "post",
            '{"query": 1}',
            JSON,
            400,
            refusal("The GraphQL operation's `query` must be a string or null, if provided."),
            id="query-not-a-string",
        ),
        pytest.param(
            "post",
            json.dumps({"query": "query A { __typename }", "operationName": "B"}),
            JSON,
            400,
            refusal('Unknown operation named "B".'),
            id="unknown-operation-name",
        ),
        pytest.param("put", json.dumps({"query": QUERY}), JSON, 405, BY_GET_AND_POST, id="put"),
        pytest.param("patch", json.dumps({"query": QUERY}), JSON, 405, BY_GET_AND_POST, id="patch"),
        pytest.param("delete", "", JSON, 405, BY_GET_AND_POST, id="delete"),
        pytest.param("options", "", JSON, 405, BY_GET_AND_POST, id="options"),
        pytest.param(
            "get",
            {"query": "mutation { x }"},
            None,
            405,
            refusal("Only queries may be sent by GET.", "METHOD_NOT_ALLOWED"),
            id="mutation-by-get",
        ),
        pytest.param("post", QUERY, "text/plain", 415, NOT_JSON_CONTENT, id="text-plain"),
        pytest.param(
            "post",
            "query={ __typename }",
            "application/x-www-form-urlencoded",
            415,
            NOT_JSON_CONTENT,
            id="form",
        ),
        pytest.param("post", "query={ __typename }", "", 415, NOT_JSON_CONTENT, id="no-type"),
        pytest.param(
            "post",
            "--x--",
            "multipart/form-data; boundary=x",
            415,
            NOT_JSON_CONTENT,
            id="multipart",
        ),
    ],
)
@pytest.mark.parametrize("accept", [JSON, GRAPHQL_RESPONSE])
def test_every_refusal_is_a_graphql_error_in_the_accepted_type(
    client, locales, method, data, content_type, status, body, accept
):
    response = send(client, method, data, content_type, HTTP_ACCEPT=accept)
    assert (
        response.status_code,
        response["Content-Type"],
        response.get("Allow"),
        response["Cache-Control"],
        response.json(),
    ) == (
        status,
        f"{accept}; charset=utf-8",
        "GET, POST" if status == 405 else None,
        "no-store",
        body,
    )


NOT_ACCEPTABLE = refusal(
    "This endpoint answers in application/graphql-response+json or application/json; "
    "the Accept header allows neither.",
    "NOT_ACCEPTABLE",
)


@pytest.mark.parametrize(
    ("method", "data", "accept", "status", "body"),
    [
        pytest.param(
            "post", json.dumps({"query": QUERY}), "image/png", 406, NOT_ACCEPTABLE, id="406"
        ),
        pytest.param(
            "get", {"query": QUERY}, "application/json;q=0", 406, NOT_ACCEPTABLE, id="q=0"
        ),
        # The Accept header is read first.
        pytest.param("put", "{}", "image/png", 406, NOT_ACCEPTABLE, id="406-before-405"),
        pytest.param(
            "get",
            {},
            "text/html,*/*;q=0.8",
            404,
            refusal(
                "No GraphQL query found in the request, and this server has no in-browser IDE.",
                "NOT_FOUND",
            ),
            id="browser-without-graphiql",
        ),
    ],
)
def test_a_refusal_the_accept_header_does_not_type_is_in_application_json(
    client, locales, method, data, accept, status, body
):
    response = send(client, method, data, HTTP_ACCEPT=accept)
    assert (response.status_code, response["Content-Type"], response.json()) == (
        status,
        "application/json; charset=utf-8",
        body,
    )


@pytest.mark.parametrize("accept", [JSON, GRAPHQL_RESPONSE])
def test_a_body_over_the_upload_limit_is_refused_with_the_limit(client, locales, settings, accept):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100
    response = post(client, "{ __typename }", accept, variables={"padding": "x" * 100})
    assert (response.status_code, response["Content-Type"], response.json()) == (
        400,
        f"{accept}; charset=utf-8",
        refusal(
            "The request body is larger than this server's limit of 100 bytes.",
            "BODY_TOO_LARGE",
            limit=100,
        ),
    )


def cost_document(news, sectors):
    """News with their sectors, `news` and `sectors` items at most."""
    return (
        f"{{ news(limit: {news}) {{ totalCount items {{ title sectors(limit: {sectors}) "
        "{ items { name slug } } } } }"
    )


def test_the_cost_limit_refuses_a_query_over_budget_before_anything_runs(client, locales, settings):
    # news 1 + totalCount 1 + items 1 + 10 * (title 1 + sectors 1 + items 1 + 5 * 2) = 133
    settings.GRAPHQL_MAX_COST = 133
    assert post(client, cost_document(10, 5)).json() == {
        "data": {"news": {"totalCount": 0, "items": []}}
    }
    settings.GRAPHQL_MAX_COST = 132
    with CaptureQueriesContext(connection) as queries:
        response = post(client, cost_document(10, 5), GRAPHQL_RESPONSE)
    assert (response.status_code, response.json()) == (
        400,
        {
            "errors": [
                {
                    "message": "The query costs 133, over this server's budget of 132: ask for "
                    "fewer items (limit arguments) or fewer fields.",
                    "extensions": {"code": "QUERY_TOO_COSTLY", "cost": 133, "budget": 132},
                }
            ]
        },
    )
    assert len(queries) == 0


def test_a_document_of_several_operations_runs_only_the_one_named(client, locales, settings):
    settings.GRAPHQL_MAX_COST = 132
    document = f"query Cheap {{ __typename }} query Dear {cost_document(10, 5)}"
    with CaptureQueriesContext(connection) as queries:
        unnamed = post(client, document, GRAPHQL_RESPONSE)
    # Not the first operation, as strawberry would run: the specification's request error.
    assert (unnamed.status_code, unnamed.json()) == (
        400,
        {
            "errors": [
                {
                    "message": "This document has several operations: name the one to run "
                    "(operationName).",
                    "extensions": {"code": "OPERATION_NAME_REQUIRED"},
                }
            ]
        },
    )
    assert len(queries) == 0
    assert post(client, document, operationName="Cheap").json() == {"data": {"__typename": "Query"}}
    dear = post(client, document, GRAPHQL_RESPONSE, operationName="Dear")
    assert (dear.status_code, dear.json()["errors"][0]["extensions"]["code"]) == (
        400,
        "QUERY_TOO_COSTLY",
    )


def test_the_cost_counts_defaults_variables_and_the_dearest_of_alternative_fragments(
    client, locales, settings
):
    settings.GRAPHQL_MAX_COST = 0
    cases = [
        # news 1 + items 1 + 20 (the default limit) * title 1
        ("{ news { items { title } } }", {}, 22),
        ("query ($n: Int!) { news(limit: $n) { items { title } } }", {"n": 7}, 9),
        (
            "query ($n: Int! = 3) { pages(limit: $n) { items { title "
            "... on NewsPage { summary date } ... on WebinarPage { summary } } } }",
            {},
            # pages 1 + items 1 + 3 * (title 1 + the news fragment's 2)
            11,
        ),
        (
            "fragment Names on SectorList { items { name slug } } "
            "{ sectors(limit: 4) { ...Names totalCount } }",
            {},
            # sectors 1 + totalCount 1 + items 1 + 4 * 2
            11,
        ),
    ]
    for document, variables, cost in cases:
        errors = post(client, document, variables=variables).json().get("errors", [{}])
        assert errors[0].get("extensions", {}).get("cost") == cost, (document, errors)


def test_the_time_limit_stops_database_work_once_it_has_passed(client, locales, monkeypatch):
    factories.SectorFactory(name="Digital")
    times = iter([100.0] + [106.0] * 20)  # the request starts at 100; its first query at 106
    monkeypatch.setattr(limits, "clock", lambda: next(times))
    response = post(client, "{ sectors { totalCount } }")
    assert (response.status_code, response.json()) == (
        200,
        {
            "data": None,
            "errors": [
                {
                    "message": "The request took longer than this server's limit of 5 s and was "
                    "stopped: ask for fewer items.",
                    "locations": [{"line": 1, "column": 3}],
                    "path": ["sectors"],
                }
            ],
        },
    )


@pytest.mark.django_db(transaction=True)
def test_the_graphql_over_http_audit_passes_every_must_should_and_may(live_server, locales):
    script = Path(settings.BASE_DIR) / "tests" / "node" / "graphql_http_audit.mjs"
    result = subprocess.run(
        ["node", str(script)],
        env={"PATH": "/usr/bin:/usr/local/bin", "GRAPHQL_URL": f"{live_server.url}/graphql/"},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    print(result.stdout.splitlines()[-1])
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"^audits: (\d+), passed: \1, ", result.stdout, re.M)


def search_of_types(count):
    """A search over `count` page types: 15 tokens besides the types."""
    return f'{{ search(query: "x", types: [{" NEWS" * count} ]) {{ totalCount }} }}'


def test_the_token_limit_counts_every_token_of_the_document(client, locales):
    runs = post(client, search_of_types(2000 - 15), GRAPHQL_RESPONSE)
    assert (runs.status_code, runs.json()) == (200, {"data": {"search": {"totalCount": 0}}})
    refused = post(client, search_of_types(2000 - 14), GRAPHQL_RESPONSE)
    assert (refused.status_code, refused.json()["errors"][0]["message"]) == (
        400,
        "Syntax Error: Document contains more than 2000 tokens. Parsing aborted.",
    )


def test_the_size_limit_counts_the_bytes_of_the_document(client, locales):
    padded = "{ __typename }".ljust(16 * 1024)
    assert post(client, padded).json() == {"data": {"__typename": "Query"}}
    refused = post(client, padded + " ", GRAPHQL_RESPONSE)
    assert (refused.status_code, refused.json()["errors"][0]["extensions"]) == (
        400,
        {"code": "DOCUMENT_TOO_LARGE", "size": 16385, "limit": 16384},
    )


# A statement that runs for seconds on each database, and returns one row when left alone.
SLOW_STATEMENT = {
    "postgresql": "SELECT pg_sleep(3)",
    "sqlite": (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000000) "
        "SELECT count(*) FROM n"
    ),
}


def test_the_time_limit_interrupts_a_statement_running_past_it(settings, locales):
    settings.GRAPHQL_TIME_LIMIT_SECONDS = 0.2
    # In a savepoint: on PostgreSQL the interrupted statement aborts the test's transaction.
    with (
        pytest.raises(TimeLimitExceeded) as stopped,
        transaction.atomic(),
        limits.TimeLimit(),
        connection.cursor() as cursor,
    ):
        cursor.execute(SLOW_STATEMENT[connection.vendor])
    assert str(stopped.value) == (
        "The request took longer than this server's limit of 0.2 s and was stopped: ask for "
        "fewer items."
    )
    # The connection serves the next request.
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_a_statement_within_the_time_limit_is_not_interrupted(settings, locales):
    settings.GRAPHQL_TIME_LIMIT_SECONDS = 30
    with limits.TimeLimit(), connection.cursor() as cursor:
        cursor.execute("SELECT 41 + 1")
        assert cursor.fetchone() == (42,)
