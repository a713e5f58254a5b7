"""Local development: debug on, a fixed insecure key, GraphiQL enabled."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")

from .base import *  # noqa: F403

DEBUG = True
GRAPHIQL_ENABLED = True
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Template and code edits do not move the content generation: pages are rendered afresh.
PAGE_CACHE_SECONDS = 0
