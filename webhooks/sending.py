"""One POST to a webhook endpoint, within one deadline, to checked addresses only.

http.client, not urllib: it follows no redirects, and its socket can be replaced. The name is
resolved once and every address checked (safety.resolve); the connection goes to a checked
address while the Host header, TLS SNI and certificate check use the name, so a DNS answer that
changes between the check and the connection (rebinding) changes nothing. A socket timeout only
bounds each read, so every read and write gets the time left of the attempt: a receiver
trickling its answer one byte at a time is cut at the deadline like a silent one.
"""

import http.client
import io
import socket
import ssl
import time
from urllib.parse import urlsplit

from .safety import check_url, resolve

# At most this much of the answer's body is read (and thrown away).
MAX_BODY_BYTES = 64 * 1024


class Deadline:
    """The end of an attempt: each network step may use only the time left."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self):
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"timed out after {self.seconds} s")
        return left


class DeadlineReader(io.RawIOBase):
    """The socket's incoming bytes, each read limited to the time left."""

    def __init__(self, sock, deadline):
        super().__init__()
        self.sock = sock
        self.deadline = deadline

    def readable(self):
        return True

    def readinto(self, buffer):
        self.sock.settimeout(self.deadline.remaining())
        return self.sock.recv_into(buffer)


class DeadlineSocket:
    """What http.client uses of a socket (sendall, makefile, close), bound to the deadline.

    Closing is left to the caller, once the answer is read: http.client closes the connection
    as soon as the headers say it will close, before the body is read.
    """

    def __init__(self, sock, deadline):
        self.sock = sock
        self.deadline = deadline

    def sendall(self, data):
        # Since Python 3.5 a sendall's timeout bounds the whole call.
        self.sock.settimeout(self.deadline.remaining())
        self.sock.sendall(data)

    def makefile(self, mode="rb", *args, **kwargs):
        return io.BufferedReader(DeadlineReader(self.sock, self.deadline))

    def close(self):
        pass


def tls_context():
    """Certificates checked against the system's authorities and the URL's host name."""
    return ssl.create_default_context()


class PinnedHTTPConnection(http.client.HTTPConnection):
    """A connection to addresses already checked, whatever the name resolves to by now."""

    def __init__(self, host, port, addresses, deadline):
        super().__init__(host, port)
        self.addresses = addresses
        self.deadline = deadline
        self.real_socket = None

    def connect(self):
        error = None
        for family, sockaddr in self.addresses:
            sock = socket.socket(family, socket.SOCK_STREAM)
            try:
                sock.settimeout(self.deadline.remaining())
                sock.connect(sockaddr)
            except OSError as failure:
                sock.close()
                error = failure
                continue
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.real_socket = self.wrap(sock)
            self.sock = DeadlineSocket(self.real_socket, self.deadline)
            return
        raise error

    def wrap(self, sock):
        return sock

    def close_socket(self):
        if self.real_socket is not None:
            self.real_socket.close()


class PinnedHTTPSConnection(PinnedHTTPConnection):
    default_port = http.client.HTTPS_PORT

    def wrap(self, sock):
        # The handshake's timeout bounds the whole handshake (Python 3.5 and later).
        sock.settimeout(self.deadline.remaining())
        try:
            return tls_context().wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def post(url, body, headers, timeout):
    """POST the body and return the answer's HTTP status, all within `timeout` seconds.

    Raises safety.Refused when the URL may not be sent to, TimeoutError at the deadline, and
    whatever the network or a malformed answer raises otherwise.
    """
    deadline = Deadline(timeout)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname
    check_url(scheme, host)
    port = parts.port or (443 if scheme == "https" else 80)
    addresses = resolve(host, port)
    connection_class = PinnedHTTPSConnection if scheme == "https" else PinnedHTTPConnection
    connection = connection_class(host, port, addresses, deadline)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    try:
        connection.request("POST", target, body=body, headers={**headers, "Connection": "close"})
        response = connection.getresponse()
        response.read(MAX_BODY_BYTES)
        return response.status
    finally:
        connection.close()
        connection.close_socket()
