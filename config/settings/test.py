"""Test settings: PostgreSQL from DATABASE_URL (`make test`), fast hashing, locmem mail."""

import atexit
import os
import shutil
import tempfile

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:54329/kennisplatform")
    )
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Tests see every change at once (factories save pages without publishing); the page cache's
# own tests switch it on (tests/foundation/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
# Every view asks the engine (tests reuse page IDs across indexes); tests/knowledge/test_similar.py
# switches the kept answers on.
SEARCH_SIMILAR_CACHE_SECONDS = 0
# Every /healthz request checks again (config/health.py keeps a report 5 s by default).
HEALTHZ_CACHE_SECONDS = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Real files in a throwaway folder: documents are served through Django from disk.
MEDIA_ROOT = tempfile.mkdtemp(prefix="kennisplatform-test-media-")
for _folder in (MEDIA_ROOT, MEDIA_ROOT + "-private"):  # members.storage.PrivateStorage's sibling
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
WAGTAILADMIN_BASE_URL = "http://testserver"
SEARCH_ENGINE_URL = os.environ.get("SEARCH_ENGINE_URL", "")
# One index per pytest-xdist worker (`make test` runs two): workers never see each other's pages.
SEARCH_INDEX_PREFIX = "test-kennisplatform-" + os.environ.get("PYTEST_XDIST_WORKER", "main")
