"""Settings, read from the environment only (12-factor).

Every value has a first-run default that works on a laptop: SQLite beside the code and Celery in
eager mode. Production sets DATABASE_URL, CELERY_BROKER_URL, SECRET_KEY, DEBUG=false and
ALLOWED_HOSTS; `manage.py check --deploy` is then clean.
"""
import datetime
import os
import zoneinfo
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
INSECURE_KEY = "django-insecure-first-run-only-set-SECRET_KEY-in-production"


def env_str(name: str, default: str) -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from None


def env_timezone(name: str, default: str) -> str:
    """An IANA time zone name (Asia/Shanghai), checked against the zone database."""
    raw = os.environ.get(name, default)
    try:
        zoneinfo.ZoneInfo(raw)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ImproperlyConfigured(f"{name} must be a time zone name such as Asia/Shanghai, got {raw!r}") from None
    return raw


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY", INSECURE_KEY)
if not DEBUG and SECRET_KEY == INSECURE_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is false")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "django_celery_beat",
    "axes",
    "tracker",
    "reports",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "tracker.middleware.RequestLimitsMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("CONN_MAX_AGE", 60),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Test runs on one shared server (developers, CI, benchmarks) must not drop each other's
    # test database, so each run gets its own unless TEST_DATABASE_NAME says otherwise.
    DATABASES["default"]["TEST"] = {
        "NAME": env_str("TEST_DATABASE_NAME", f"test_{DATABASES['default']['NAME']}_{os.getpid()}")
    }
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several writers (runserver, an eager task) share the file: wait instead of failing.
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

# Simplified Chinese first, English a full second language. The browser's Accept-Language picks
# one (then the choice made with the switch on every page, kept in a cookie); public pages carry
# it in their URL (/zh-hans/..., /en/...) so a shared link keeps its language. Translations live
# in locale/ (compiled by scripts/bootstrap).
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Every time shown (review pages, history, notes, the review log, the API) is in this zone.
TIME_ZONE = env_timezone("TIME_ZONE", "Asia/Shanghai")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGIN_URL = "admin:login"
# Where the site is served: links in generated PDFs are made absolute against it, so they still
# work once the file is downloaded.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/") + "/"

# Login lockout (django-axes), for the admin login that the review pages share: after
# AXES_FAILURE_LIMIT wrong passwords for a username, from any address, that username is refused
# for AXES_COOLOFF_MINUTES, the right password included. Locking by address as well would let one
# stranger lock out every reviewer behind the same proxy or office network; the price of locking
# by username is that anyone can lock one account for a while. Staff see attempts and lockouts
# in the admin ("Access attempts"); `manage.py axes_reset_username NAME` lifts one early.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 asks for ip_address among the parameters, against lockouts keyed on what a client
# picks (a User-Agent, a cookie); a username is not bypassed that way, and see above for why the
# address is left out.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "tracker.client_address.client_address"
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
AXES_VERBOSE = False

# Security: strict in production, relaxed on a laptop where there is no TLS.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
X_FRAME_OPTIONS = "DENY"

# CORS: any site's JavaScript (a newsroom's page, an Observable notebook) may read the API, and
# only read it: no cookies are sent or honoured (tokens go in the Authorization header).
CORS_URLS_REGEX = r"^/api/v1/.*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_HEADERS = ["accept", "authorization", "if-none-match"]
CORS_EXPOSE_HEADERS = ["Content-Disposition", "ETag", "Retry-After", "X-Hidden-Provisional"]

# Content-Security-Policy on every response: scripts only from this site or inline with the
# request's nonce ({{ CSP_NONCE }}), nothing from other hosts. Inline styles stay allowed: the
# admin, the SVG charts and ReDoc set style attributes, which a nonce cannot cover. ReDoc runs
# its search in a blob: worker.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "worker-src": [SELF, "blob:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Celery: without a broker, tasks run inline so the first run needs no Redis.
_BROKER = env_str("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not _BROKER
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = _BROKER or "memory://localhost/"
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND", _BROKER) or None
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_TASK_DEFAULT_QUEUE", "celery")
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# A task is acknowledged when it has finished, not when a worker takes it: a worker that dies
# mid-task (killed, out of memory, machine lost) leaves its message to be run again, and every
# task is idempotent (a report is complete or absent; re-import of the same bytes is a no-op).
# A lost child process requeues at once; a lost worker's message comes back after the visibility
# timeout, which must stay longer than the longest task (tasks are batches of seconds).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
_VISIBILITY_TIMEOUT = env_int("CELERY_VISIBILITY_TIMEOUT", 600)
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": _VISIBILITY_TIMEOUT,
    # Look for a lost worker's messages every few seconds (Redis' default is every 100).
    "unacked_restore_interval": max(1, min(10, _VISIBILITY_TIMEOUT // 2)),
    "unacked_restore_throttle": 1,
}
# --queue sends a file's bytes in the task when it is this small or smaller, so that a worker on
# another machine needs no shared folder; a larger file is sent as its path.
QUEUE_INLINE_MAX_BYTES = env_int("QUEUE_INLINE_MAX_BYTES", 1024 * 1024)

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("API_ANON_RATE", "120/minute"),
        "user": env_str("API_USER_RATE", "2000/minute"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Work report tracker API",
    "DESCRIPTION": "Targets set in Chinese government work reports, the outcomes reported a year "
    "later, and the verdicts, each number with the quote it came from and a public evidence page "
    "(`html_url`) to cite. A guide for journalists is at /journalists/, the data licence (CC BY 4.0) "
    "and how to cite at /data/. `year` is the year of the report a row comes from; `period` the year "
    "a figure is about. Lists hold reviewed rows; `hidden_provisional` counts the unreviewed rows "
    "that match too. An unknown parameter or a value the API cannot read is a 400 naming it.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and ReDoc from this site's static files (drf-spectacular-sidecar): the docs
    # work offline and load no script from a CDN onto the admin's origin.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"deepLinking": True, "validatorUrl": None},
    "ENUM_NAME_OVERRIDES": {
        "FactReviewStatusEnum": "tracker.models.facts.ReviewStatus",
        "AssessmentReviewStatusEnum": "tracker.models.assessments.AssessmentStatus",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "tracker.api.schema.textual_media_types",
    ],
}

# One cache shared by every worker: throttling counts, login lockouts' neighbours, rendered live
# reports. Redis with CACHE_URL; otherwise a table in the database (created by a migration), so
# that several gunicorn workers still share one count rather than each allowing the full rate.
_CACHE_URL = env_str("CACHE_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _CACHE_URL}
    if _CACHE_URL
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "tracker_cache"}
}
# How many proxies of ours stand in front of Django (each appends to X-Forwarded-For). 0: the
# header is ignored and a client is its connection's address (tracker.client_address).
NUM_PROXIES = env_int("NUM_PROXIES", 0)
REST_FRAMEWORK["NUM_PROXIES"] = NUM_PROXIES
# Live reports are computed per request; a PDF costs about a second of CPU, so it has its own,
# lower rate (counted only when it is rendered, not when it comes from the cache).
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"].update({
    "live_report": env_str("LIVE_REPORT_RATE", "60/minute"),
    "live_pdf": env_str("LIVE_PDF_RATE", "10/minute"),
    "report_generate": env_str("REPORT_GENERATE_RATE", "10/minute"),
})
LIVE_REPORT_CACHE_SECONDS = env_int("LIVE_REPORT_CACHE_SECONDS", 24 * 3600)

# Import limits: a report's text is a few hundred KB at most; anything bigger is not a report.
# PDFs, Word files and scans carry fonts and images, so they get their own limit, and a page
# limit that keeps one file from holding a worker for hours.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 5 * 1024 * 1024)
IMPORT_MAX_DOCUMENT_BYTES = env_int("IMPORT_MAX_DOCUMENT_BYTES", 50 * 1024 * 1024)
IMPORT_MAX_PAGES = env_int("IMPORT_MAX_PAGES", 300)
# OCR of scans (Tesseract): languages as Tesseract names them, seconds one page may take before
# it is given up, the page confidence (0-100) below which a page's text is not used, and the
# resolution pages are rendered at.
OCR_ENABLED = env_bool("OCR_ENABLED", True)
OCR_LANGUAGES = env_str("OCR_LANGUAGES", "chi_sim")
OCR_SECONDS_PER_PAGE = env_int("OCR_SECONDS_PER_PAGE", 120)
OCR_MIN_CONFIDENCE = env_int("OCR_MIN_CONFIDENCE", 60)
OCR_DPI = env_int("OCR_DPI", 300)
# An upload of more than IMPORT_INLINE_MAX_BYTES in all is imported by a Celery worker, not the web
# worker; at most IMPORT_MAX_FILES files at a time.
IMPORT_MAX_FILES = env_int("IMPORT_MAX_FILES", 20)
IMPORT_INLINE_MAX_BYTES = env_int("IMPORT_INLINE_MAX_BYTES", 1024 * 1024)
# Any request body, refused by its Content-Length before it is read (tracker.middleware): room
# for a full batch of text files or one document of the largest size. Form fields other than
# files, and their number, are capped by Django's own limits; Django refuses more files than twice
# the batch limit (the form refuses more than the limit itself, with a clearer message).
MAX_REQUEST_BYTES = env_int(
    "MAX_REQUEST_BYTES", max(IMPORT_MAX_FILES * IMPORT_MAX_BYTES, IMPORT_MAX_DOCUMENT_BYTES) + 1024 * 1024
)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
DATA_UPLOAD_MAX_NUMBER_FILES = 2 * IMPORT_MAX_FILES

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
