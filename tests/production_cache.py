"""The production cache configuration for query counts: the database cache of
config.settings.production (no CACHE_URL), tables created in the test database."""

from django.core.management import call_command

import pytest

PRODUCTION_DATABASE_CACHES = {
    "default": {
        "BACKEND": "config.cache.NonEvictingDatabaseCache",
        "LOCATION": "cache",
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    },
    "pages": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "page_cache"},
}


@pytest.fixture
def production_caches(settings, db):
    """Every cache read is a query, as in production without Redis."""
    settings.CACHES = PRODUCTION_DATABASE_CACHES
    call_command("createcachetable")
