"""Webhook delivery safety: public https endpoints only, no redirects, every failure logged and
retried, one deadline per attempt, and one worker per delivery."""

import contextlib
import datetime
import re
import socket
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from unittest import mock

import pytest
import time_machine
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from django_tasks_db.models import DBTaskResult

from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.webhooks.test_delivery import Receiver, run_worker
from webhooks.delivery import claim, deliver
from webhooks.models import WebhookDelivery, WebhookEndpoint

NOW = datetime.datetime(2026, 11, 21, 9, 0, tzinfo=datetime.UTC)
RETRY_AT = NOW + datetime.timedelta(seconds=30)
PUBLIC_ADDRESS = "93.184.216.34"


@pytest.fixture
def webhook_settings(settings):
    settings.WEBHOOK_RETRY_BASE_SECONDS = 30
    settings.WEBHOOK_MAX_ATTEMPTS = 3
    settings.WEBHOOK_TIMEOUT_SECONDS = 2
    # The local receivers are plain http on 127.0.0.1, which production refuses.
    settings.WEBHOOK_ALLOW_HTTP = True
    settings.WEBHOOK_ALLOWED_PRIVATE_NETWORKS = ["127.0.0.0/8"]
    return settings


@pytest.fixture
def frozen_clock():
    # Only the wall clock stands still: deadlines and sleeps run on the monotonic clock.
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.stop()


def queued(url):
    """A delivery to an endpoint at this URL (saved without the form's checks), and its task."""
    endpoint = WebhookEndpoint.objects.create(name="Partner", url=url)
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint, event="page.published", payload={"event": "page.published"}
    )
    deliver.enqueue(str(delivery.pk))
    return delivery


def outcome(delivery):
    delivery.refresh_from_db()
    return (
        delivery.status,
        delivery.attempts,
        delivery.response_status,
        delivery.error,
        delivery.next_attempt_at,
    )


def queued_retries():
    return list(DBTaskResult.objects.filter(status="READY").values_list("run_after", flat=True))


def fake_dns(answers):
    """Answer getaddrinfo for the names given with the addresses given, one answer per call."""
    real = socket.getaddrinfo
    calls = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        calls.append(host)
        addresses = answers[host].pop(0)
        return [info for address in addresses for info in real(address, port, *args, **kwargs)]

    return mock.patch("socket.getaddrinfo", getaddrinfo), calls


class RawServer:
    """A local TCP server that reads each request and answers with `answer(connection)`.

    The answers are what HTTP servers should not send: garbage, nothing, a trickle.
    """

    def __init__(self, answer):
        self.answer = answer
        self.requests = []
        self.stopped = threading.Event()
        self.socket = socket.create_server(("127.0.0.1", 0))
        # Short accept timeouts, so stop() is noticed.
        self.socket.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}/hook"
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self):
        while not self.stopped.is_set():
            try:
                connection, _address = self.socket.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(5)
                self.requests.append(read_request(connection))
                # The client may hang up mid-answer, as it should when it gives up.
                with contextlib.suppress(OSError):
                    self.answer(connection, self.stopped)

    def stop(self):
        self.stopped.set()
        self.thread.join(5)
        self.socket.close()


def read_request(connection):
    data = b""
    while b"\r\n\r\n" not in data:
        data += connection.recv(65536)
    head, body = data.split(b"\r\n\r\n", 1)
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    while len(body) < length:
        body += connection.recv(65536)
    return head


def redirect_server():
    """An HTTP server that answers 302 to /hook, pointing at /moved on itself."""
    paths = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            paths.append(self.path)
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(302 if self.path == "/hook" else 200)
            self.send_header("Location", "/moved")
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_POST

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, paths


def certificate(tmp_path, name):
    """A self-signed certificate for `name`: its file doubles as the client's trusted roots."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        # Valid whatever the clock says: OpenSSL reads the real one, the test may freeze another.
        .not_valid_before(datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))
        .not_valid_after(datetime.datetime(2100, 1, 1, tzinfo=datetime.UTC))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def tls_receiver(cert_file, key_file):
    """The Receiver behind TLS, recording the server name (SNI) each client asked for."""
    server = Receiver()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server.server_names = []
    context.sni_callback = lambda sock, name, ctx: server.server_names.append(name)
    server.server.socket = context.wrap_socket(server.server.socket, server_side=True)
    return server


# 1. Public https endpoints only.

ADDRESS_REFUSED = (
    "Use a public address: {} is local, private or reserved, and webhooks are not sent "
    "inside the network."
)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("https://10.1.2.3/hook", "10.1.2.3"),
        ("https://192.168.0.10:8443/hook", "192.168.0.10"),
        ("https://127.0.0.1:8000/hook", "127.0.0.1"),
        ("https://0.0.0.0/hook", "0.0.0.0"),
        ("https://224.0.0.1/hook", "224.0.0.1"),
        ("https://100.64.0.1/hook", "100.64.0.1"),
        ("https://[::1]/hook", "::1"),
        ("https://[fe80::1]/hook", "fe80::1"),
        ("https://[fd00::1]/hook", "fd00::1"),
        ("https://[::ffff:169.254.169.254]/hook", "::ffff:169.254.169.254"),
        ("https://localhost/hook", "localhost"),
        ("https://api.localhost/hook", "api.localhost"),
        ("https://metadata.google.internal/computeMetadata/v1/", "metadata.google.internal"),
    ],
)
def test_endpoint_refuses_internal_addresses(db, url, host):
    """Address literals outside the public internet and local names are refused on the form."""
    endpoint = WebhookEndpoint(name="Internal", url=url)
    with pytest.raises(ValidationError) as error:
        endpoint.full_clean()
    assert error.value.message_dict == {"url": [ADDRESS_REFUSED.format(host)]}


@pytest.mark.parametrize(
    ("url", "allow_http", "message"),
    [
        ("ftp://example.org/hook", False, "Use an https:// address."),
        ("http://example.org/hook", False, "Use an https:// address."),
        ("ftp://example.org/hook", True, "Use an http:// or https:// address."),
    ],
)
def test_endpoint_refuses_other_schemes(db, settings, url, allow_http, message):
    """Only https is accepted, and http only where WEBHOOK_ALLOW_HTTP says so."""
    settings.WEBHOOK_ALLOW_HTTP = allow_http
    with pytest.raises(ValidationError) as error:
        WebhookEndpoint(name="Other", url=url).full_clean()
    assert error.value.message_dict == {"url": [message]}


def test_endpoint_accepts_public_https_and_allowed_networks(db, settings):
    """Public https names and addresses pass, and so does an address in an allowed network."""
    for url in ("https://hooks.example.org/ejrc", f"https://{PUBLIC_ADDRESS}/hook"):
        WebhookEndpoint(name="Public", url=url).full_clean()
    settings.WEBHOOK_ALLOWED_PRIVATE_NETWORKS = ["10.20.0.0/16"]
    WebhookEndpoint(name="Allowed", url="https://10.20.30.40/hook").full_clean()


def test_admin_form_shows_the_refusal(admin_client):
    """The administrator sees why the address was refused, next to the URL field."""
    response = admin_client.post(
        reverse("webhook_endpoints:add"),
        {
            "name": "Metadata",
            "url": "https://169.254.169.254/latest/meta-data/",
            "send_published": "on",
            "is_active": "on",
            "secret": "s3cret",
        },
    )
    assert response.status_code == 200
    assert response.context["form"].errors == {"url": [ADDRESS_REFUSED.format("169.254.169.254")]}
    assert WebhookEndpoint.objects.count() == 0


def test_delivery_refuses_a_name_resolving_inside_the_network(
    db, webhook_settings, frozen_clock, django_capture_on_commit_callbacks
):
    """One private address among a name's answers refuses the attempt for good, unsent."""
    dns, calls = fake_dns({"hooks.example.test": [[PUBLIC_ADDRESS, "10.0.0.7"]]})
    delivery = queued("https://hooks.example.test/hook")
    with dns, mock.patch("socket.socket.connect") as connect:
        run_worker(django_capture_on_commit_callbacks)
    assert outcome(delivery) == (
        "failed",
        1,
        None,
        "Refused: hooks.example.test resolves to 10.0.0.7, not a public address",
        None,
    )
    assert (calls, connect.call_count, queued_retries()) == (["hooks.example.test"], 0, [])


def test_delivery_refuses_loopback_unless_its_network_is_allowed(
    db, webhook_settings, receiver, frozen_clock, django_capture_on_commit_callbacks
):
    """By default even the local receiver is refused: only the setting lets 127.0.0.1 in."""
    webhook_settings.WEBHOOK_ALLOWED_PRIVATE_NETWORKS = []
    delivery = queued(receiver.url)
    run_worker(django_capture_on_commit_callbacks)
    assert outcome(delivery) == (
        "failed",
        1,
        None,
        "Refused: 127.0.0.1 is not a public address",
        None,
    )
    assert (receiver.requests, queued_retries()) == ([], [])


def test_delivery_refuses_http_when_not_allowed(
    db, webhook_settings, receiver, frozen_clock, django_capture_on_commit_callbacks
):
    """An http endpoint saved before the rule (or without the form) is not sent to."""
    webhook_settings.WEBHOOK_ALLOW_HTTP = False
    delivery = queued(receiver.url)
    run_worker(django_capture_on_commit_callbacks)
    assert outcome(delivery) == (
        "failed",
        1,
        None,
        "Refused: only https:// addresses are allowed",
        None,
    )
    assert receiver.requests == []


def test_delivery_connects_to_the_checked_address_under_the_name(
    db, webhook_settings, receiver, django_capture_on_commit_callbacks
):
    """The name is resolved once; a second answer (rebinding) is never used, the Host kept."""
    port = receiver.server.server_port
    # Were the name resolved again to connect, it would get the internal address.
    dns, calls = fake_dns({"hooks.example.test": [["127.0.0.1"], ["10.0.0.7"]]})
    delivery = queued(f"http://hooks.example.test:{port}/hook?site=ejrc")
    with dns:
        run_worker(django_capture_on_commit_callbacks)
    assert outcome(delivery) == ("delivered", 1, 200, "", None)
    assert calls == ["hooks.example.test"]
    headers, _body = receiver.requests[0]
    assert headers["Host"] == f"hooks.example.test:{port}"


def test_tls_uses_the_name_for_sni_and_the_certificate(
    db, webhook_settings, tmp_path, django_capture_on_commit_callbacks
):
    """Connected to the pinned address, TLS still asks for and checks the URL's name."""
    cert_file, key_file = certificate(tmp_path, "hooks.example.test")
    server = tls_receiver(cert_file, key_file)
    dns, _calls = fake_dns({"hooks.example.test": [["127.0.0.1"]]})
    delivery = queued(f"https://hooks.example.test:{server.server.server_port}/hook")
    trusted = ssl.create_default_context(cafile=cert_file)
    with dns, mock.patch("webhooks.sending.tls_context", return_value=trusted):
        run_worker(django_capture_on_commit_callbacks)
    server.stop()
    assert outcome(delivery) == ("delivered", 1, 200, "", None)
    assert server.server_names == ["hooks.example.test"]
    assert server.requests[0][0]["Host"] == f"hooks.example.test:{server.server.server_port}"


def test_tls_refuses_a_certificate_for_another_name(
    db, webhook_settings, tmp_path, frozen_clock, django_capture_on_commit_callbacks
):
    """A certificate that does not name the URL's host fails the attempt, which is retried."""
    cert_file, key_file = certificate(tmp_path, "other.example.test")
    server = tls_receiver(cert_file, key_file)
    dns, _calls = fake_dns({"hooks.example.test": [["127.0.0.1"]]})
    delivery = queued(f"https://hooks.example.test:{server.server.server_port}/hook")
    trusted = ssl.create_default_context(cafile=cert_file)
    with dns, mock.patch("webhooks.sending.tls_context", return_value=trusted):
        run_worker(django_capture_on_commit_callbacks)
    server.stop()
    status, attempts, response_status, error, next_attempt_at = outcome(delivery)
    assert (status, attempts, response_status, next_attempt_at) == ("retrying", 1, None, RETRY_AT)
    # The message ends with OpenSSL's source line, which differs between builds.
    assert re.sub(r" \(_ssl\.c:\d+\)$", "", error) == (
        "SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
        "Hostname mismatch, certificate is not valid for 'hooks.example.test'."
    )
    assert "Hostname mismatch" in error
    assert (server.requests, queued_retries()) == ([], [RETRY_AT])


# 2. No redirects.


def test_a_redirect_is_a_failed_attempt_not_followed(
    db, webhook_settings, frozen_clock, django_capture_on_commit_callbacks
):
    """A 302 is not followed (the body would be lost) but logged and retried."""
    server, paths = redirect_server()
    delivery = queued(f"http://127.0.0.1:{server.server_port}/hook")
    run_worker(django_capture_on_commit_callbacks)
    server.shutdown()
    server.server_close()
    assert outcome(delivery) == (
        "retrying",
        1,
        302,
        "HTTP 302: redirects are not followed",
        RETRY_AT,
    )
    assert (paths, queued_retries()) == (["/hook"], [RETRY_AT])


# 3. Every failure is a failed attempt, retried.


def send_garbage(connection, stopped):
    connection.sendall(b"garbage\r\n")


def hang_up(connection, stopped):
    pass


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (send_garbage, "BadStatusLine: garbage"),
        (hang_up, "RemoteDisconnected: Remote end closed connection without response"),
    ],
)
def test_a_non_http_answer_is_a_failed_attempt_retried(
    db, webhook_settings, frozen_clock, django_capture_on_commit_callbacks, answer, error
):
    """Garbage or a closed connection instead of an HTTP answer is logged and retried."""
    server = RawServer(answer)
    delivery = queued(server.url)
    run_worker(django_capture_on_commit_callbacks)
    server.stop()
    assert outcome(delivery) == ("retrying", 1, None, error, RETRY_AT)
    assert (len(server.requests), queued_retries()) == (1, [RETRY_AT])


def test_any_exception_is_a_failed_attempt_retried(
    db, webhook_settings, frozen_clock, django_capture_on_commit_callbacks
):
    """Even an error nobody foresaw leaves the delivery retrying, never pending."""
    delivery = queued("https://hooks.example.org/hook")
    with mock.patch("webhooks.delivery.post", side_effect=RuntimeError("unexpected")):
        run_worker(django_capture_on_commit_callbacks)
    assert outcome(delivery) == ("retrying", 1, None, "RuntimeError: unexpected", RETRY_AT)
    assert queued_retries() == [RETRY_AT]


# 4. One deadline per attempt.


def trickle(connection, stopped):
    for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" * 10:
        if stopped.wait(0.5):
            return
        connection.sendall(bytes([byte]))


def test_a_trickling_receiver_is_cut_at_the_deadline(
    db, webhook_settings, frozen_clock, django_capture_on_commit_callbacks
):
    """One byte every half second keeps each read short, but not the attempt past 2 s."""
    server = RawServer(trickle)
    delivery = queued(server.url)
    started = time.monotonic()
    run_worker(django_capture_on_commit_callbacks)
    elapsed = time.monotonic() - started
    server.stop()
    assert 2 <= elapsed < 3
    assert outcome(delivery) == ("retrying", 1, None, "Timed out after 2 s", RETRY_AT)
    assert queued_retries() == [RETRY_AT]


# 5. One worker per delivery.


def test_claim_gives_a_delivery_to_one_worker_at_a_time(db, webhook_settings):
    """The first claim wins; the others wait until the attempt's time (2 s + 60 s) is up."""
    delivery = queued("https://hooks.example.org/hook")
    assert claim(delivery.pk, NOW) is True
    assert claim(delivery.pk, NOW + datetime.timedelta(seconds=61)) is False
    # A worker that died mid-attempt leaves its claim: it runs out, another worker takes over.
    assert claim(delivery.pk, NOW + datetime.timedelta(seconds=62)) is True
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_attempt_at) == (
        "pending",
        2,
        NOW + datetime.timedelta(seconds=62),
    )


def test_a_delivery_being_sent_is_not_sent_by_a_second_worker(
    db, webhook_settings, frozen_clock, django_capture_on_commit_callbacks
):
    """A second task for the same delivery, run mid-attempt, sends nothing and changes nothing."""
    delivery = queued("https://hooks.example.org/hook")

    def second_worker_meanwhile(url, body, headers, timeout):
        # What another worker process would do with a duplicate task during this attempt.
        deliver.call(str(delivery.pk))
        return 200

    with mock.patch("webhooks.delivery.post", side_effect=second_worker_meanwhile) as post:
        run_worker(django_capture_on_commit_callbacks)
    assert post.call_count == 1
    assert outcome(delivery) == ("delivered", 1, 200, "", None)


def test_a_retry_is_not_sent_before_it_is_due(db, webhook_settings, frozen_clock):
    """A stray task for a delivery waiting for its retry does not send it early."""
    delivery = queued("https://hooks.example.org/hook")
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status="retrying", attempts=1, next_attempt_at=RETRY_AT
    )
    with mock.patch("webhooks.delivery.post") as post:
        deliver.call(str(delivery.pk))
    assert (post.call_count, outcome(delivery)) == (0, ("retrying", 1, None, "", RETRY_AT))
