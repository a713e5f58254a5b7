"""Probes for load balancers: /healthz (the process answers) and /readyz (its services answer)."""

import json
import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.files.storage import default_storage
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.http import HttpResponse

from . import outages

logger = logging.getLogger(__name__)


def check_database():
    """The database answers a query (with the web role's timeouts)."""
    outages.guard(connections[DEFAULT_DB_ALIAS])
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache():
    """The cache keeps what it is given (an unreachable Redis silently keeps nothing)."""
    key, token = "readyz:probe", uuid.uuid4().hex
    cache.set(key, token, timeout=10)
    if cache.get(key) != token:
        raise ConnectionError("the cache did not keep a value")


def check_storage():
    """The media storage answers a lookup."""
    default_storage.exists("readyz-probe")


CHECKS = {"database": check_database, "cache": check_cache, "storage": check_storage}


class Probe(threading.Thread):
    """One check run in a thread of its own, so that a service that hangs cannot hang /readyz."""

    def __init__(self, name, check):
        super().__init__(name=f"readyz-{name}", daemon=True)
        self.check, self.error = check, None
        # The cache client of the thread that asks (each thread otherwise makes its own).
        self.cache = caches[DEFAULT_CACHE_ALIAS]

    def run(self):
        caches[DEFAULT_CACHE_ALIAS] = self.cache
        try:
            self.check()
        except Exception as error:  # any failure makes the process unready
            self.error = error
        finally:
            # The thread's own database connection ends with it.
            connections.close_all()


# Probes still running from an earlier request: a service that hangs gets no second thread.
running = {}
running_lock = threading.Lock()


def readiness():
    """Each service's state ("ok" or the error's kind) and whether all of them answer.

    The checks run side by side; one that has not answered within READYZ_TIMEOUT_SECONDS, or
    that still hangs since an earlier request, is "failing: TimeoutError".
    """
    deadline = time.monotonic() + settings.READYZ_TIMEOUT_SECONDS
    probes, states = {}, {}
    with running_lock:
        for name, check in CHECKS.items():
            earlier = running.get(name)
            if earlier is not None and earlier.is_alive():
                states[name] = TimeoutError("still waiting for an earlier check")
                continue
            probes[name] = running[name] = Probe(name, check)
            probes[name].start()
    for name, probe in probes.items():
        probe.join(max(deadline - time.monotonic(), 0))
        states[name] = TimeoutError("no answer in time") if probe.is_alive() else probe.error
    for name in CHECKS:
        error = states[name]
        if error is None:
            states[name] = "ok"
        else:
            logger.warning("readiness check %s failed: %r", name, error)
            states[name] = f"failing: {type(error).__name__}"
    return states, all(state == "ok" for state in states.values())


def json_response(body, status):
    """A small JSON answer that no cache keeps."""
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """Answers the probes before host validation, HTTPS redirects and sessions.

    Load balancers probe each instance by its own address over plain HTTP, which ALLOWED_HOSTS
    and SECURE_SSL_REDIRECT would refuse; the probes reveal nothing but the services' states.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD"):
            if request.path == "/healthz":
                return json_response({"status": "ok"}, 200)
            if request.path == "/readyz":
                states, ready = readiness()
                failing = [name for name, state in states.items() if state != "ok"]
                body = {"status": "ready" if ready else "unavailable", "checks": states}
                if failing:
                    body["failing"] = failing
                return json_response(body, 200 if ready else 503)
        return self.get_response(request)
