"""One lockout for every password door: sign-in (the admin's, the site's in each language,
Django's admin), page and document passwords, and password reset requests; counted per account
and per address, reserved before the password is checked so parallel attempts cannot overshoot."""

import threading
import time

import pytest

from django.http import HttpResponse
from django.test import RequestFactory

from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms import ratelimits

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("each_cache_backend")]

# Refused at 10 s into a window of 900 s.
RETRY_AFTER = "890"
USERNAME_LOCKED = (
    "Sign-in locked\n\nToo many failed sign-in attempts for this username. "
    "Try again in 15 minutes.\n"
)
USERNAME_LOCKED_JA = (
    "サインインはロックされています\n\n"
    "このユーザー名でのサインインの失敗が多すぎます。15 分後にもう一度お試しください。\n"
)
ADDRESS_LOCKED = (
    "Sign-in locked\n\nToo many wrong passwords from this IP address. Try again in 15 minutes.\n"
)
PASSWORD_LOCKED = "Password locked\n\nToo many wrong passwords. Try again in 15 minutes.\n"
RESET_LOCKED = (
    "Password reset locked\n\nToo many password reset requests. Try again in 15 minutes.\n"
)
SIGN_IN_DOORS = ["/admin/login/", "/en/_util/login/", "/ja/_util/login/", "/django-admin/login/"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "right-pw")


@pytest.fixture
def limits(settings):
    settings.ADMIN_LOGIN_MAX_FAILURES = 5
    settings.ADMIN_LOGIN_LOCKOUT_SECONDS = 900
    settings.PASSWORD_MAX_FAILURES_PER_ADDRESS = 20
    settings.PASSWORD_MAX_FAILURES_PER_ACCOUNT = 50
    settings.PASSWORD_RESET_MAX_REQUESTS = 5
    return settings


def sign_in(client, password, door="/admin/login/", username="editor", **headers):
    return client.post(door, {"username": username, "password": password}, **headers)


def refusal(response):
    return response.status_code, response["Retry-After"], response.content.decode()


@pytest.mark.parametrize(
    ("path", "door"),
    [
        ("/admin/login/", ratelimits.SIGN_IN),
        ("/en/_util/login/", ratelimits.SIGN_IN),
        ("/ja/_util/login/", ratelimits.SIGN_IN),
        ("/django-admin/login/", ratelimits.SIGN_IN),
        ("/en/_util/authenticate_with_password/3/4/", ratelimits.RESTRICTION),
        ("/ja/_util/authenticate_with_password/3/4/", ratelimits.RESTRICTION),
        ("/documents/authenticate_with_password/3/", ratelimits.RESTRICTION),
        ("/admin/password_reset/", ratelimits.PASSWORD_RESET),
        ("/admin/password_reset/done/", None),
        ("/admin/pages/", None),
        ("/_util/login/", None),
        ("/en/news/", None),
        ("/no/such/path/", None),
    ],
)
def test_the_doors_are_found_by_the_url_name_their_path_resolves_to(path, door):
    attempt = ratelimits.password_attempt(RequestFactory().post(path))
    assert (attempt and attempt.door) == door


@pytest.mark.parametrize("door", SIGN_IN_DOORS)
def test_every_sign_in_door_shares_one_lockout_per_username_and_address(
    client, editor, limits, frozen_clock, door
):
    assert [sign_in(client, "wrong", door).status_code for _ in range(5)] == [200] * 5
    locked = USERNAME_LOCKED_JA if door.startswith("/ja/") else USERNAME_LOCKED
    assert refusal(sign_in(client, "right-pw", door)) == (429, RETRY_AFTER, locked)
    # The other doors are locked too, each in its own language.
    assert [refusal(sign_in(client, "right-pw", other)) for other in SIGN_IN_DOORS] == [
        (429, RETRY_AFTER, USERNAME_LOCKED),
        (429, RETRY_AFTER, USERNAME_LOCKED),
        (429, RETRY_AFTER, USERNAME_LOCKED_JA),
        (429, RETRY_AFTER, USERNAME_LOCKED),
    ]
    # Another username from the address, and the username from another address, may try.
    assert sign_in(client, "wrong", door, username="someone-else").status_code == 200
    assert sign_in(client, "right-pw", door, REMOTE_ADDR="192.0.2.7").status_code == 302
    client.logout()
    frozen_clock.now += 890
    assert sign_in(client, "right-pw", door).status_code == 302


def test_a_refused_sign_in_takes_nothing_from_the_address(client, editor, limits, frozen_clock):
    limits.PASSWORD_MAX_FAILURES_PER_ADDRESS = 8
    assert [sign_in(client, "wrong").status_code for _ in range(5)] == [200] * 5
    assert [sign_in(client, "wrong").status_code for _ in range(10)] == [429] * 10
    assert [sign_in(client, "wrong", username="b").status_code for _ in range(3)] == [200] * 3


def test_an_address_is_locked_across_usernames(client, editor, limits, frozen_clock):
    limits.PASSWORD_MAX_FAILURES_PER_ADDRESS = 8
    statuses = [sign_in(client, "wrong", username=name).status_code for name in "abcdefgh"]
    assert statuses == [200] * 8
    assert refusal(sign_in(client, "right-pw")) == (429, RETRY_AFTER, ADDRESS_LOCKED)
    assert refusal(sign_in(client, "right-pw", "/django-admin/login/")) == (
        429,
        RETRY_AFTER,
        ADDRESS_LOCKED,
    )
    assert sign_in(client, "right-pw", REMOTE_ADDR="192.0.2.7").status_code == 302


def test_an_account_is_locked_across_addresses(client, editor, limits, frozen_clock):
    limits.PASSWORD_MAX_FAILURES_PER_ACCOUNT = 7
    addresses = ["127.0.0.1"] * 5 + ["192.0.2.7"] * 2
    statuses = [sign_in(client, "wrong", REMOTE_ADDR=address).status_code for address in addresses]
    assert statuses == [200] * 7
    refused = sign_in(client, "right-pw", "/en/_util/login/", REMOTE_ADDR="198.51.100.1")
    assert refusal(refused) == (429, RETRY_AFTER, USERNAME_LOCKED)
    assert sign_in(client, "wrong", username="b", REMOTE_ADDR="198.51.100.1").status_code == 200


def test_a_successful_sign_in_clears_its_failures_and_gives_its_attempt_back(
    client, editor, limits, frozen_clock
):
    limits.ADMIN_LOGIN_MAX_FAILURES = 3
    limits.PASSWORD_MAX_FAILURES_PER_ADDRESS = 5
    limits.PASSWORD_MAX_FAILURES_PER_ACCOUNT = 5
    for _ in range(2):
        assert [sign_in(client, "wrong").status_code for _ in range(2)] == [200, 200]
        assert sign_in(client, "right-pw", "/en/_util/login/").status_code == 302
        client.logout()
    # The username's failures at this address were cleared each time (four would be over its
    # limit of 3), but the address and the account keep theirs: one more failure is left.
    assert sign_in(client, "wrong").status_code == 200
    assert refusal(sign_in(client, "right-pw")) == (429, RETRY_AFTER, ADDRESS_LOCKED)


@pytest.mark.parametrize("door", ["/admin/login/", "/ja/_util/login/", "/django-admin/login/"])
def test_parallel_attempts_get_through_exactly_the_limit(limits, frozen_clock, door):
    """20 wrong passwords at once, each checked while the others arrive: 5 are let through."""
    checked = []
    start = threading.Barrier(20)

    def check_password(request):
        checked.append(request)
        time.sleep(0.05)  # every other attempt arrives while this one is checked
        return HttpResponse(status=200)

    middleware = ratelimits.RateLimitMiddleware(check_password)
    statuses = []

    def attempt():
        request = RequestFactory().post(door, {"username": "editor", "password": "wrong"})
        start.wait()
        statuses.append(middleware(request).status_code)

    threads = [threading.Thread(target=attempt) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert (sorted(statuses), len(checked)) == ([200] * 5 + [429] * 15, 5)


@pytest.fixture
def private_page(site_tree):
    restriction = PageViewRestriction.objects.create(
        page=site_tree.news, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    return f"/en/_util/authenticate_with_password/{restriction.pk}/{site_tree.news.pk}/"


@pytest.fixture
def private_documents(locales):
    collection = Collection.get_first_root_node().add_child(name="Board")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="secret",
    )
    return f"/documents/authenticate_with_password/{restriction.pk}/"


def enter(client, path, password, **headers):
    return client.post(path, {"password": password, "return_url": "/en/"}, **headers)


@pytest.mark.parametrize("form", ["private_page", "private_documents"])
def test_a_password_form_locks_per_address_and_restriction(
    client, limits, frozen_clock, request, form
):
    path = request.getfixturevalue(form)
    assert [enter(client, path, "wrong").status_code for _ in range(5)] == [200] * 5
    assert refusal(enter(client, path, "secret")) == (429, RETRY_AFTER, PASSWORD_LOCKED)
    assert enter(client, path, "secret", REMOTE_ADDR="192.0.2.7").status_code == 302
    frozen_clock.now += 890
    assert enter(client, path, "secret").status_code == 302


@pytest.mark.parametrize("form", ["private_page", "private_documents"])
def test_the_right_password_clears_the_failures_of_a_form(
    client, limits, frozen_clock, request, form
):
    limits.ADMIN_LOGIN_MAX_FAILURES = 3
    path = request.getfixturevalue(form)
    assert [enter(client, path, "wrong").status_code for _ in range(2)] == [200, 200]
    assert enter(client, path, "secret").status_code == 302
    assert [enter(client, path, "wrong").status_code for _ in range(3)] == [200, 200, 200]
    assert enter(client, path, "secret").status_code == 429


def test_page_passwords_count_against_the_address_of_sign_ins(
    client, editor, limits, frozen_clock, private_page, private_documents
):
    limits.PASSWORD_MAX_FAILURES_PER_ADDRESS = 6
    assert [enter(client, private_page, "wrong").status_code for _ in range(3)] == [200] * 3
    assert [enter(client, private_documents, "wrong").status_code for _ in range(3)] == [200] * 3
    assert refusal(sign_in(client, "right-pw")) == (429, RETRY_AFTER, ADDRESS_LOCKED)
    assert refusal(enter(client, private_page, "secret")) == (
        429,
        RETRY_AFTER,
        "Password locked\n\n"
        "Too many wrong passwords from this IP address. Try again in 15 minutes.\n",
    )


def request_reset(client, email, **headers):
    return client.post("/admin/password_reset/", {"email": email}, **headers)


def test_password_reset_requests_are_limited_per_address_and_email(
    client, editor, limits, frozen_clock, mailoutbox
):
    limits.PASSWORD_RESET_MAX_REQUESTS = 3
    statuses = [request_reset(client, "editor@example.org").status_code for _ in range(3)]
    assert statuses == [302] * 3
    assert refusal(request_reset(client, "Editor@example.org ")) == (
        429,
        RETRY_AFTER,
        RESET_LOCKED,
    )
    # The address is spent for every e-mail, and the e-mail from every address.
    assert request_reset(client, "someone@example.org").status_code == 429
    assert request_reset(client, "editor@example.org", REMOTE_ADDR="192.0.2.7").status_code == 429
    assert request_reset(client, "someone@example.org", REMOTE_ADDR="192.0.2.7").status_code == 302
    assert len(mailoutbox) == 3
    frozen_clock.now += 890
    assert request_reset(client, "editor@example.org").status_code == 302


def test_only_posts_are_counted(client, editor, limits, frozen_clock):
    limits.ADMIN_LOGIN_MAX_FAILURES = 1
    assert [client.get("/admin/login/").status_code for _ in range(3)] == [200] * 3
    assert [client.get("/admin/password_reset/").status_code for _ in range(6)] == [200] * 6
    assert sign_in(client, "right-pw").status_code == 302


def test_a_limit_of_zero_is_off(client, editor, limits, frozen_clock):
    limits.ADMIN_LOGIN_MAX_FAILURES = 0
    limits.PASSWORD_MAX_FAILURES_PER_ADDRESS = 0
    limits.PASSWORD_MAX_FAILURES_PER_ACCOUNT = 0
    assert [sign_in(client, "wrong").status_code for _ in range(30)] == [200] * 30


def test_nothing_is_counted_or_refused_while_the_cache_is_unreachable(
    client, editor, limits, frozen_clock, monkeypatch
):
    """django-redis, ignoring its errors, answers None to every call."""

    class Unreachable:
        def __getattr__(self, name):
            return lambda *args, **kwargs: None

    monkeypatch.setattr(ratelimits, "cache", Unreachable())
    assert [sign_in(client, "wrong").status_code for _ in range(30)] == [200] * 30
    assert sign_in(client, "right-pw").status_code == 302
