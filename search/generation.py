"""The index generation: a number that moves on whenever the engine's index changes (a drain
of the outbox applied changes, a rebuild swapped the alias). Answers derived from the index and
kept in the cache (similar items, search/similar.py) carry the generation they were made in and
are never used once it has moved on.

It lives in the "pages" cache beside the answers it guards: that cache may lose entries at any
time, and a lost generation starts again from the clock, never from a number used before, so
an evicted key cannot bring old answers back."""

from __future__ import annotations

import time

from django.core.cache import BaseCache, caches

KEY = "search:index:generation"


def answer_cache() -> BaseCache:
    return caches["pages"]


def current(found: dict | None = None) -> int:
    """The generation now; `found` is a `get_many` result that may already hold it."""
    if found and KEY in found:
        return found[KEY]
    cache = answer_cache()
    cache.add(KEY, time.time_ns(), None)
    return cache.get(KEY) or 0


def advance() -> None:
    """The index changed: answers made before now are not used again."""
    cache = answer_cache()
    try:
        cache.incr(KEY)
    except ValueError:  # no generation yet, or evicted
        cache.set(KEY, time.time_ns(), None)
