"""Test runs: fast hashing, in-memory e-mail and cache, uploads in a temporary folder."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")

from .base import *  # noqa: F403

DEBUG = False
GRAPHIQL_ENABLED = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="ejrc-test-media-")
APPLICATIONS_ROOT = tempfile.mkdtemp(prefix="ejrc-test-applications-")
STORAGES["applications"]["OPTIONS"]["location"] = APPLICATIONS_ROOT  # noqa: F405
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
PUBLIC_BASE_URL = "https://helpdesk.example"
# Tests change content without publishing; the response and sitemap caches are switched on by
# the tests that are about them.
GRAPHQL_RESPONSE_CACHE_SECONDS = 0
SITEMAP_CACHE_SECONDS = 0
PAGE_CACHE_SECONDS = 0
# Tests send many requests from one address; the rate-limit tests switch the limits on.
GRAPHQL_RATE_LIMIT = 0
PAGE_RATE_LIMIT = 0
