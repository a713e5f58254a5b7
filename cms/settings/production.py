"""Production: secrets and hosts from the environment, HTTPS everywhere."""

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = False
GRAPHIQL_ENABLED = False
# The schema is published in the repository (graphql_api/schema.graphql); the public endpoint
# need not describe itself to whoever asks.
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", False)
GRAPHQL_SUGGESTIONS = env_bool("GRAPHQL_SUGGESTIONS", False)
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

# Load balancers probe instances by address over plain HTTP (the probes answer before the
# host check; this keeps them off the HTTPS redirect too).
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

# WhiteNoise serves the collected static files right after the security middleware; hashed
# names let it send them with a year-long, immutable Cache-Control.
MIDDLEWARE.insert(  # noqa: F405
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,  # noqa: F405
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "cms.static_storage.StaticFilesStorage",
}

# A connection per worker thread, kept for a minute and checked before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = int(env("DB_CONN_MAX_AGE", "60"))  # noqa: F405

LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT", "json")  # noqa: F405
LOGGING["root"]["level"] = env("LOG_LEVEL", "INFO")  # noqa: F405
LOGGING["loggers"]["cms.access"]["level"] = env("ACCESS_LOG_LEVEL", "INFO")  # noqa: F405
