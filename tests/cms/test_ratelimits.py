"""Rate limits: the API per address, admin sign-in per username and address, in every process."""

import json

import pytest

from django.test import override_settings

from cms import ratelimits

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("each_cache_backend")]

QUERY = "{ sectors { totalCount } }"


@pytest.fixture
def api_limit(settings):
    settings.GRAPHQL_RATE_LIMIT = 3
    settings.GRAPHQL_RATE_LIMIT_SECONDS = 60


def statuses(client, count, **headers):
    return [client.get("/graphql/", {"query": QUERY}, **headers).status_code for _ in range(count)]


def test_the_api_refuses_an_address_over_its_limit_until_the_window_ends(
    client, locales, api_limit, frozen_clock
):
    assert statuses(client, 3) == [200, 200, 200]
    refused = client.get("/graphql/", {"query": QUERY})
    assert (refused.status_code, refused["Retry-After"], json.loads(refused.content)) == (
        429,
        "50",
        {
            "errors": [
                {
                    "message": "Too many requests: this address may run 3 requests every 60 s "
                    "(cached answers are free). Retry after 50 s.",
                    "extensions": {"code": "RATE_LIMITED", "retryAfter": 50},
                }
            ]
        },
    )
    assert refused["Content-Type"] == "application/json; charset=utf-8"
    modern = client.get(
        "/graphql/", {"query": QUERY}, HTTP_ACCEPT="application/graphql-response+json"
    )
    assert (modern.status_code, modern["Content-Type"]) == (
        429,
        "application/graphql-response+json; charset=utf-8",
    )
    # Another address has its own count.
    assert statuses(client, 1, REMOTE_ADDR="192.0.2.7") == [200]
    frozen_clock.now += 50
    assert statuses(client, 1) == [200]


def test_answers_from_the_response_cache_are_free(
    client, locales, api_limit, frozen_clock, settings
):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 3600
    assert statuses(client, 10) == [200] * 10
    other = client.get("/graphql/", {"query": "{ webinarSeries { totalCount } }"})
    assert other.status_code == 200
    # Two ran (one per document): one more may run.
    assert client.get("/graphql/", {"query": "{ offices { totalCount } }"}).status_code == 200
    assert client.get("/graphql/", {"query": "{ news { totalCount } }"}).status_code == 429


def test_the_count_is_shared_by_every_process(client, locales, api_limit, frozen_clock):
    """Another process reads the same cache: its window sees this one's requests."""
    statuses(client, 2)
    request = type("Request", (), {"META": {"REMOTE_ADDR": "127.0.0.1"}})()
    elsewhere = ratelimits.api_window(request)
    assert elsewhere.spent() is False
    elsewhere.count()
    assert elsewhere.spent() is True
    assert statuses(client, 1) == [429]


@pytest.mark.parametrize(
    ("hops", "forwarded", "address"),
    [
        (0, "198.51.100.1", "127.0.0.1"),
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "203.0.113.9, 198.51.100.1", "198.51.100.1"),
        (2, "203.0.113.9, 198.51.100.1", "203.0.113.9"),
        (2, "198.51.100.1", "127.0.0.1"),
    ],
)
def test_the_client_address_trusts_only_the_configured_proxies(settings, hops, forwarded, address):
    settings.TRUSTED_PROXY_COUNT = hops
    request = type(
        "Request", (), {"META": {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": forwarded}}
    )()
    assert ratelimits.client_address(request) == address


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "right-pw")


def sign_in(client, password, username="editor", **headers):
    return client.post("/admin/login/", {"username": username, "password": password}, **headers)


@override_settings(ADMIN_LOGIN_MAX_FAILURES=5, ADMIN_LOGIN_LOCKOUT_SECONDS=900)
def test_sign_in_locks_after_repeated_failures_even_for_the_right_password(
    client, editor, frozen_clock
):
    assert [sign_in(client, "wrong").status_code for _ in range(5)] == [200] * 5
    locked = sign_in(client, "right-pw")
    assert (locked.status_code, locked["Retry-After"], locked.content.decode()) == (
        429,
        "890",
        "Sign-in locked\n\nToo many failed sign-in attempts for this username. "
        "Try again in 15 minutes.\n",
    )
    japanese = sign_in(client, "right-pw", HTTP_ACCEPT_LANGUAGE="ja")
    assert japanese.content.decode() == (
        "サインインはロックされています\n\n"
        "このユーザー名でのサインインの失敗が多すぎます。15 分後にもう一度お試しください。\n"
    )
    # Another username from the same address is not locked.
    assert sign_in(client, "wrong", username="someone-else").status_code == 200
    frozen_clock.now += 890
    assert sign_in(client, "right-pw").status_code == 302


@override_settings(ADMIN_LOGIN_MAX_FAILURES=3, ADMIN_LOGIN_LOCKOUT_SECONDS=900)
def test_a_successful_sign_in_clears_the_failures(client, editor, frozen_clock):
    assert [sign_in(client, "wrong").status_code for _ in range(2)] == [200, 200]
    assert sign_in(client, "right-pw").status_code == 302
    client.logout()
    assert [sign_in(client, "wrong").status_code for _ in range(3)] == [200, 200, 200]
    assert sign_in(client, "right-pw").status_code == 429
