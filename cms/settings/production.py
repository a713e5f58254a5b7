"""Production: secrets and hosts from the environment, HTTPS everywhere."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = False
GRAPHIQL_ENABLED = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # Joining the browsers' HSTS preload list binds every subdomain for years: the operator opts in.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
}

# Several processes serve in production. The response cache's generation counter lives in the
# cache, so a process-local cache would let one process serve what another has unpublished:
# without a shared cache (REDIS_URL), the response cache is off, and asking for it is an error.
if not REDIS_URL:  # noqa: F405
    if int(env("GRAPHQL_RESPONSE_CACHE_SECONDS", "0")) > 0:
        raise ImproperlyConfigured(  # noqa: F405
            "GRAPHQL_RESPONSE_CACHE_SECONDS needs a cache shared by every process: set REDIS_URL."
        )
    GRAPHQL_RESPONSE_CACHE_SECONDS = 0
