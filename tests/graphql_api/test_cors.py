"""Cross-origin reads of the API: the preflight a browser sends before a GraphQL client's request."""

import pytest

ORIGIN = "https://partner.example"
AWARENESS = "content-type,apollographql-client-name,apollographql-client-version"


@pytest.fixture
def allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [ORIGIN]


def preflight(client, origin, headers=AWARENESS):
    return client.options(
        "/graphql/",
        HTTP_ORIGIN=origin,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS=headers,
    )


def test_a_preflight_allows_apollo_client_awareness_headers(client, allowed):
    response = preflight(client, ORIGIN)
    assert response.status_code == 200
    assert {
        name: response.headers.get(name)
        for name in (
            "Access-Control-Allow-Origin",
            "Access-Control-Allow-Methods",
            "Access-Control-Allow-Headers",
        )
    } == {
        "Access-Control-Allow-Origin": ORIGIN,
        "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": (
            "accept, authorization, content-type, user-agent, x-csrftoken, x-requested-with, "
            "apollographql-client-name, apollographql-client-version"
        ),
    }


def test_a_preflight_from_another_origin_allows_nothing(client, allowed):
    response = preflight(client, "https://elsewhere.example")
    assert [name for name in response.headers if name.lower().startswith("access-control-")] == []


@pytest.mark.django_db
def test_a_request_with_the_awareness_headers_is_answered_to_the_origin(client, allowed, locales):
    response = client.post(
        "/graphql/",
        {"query": "{ __typename }"},
        content_type="application/json",
        HTTP_ORIGIN=ORIGIN,
        HTTP_APOLLOGRAPHQL_CLIENT_NAME="ejrc-feed",
        HTTP_APOLLOGRAPHQL_CLIENT_VERSION="1.4.0",
    )
    assert (response.status_code, response["Access-Control-Allow-Origin"], response.json()) == (
        200,
        ORIGIN,
        {"data": {"__typename": "Query"}},
    )
