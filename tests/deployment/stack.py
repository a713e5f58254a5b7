"""A production stack on loopback: gunicorn servers on PostgreSQL, Redis and a local S3 (moto)."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import boto3
import psycopg
import redis
import requests

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
POSTGRES = "postgresql://postgres@127.0.0.1:5432"
REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
# Redis is shared by everything on the machine: these tests keep to a database of their own.
REDIS_DB = 14
SECRET_KEY = "deployment-test-secret-key-" + "x" * 40
ADMIN_PASSWORD = "deploy-test-password"
S3_KEYS = {"aws_access_key_id": "deploy", "aws_secret_access_key": "deploy-secret"}


def free_port():
    """A TCP port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout, what):
    """Poll the condition until it holds, or fail saying what did not happen."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except (OSError, requests.RequestException):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{what} within {timeout} s")


def recreate_database(name):
    """An empty PostgreSQL database of that name."""
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_database(name):
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class TcpProxy:
    """A loopback TCP relay to a server, which the test can cut and restore (an outage)."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.port = free_port()
        self.listener = None
        self.connections = []
        self.lock = threading.Lock()

    def start(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(64)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def stop(self):
        """Refuse new connections and cut the open ones."""
        self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        with self.lock:
            for connection in self.connections:
                # shutdown() wakes the relay threads blocked in recv(); close() alone would not.
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
                connection.close()
            self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection((REDIS_HOST, self.target_port))
            with self.lock:
                self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)


class Stack:
    """The shared services of one deployment, and the servers started on them."""

    def __init__(self, workdir):
        self.workdir = Path(workdir)
        self.run_id = uuid.uuid4().hex[:10]
        self.database = f"ejrc_deploy_{self.run_id}"
        self.key_prefix = f"ejrc-deploy-{self.run_id}"
        self.s3_port = free_port()
        self.s3_url = f"http://127.0.0.1:{self.s3_port}"
        self.redis_proxy = TcpProxy(REDIS_PORT)
        self.processes = []
        self.databases = []

    # Services

    def start_services(self):
        self.moto = self.spawn(
            [str(BIN / "python"), "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.s3_port)],
            "moto",
            env=os.environ,
        )
        wait_until(lambda: requests.get(self.s3_url, timeout=1).ok, 30, "moto answers")
        self.redis_proxy.start()
        self.create_bucket("media")

    def s3(self):
        return boto3.client("s3", endpoint_url=self.s3_url, region_name="us-east-1", **S3_KEYS)

    def create_bucket(self, name):
        self.s3().create_bucket(Bucket=name)

    def bucket_keys(self, bucket):
        pages = self.s3().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return sorted(item["Key"] for page in pages for item in page.get("Contents", []))

    def environment(self, database=None, bucket="media", cache_prefix=None):
        """The production settings of a server of this stack (or of another on its services)."""
        environment = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "S3_", "PYTEST", "EJRC_"))
        }
        environment.update(
            DJANGO_SETTINGS_MODULE="cms.settings.production",
            SECRET_KEY=SECRET_KEY,
            ALLOWED_HOSTS="127.0.0.1,localhost,helpdesk.test",
            SECURE_SSL_REDIRECT="false",
            DATABASE_URL=f"{POSTGRES}/{database or self.database}",
            REDIS_URL=f"redis://127.0.0.1:{self.redis_proxy.port}/{REDIS_DB}",
            CACHE_KEY_PREFIX=cache_prefix or self.key_prefix,
            S3_BUCKET=bucket,
            S3_ENDPOINT_URL=self.s3_url,
            S3_REGION="us-east-1",
            S3_ACCESS_KEY_ID=S3_KEYS["aws_access_key_id"],
            S3_SECRET_ACCESS_KEY=S3_KEYS["aws_secret_access_key"],
            MEDIA_PUBLIC_URL=f"{self.s3_url}/{bucket}",
            STATIC_ROOT=str(self.workdir / "static"),
            WEB_CONCURRENCY="2",
            GUNICORN_THREADS="2",
            GUNICORN_GRACEFUL_TIMEOUT="10",
            LOG_LEVEL="WARNING",
            # The load tests send thousands of requests from one address.
            GRAPHQL_RATE_LIMIT="0",
            PAGE_RATE_LIMIT="0",
        )
        return environment

    def manage(self, *arguments, environment=None):
        """Run a management command on the stack; its output, or an error with its output."""
        result = subprocess.run(
            [str(BIN / "python"), "manage.py", *arguments],
            cwd=ROOT,
            env=environment or self.environment(),
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{result.stderr}")
        return result.stdout

    def shell(self, code):
        """Run Python in the stack's Django; what it printed, stripped."""
        return self.manage("shell", "-v", "0", "-c", code).strip()

    def prepare(self):
        """A migrated database with the demo content and an admin, and the static files."""
        recreate_database(self.database)
        self.databases.append(self.database)
        self.manage("migrate", "--no-input", "-v", "0")
        self.manage("collectstatic", "--no-input", "-v", "0")
        self.manage("load_demo_content", "-v", "0")
        self.manage("ensure_admin", "--password", ADMIN_PASSWORD)

    # Servers

    def spawn(self, command, name, env):
        log = (self.workdir / f"{name}.log").open("w")
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        process.log_path = self.workdir / f"{name}.log"
        self.processes.append(process)
        return process

    def start_server(self, name, environment=None):
        """A gunicorn server (the production command) on a port of its own; its base URL."""
        port = free_port()
        environment = dict(environment or self.environment(), BIND=f"127.0.0.1:{port}")
        process = self.spawn(
            [str(BIN / "gunicorn"), "-c", "cms/gunicorn.conf.py", "cms.wsgi"], name, environment
        )
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: requests.get(f"{base}/healthz", timeout=1).ok, 60, f"{name} starts")
        process.base_url = base
        return process

    def stop(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        self.redis_proxy.stop()
        for database in self.databases:
            drop_database(database)
        client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
        for key in client.scan_iter(f"{self.key_prefix}*"):
            client.delete(key)


class AdminSession:
    """An editor signed in to one server's admin (over plain HTTP on loopback)."""

    def __init__(self, base_url):
        self.base_url = base_url
        self.http = requests.Session()
        self.get("/admin/login/")
        response = self.post(
            "/admin/login/", {"username": "admin", "password": ADMIN_PASSWORD, "next": "/admin/"}
        )
        assert response.status_code == 302, response.text[:500]

    def _unsecure_cookies(self):
        # Production cookies are Secure (HTTPS ends at the load balancer); keep sending them here.
        for cookie in self.http.cookies:
            cookie.secure = False

    def get(self, path, **kwargs):
        response = self.http.get(self.base_url + path, allow_redirects=False, timeout=30, **kwargs)
        self._unsecure_cookies()
        return response

    def post(self, path, data, **kwargs):
        data = {**data, "csrfmiddlewaretoken": self.http.cookies["csrftoken"]}
        response = self.http.post(
            self.base_url + path,
            data=data,
            allow_redirects=False,
            timeout=30,
            headers={"Referer": self.base_url + path},
            **kwargs,
        )
        self._unsecure_cookies()
        return response

    def publish(self, page_id):
        """Publish a page's latest revision with the admin's bulk action."""
        response = self.post(f"/admin/bulk/wagtailcore/page/publish/?id={page_id}&next=/admin/", {})
        assert response.status_code == 302, response.text[:500]


def graphql(base_url, query, **kwargs):
    """The data of an anonymous GraphQL read, failing on any error."""
    response = requests.get(f"{base_url}/graphql/", params={"query": query}, timeout=30, **kwargs)
    body = response.json()
    assert response.status_code == 200 and "errors" not in body, body
    return body["data"]
