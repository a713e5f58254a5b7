"""Rate limits per client address, shared by every process through the cache.

- The API: GRAPHQL_RATE_LIMIT requests that run (answers from the response cache are free) per
  GRAPHQL_RATE_LIMIT_SECONDS. Once they are spent, the address gets 429 with Retry-After until
  the window ends.
- Admin sign-in: after ADMIN_LOGIN_MAX_FAILURES wrong passwords for one username from one
  address within ADMIN_LOGIN_LOCKOUT_SECONDS, that pair's attempts get 429 until the window ends.

A limit of 0 turns the limit off. When the cache is unreachable, nothing is counted or refused.
"""

import hashlib
import json
import logging
import math
import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext, ngettext

log = logging.getLogger(__name__)
clock = time.time

API_PATH = "/graphql/"


class Window:
    """One client's count in the current fixed window of a limit."""

    def __init__(self, scope, client, limit, seconds):
        now = clock()
        start = int(now // seconds) * seconds
        digest = hashlib.sha256(client.encode()).hexdigest()[:32]
        self.key = f"ratelimit:{scope}:{digest}:{start}"
        self.limit, self.seconds = limit, seconds
        self.retry_after = max(1, math.ceil(start + seconds - now))

    def spent(self):
        """Whether the client has used up the limit in this window."""
        return self.limit > 0 and (cache.get(self.key) or 0) >= self.limit

    def count(self):
        """Counts one more request in this window."""
        if self.limit > 0:
            cache.add(self.key, 0, timeout=self.seconds + 1)
            try:
                cache.incr(self.key)
            except ValueError:  # the key expired between the two calls
                cache.add(self.key, 1, timeout=self.seconds + 1)

    def forget(self):
        """Clears the count (a successful sign-in)."""
        cache.delete(self.key)


def client_address(request):
    """The client's IP address: REMOTE_ADDR, or the address TRUSTED_PROXY_COUNT proxies saw."""
    hops = settings.TRUSTED_PROXY_COUNT
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if hops and len(forwarded) >= hops and forwarded[-hops]:
        return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def api_window(request):
    """The client's window of the API limit."""
    return Window(
        "api",
        client_address(request),
        settings.GRAPHQL_RATE_LIMIT,
        settings.GRAPHQL_RATE_LIMIT_SECONDS,
    )


def login_window(request, username):
    """The window of failed sign-ins of one username from the client's address."""
    return Window(
        "login",
        f"{client_address(request)} {username.strip().lower()}",
        settings.ADMIN_LOGIN_MAX_FAILURES,
        settings.ADMIN_LOGIN_LOCKOUT_SECONDS,
    )


@receiver(user_login_failed)
def count_failed_sign_in(sender, credentials, request=None, **kwargs):
    """Counts a wrong password against the username and the address it came from."""
    if request is not None:
        login_window(request, credentials.get("username") or "").count()
        log.warning("Failed sign-in", extra={"address": client_address(request)})


@receiver(user_logged_in)
def forget_failed_sign_ins(sender, request, user, **kwargs):
    """A successful sign-in clears the failures of its username and address."""
    if request is not None:
        login_window(request, user.get_username()).forget()


class RateLimitMiddleware:
    """Answers 429 to clients over a limit, and counts the API requests that ran."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.login_path = None

    def __call__(self, request):
        if request.path == API_PATH:
            window = api_window(request)
            if window.spent():
                return api_refusal(window)
            response = self.get_response(request)
            if getattr(request, "ran_uncached", False):
                window.count()
            return response
        if self.login_path is None:
            self.login_path = reverse("wagtailadmin_login")
        if request.method == "POST" and request.path == self.login_path:
            window = login_window(request, request.POST.get("username", ""))
            if window.spent():
                return login_refusal(window)
        return self.get_response(request)


def api_refusal(window):
    """429 for the API, as a GraphQL error."""
    message = (
        f"Too many requests: this address may run {window.limit} requests every "
        f"{window.seconds} s (cached answers are free). Retry after {window.retry_after} s."
    )
    body = {
        "errors": [
            {
                "message": message,
                "extensions": {"code": "RATE_LIMITED", "retryAfter": window.retry_after},
            }
        ]
    }
    response = HttpResponse(json.dumps(body), status=429, content_type="application/json")
    response["Retry-After"] = str(window.retry_after)
    return response


def login_refusal(window):
    """429 for the sign-in form, in the admin's language."""
    minutes = math.ceil(window.retry_after / 60)
    message = ngettext(
        "Too many failed sign-in attempts for this username. Try again in %(minutes)d minute.",
        "Too many failed sign-in attempts for this username. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    title = gettext("Sign-in locked")
    response = HttpResponse(
        f"{title}\n\n{message}\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(window.retry_after)
    return response
