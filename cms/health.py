"""Probes for load balancers: /healthz (the process answers) and /readyz (its services answer)."""

import json
import logging
import uuid

from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db import connection
from django.http import HttpResponse

logger = logging.getLogger(__name__)


def check_database():
    """The database answers a query."""
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


def readiness():
    """Each service's state ("ok" or the error's kind) and whether all of them answer."""
    states = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as error:  # any failure makes the process unready
            logger.warning("readiness check %s failed: %r", name, error)
            states[name] = f"failing: {type(error).__name__}"
        else:
            states[name] = "ok"
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
