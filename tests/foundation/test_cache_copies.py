"""Read-mostly cache keys (config.cache.MEMO_PREFIXES) on production's two cache
configurations: a process keeps its own copy while the value's stamp in the cache is unchanged,
so the restricted paths (some 190 KB on the 20k corpus) are not unpickled on every page view
(issue #13); a change made by any process shows in the next request."""

from contextlib import contextmanager

from django.core.cache import caches
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.utils.module_loading import import_string

import pytest

from ..production_cache import (  # noqa: F401 - fixtures
    production_cache_kind,
    production_caches,
    production_redis_caches,
)

KEY = "knowledge:restricted-paths:2"


@pytest.fixture(autouse=True)
def _caches(production_cache_kind):  # noqa: F811 - the fixture above
    return production_cache_kind


@contextmanager
def a_request():
    """A request's start and end as the handler signals them (without closing the test's
    database connection, as Django's test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        request_started.send(sender=None)
        yield
    finally:
        request_finished.send(sender=None)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def another_process():
    """A second backend instance on the same cache: what another worker process holds."""
    return caches.create_connection("default")


def read(cache):
    with a_request():
        return cache.get(KEY)


def test_an_unchanged_value_is_the_same_copy_in_every_request():
    cache = caches["default"]
    another_process().set(KEY, {"00010001": (("login", ()),)})
    first, second = read(cache), read(cache)
    assert first == {"00010001": (("login", ()),)}
    assert second is first  # not unpickled again


def test_a_change_by_another_process_shows_in_the_next_request():
    cache, other = caches["default"], another_process()
    other.set(KEY, {"0001": ()})
    assert read(cache) == {"0001": ()}
    other.set(KEY, {"0001": (), "00010002": (("groups", ("Lid",)),)})
    assert read(cache) == {"0001": (), "00010002": (("groups", ("Lid",)),)}


def test_a_delete_by_another_process_shows_in_the_next_request():
    cache, other = caches["default"], another_process()
    other.set(KEY, {"0001": ()})
    assert read(cache) == {"0001": ()}
    other.delete(KEY)
    assert read(cache) is None


def test_the_writer_keeps_a_copy_not_the_object_it_wrote():
    cache = caches["default"]
    paths = {"0001": ()}
    cache.set(KEY, paths)
    paths["00010003"] = (("login", ()),)  # the caller goes on changing its own object
    assert read(cache) == {"0001": ()}
    assert read(another_process()) == {"0001": ()}


def test_a_value_without_a_stamp_is_read_anew_in_every_request(_caches):
    """Written by a plain backend (as before this release): no copy is trusted."""
    cache = caches["default"]
    plain = {
        "database": "django.core.cache.backends.db.DatabaseCache",
        "redis": "django.core.cache.backends.redis.RedisCache",
    }[_caches]
    params = caches.settings["default"]
    writer = import_string(plain)(params["LOCATION"], params)
    writer.set(KEY, {"0001": ()})
    first, second = read(cache), read(cache)
    assert first == second == {"0001": ()}
    assert second is not first
    writer.set(KEY, {"0002": ()})
    assert read(cache) == {"0002": ()}
