"""Production: every secret and environment-specific value comes from the environment.

See `.env.example` for the full list. Required: SECRET_KEY, DATABASE_URL, ALLOWED_HOSTS.
"""

import os

from django.core.exceptions import ImproperlyConfigured

import dj_database_url

from .base import *  # noqa: F403


def env(name: str, default: str | None = None) -> str:
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"Environment variable {name} is required in production")
    return value


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
# Rotating the key (docs/operations.md): the old one here, comma-separated, keeps sessions and
# signed links valid until they expire; then remove it.
SECRET_KEY_FALLBACKS = [k.strip() for k in env("SECRET_KEY_FALLBACKS", "").split(",") if k.strip()]
ALLOWED_HOSTS = [h.strip() for h in env("ALLOWED_HOSTS").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS]
# Persistent connections, checked before a request reuses one: after a database restart the
# first request gets a new connection instead of the dead one (only requests in flight fail).
DATABASES = {
    "default": dj_database_url.parse(env("DATABASE_URL"), conn_max_age=60, conn_health_checks=True)
}

# Two caches shared by all workers: the database (`manage.py createcachetable`) by default,
# Redis when CACHE_URL is given. "default" holds allauth's rate-limit counters (allauth uses no
# other alias) and our own: it never evicts a live entry (config/cache.py; a Redis server with
# `maxmemory-policy noeviction`, see README). "pages" is the anonymous page cache, which may
# lose entries at any time and is bounded by PAGE_CACHE_MAX_ENTRIES (config/page_cache.py): on
# the same Redis under its own key prefix, or on PAGE_CACHE_URL (e.g. an LRU Redis).
_REDIS = "django.core.cache.backends.redis.RedisCache"
_cache_url = os.environ.get("CACHE_URL", "")
_page_cache_url = os.environ.get("PAGE_CACHE_URL", "") or _cache_url
CACHES = {
    "default": (
        {"BACKEND": "config.cache.MemoRedisCache", "LOCATION": _cache_url}
        if _cache_url
        else {
            "BACKEND": "config.cache.NonEvictingDatabaseCache",
            "LOCATION": "cache",
            "OPTIONS": {"MAX_ENTRIES": 10_000},  # expired rows kept before a sweep
        }
    ),
    "pages": (
        {"BACKEND": _REDIS, "LOCATION": _page_cache_url, "KEY_PREFIX": "pages"}
        if _page_cache_url
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "page_cache",
            "OPTIONS": {"MAX_ENTRIES": PAGE_CACHE_MAX_ENTRIES + 50},  # noqa: F405 - and counters
        }
    ),
}

# SMTP; `make prod-local` writes mails to files instead (EMAIL_FILE_PATH), to be read back.
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", "")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "587"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", "true").lower() == "true"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Member photos: outside MEDIA_ROOT (default "<MEDIA_ROOT>-private"), never served publicly.
    "private": {
        "BACKEND": "members.storage.PrivateStorage",
        "OPTIONS": {"location": env("PRIVATE_MEDIA_ROOT", "") or None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
MEDIA_ROOT = env("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405
STATIC_ROOT = env("STATIC_ROOT", str(STATIC_ROOT))  # noqa: F405
# Stored files leave through nginx once Django has checked who asks: Wagtail's document view
# (and /media/) answer `X-Accel-Redirect: /_protected/<path in MEDIA_ROOT>`, an internal nginx
# location; MEDIA_ROOT itself has no public location (platform/deploy/nginx.conf).
SENDFILE_BACKEND = "django_sendfile.backends.nginx"
SENDFILE_ROOT = MEDIA_ROOT
SENDFILE_URL = "/_protected"

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Client IP for allauth's rate limits: behind N proxies we run, the N-th address from the right
# of X-Forwarded-For is the one our outermost proxy saw; whatever a client puts before it is
# ignored. Or name a header our proxy sets and overwrites (e.g. X-Real-IP).
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "1"))
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER", "") or None
SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy comes from Django, not from the proxy: platform/deploy/nginx.conf
# sets one only on protected files. Scripts and styles are all served from our own origin.

WAGTAILADMIN_BASE_URL = env("SITE_URL")
SEARCH_ENGINE_URL = env("SEARCH_ENGINE_URL", "")
SEARCH_ENGINE_KIND = env("SEARCH_ENGINE_KIND", "opensearch")
