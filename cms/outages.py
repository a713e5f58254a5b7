"""Database outages: a quick 503 with Retry-After instead of an HTML 500 or a reader left hanging.

Web connections (those of threads that serve requests or /readyz) are guarded; management
commands, migrations and the webhook worker never pass through here and keep no limits:

- PostgreSQL runs each statement for at most DB_STATEMENT_TIMEOUT_MS (set when the connection
  opens, in libpq's `options`; 0: no limit).
- A statement, or the health check of a kept connection, whose answer does not come within
  DB_SOCKET_TIMEOUT_SECONDS has its socket shut down by a watchdog thread: the read fails at
  once. The server's statement timeout cannot help there: a server that stopped answering (a
  network black hole, a frozen host) never sees the statement, and the kernels keep
  acknowledging.
- A connection attempt is given up after DB_CONNECT_TIMEOUT seconds (libpq itself waits two at
  least); it goes on in its thread, and closes the breaker if it succeeds late.
- After a connection attempt failed or a socket was cut, the process does not connect again
  for DB_OUTAGE_COOLDOWN_SECONDS: requests that need the database fail at once instead of each
  waiting for the connect timeout; then one request tries, and the others wait for its result.

DatabaseOutageMiddleware turns a request that met OperationalError or InterfaceError (raised by
the view or any middleware after it, or swallowed by GraphQL into a 500 answer) into a 503 with
Retry-After: GraphQL-shaped JSON on the JSON endpoints, a short page without the database (no
template, no site settings) elsewhere. An anonymous GraphQL read whose answer is in the cache
is still answered: the cache's copy of the content generation, or else the last generation
this process saw (kept in memory), says whether the entry is current.
"""

import contextlib
import contextvars
import html
import json
import logging
import os
import socket
import sys
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.signals import got_request_exception
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext

from graphql_api.http import caching, responses
from pages.generation import GENERATION_KEY, last_known_generation

logger = logging.getLogger(__name__)

OUTAGE_ERRORS = (OperationalError, InterfaceError)
# Endpoints that answer JSON; elsewhere clients get a page unless they ask for JSON only.
JSON_PATHS = ("/graphql/", "/preview/")


# The current request's record of a database failure (a dict, so threads it spawns share it).
_outage = contextvars.ContextVar("database_outage", default=None)


def note_outage(error):
    """Record that the current request met the database failing."""
    seen = _outage.get()
    if seen is not None and seen.get("error") is None:
        seen["error"] = error


class Breaker:
    """Stops connecting for a while after the database failed to answer a connection or a read."""

    def __init__(self):
        self.lock = threading.Lock()
        self.open_until = None  # monotonic time; None while connections are allowed
        self.trial = False

    def allow(self):
        """Whether this thread may connect now (after a cooldown, one thread at a time)."""
        with self.lock:
            if self.open_until is None:
                return True
            if self.trial or time.monotonic() < self.open_until:
                return False
            self.trial = True
            return True

    @property
    def is_open(self):
        return self.open_until is not None

    def failed(self):
        cooldown = settings.DB_OUTAGE_COOLDOWN_SECONDS
        with self.lock:
            self.open_until = time.monotonic() + cooldown if cooldown > 0 else None
            self.trial = False

    def succeeded(self):
        with self.lock:
            self.open_until, self.trial = None, False


BREAKER = Breaker()


class Watchdog:
    """One thread that shuts down the sockets of database reads that outlived their deadline."""

    def __init__(self):
        self.pid = None

    def _start(self):
        # Per process: a worker forked from a master that had a watchdog needs its own.
        self.pid = os.getpid()
        self.condition = threading.Condition()
        self.armed = {}
        threading.Thread(target=self._run, name="db-watchdog", daemon=True).start()

    def arm(self, fd, seconds):
        if self.pid != os.getpid():
            self._start()
        token = object()
        with self.condition:
            self.armed[token] = (time.monotonic() + seconds, fd)
            self.condition.notify()
        return token

    def disarm(self, token):
        """Stop watching; True when the socket was cut meanwhile."""
        with self.condition:
            return self.armed.pop(token, None) is None

    def _run(self):
        condition = self.condition
        while True:
            with condition:
                now = time.monotonic()
                for token, (deadline, fd) in list(self.armed.items()):
                    if deadline <= now:
                        # Under the lock: the reader cannot close (and the fd be reused) first.
                        del self.armed[token]
                        cut(fd)
                deadlines = [deadline for deadline, _ in self.armed.values()]
                condition.wait(min(deadlines) - now if deadlines else None)


def cut(fd):
    """Shut a socket down (through a duplicate descriptor): its blocked read fails at once."""
    with (
        contextlib.suppress(OSError),
        socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM) as duplicate,
    ):
        duplicate.shutdown(socket.SHUT_RDWR)


WATCHDOG = Watchdog()


def socket_of(wrapper):
    """The descriptor of a PostgreSQL connection's socket, or None."""
    if wrapper.vendor != "postgresql" or wrapper.connection is None:
        return None
    try:
        return wrapper.connection.fileno()
    except Exception:  # a closed connection
        return None


@contextlib.contextmanager
def deadline(wrapper):
    """Cut the connection's socket if what runs inside waits longer than the socket timeout."""
    seconds = settings.DB_SOCKET_TIMEOUT_SECONDS
    fd = socket_of(wrapper) if seconds > 0 else None
    if fd is None:
        yield
        return
    token = WATCHDOG.arm(fd, seconds)
    try:
        yield
    finally:
        if WATCHDOG.disarm(token):
            logger.warning("the database did not answer within %s s; connection cut", seconds)
            BREAKER.failed()


def connect_within(connect, wrapper):
    """connect() in a helper thread, given up after DB_CONNECT_TIMEOUT (libpq waits 2 s or more).

    An attempt that succeeds after the request gave up closes its connection and closes the
    breaker: the database answers again, and the next request connects at once.
    """
    outcome = {}
    lock = threading.Lock()

    def attempt():
        try:
            connection = connect()
        except Exception as error:
            with lock:
                outcome["error"] = error
            return
        with lock:
            late = outcome.setdefault("connection", connection) is not connection
        if late:
            connection.close()
            BREAKER.succeeded()

    helper = threading.Thread(target=attempt, name="db-connect", daemon=True)
    helper.start()
    helper.join(settings.DB_CONNECT_TIMEOUT)
    with lock:
        if "error" in outcome:
            raise outcome["error"]
        if "connection" in outcome:
            return outcome["connection"]
        outcome["connection"] = None  # given up: a late connection is closed by its thread
    raise wrapper.Database.OperationalError(
        f"no connection to the database within {settings.DB_CONNECT_TIMEOUT} s"
    )


def with_statement_timeout(wrapper, params):
    """Connection parameters that limit each statement (PostgreSQL, when the setting is on)."""
    milliseconds = settings.DB_STATEMENT_TIMEOUT_MS
    if wrapper.vendor != "postgresql" or milliseconds <= 0:
        return params
    options = f"{params.get('options', '')} -c statement_timeout={int(milliseconds)}"
    return {**params, "options": options.strip()}


def query_deadline(execute, sql, params, many, context):
    """Execute wrapper of guarded connections: a deadline per statement; failures noted."""
    try:
        with deadline(context["connection"]):
            return execute(sql, params, many, context)
    except OUTAGE_ERRORS as error:
        note_outage(error)
        raise


def guard(wrapper):
    """Give a thread's connection the web role's limits (once; management commands never do).

    `wrapper` is the thread's own object (connections[alias]), not django.db.connection, a proxy.
    """
    if wrapper.__dict__.get("outage_guard"):
        return
    wrapper.outage_guard = True
    # First in the list, so the innermost: execute_wrapper() blocks of others pop their own.
    wrapper.execute_wrappers.insert(0, query_deadline)
    backend = type(wrapper)

    def get_new_connection(conn_params):
        if not BREAKER.allow():
            error = wrapper.Database.OperationalError(
                "the database did not answer moments ago; not connecting again yet"
            )
            note_outage(error)
            raise error
        params = with_statement_timeout(wrapper, conn_params)
        try:
            if wrapper.vendor == "postgresql":
                raw = connect_within(lambda: backend.get_new_connection(wrapper, params), wrapper)
            else:
                raw = backend.get_new_connection(wrapper, params)
        except Exception as error:
            note_outage(error)
            BREAKER.failed()
            raise
        BREAKER.succeeded()
        return raw

    def is_usable():
        if BREAKER.is_open:
            return False  # reconnect, which the breaker answers at once
        with deadline(wrapper):
            return backend.is_usable(wrapper)

    wrapper.get_new_connection = get_new_connection
    wrapper.is_usable = is_usable


def statement_timeout(wrapper):
    """The statement timeout a connection runs with ("10s", "0"), or None off PostgreSQL."""
    if wrapper.vendor != "postgresql":
        return None
    with wrapper.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


def cached_api_answer(request):
    """The cached answer of an anonymous GraphQL read while it is current, or None."""
    if not request.path_info.startswith("/graphql/") or not settings.GRAPHQL_RESPONSE_CACHE_SECONDS:
        return None
    from graphql_api.views import cacheable_operation, cached_response

    try:
        operation = cacheable_operation(request)
        if operation is None:
            return None
        slot = caching.CacheSlot(operation)
        found = cache.get_many([GENERATION_KEY, slot.slot.key])
        entry = found.get(slot.slot.key)
        current = found.get(GENERATION_KEY) or last_known_generation()
        if entry is None or current is None:
            return None
        generation, horizon, stored = entry
        if generation != current or time.time() >= horizon:
            return None
        slot.slot.generation, slot.slot.horizon = generation, horizon
        media_type = responses.media_type_for(request.headers.get("Accept")) or responses.JSON
        body, etag, language = caching.stored_answer(stored)
        return cached_response(request, body, etag, slot.seconds_left(), media_type, language)
    except Exception as error:  # the outage answer must not fail in turn
        logger.warning("no cached answer during the database outage: %r", error, exc_info=True)
        return None


def wants_json(request):
    if request.path_info.startswith(JSON_PATHS):
        return True
    accept = request.headers.get("Accept", "")
    return "json" in accept and "html" not in accept


def unavailable(request):
    """The 503 answer: JSON for the API, a short page in the request's language elsewhere."""
    retry = settings.DB_OUTAGE_RETRY_AFTER
    if wants_json(request):
        extensions = {"code": "SERVICE_UNAVAILABLE", "retryAfter": retry}
        if request_id := getattr(request, "request_id", None):
            extensions["requestId"] = request_id
        message = f"The database is unavailable; try again in {retry} seconds."
        body = json.dumps({"errors": [{"message": message, "extensions": extensions}]})
        media_type = responses.media_type_for(request.headers.get("Accept")) or responses.JSON
        response = HttpResponse(body, status=503, content_type=responses.content_type(media_type))
    else:
        language = translation.get_language_from_request(request, check_path=True)
        with translation.override(language):
            title = gettext("Temporarily unavailable")
            text = gettext(
                "The site cannot reach its database just now. Please try again in a minute."
            )
        page = (
            f'<!doctype html>\n<html lang="{html.escape(language)}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta name="robots" content="noindex"><title>{html.escape(title)}</title></head>'
            f"<body><h1>{html.escape(title)}</h1><p>{html.escape(text)}</p></body></html>\n"
        )
        response = HttpResponse(page, status=503, content_type="text/html; charset=utf-8")
        response["Content-Language"] = language
    response["Retry-After"] = str(retry)
    response["Cache-Control"] = "no-store"
    return response


def outage_response(request, error):
    """The cached API answer, or the 503, for a request that met the database failing."""
    logger.warning("database unavailable during %s %s: %r", request.method, request.path, error)
    response = cached_api_answer(request) or unavailable(request)
    response.outage_answer = True
    return response


@receiver(got_request_exception)
def on_request_exception(sender, request=None, **kwargs):
    """An exception that a middleware turned into a 500: note it if the database failed."""
    error = sys.exc_info()[1]
    if isinstance(error, OUTAGE_ERRORS):
        note_outage(error)


class DatabaseOutageMiddleware:
    """Answers 503 with Retry-After when the database refuses or stops answering (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        guard(connections[DEFAULT_DB_ALIAS])
        seen = {"error": None}
        token = _outage.set(seen)
        try:
            try:
                response = self.get_response(request)
            except OUTAGE_ERRORS as error:
                return outage_response(request, error)
            failed = response.status_code >= 500 and seen["error"] is not None
            if failed and not getattr(response, "outage_answer", False):
                return outage_response(request, seen["error"])
            return response
        finally:
            _outage.reset(token)

    def process_exception(self, request, exception):
        if isinstance(exception, OUTAGE_ERRORS):
            note_outage(exception)
            return outage_response(request, exception)
        return None
