"""Settings shared by every environment; secrets and services come from the environment."""

import math
import os
from pathlib import Path

import dj_database_url
from corsheaders.defaults import default_headers

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import pgettext_lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "cms"


def env(name, default=None):
    """Return an environment variable, or the default when it is unset or empty."""
    return os.environ.get(name) or default


def env_bool(name, default=False):
    """Read a boolean environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    """Read a comma-separated environment variable as a list of stripped items."""
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "pages",
    "editorial",
    "search",
    "applications",
    "previews",
    "webhooks",
    "feeds",
    "demo",
    "graphql_api",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "django_tasks_db",
    "strawberry_django",
    "corsheaders",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "cms.observability.RequestIdMiddleware",
    "cms.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # A database that refuses or stops answering: 503 with Retry-After (CORS headers included).
    "cms.outages.DatabaseOutageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.locale_middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cms.ratelimits.RateLimitMiddleware",
    "pages.embeds.EditorsFetchEmbedsMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Inside the middleware above, so that pages answered from the cache get their headers too.
    "cms.page_cache.PublicPageCacheMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
ASGI_APPLICATION = "cms.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite next to the code by default so the project runs with zero set-up; PostgreSQL
# (or any database dj-database-url understands) when DATABASE_URL is set. A kept connection is
# checked before each request reuses it, so a database restart costs one reconnect, not errors.
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(env("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Only on PostgreSQL: the app's system checks fail on any other backend.
    INSTALLED_APPS.append("django.contrib.postgres")
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        # libpq's own limit is whole seconds, two at least; cms/outages.py gives up sooner.
        connect_timeout=max(2, math.ceil(float(env("DB_CONNECT_TIMEOUT", "5")))),
        # TCP keepalives: a kept connection to a server that vanished is noticed, not reused.
        keepalives=1,
        keepalives_idle=int(env("DB_KEEPALIVES_IDLE", "10")),
        keepalives_interval=int(env("DB_KEEPALIVES_INTERVAL", "5")),
        keepalives_count=int(env("DB_KEEPALIVES_COUNT", "3")),
    )
# Database outages (cms/outages.py; docs/deployment.md). Web connections only (requests and
# /readyz; management commands and migrations are not limited): a connection not made within
# DB_CONNECT_TIMEOUT seconds is given up, each PostgreSQL statement runs
# at most DB_STATEMENT_TIMEOUT_MS (0: no limit), and a read whose answer has not come after
# DB_SOCKET_TIMEOUT_SECONDS (0: never) is cut, as a server that stopped answering never runs
# the statement. After a failed connection or a cut read, requests answer 503 at once for
# DB_OUTAGE_COOLDOWN_SECONDS, then one tries the database again. 503 answers carry
# Retry-After: DB_OUTAGE_RETRY_AFTER. /readyz answers within READYZ_TIMEOUT_SECONDS.
DB_CONNECT_TIMEOUT = float(env("DB_CONNECT_TIMEOUT", "5"))
DB_STATEMENT_TIMEOUT_MS = int(env("DB_STATEMENT_TIMEOUT_MS", "10000"))
DB_SOCKET_TIMEOUT_SECONDS = float(
    env("DB_SOCKET_TIMEOUT_SECONDS", str(DB_STATEMENT_TIMEOUT_MS / 1000 + 5))
)
DB_OUTAGE_COOLDOWN_SECONDS = float(env("DB_OUTAGE_COOLDOWN_SECONDS", "1"))
DB_OUTAGE_RETRY_AFTER = int(env("DB_OUTAGE_RETRY_AFTER", "30"))
READYZ_TIMEOUT_SECONDS = float(env("READYZ_TIMEOUT_SECONDS", "2"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds GraphQL responses, persisted queries, sessions and the horizon of the
# response cache; the truth (content, the response cache's generation, sessions) stays in the
# database. A Redis outage therefore only slows reads down: every cache call fails fast and
# is answered as a miss, and /readyz names the cache as failing.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "ejrc"),
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": float(env("REDIS_TIMEOUT_SECONDS", "0.5")),
                "SOCKET_TIMEOUT": float(env("REDIS_TIMEOUT_SECONDS", "0.5")),
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ejrc-helpdesk",
        }
    }

# Logs on standard error: JSON lines (with the request id) for log collectors, or plain text.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "cms.observability.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": env("LOG_FORMAT", "text")},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Every request is logged once by cms.access; Django's own line per 4xx would repeat it.
        "django.request": {"level": "ERROR"},
        # The access log is for production (runserver writes its own).
        "cms.access": {"level": env("ACCESS_LOG_LEVEL", "WARNING")},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: English is the source language, Japanese the translation.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ja", "日本語"),
]
# The admin names content languages in the editor's language ("英語から日本語への翻訳"); the
# site's language switch keeps each language's own name (LANGUAGES).
WAGTAIL_CONTENT_LANGUAGES = [
    ("en", pgettext_lazy("content language", "English")),
    ("ja", pgettext_lazy("content language", "Japanese")),
]
# The admin is offered in the helpdesk's two languages, not in every language Wagtail has.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# A new translation starts as a draft, whatever the state of its source: it goes live when a
# translator publishes it, never before its text is translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# The project's catalogue (made by makemessages), then the Japanese that Wagtail and
# wagtail-localize lack for what editors see (kept by hand; makemessages leaves it alone because
# the project's own catalogue comes first).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail"]
USE_I18N = True
USE_TZ = True
# Dates as each language writes them (cms/formats): 19 November 2026, and in Japanese with the
# day of the week.
FORMAT_MODULE_PATH = ["cms.formats"]
# Admin input is read in the editor's own time zone (set in their account); Brussels by default.
TIME_ZONE = "Europe/Brussels"
WAGTAIL_USER_TIME_ZONES = ["Europe/Brussels", "Asia/Tokyo", "UTC"]

# Wagtail's own background tasks run at once; webhook deliveries go through a database queue
# that `manage.py db_worker --backend webhooks` works through (see docs/deployment.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "webhooks": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["webhooks"],
    },
}
WEBHOOK_TIMEOUT_SECONDS = int(env("WEBHOOK_TIMEOUT_SECONDS", "10"))
WEBHOOK_MAX_ATTEMPTS = int(env("WEBHOOK_MAX_ATTEMPTS", "6"))
WEBHOOK_RETRY_BASE_SECONDS = int(env("WEBHOOK_RETRY_BASE_SECONDS", "30"))
# Webhooks go to https public addresses only; http and private networks (CIDR list, e.g. a
# receiver on the same host in development) only when allowed here.
WEBHOOK_ALLOW_HTTP = env_bool("WEBHOOK_ALLOW_HTTP", False)
WEBHOOK_ALLOWED_PRIVATE_NETWORKS = env_list("WEBHOOK_ALLOWED_PRIVATE_NETWORKS")

# GraphQL HTTP caching: browser and shared-cache lifetimes of anonymous GET reads, and how long
# the server keeps a response (entries also go stale at once on any publish).
# Whether clients may read the schema through __schema and __type (production: off unless set).
GRAPHQL_INTROSPECTION = env_bool("GRAPHQL_INTROSPECTION", True)
GRAPHQL_HTTP_MAX_AGE = int(env("GRAPHQL_HTTP_MAX_AGE", "60"))
GRAPHQL_HTTP_S_MAXAGE = int(env("GRAPHQL_HTTP_S_MAXAGE", "300"))
GRAPHQL_RESPONSE_CACHE_SECONDS = int(env("GRAPHQL_RESPONSE_CACHE_SECONDS", "3600"))
# Anonymous page reads (cms/page_cache.py): kept while current, for at most this long (0: off);
# browsers may keep them PAGE_HTTP_MAX_AGE seconds; PAGE_RATE_LIMIT renders per address per
# PAGE_RATE_LIMIT_SECONDS (0: off), answers from the cache free.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
PAGE_HTTP_MAX_AGE = int(env("PAGE_HTTP_MAX_AGE", "60"))
PAGE_RATE_LIMIT = int(env("PAGE_RATE_LIMIT", "120"))
PAGE_RATE_LIMIT_SECONDS = int(env("PAGE_RATE_LIMIT_SECONDS", "60"))
# The cache's copy of the content generation lives this long: cached reads need no SQL, and a
# cache restored from a snapshot or a lost update is trusted no longer than this; 0 keeps no
# copy (every read asks the database), for caches that the processes do not share.
CONTENT_GENERATION_COPY_SECONDS = int(env("CONTENT_GENERATION_COPY_SECONDS", "1"))
# What one GraphQL request may ask (docs/security.md): nesting, aliases, tokens and bytes of its
# document, its cost (fields times the `limit` of every enclosing list) and its time; over a
# limit, the request is refused with an error that names it.
GRAPHQL_MAX_DEPTH = int(env("GRAPHQL_MAX_DEPTH", "10"))
GRAPHQL_MAX_ALIASES = int(env("GRAPHQL_MAX_ALIASES", "15"))
# Fields one selection set may merge, its fragments' included, and times one field may occur
# there: validation compares fields of the same name pairwise.
GRAPHQL_MAX_FIELDS = int(env("GRAPHQL_MAX_FIELDS", "200"))
GRAPHQL_MAX_FIELD_REPEATS = int(env("GRAPHQL_MAX_FIELD_REPEATS", "20"))
GRAPHQL_MAX_TOKENS = int(env("GRAPHQL_MAX_TOKENS", "2000"))
GRAPHQL_MAX_DOCUMENT_BYTES = int(env("GRAPHQL_MAX_DOCUMENT_BYTES", str(16 * 1024)))
GRAPHQL_MAX_COST = int(env("GRAPHQL_MAX_COST", "500000"))
GRAPHQL_TIME_LIMIT_SECONDS = float(env("GRAPHQL_TIME_LIMIT_SECONDS", "5"))
# Rate limits per client address (cms/ratelimits.py; 0 turns one off): API requests that run
# (cached answers are free) per window. Every password door (the admin's, the site's and
# Django's sign-in, page and document passwords) allows, per ADMIN_LOGIN_LOCKOUT_SECONDS, wrong
# passwords for one account (a username, or a page's or documents' view restriction) from one
# address, from one address across accounts, and for one account across addresses; then it is
# locked for the rest of the window. Password reset requests are limited per address and per
# e-mail address. Behind N proxies that append to X-Forwarded-For, TRUSTED_PROXY_COUNT=N finds
# the client's address.
GRAPHQL_RATE_LIMIT = int(env("GRAPHQL_RATE_LIMIT", "300"))
GRAPHQL_RATE_LIMIT_SECONDS = int(env("GRAPHQL_RATE_LIMIT_SECONDS", "60"))
ADMIN_LOGIN_MAX_FAILURES = int(env("ADMIN_LOGIN_MAX_FAILURES", "5"))
PASSWORD_MAX_FAILURES_PER_ADDRESS = int(env("PASSWORD_MAX_FAILURES_PER_ADDRESS", "20"))
PASSWORD_MAX_FAILURES_PER_ACCOUNT = int(env("PASSWORD_MAX_FAILURES_PER_ACCOUNT", "50"))
PASSWORD_RESET_MAX_REQUESTS = int(env("PASSWORD_RESET_MAX_REQUESTS", "5"))
ADMIN_LOGIN_LOCKOUT_SECONDS = int(env("ADMIN_LOGIN_LOCKOUT_SECONDS", "900"))
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
# Whether validation errors suggest names ("Did you mean 'news'?"); production: off unless set.
GRAPHQL_SUGGESTIONS = env_bool("GRAPHQL_SUGGESTIONS", True)
# Automatic persisted queries are kept this long; a manifest path turns on trusted documents.
GRAPHQL_APQ_SECONDS = int(env("GRAPHQL_APQ_SECONDS", str(7 * 24 * 3600)))
# Documents registered per GRAPHQL_APQ_SECONDS, at most GRAPHQL_MAX_DOCUMENT_BYTES each.
GRAPHQL_APQ_MAX_DOCUMENTS = int(env("GRAPHQL_APQ_MAX_DOCUMENTS", "1000"))
GRAPHQL_APQ_MAX_DOCUMENTS_PER_CLIENT = int(env("GRAPHQL_APQ_MAX_DOCUMENTS_PER_CLIENT", "100"))
GRAPHQL_TRUSTED_DOCUMENTS = env("GRAPHQL_TRUSTED_DOCUMENTS")

# Sites allowed to read the API from the browser (the <ejrc-feed> embed) and to frame /embed/.
CORS_ALLOWED_ORIGINS = env_list("EMBED_ALLOWED_ORIGINS", ["https://www.clustercollaboration.eu"])
CORS_URLS_REGEX = r"^/(graphql|embed)/"
CORS_ALLOW_METHODS = ["GET", "POST", "OPTIONS"]
# Apollo Client sends these when given a name and version (client awareness): a browser sends
# no request with them until the preflight allows them.
CORS_ALLOW_HEADERS = (*default_headers, "apollographql-client-name", "apollographql-client-version")
EMBED_FRAME_ANCESTORS = env_list("EMBED_FRAME_ANCESTORS", CORS_ALLOWED_ORIGINS)

# URLs per page of the sitemap. The protocol allows 50,000; pages of a thousand cost the same to
# render and to send whatever the size of the site.
SITEMAP_PAGE_SIZE = int(env("SITEMAP_PAGE_SIZE", "1000"))
# Rendered sitemap pages are kept this long at most (any content change makes them stale).
SITEMAP_CACHE_SECONDS = int(env("SITEMAP_CACHE_SECONDS", "3600"))

# How long a preview token stays valid, in seconds.
HEADLESS_PREVIEW_TTL = int(env("HEADLESS_PREVIEW_TTL", "3600"))

# Time zones every time is shown in, on rendered pages and in the API.
HELPDESK_DISPLAY_TIME_ZONES = ["Europe/Brussels", "Asia/Tokyo"]

STATICFILES_FINDERS = [
    # wagtail-localize's editor script with its heading translatable (editorial/admin_language.py).
    "editorial.admin_language.TranslatableEditorScriptFinder",
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Applicants' files: a folder outside MEDIA_ROOT that no URL serves; only the reviewers' admin
# views read it.
APPLICATIONS_ROOT = Path(env("APPLICATIONS_ROOT", BASE_DIR / "private" / "applications"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "applications": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": APPLICATIONS_ROOT, "base_url": "/no-public-url/"},
    },
}
# Online applications: the largest attachment, and how many forms an address or an e-mail
# address may send per APPLICATION_RATE_SECONDS (0: no limit).
APPLICATION_MAX_ATTACHMENT_BYTES = int(env("APPLICATION_MAX_ATTACHMENT_BYTES", 5 * 1024 * 1024))
APPLICATION_RATE_LIMIT = int(env("APPLICATION_RATE_LIMIT", "5"))
APPLICATION_RATE_SECONDS = int(env("APPLICATION_RATE_SECONDS", "3600"))

# Media (originals, renditions, documents) on S3-compatible object storage when a bucket is
# named, so that every application server reads and writes the same files.
S3_BUCKET = env("S3_BUCKET")
MEDIA_PUBLIC_URL = env("MEDIA_PUBLIC_URL")
S3_ENDPOINT_URL = env("S3_ENDPOINT_URL")
if S3_BUCKET:
    from .storage import s3_media_storage

    STORAGES["default"] = s3_media_storage(
        bucket=S3_BUCKET,
        endpoint_url=S3_ENDPOINT_URL,
        region=env("S3_REGION"),
        access_key=env("S3_ACCESS_KEY_ID"),
        secret_key=env("S3_SECRET_ACCESS_KEY"),
        public_url=MEDIA_PUBLIC_URL,
        prefix=env("S3_PREFIX", ""),
    )
    # Documents stream through the CMS, which checks the privacy of their collection first.
    WAGTAILDOCS_SERVE_METHOD = "serve_view"

# The page editor of a long programme easily exceeds Django's default of 1000 fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "EU-Japan Regional & Cluster Cooperation Helpdesk"
# The admin makes no outside request: no avatars from Gravatar (Wagtail shows its own default).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Where visitors read the site (scheme and host, no path): the `url` of webhook deliveries. The
# admin's Site records name a host for routing, often `localhost`, not the public one.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", WAGTAILADMIN_BASE_URL).rstrip("/")
# Wagtail's database backend, except for pages: those come from the site's own index, which
# finds Japanese words inside compounds (search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_IMAGE_MODEL = "pages.LibraryImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Uploads must be what their extension says, whole (pages/uploads.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "pages.uploads.CheckedImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "pages.uploads.CheckedDocumentForm"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"avif": "avif", "webp": "webp"}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Providers are asked only while an editor works; reads use the stored embeds (pages/embeds.py).
WAGTAILEMBEDS_FINDERS = [{"class": "pages.embeds.EditorOnlyOEmbedFinder"}]

if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable.")
