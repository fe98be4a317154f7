"""Masthead settings: one module, every option an environment variable with a safe default.

Each variable is documented in docs/configuration.md and .env.example; a test keeps the
three in step. Values are read through the small typed helpers below, which fail loudly
(ImproperlyConfigured) instead of guessing.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean: use 1/0, true/false, yes/no.")


def env_int(name, default, minimum=None):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}.")
    return value


def env_list(name, default=()):
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


# Runtime files (SQLite database, generated secret key, collected static, demo media).
VAR_DIR = Path(env_str("MASTHEAD_VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key():
    """SECRET_KEY from the environment, else generated once into var/ (never committed)."""
    key = env_str("SECRET_KEY")
    if key:
        return key
    path = VAR_DIR / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    # O_EXCL: two processes starting at once agree on one key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "simple_history",
    "masthead.newsroom",
    "masthead.engagement",
    "masthead.recommendations",
    "masthead.comments",  # after newsroom: its admin extends the Article admin
    "masthead.distribution",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "masthead.errors.DropNulBytes",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "masthead.lib.messages.LazyMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        # Reader pages (masthead/templating.py); found first, so "base.html" is theirs.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "reader"],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "masthead.templating.environment",
            "context_processors": [
                "masthead.newsroom.context_processors.site",
                "masthead.templating.page_dates",
            ],
        },
    },
    {
        # The desk (Django's admin), the sitemaps' XML.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "masthead.newsroom.context_processors.site",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'masthead.sqlite3'}")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=600)}
except Exception as exc:  # dj-database-url raises several types for a bad URL
    raise ImproperlyConfigured(f"DATABASE_URL={DATABASE_URL!r} cannot be parsed: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Kept open too (as on PostgreSQL): opening one and running the PRAGMAs on every
    # request cost ~0.5 ms of each cold article page and ~5 ms of a beacon (closing the
    # last connection checkpoints the WAL). SQLite checkpoints by itself every 1,000 pages.
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets readers and the one writer work at once; IMMEDIATE takes the write lock
        # at BEGIN so concurrent writers wait (timeout) instead of failing mid-transaction.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    # A connection found broken (PostgreSQL restarted) is replaced at the next request's
    # start instead of failing it; persistent connections stay for 10 minutes.
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# A read replica of PostgreSQL: readers' pages read from it (masthead/routers.py).
DATABASE_REPLICA_URL = env_str("DATABASE_REPLICA_URL")
if DATABASE_REPLICA_URL:
    try:
        DATABASES["replica"] = dj_database_url.parse(DATABASE_REPLICA_URL, conn_max_age=600)
    except Exception as exc:  # dj-database-url raises several types for a bad URL
        raise ImproperlyConfigured(
            f"DATABASE_REPLICA_URL={DATABASE_REPLICA_URL!r} cannot be parsed: {exc}"
        ) from None
    DATABASES["replica"]["CONN_HEALTH_CHECKS"] = True
    # Tests: the replica alias mirrors the test database (the same data, as replication).
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["masthead.routers.ReplicaRouter"]
    MIDDLEWARE.insert(
        MIDDLEWARE.index("django.middleware.common.CommonMiddleware"),
        "masthead.routers.ReaderRequests",
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache; an unreachable Redis reads as an empty cache.
            "BACKEND": "masthead.lib.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("MASTHEAD_CACHE_PREFIX", "masthead"),
            # A dead Redis must not hold a request for long (the URL's own options win).
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
        }
    }
else:
    # Each server process's own memory: pages, lists, the content version. Django's default
    # of 300 entries was filled by a second of cold article pages (two entries each),
    # which pushed out the lists every page shares (recomputed every second or two, a
    # query each). Pages are ~20 KB: 3,000 entries are at most ~60 MB per process.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": env_int("MASTHEAD_LOCAL_CACHE_ENTRIES", 3000, minimum=1)},
        }
    }

# --- Internationalisation -------------------------------------------------------------
LANGUAGE_CODE = env_str("MASTHEAD_LANGUAGE", "en")
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = VAR_DIR / "media"
# The embedded default serves var/media itself (demo lead images); behind nginx or a CDN
# switch it off and let the front server do it.
MASTHEAD_SERVE_MEDIA = env_bool("MASTHEAD_SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Security -------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("MASTHEAD_HTTPS", False)
SESSION_COOKIE_SECURE = SECURE_SSL_REDIRECT
CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT
if env_bool("MASTHEAD_BEHIND_TLS_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# HTTP Strict Transport Security: browsers refuse plain HTTP for this long. Start small.
SECURE_HSTS_SECONDS = env_int("MASTHEAD_HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("MASTHEAD_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("MASTHEAD_HSTS_PRELOAD", False)

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# --- Masthead -------------------------------------------------------------------------
MASTHEAD_SITE_NAME = env_str("MASTHEAD_SITE_NAME", "The Masthead Herald")
MASTHEAD_SITE_URL = env_str("MASTHEAD_SITE_URL", "").rstrip("/")
MASTHEAD_COMMENT_MAX_CHARS = env_int("MASTHEAD_COMMENT_MAX_CHARS", 300, minimum=1)
# --- Comments (see docs/comments.md) ---------------------------------------------------
COMMENT_MODES = ("open", "premoderated", "closed")
MASTHEAD_COMMENTS_MODE = env_str("MASTHEAD_COMMENTS_MODE", "open").strip().lower()
if MASTHEAD_COMMENTS_MODE not in COMMENT_MODES:
    raise ImproperlyConfigured(
        f"MASTHEAD_COMMENTS_MODE={MASTHEAD_COMMENTS_MODE!r}: use open, premoderated or closed."
    )
# Close comments this many days after first publication (0: never).
MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS = env_int("MASTHEAD_COMMENTS_CLOSE_AFTER_DAYS", 0, minimum=0)
MASTHEAD_COMMENTS_PER_PAGE = env_int("MASTHEAD_COMMENTS_PER_PAGE", 50, minimum=1)
# A form sent back sooner than this after it was shown is a robot's (asked to send again).
MASTHEAD_COMMENT_MIN_SECONDS = env_int("MASTHEAD_COMMENT_MIN_SECONDS", 3, minimum=0)
MASTHEAD_COMMENT_RATE_PER_MINUTE = env_int("MASTHEAD_COMMENT_RATE_PER_MINUTE", 3, minimum=1)
MASTHEAD_COMMENT_RATE_PER_DAY = env_int("MASTHEAD_COMMENT_RATE_PER_DAY", 20, minimum=1)
MASTHEAD_COMMENT_REPORTS_TO_HIDE = env_int("MASTHEAD_COMMENT_REPORTS_TO_HIDE", 3, minimum=1)
# --- Engagement (view counts, Popular Now) ---------------------------------------------
# One counted view per visitor and article per this many minutes.
MASTHEAD_VIEW_DEDUP_MINUTES = env_int("MASTHEAD_VIEW_DEDUP_MINUTES", 30, minimum=1)
# Addresses (or CIDR networks) of proxies whose X-Forwarded-For is believed.
MASTHEAD_TRUSTED_PROXIES = env_list("MASTHEAD_TRUSTED_PROXIES")
# How often buffered views are folded into totals and hourly buckets.
MASTHEAD_FLUSH_SECONDS = env_int("MASTHEAD_FLUSH_SECONDS", 10, minimum=1)
MASTHEAD_POPULAR_HALF_LIFE_HOURS = env_int("MASTHEAD_POPULAR_HALF_LIFE_HOURS", 6, minimum=1)
MASTHEAD_POPULAR_WINDOW_HOURS = env_int("MASTHEAD_POPULAR_WINDOW_HOURS", 48, minimum=1)
MASTHEAD_HOURLY_RETENTION_DAYS = env_int("MASTHEAD_HOURLY_RETENTION_DAYS", 30, minimum=2)
# Key prefix of the Redis counter (tests use their own).
MASTHEAD_COUNTER_PREFIX = env_str("MASTHEAD_COUNTER_PREFIX", "masthead:views")
# --- Related stories ("You May Also Like", docs/related.md) ------------------------------
# Freshness: a story this many days old counts 3/4 as much as a new one (0: off).
MASTHEAD_RELATED_HALF_LIFE_DAYS = env_int("MASTHEAD_RELATED_HALF_LIFE_DAYS", 30, minimum=0)
# Co-reading counts only for pairs read together by at least this many readers.
MASTHEAD_RELATED_MIN_CO_READERS = env_int("MASTHEAD_RELATED_MIN_CO_READERS", 10, minimum=4)
# Days of daily co-reading counts kept (older days are deleted).
MASTHEAD_RELATED_CO_READ_DAYS = env_int("MASTHEAD_RELATED_CO_READ_DAYS", 30, minimum=1)

# Origins allowed to read the content API from a browser ("*" for any).
MASTHEAD_API_CORS_ORIGINS = env_list("MASTHEAD_API_CORS_ORIGINS")

# Seconds a computed list (latest, related, popular, must-reads) is kept in the cache.
MASTHEAD_LIST_CACHE_SECONDS = env_int("MASTHEAD_LIST_CACHE_SECONDS", 60, minimum=0)
# Whole anonymous reader pages: kept this long (0 = off), dropped when what they show
# changes (masthead/newsroom/pagecache.py); a CDN gets half fresh, half stale.
MASTHEAD_PAGE_CACHE_SECONDS = env_int("MASTHEAD_PAGE_CACHE_SECONDS", 60, minimum=0)
# Megabytes of those pages each server process also keeps in its own memory, in front of
# a shared cache (Redis): a hit is still keyed by the page's version, and skips the
# cache's round trip and its copy of the page. 0 = off; off by default without Redis,
# where the cache is the process's memory already.
MASTHEAD_PAGE_MEMORY_MB = env_int("MASTHEAD_PAGE_MEMORY_MB", 32 if REDIS_URL else 0, minimum=0)
# Milliseconds a server process trusts a page's version it read from the database: a page
# dropped by another process is dropped here within this time (at once in the process that
# dropped it). 0 = read it on every request.
MASTHEAD_PAGE_RECHECK_MS = env_int("MASTHEAD_PAGE_RECHECK_MS", 250, minimum=0)
# Purge a CDN or caching proxy when pages change (masthead/newsroom/purge.py): "" (off),
# "http" (PURGE requests to each MASTHEAD_PURGE_TARGETS base URL) or "cloudflare".
MASTHEAD_PURGE = env_str("MASTHEAD_PURGE", "").strip().lower()
MASTHEAD_PURGE_TARGETS = env_list("MASTHEAD_PURGE_TARGETS")
MASTHEAD_PURGE_METHOD = env_str("MASTHEAD_PURGE_METHOD", "PURGE").strip().upper()
MASTHEAD_CLOUDFLARE_ZONE = env_str("MASTHEAD_CLOUDFLARE_ZONE")
MASTHEAD_CLOUDFLARE_TOKEN = env_str("MASTHEAD_CLOUDFLARE_TOKEN")
MASTHEAD_CLOUDFLARE_API = env_str("MASTHEAD_CLOUDFLARE_API", "https://api.cloudflare.com/client/v4")
if MASTHEAD_PURGE not in ("", "http", "cloudflare"):
    raise ImproperlyConfigured(f"MASTHEAD_PURGE={MASTHEAD_PURGE!r}: use http or cloudflare.")
if MASTHEAD_PURGE == "http" and not MASTHEAD_PURGE_TARGETS:
    raise ImproperlyConfigured(
        "MASTHEAD_PURGE=http needs MASTHEAD_PURGE_TARGETS: the base URLs of the caches to "
        "purge, such as http://127.0.0.1:6081."
    )
if MASTHEAD_PURGE == "cloudflare" and not (
    MASTHEAD_CLOUDFLARE_ZONE and MASTHEAD_CLOUDFLARE_TOKEN and MASTHEAD_SITE_URL
):
    raise ImproperlyConfigured(
        "MASTHEAD_PURGE=cloudflare needs MASTHEAD_CLOUDFLARE_ZONE, MASTHEAD_CLOUDFLARE_TOKEN "
        "and MASTHEAD_SITE_URL (the purged URLs are absolute)."
    )
