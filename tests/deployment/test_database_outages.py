"""A server whose database stops answering, then refuses: quick 503s, cached answers, recovery."""

import contextlib
import socket
import statistics
import threading
import time
import uuid

import pytest
import requests

from .stack import POSTGRES, free_port

NEWS = "{ news(locale: EN, limit: 100) { totalCount items { title } } }"
# The target: every reader has its 503 within a second (connect and socket timeouts 0.8 s).
SLOWEST_503 = 1.0


class PostgresProxy:
    """A loopback relay to PostgreSQL that forwards, black-holes (accepts, forwards nothing) or
    refuses (no listener; open connections cut)."""

    def __init__(self):
        self.port = free_port()
        self.mode = "forward"
        self.listener = None
        self.sockets = set()
        self.lock = threading.Lock()

    def forward(self):
        self.mode = "forward"
        if self.listener is None:
            self.listener = socket.socket()
            self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.listener.bind(("127.0.0.1", self.port))
            self.listener.listen(64)
            threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def black_hole(self):
        self.mode = "black hole"

    def refuse(self):
        self.mode = "refuse"
        if self.listener is not None:
            self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            for end in self.sockets:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()
            self.sockets.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            ends = [client]
            if self.mode == "forward":
                ends.append(socket.create_connection(("127.0.0.1", 5432)))
            with self.lock:
                self.sockets.update(ends)
            sink = ends[1] if len(ends) == 2 else None
            threading.Thread(target=self._pump, args=(client, sink), daemon=True).start()
            if sink is not None:
                threading.Thread(target=self._pump, args=(sink, client), daemon=True).start()

    def _pump(self, source, sink):
        try:
            while data := source.recv(65536):
                if sink is not None and self.mode == "forward":
                    sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                if end is not None:
                    with contextlib.suppress(OSError):
                        end.shutdown(socket.SHUT_RDWR)


@pytest.fixture(scope="module")
def proxied(stack):
    """A server (one worker, four threads) reaching the stack's database through the proxy."""
    proxy = PostgresProxy()
    proxy.forward()
    environment = dict(
        stack.environment(),
        DATABASE_URL=f"{POSTGRES.replace('5432', str(proxy.port))}/{stack.database}",
        WEB_CONCURRENCY="1",
        GUNICORN_THREADS="4",
        DB_STATEMENT_TIMEOUT_MS="1000",
        DB_SOCKET_TIMEOUT_SECONDS="0.8",
        DB_CONNECT_TIMEOUT="0.8",
        DB_OUTAGE_COOLDOWN_SECONDS="1",
        READYZ_TIMEOUT_SECONDS="1",
        PAGE_RATE_LIMIT="0",
    )
    server = stack.start_server("server-db-proxy", environment)
    try:
        yield proxy, server.base_url
    finally:
        proxy.forward()
        proxy.refuse()


def uncached_read(base):
    """A GraphQL read nobody asked before (it needs the database); (status, seconds, body)."""
    query = f"{{ q{uuid.uuid4().hex[:8]}: news(locale: EN, limit: 1) {{ totalCount }} }}"
    started = time.monotonic()
    response = requests.get(f"{base}/graphql/", params={"query": query}, timeout=30)
    return response, time.monotonic() - started


def page_read(base):
    started = time.monotonic()
    response = requests.get(f"{base}/en/search/?q={uuid.uuid4().hex[:8]}", timeout=30)
    return response, time.monotonic() - started


def check_outage(base, cached_news):
    """Readers during the outage: 503s, quick, with Retry-After; cached answers still served."""
    timings = []
    for _ in range(10):
        response, seconds = uncached_read(base)
        assert response.status_code == 503, response.text[:300]
        assert response.headers["Retry-After"] == "30"
        assert response.json()["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        timings.append(seconds)
        page, seconds = page_read(base)
        assert page.status_code == 503 and page.headers["Content-Type"].startswith("text/html")
        timings.append(seconds)
    cached = requests.get(f"{base}/graphql/", params={"query": NEWS}, timeout=30)
    assert (cached.status_code, cached.content) == (200, cached_news)
    started = time.monotonic()
    ready = requests.get(f"{base}/readyz", timeout=30)
    readyz_seconds = time.monotonic() - started
    assert ready.status_code == 503 and ready.json()["failing"] == ["database"]
    assert readyz_seconds < 1.5
    assert max(timings) < SLOWEST_503, timings
    return {
        "median_503_s": round(statistics.median(timings), 3),
        "max_503_s": round(max(timings), 3),
        "readyz_s": round(readyz_seconds, 3),
    }


def recovery(proxy, base):
    """Seconds from the proxy forwarding again to the first read answered from the database."""
    proxy.forward()
    started = time.monotonic()
    while True:
        response, _ = uncached_read(base)
        if response.status_code == 200:
            return round(time.monotonic() - started, 3)
        assert time.monotonic() - started < 10, "the server did not recover"
        time.sleep(0.05)


@pytest.mark.parametrize("outage", ["black hole", "refusal"])
def test_readers_get_quick_503s_while_the_database_is_out_and_the_site_recovers(
    proxied, outage, record_property
):
    proxy, base = proxied
    # Keep-alive connections and the cache: one read stored before the outage.
    assert uncached_read(base)[0].status_code == 200
    cached_news = requests.get(f"{base}/graphql/", params={"query": NEWS}, timeout=30).content
    assert requests.get(f"{base}/readyz", timeout=30).status_code == 200
    if outage == "black hole":
        proxy.black_hole()
    else:
        proxy.refuse()
    figures = check_outage(base, cached_news)
    figures["recovery_s"] = recovery(proxy, base)
    print(outage, figures)
    record_property(outage, figures)
    assert figures["recovery_s"] < 3
    assert requests.get(f"{base}/readyz", timeout=30).status_code == 200
