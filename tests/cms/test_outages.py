"""Database outages: quick 503s with Retry-After, cached API answers, timeouts, /readyz deadline."""

import socket
import threading
import time

import pytest

from django.core.cache import cache
from django.core.management import call_command
from django.db import OperationalError, connection, connections
from django.db.backends.utils import CursorWrapper
from django.test import Client

from cms import health, outages
from pages import generation
from pages.generation import GENERATION_KEY
from tests import factories

QUERY = "{ news(locale: EN) { totalCount items { title } } }"


@pytest.fixture(autouse=True)
def fresh_outage_state(settings, monkeypatch):
    """Each test starts with the breaker closed and no generation remembered."""
    settings.DB_OUTAGE_COOLDOWN_SECONDS = 1
    settings.DB_OUTAGE_RETRY_AFTER = 30
    outages.BREAKER.succeeded()
    monkeypatch.setattr(generation, "_last_current", None)
    yield
    outages.BREAKER.succeeded()


@pytest.fixture
def browser():
    """A client that gets the answer a browser would, not the server's exception."""
    return Client(raise_request_exception=False)


@pytest.fixture
def refused(monkeypatch, site_tree):
    """From now on, every SQL statement fails as it does when the server refuses connections."""

    def refuse(self, *args, **kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: refused')

    # The first requests of a process load the URLs and build the schema: not timed.
    Client().get("/graphql/", {"query": "{ __typename }"})
    Client().get("/en/")

    def start():
        monkeypatch.setattr(CursorWrapper, "_execute", refuse)

    return start


def timed(request):
    started = time.monotonic()
    response = request()
    return response, time.monotonic() - started


@pytest.mark.django_db
def test_graphql_answers_json_503_with_retry_after_when_the_database_refuses(
    browser, site_tree, refused
):
    refused()
    response, seconds = timed(lambda: browser.get("/graphql/", {"query": QUERY}))
    assert seconds < 1
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Cache-Control"] == "no-store"
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
    assert error["extensions"]["retryAfter"] == 30
    assert "database is unavailable" in error["message"]
    assert "data" not in response.json()


@pytest.mark.django_db
def test_the_generation_read_failing_gives_a_json_503_not_an_html_500(
    browser, site_tree, refused, settings
):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 3600
    refused()
    response, seconds = timed(
        lambda: browser.post("/graphql/", {"query": QUERY}, "application/json")
    )
    assert seconds < 1
    assert (response.status_code, response["Retry-After"]) == (503, "30")
    assert response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [("en", "Temporarily unavailable"), ("ja", "一時的にご利用いただけません")],
)
def test_pages_answer_a_short_html_503_in_the_language_of_the_address(
    browser, site_tree, refused, language, heading
):
    refused()
    response, seconds = timed(lambda: browser.get(f"/{language}/"))
    assert seconds < 1
    assert (response.status_code, response["Retry-After"]) == (503, "30")
    assert response["Content-Type"] == "text/html; charset=utf-8"
    page = response.content.decode()
    assert f'<html lang="{language}">' in page
    assert f"<h1>{heading}</h1>" in page
    assert "{%" not in page and "Traceback" not in page


@pytest.mark.django_db
def test_clients_that_ask_for_json_get_json_anywhere(browser, site_tree, refused):
    refused()
    response = browser.get("/en/news/", HTTP_ACCEPT="application/json")
    assert response.status_code == 503
    assert response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"


@pytest.mark.django_db
def test_other_errors_stay_what_they_were(browser, site_tree, monkeypatch):
    def broken(self, *args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(CursorWrapper, "_execute", broken)
    assert browser.get("/graphql/", {"query": QUERY}).status_code == 500


@pytest.mark.django_db
def test_cached_api_answers_are_served_through_the_outage(browser, site_tree, refused, settings):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 3600
    factories.NewsPageFactory(parent=site_tree.news, title="Served from the cache")
    before = browser.get("/graphql/", {"query": QUERY})
    assert before.status_code == 200 and "Served from the cache" in before.content.decode()
    # The cache's copy of the generation lives a second: the outage outlasts it.
    cache.delete(GENERATION_KEY)
    refused()
    during, seconds = timed(lambda: browser.get("/graphql/", {"query": QUERY}))
    assert seconds < 1
    assert (during.status_code, during.content) == (200, before.content)
    assert during["ETag"] == before["ETag"]
    # A question nobody asked before the outage cannot be answered.
    other = browser.get("/graphql/", {"query": "{ news(locale: JA) { totalCount } }"})
    assert other.status_code == 503
    # Nor an answer computed in another generation than the last one this process saw current.
    generation._last_current = -1
    assert browser.get("/graphql/", {"query": QUERY}).status_code == 503


@pytest.mark.django_db
def test_requests_guard_their_connection_and_commands_do_not(client, capsys):
    client.get("/robots.txt")
    assert connections["default"].__dict__.get("outage_guard") is True

    def command():
        # A thread of its own: a fresh connection, as a management command's process has.
        code = "from django.db import connection, connections; from cms.outages import statement_timeout;"
        code += "print(statement_timeout(connection), connections['default'].__dict__.get('outage_guard'))"
        call_command("shell", "-c", code, verbosity=0)
        connections.close_all()

    thread = threading.Thread(target=command)
    thread.start()
    thread.join(30)
    expected = "0" if connection.vendor == "postgresql" else "None"
    assert capsys.readouterr().out.split() == [expected, "None"]


@pytest.mark.django_db
def test_web_connections_run_with_the_statement_timeout(settings):
    settings.DB_STATEMENT_TIMEOUT_MS = 2500
    web, command = (
        connections.create_connection("default"),
        connections.create_connection("default"),
    )
    outages.guard(web)
    try:
        if connection.vendor == "postgresql":
            assert (outages.statement_timeout(web), outages.statement_timeout(command)) == (
                "2500ms",
                "0",
            )
        else:  # SQLite has no statement timeout; the guard changes nothing there
            assert (outages.statement_timeout(web), outages.statement_timeout(command)) == (
                None,
                None,
            )
    finally:
        web.close()
        command.close()


def test_the_statement_timeout_is_a_postgresql_connection_option(settings):
    settings.DB_STATEMENT_TIMEOUT_MS = 10000
    postgres = type("Wrapper", (), {"vendor": "postgresql"})()
    sqlite = type("Wrapper", (), {"vendor": "sqlite"})()
    assert outages.with_statement_timeout(postgres, {"dbname": "x"}) == {
        "dbname": "x",
        "options": "-c statement_timeout=10000",
    }
    assert outages.with_statement_timeout(postgres, {"options": "-c search_path=a"}) == {
        "options": "-c search_path=a -c statement_timeout=10000"
    }
    assert outages.with_statement_timeout(sqlite, {"database": "x"}) == {"database": "x"}
    settings.DB_STATEMENT_TIMEOUT_MS = 0
    assert outages.with_statement_timeout(postgres, {"dbname": "x"}) == {"dbname": "x"}


def test_a_read_that_gets_no_answer_is_cut_at_its_deadline():
    reader, silent_server = socket.socketpair()
    with reader, silent_server:
        token = outages.WATCHDOG.arm(reader.fileno(), 0.3)
        started = time.monotonic()
        try:
            received = reader.recv(1)  # the server never answers
        except OSError:
            received = b""
        waited = time.monotonic() - started
        assert outages.WATCHDOG.disarm(token) is True
    assert received == b"" and 0.25 < waited < 1


def test_a_read_that_is_answered_in_time_is_left_alone():
    reader, server = socket.socketpair()
    with reader, server:
        token = outages.WATCHDOG.arm(reader.fileno(), 5)
        server.sendall(b"x")
        assert reader.recv(1) == b"x"
        assert outages.WATCHDOG.disarm(token) is False
        server.sendall(b"y")
        assert reader.recv(1) == b"y"


@pytest.mark.django_db
def test_after_a_failed_connection_the_next_ones_fail_at_once_until_the_cooldown(
    settings, monkeypatch
):
    settings.DB_OUTAGE_COOLDOWN_SECONDS = 0.3
    wrapper = connections.create_connection("default")
    outages.guard(wrapper)
    backend = type(wrapper)
    original = backend.get_new_connection
    attempts = []

    def refuse(self, params):
        attempts.append(time.monotonic())
        raise self.Database.OperationalError("connection refused")

    monkeypatch.setattr(backend, "get_new_connection", refuse)
    for _ in range(3):
        with pytest.raises(OperationalError):
            wrapper.ensure_connection()
    assert len(attempts) == 1 and outages.BREAKER.is_open
    time.sleep(0.35)
    monkeypatch.setattr(backend, "get_new_connection", original)
    try:
        wrapper.ensure_connection()  # the one try after the cooldown succeeds
        assert not outages.BREAKER.is_open
    finally:
        wrapper.close()


class FakeConnection:
    def __init__(self):
        self.closed = False

    def close(self):
        self.closed = True


def test_a_connection_that_does_not_come_in_time_is_given_up_and_closed_when_it_comes(
    settings,
):
    settings.DB_CONNECT_TIMEOUT = 0.2
    release, late = threading.Event(), FakeConnection()

    def slow_connect():
        release.wait(5)
        return late

    outages.BREAKER.failed()  # as after the outage began: the breaker is open
    wrapper = connections.create_connection("default")
    started = time.monotonic()
    refused = wrapper.Database.OperationalError  # the driver's: Django wraps it further up
    with pytest.raises(refused, match=r"^no connection to the database within 0\.2 s$"):
        outages.connect_within(slow_connect, wrapper)
    waited = time.monotonic() - started
    assert 0.15 < waited < 0.6
    assert (late.closed, outages.BREAKER.is_open) == (False, True)
    release.set()
    for _ in range(100):
        if late.closed:
            break
        time.sleep(0.01)
    # The database answered after all: the late connection is closed and the breaker too.
    assert (late.closed, outages.BREAKER.is_open) == (True, False)


def test_a_connection_in_time_is_returned_and_a_refusal_raised_as_it_was(settings):
    settings.DB_CONNECT_TIMEOUT = 2
    wrapper = connections.create_connection("default")
    made = FakeConnection()
    assert outages.connect_within(lambda: made, wrapper) is made
    assert made.closed is False

    def refuse():
        raise OperationalError("connection refused")

    with pytest.raises(OperationalError, match=r"^connection refused$"):
        outages.connect_within(refuse, wrapper)


@pytest.fixture
def hanging_storage(monkeypatch, settings):
    """A storage check that hangs until released; how many times it was started."""
    settings.READYZ_TIMEOUT_SECONDS = 0.3
    release, calls = threading.Event(), []

    def hang():
        calls.append(1)
        release.wait(10)

    monkeypatch.setitem(health.CHECKS, "storage", hang)
    yield calls
    release.set()
    probe = health.running.get("storage")
    if probe is not None:
        probe.join(10)


@pytest.mark.django_db
def test_readyz_answers_503_within_its_deadline_when_a_probe_hangs(client, hanging_storage):
    response, seconds = timed(lambda: client.get("/readyz"))
    assert seconds < 1
    assert (response.status_code, response.json()) == (
        503,
        {
            "status": "unavailable",
            "checks": {"database": "ok", "cache": "ok", "storage": "failing: TimeoutError"},
            "failing": ["storage"],
        },
    )
    # While the first check still hangs, no second one is started, and the answer is as quick.
    again, seconds = timed(lambda: client.get("/readyz"))
    assert seconds < 1 and again.json()["failing"] == ["storage"]
    assert len(hanging_storage) == 1
