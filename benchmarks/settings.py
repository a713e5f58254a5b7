"""Production settings with the benchmark's views and Wagtail's REST API beside the project's."""

from cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework", "wagtail.api.v2"]  # noqa: F405
# Wagtail's REST API answers at most 20 items by default; the benchmark reads 100.
WAGTAILAPI_LIMIT_MAX = 100
