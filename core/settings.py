"""Project settings, read from the environment (twelve-factor).

Only three things must be decided per deployment: where the database lives (`DATABASE_URL`), the secret key
(`SECRET_KEY`) and whether this is a development machine (`DEBUG`). Everything else has a production-safe default.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

TRUE_WORDS = {"1", "true", "yes", "on"}


def read_env_file(path: Path) -> dict[str, str]:
    """`KEY=VALUE` lines of a development `.env` file (`#` comments, optional quotes, optional `export `).

    `make run` writes one with `DEBUG=1` so that every management command in the README works as typed on a
    development machine. It never overrides the real environment, and `ENV_FILE=` (empty) reads none.
    """
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.removeprefix("export ").partition("=")
        if not sep or not key.strip().isidentifier():
            raise ImproperlyConfigured(f"{path}, line {number}: expected KEY=VALUE, found {raw!r}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


ENV_FILE = os.environ.get("ENV_FILE", str(BASE_DIR / ".env"))
for _key, _value in (read_env_file(Path(ENV_FILE)) if ENV_FILE else {}).items():
    os.environ.setdefault(_key, _value)


def env_flag(name: str, default: bool = False) -> bool:
    """Read a boolean flag; anything outside the usual spellings is an error, not a silent False."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    if raw.lower() in TRUE_WORDS:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """Parse DATABASE_URL with a message that names the variable, so a typo does not surface as a KeyError."""
    try:
        config = dj_database_url.parse(url, conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")))
    except Exception as exc:  # dj-database-url raises several unrelated types for malformed URLs
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} is not a valid database URL: {exc}") from exc
    if not config.get("ENGINE"):
        raise ImproperlyConfigured(f"DATABASE_URL={url!r} names no supported database engine")
    return config


DEBUG = env_flag("DEBUG", default=False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY in the environment, or DEBUG=1 on a development machine "
            "(`make run` writes DEBUG=1 to .env, which every command then reads)."
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "import_export",
    "core",
    "articles",
    "localities",
    "programs",
    "indicators",
    "ingest",
    "evaluation",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # ETag on every complete response and 304 for a matching If-None-Match / If-Modified-Since (streams excluded).
    "django.middleware.http.ConditionalGetMiddleware",
    "core.api.middleware.ApiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.middleware.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "core.urls"
WSGI_APPLICATION = "core.wsgi.application"
ASGI_APPLICATION = "core.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "core" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": database_from_url(os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while an import writes; the timeout turns lock waits into waits, not errors.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 30, "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = os.environ.get("LANGUAGE_CODE", "zh-hans")
LANGUAGES = [("zh-hans", _("Simplified Chinese")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["core.api.permissions.ReadOpenWriteWithModelPermission"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "core.api.pagination.BoundedPageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": ["core.api.throttling.AnonWindowThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "600/minute")},
    # The client is the peer address unless this many trusted reverse proxies append to X-Forwarded-For.
    "NUM_PROXIES": int(os.environ.get("API_TRUSTED_PROXIES", "0")),
    "DEFAULT_PARSER_CLASSES": [
        "core.api.parsers.StrictJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "EXCEPTION_HANDLER": "core.api.errors.api_exception_handler",
    # Decimals travel as strings ("120000000.000000"): a JSON number would lose digits past 2**53 in most clients.
    "COERCE_DECIMAL_TO_STRING": True,
}

# The throttle's counts (and nothing else yet) live in the default cache. CACHE_URL=redis://host:6379/0 shares them
# between worker processes (docker-compose does this); the default, process memory, suits one process.
CACHE_URL = os.environ.get("CACHE_URL", "")
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
elif CACHE_URL in ("", "locmem://"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
else:
    raise ImproperlyConfigured(f"CACHE_URL={CACHE_URL!r}: use redis://host:port/db, or leave it unset")

# Importing across machines (`import_seeds PATH --queue`, `ingest/tasks.py`): Celery with Redis as the broker, e.g.
# CELERY_BROKER_URL=redis://127.0.0.1:6379/1. Unset, the queue is off and `--queue` says so; the embedded import
# and the web app never need it. Tasks record their outcome on the ImportRun, so no result backend is kept.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_IGNORE_RESULT = True
# A page is acknowledged once written: a worker machine that dies mid-page leaves its message for another worker
# (the write is idempotent), and a worker takes one page at a time so pages spread evenly over the machines.
CELERY_TASK_ACKS_LATE = True
# A worker process that dies mid-page (killed, out of memory) sends its page back to the queue, where another
# process takes it (the transaction it had open was rolled back); `IMPORT_WORKER_LOST_MAX` such deaths on one page
# record it as failed rather than deliver it for ever.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
IMPORT_WORKER_LOST_MAX = int(os.environ.get("IMPORT_WORKER_LOST_MAX", "3"))
# Redis hands a message not acknowledged within the visibility timeout to another worker: what recovers the pages
# of a whole worker machine that died. It must exceed the longest page including its retries' waits (a 96 KB page
# takes ~15 s on a loaded machine; backoff waits add at most ~60 s), or a slow page runs twice (harmlessly: the
# second delivery waits for the first and finds it recorded). Kombu's default is an hour; ten minutes is enough.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": int(os.environ.get("IMPORT_VISIBILITY_TIMEOUT_SECONDS", "600")),
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Retries of a page whose database connection failed: exponential backoff from this many seconds, at most this many.
IMPORT_RETRY_BACKOFF_SECONDS = float(os.environ.get("IMPORT_RETRY_BACKOFF_SECONDS", "2"))
IMPORT_RETRY_MAX = int(os.environ.get("IMPORT_RETRY_MAX", "5"))

# Cross-origin browsers (notebooks, dashboards): any origin may read; writes only from API_CORS_WRITE_ORIGINS
# (e.g. https://dashboard.example.org). API_CORS_READ_ORIGINS narrows reading to a list instead of "*".
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOWED_ORIGINS = env_list("API_CORS_WRITE_ORIGINS")
API_CORS_READ_ORIGINS = env_list("API_CORS_READ_ORIGINS", "*")
CORS_EXPOSE_HEADERS = [
    "API-Version",
    "ETag",
    "Last-Modified",
    "Link",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
    "Retry-After",
    "Content-Disposition",
]

# Served over HTTPS (HTTPS=1): cookies only over TLS, HSTS, and http:// redirected. Behind a TLS-terminating proxy
# also set SECURE_PROXY_SSL_HEADER=1 so Django trusts its X-Forwarded-Proto.
HTTPS = env_flag("HTTPS", default=False)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and env_flag("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = HTTPS and env_flag("SECURE_HSTS_PRELOAD", default=True)
# Opting out of the preload list is a decision, not an oversight: then its deploy warning is silenced.
SILENCED_SYSTEM_CHECKS = ["security.W021"] if HTTPS and not SECURE_HSTS_PRELOAD else []
# The covering indexes' INCLUDE columns are a PostgreSQL speed-up; SQLite builds the same index without them, which
# is what the embedded default needs, so its warning about them is noise on every command.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    SILENCED_SYSTEM_CHECKS.append("models.W040")
if env_flag("SECURE_PROXY_SSL_HEADER", default=False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

SPECTACULAR_SETTINGS = {
    "TITLE": "Chinese local-governance news database",
    "DESCRIPTION": "Sources, articles, localities, programs and indicators extracted from local newspaper pages, "
    "each fact with its evidence.",
    # The API's version (also the API-Version response header); CHANGELOG.md says what changed between versions.
    "VERSION": "3.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    # The API is documented as JSON in, JSON or CSV out; HTML forms stay for the browsable API only.
    "PARSER_WHITELIST": ["core.api.parsers.StrictJSONParser"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.api.schema.every_response_field_present",
        "core.api.schema.exact_decimal_patterns",
    ],
}

# An import of the seeds is a maintenance job; it shows in history as made by this (non-login) user name.
IMPORT_USERNAME = os.environ.get("IMPORT_USERNAME", "import")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        "jieba": {"level": "WARNING"},
        # Django's own default config gives `django` a console handler and lets it propagate to the root, so every
        # django.* line (the reloader, "Not Found: ...") printed twice. One handler, no propagation.
        "django": {
            "handlers": ["console"],
            "level": "INFO" if DEBUG else os.environ.get("LOG_LEVEL", "WARNING"),
            "propagate": False,
        },
        # Configuring `django` resets its children, so the dev server's request log is declared again, as Django has it.
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}
API_READ_REQUIRES_LOGIN = env_flag("API_READ_REQUIRES_LOGIN", default=False)
