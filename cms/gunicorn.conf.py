"""Gunicorn settings for production: `gunicorn -c cms/gunicorn.conf.py cms.wsgi`."""

import multiprocessing
import os

bind = os.environ.get(
    "BIND", f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
)
# Two workers per core plus one, the usual start for I/O-bound Django; WEB_CONCURRENCY overrides.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
# Threads let a worker keep serving while one request waits on the database or storage.
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# A request that takes longer than this is a fault: the worker is replaced and the request fails.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM, requests in flight get this long to finish before the workers stop.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = 5
# Recycling workers now and then bounds what a slow leak can grow to.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# The access log is written by the application (cms.access, JSON with the request id), so
# gunicorn writes only its own events.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# X-Forwarded-* are trusted from these proxies only (the load balancer's addresses).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Load the application once, then fork: workers share its memory pages.
preload_app = True
# Several servers may share a host (and a home directory): no shared control socket.
control_socket_disable = True
