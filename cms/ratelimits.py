"""Rate limits per client address, shared by every process through the cache.

- The API: GRAPHQL_RATE_LIMIT requests that run (answers from the response cache are free) per
  GRAPHQL_RATE_LIMIT_SECONDS. Once they are spent, the address gets 429 with Retry-After until
  the window ends.
- Password doors: every form that checks a password, found by the URL name its path resolves to
  (with or without a language prefix):

  - sign-in (the account is the username): the admin's (wagtailadmin_login), the site's for
    private pages under each language prefix (wagtailcore_login, whose session opens the admin
    too) and Django's admin (admin:login);
  - the password of a private page or of a private collection's documents (the account is the
    view restriction: wagtailcore_authenticate_with_password,
    wagtaildocs_authenticate_with_password).

  Each attempt is counted in three windows of ADMIN_LOGIN_LOCKOUT_SECONDS: its account from its
  address (ADMIN_LOGIN_MAX_FAILURES), its address across accounts
  (PASSWORD_MAX_FAILURES_PER_ADDRESS) and its account across addresses
  (PASSWORD_MAX_FAILURES_PER_ACCOUNT). The attempt is reserved before the password is checked
  (an atomic increment, refused when it goes over a limit), so parallel requests cannot
  overshoot. A right password gives it back: the account's failures from that address are
  cleared, the two wider windows get their one attempt back (a sign-in to one's own account
  does not reset what an address or an account has spent).
- Password reset requests (wagtailadmin_password_reset): PASSWORD_RESET_MAX_REQUESTS per
  ADMIN_LOGIN_LOCKOUT_SECONDS from one address, and as many for one e-mail address.
- Applications to calls (apply_to_call): APPLICATION_RATE_LIMIT sent per
  APPLICATION_RATE_SECONDS from one address, and as many for one e-mail address; a form sent
  back with errors gives its attempt back.

A refused attempt gets 429 with Retry-After, in the language of the page or of the admin, and
takes nothing from any window. A limit of 0 turns the limit off. When the cache is unreachable,
nothing is counted or refused.
"""

import contextlib
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
from django.urls import Resolver404, resolve
from django.utils import translation
from django.utils.translation import gettext, ngettext

from graphql_api.http import responses

log = logging.getLogger(__name__)
clock = time.time

API_PATH = "/graphql/"

# The doors, by the URL names Django's and Wagtail's URL confs give them.
SIGN_IN_VIEWS = {"wagtailadmin_login", "wagtailcore_login", "admin:login"}
# The view restriction's id, by URL name: (what it protects, the URL's keyword argument).
RESTRICTION_VIEWS = {
    "wagtailcore_authenticate_with_password": ("page", "page_view_restriction_id"),
    "wagtaildocs_authenticate_with_password": ("document", "restriction_id"),
}
PASSWORD_RESET_VIEWS = {"wagtailadmin_password_reset"}

# The application forms of the calls: each sent application counts, a form sent back with
# errors does not.
APPLICATION_VIEWS = {"apply_to_call"}
SIGN_IN, RESTRICTION, PASSWORD_RESET = "sign-in", "restriction", "password reset"
APPLICATION = "application"


class Window:
    """One client's count in the current fixed window of a limit."""

    def __init__(self, scope, client, limit, seconds, about="account"):
        now = clock()
        start = int(now // seconds) * seconds
        digest = hashlib.sha256(client.encode()).hexdigest()[:32]
        self.key = f"ratelimit:{scope}:{digest}:{start}"
        self.limit, self.seconds = limit, seconds
        self.retry_after = max(1, math.ceil(start + seconds - now))
        # What the refusal names: "account" (the username, page or document) or "address".
        self.about = about

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

    def reserve(self):
        """Takes one attempt, atomically; False (and nothing taken) when none is left."""
        if self.limit <= 0:
            return True
        for _ in range(3):
            try:
                value = cache.incr(self.key)
            except ValueError:  # the first attempt of this window
                created = cache.add(self.key, 1, timeout=self.seconds + 1)
                if created is False:  # another request created it first: count on top of it
                    continue
                value = 1 if created else None
            if value is None:  # the cache is unreachable (django-redis ignoring its errors)
                return True
            if value > self.limit:
                self.give_back()
                return False
            return True
        return True

    def give_back(self):
        """Returns one reserved attempt."""
        if self.limit > 0:
            # ValueError: the window has ended, or its failures were cleared.
            with contextlib.suppress(ValueError):
                cache.decr(self.key)

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


class Attempt:
    """One POST to a password door and the windows it counts in, narrowest first."""

    def __init__(self, door, windows, kept):
        self.door, self.windows = door, windows
        # The window whose failures a right password clears (the others get the attempt back).
        self.kept = kept

    def reserve(self):
        """Takes the attempt from every window: None, or the window that refuses it."""
        taken = []
        for window in self.windows:
            if not window.reserve():
                for earlier in taken:
                    earlier.give_back()
                return window
            taken.append(window)
        return None

    def succeeded(self):
        """The password was right: clears the account's failures, gives the attempt back."""
        for window in self.windows:
            if window is self.kept:
                window.forget()
            else:
                window.give_back()


def password_windows(address, account):
    """The three windows of a sign-in or restriction password: account, address, account."""
    seconds = settings.ADMIN_LOGIN_LOCKOUT_SECONDS
    return [
        Window("login", f"{address} {account}", settings.ADMIN_LOGIN_MAX_FAILURES, seconds),
        Window(
            "login-address",
            address,
            settings.PASSWORD_MAX_FAILURES_PER_ADDRESS,
            seconds,
            about="address",
        ),
        Window("login-account", account, settings.PASSWORD_MAX_FAILURES_PER_ACCOUNT, seconds),
    ]


def resolve_path(path):
    """The URL match of a path, in the language of its prefix (/en/, /ja/); None if none."""
    language = translation.get_language_from_path(path)
    try:
        if language:
            with translation.override(language):
                return resolve(path)
        return resolve(path)
    except Resolver404:
        return None


def address_and_email_windows(scope, request, limit, seconds):
    """The two windows of a form sent with an e-mail address: its address's, and the e-mail's."""
    email = request.POST.get("email", "").strip().lower()
    return [
        Window(f"{scope}-address", client_address(request), limit, seconds, about="address"),
        Window(f"{scope}-email", email, limit, seconds),
    ]


def password_attempt(request):
    """The attempt a POST makes at a password door; None for any other path."""
    match = resolve_path(request.path_info)
    if match is None:
        return None
    # Reading the form below reads the body: a view that must see its request first (to limit
    # the size of uploads as they arrive) says so.
    prepare = getattr(match.func, "prepare_request", None)
    if prepare is not None:
        prepare(request)
    address = client_address(request)
    if match.view_name in SIGN_IN_VIEWS:
        username = request.POST.get("username", "").strip().lower()
        windows = password_windows(address, username)
        return Attempt(SIGN_IN, windows, kept=windows[0])
    if match.view_name in RESTRICTION_VIEWS:
        protected, argument = RESTRICTION_VIEWS[match.view_name]
        # A colon: no username can take the name of a restriction.
        windows = password_windows(address, f"{protected}-restriction:{match.kwargs[argument]}")
        return Attempt(RESTRICTION, windows, kept=windows[0])
    if match.view_name in APPLICATION_VIEWS:
        windows = address_and_email_windows(
            "application",
            request,
            settings.APPLICATION_RATE_LIMIT,
            settings.APPLICATION_RATE_SECONDS,
        )
        return Attempt(APPLICATION, windows, kept=None)
    if match.view_name in PASSWORD_RESET_VIEWS:
        windows = address_and_email_windows(
            "password-reset",
            request,
            settings.PASSWORD_RESET_MAX_REQUESTS,
            settings.ADMIN_LOGIN_LOCKOUT_SECONDS,
        )
        return Attempt(PASSWORD_RESET, windows, kept=None)
    return None


@receiver(user_login_failed)
def log_failed_sign_in(sender, credentials, request=None, **kwargs):
    """Logs a wrong password with the address it came from (the door counted the attempt)."""
    if request is not None:
        log.warning("Failed sign-in", extra={"address": client_address(request)})


@receiver(user_logged_in)
def forget_failed_sign_ins(sender, request, user, **kwargs):
    """A successful sign-in clears the failures of its username and address."""
    attempt = getattr(request, "password_attempt", None)
    if attempt is not None:
        attempt.succeeded()
        request.password_attempt = None


class RateLimitMiddleware:
    """Answers 429 to clients over a limit; counts the API requests that ran and the attempts
    at every password door."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Views that budget per client (persisted queries) count the same address.
        request.client_address = client_address(request)
        if request.path == API_PATH:
            window = api_window(request)
            if window.spent():
                return api_refusal(window, request)
            response = self.get_response(request)
            if getattr(request, "ran_uncached", False):
                window.count()
            return response
        attempt = password_attempt(request) if request.method == "POST" else None
        if attempt is None:
            return self.get_response(request)
        refusing = attempt.reserve()
        if refusing is not None:
            return password_refusal(attempt, refusing)
        # A sign-in's success is known from the user_logged_in signal, which finds it here.
        request.password_attempt = attempt
        response = self.get_response(request)
        if attempt.door == RESTRICTION and response.status_code in (301, 302, 303):
            # The restriction's password was right: the view redirects to the protected page.
            attempt.succeeded()
        if attempt.door == APPLICATION and response.status_code not in (301, 302, 303):
            # Not sent (errors to correct, the call closed): only sent applications count.
            attempt.succeeded()
        return response


def api_refusal(window, request):
    """429 for the API, as a GraphQL error in the media type the client accepts."""
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
    media_type = responses.media_type_for(request.headers.get("Accept")) or responses.JSON
    response = HttpResponse(
        json.dumps(body), status=429, content_type=responses.content_type(media_type)
    )
    response["Retry-After"] = str(window.retry_after)
    return response


def password_refusal(attempt, window):
    """429 for a password door, in the language of the page or of the admin."""
    minutes = math.ceil(window.retry_after / 60)
    if attempt.door == APPLICATION:
        title = gettext("Too many applications")
        message = ngettext(
            "Too many applications from this address or e-mail address. Try again in "
            "%(minutes)d minute.",
            "Too many applications from this address or e-mail address. Try again in "
            "%(minutes)d minutes.",
            minutes,
        )
    elif attempt.door == PASSWORD_RESET:
        title = gettext("Password reset locked")
        message = ngettext(
            "Too many password reset requests. Try again in %(minutes)d minute.",
            "Too many password reset requests. Try again in %(minutes)d minutes.",
            minutes,
        )
    elif window.about == "address":
        title = gettext("Sign-in locked") if attempt.door == SIGN_IN else gettext("Password locked")
        message = ngettext(
            "Too many wrong passwords from this IP address. Try again in %(minutes)d minute.",
            "Too many wrong passwords from this IP address. Try again in %(minutes)d minutes.",
            minutes,
        )
    elif attempt.door == SIGN_IN:
        return login_refusal(window)
    else:
        title = gettext("Password locked")
        message = ngettext(
            "Too many wrong passwords. Try again in %(minutes)d minute.",
            "Too many wrong passwords. Try again in %(minutes)d minutes.",
            minutes,
        )
    return refusal(title, message % {"minutes": minutes}, window)


def login_refusal(window):
    """429 for the sign-in form, in the admin's language."""
    minutes = math.ceil(window.retry_after / 60)
    message = ngettext(
        "Too many failed sign-in attempts for this username. Try again in %(minutes)d minute.",
        "Too many failed sign-in attempts for this username. Try again in %(minutes)d minutes.",
        minutes,
    ) % {"minutes": minutes}
    return refusal(gettext("Sign-in locked"), message, window)


def refusal(title, message, window):
    """A plain-text 429 with Retry-After."""
    response = HttpResponse(
        f"{title}\n\n{message}\n",
        status=429,
        content_type="text/plain; charset=utf-8",
    )
    response["Retry-After"] = str(window.retry_after)
    return response
