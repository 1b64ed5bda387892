"""Production's cache configurations for query counts: the database cache of
config.settings.production without CACHE_URL (tables created in the test database), and Redis
with CACHE_URL (the Redis `make test` starts)."""

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


@pytest.fixture
def production_redis_caches(settings, db):
    """Production with CACHE_URL: Redis for the counters (with the per-request memo) and the
    page cache under its own prefix, on the Redis `make test` starts (REDIS_URL_TEST). Each
    test has key prefixes of its own, so nothing it stores meets another test or worker."""
    import os
    import uuid

    from .helpers import service_missing

    url = os.environ.get("REDIS_URL_TEST")
    if not url:
        service_missing("REDIS_URL_TEST is not set (make test starts Redis: platform/redis.sh)")
    prefix = f"test-{uuid.uuid4().hex}"
    settings.CACHES = {
        "default": {
            "BACKEND": "config.cache.MemoRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix,
        },
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": prefix + "-pages",
        },
    }


@pytest.fixture(params=["database", "redis"])
def production_cache_kind(request) -> str:
    """Each of production's two cache configurations in turn: "database" (no CACHE_URL) or
    "redis"."""
    fixture = "production_caches" if request.param == "database" else "production_redis_caches"
    request.getfixturevalue(fixture)
    return request.param
