"""The test settings with the scratch content type installed."""

from cms.settings.test import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "tests.scratch"]  # noqa: F405
