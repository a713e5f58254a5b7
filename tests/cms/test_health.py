"""Probes for load balancers, request ids and the JSON log lines."""

import json
import logging
import re

import pytest

from cms.observability import JsonFormatter, current_request_id


@pytest.mark.django_db
def test_healthz_answers_whatever_host_a_balancer_probes_with(client, settings):
    settings.ALLOWED_HOSTS = ["helpdesk.example.org"]
    response = client.get("/healthz", HTTP_HOST="10.0.3.17:8000")
    assert (response.status_code, response.json()) == (200, {"status": "ok"})
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_readyz_is_ready_when_every_service_answers(client):
    response = client.get("/readyz")
    assert (response.status_code, response.json()) == (
        200,
        {"status": "ready", "checks": {"database": "ok", "cache": "ok", "storage": "ok"}},
    )


@pytest.mark.django_db
def test_readyz_names_the_failing_service(client, monkeypatch):
    def unreachable(name):
        raise ConnectionRefusedError("storage endpoint refused the connection")

    monkeypatch.setattr("cms.health.default_storage.exists", unreachable)
    monkeypatch.setattr("cms.health.cache.get", lambda key: None)
    response = client.get("/readyz")
    assert (response.status_code, response.json()) == (
        503,
        {
            "status": "unavailable",
            "checks": {
                "database": "ok",
                "cache": "failing: ConnectionError",
                "storage": "failing: ConnectionRefusedError",
            },
            "failing": ["cache", "storage"],
        },
    )


@pytest.mark.django_db
def test_every_response_carries_a_request_id(client):
    first = client.get("/healthz")["X-Request-ID"]
    second = client.get("/healthz")["X-Request-ID"]
    assert re.fullmatch(r"[0-9a-f]{32}", first) and re.fullmatch(r"[0-9a-f]{32}", second)
    assert first != second


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("incoming", "kept"),
    [
        ("lb-7f3a9c21-0001", True),
        ("short", False),
        ("has spaces in it", False),
        ("x" * 65, False),
        ('"><script>', False),
    ],
)
def test_a_plain_request_id_from_the_balancer_is_kept(client, incoming, kept):
    answered = client.get("/healthz", HTTP_X_REQUEST_ID=incoming)["X-Request-ID"]
    assert (answered == incoming) is kept
    # A refused id is replaced by one of the server's own.
    assert bool(re.fullmatch(r"[0-9a-f]{32}", answered)) is not kept


@pytest.mark.django_db
def test_the_access_log_is_one_json_line_with_the_request_id(client, caplog):
    with caplog.at_level(logging.INFO, logger="cms.access"):
        response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-request-000042")
    (record,) = [record for record in caplog.records if record.name == "cms.access"]
    line = json.loads(JsonFormatter().format(record))
    assert response["X-Request-ID"] == "lb-request-000042"
    assert {key: line[key] for key in ("level", "logger", "message", "request_id")} == {
        "level": "INFO",
        "logger": "cms.access",
        "message": "GET /healthz 200",
        "request_id": "lb-request-000042",
    }
    assert (line["method"], line["path"], line["status"]) == ("GET", "/healthz", 200)
    assert (type(line["duration_ms"]), line["duration_ms"] >= 0) == (float, True)


def test_other_log_lines_carry_the_id_of_the_request_they_belong_to():
    record = logging.LogRecord("pages", logging.WARNING, __file__, 1, "slow %s", ("query",), None)
    token = current_request_id.set("lb-request-000043")
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        current_request_id.reset(token)
    assert {key: line[key] for key in ("level", "logger", "message", "request_id")} == {
        "level": "WARNING",
        "logger": "pages",
        "message": "slow query",
        "request_id": "lb-request-000043",
    }
