"""A database cache that never evicts a live entry, for security counters.

allauth keeps its rate-limit counters in the default cache alias only
(`allauth/core/internal/ratelimit.py` imports `django.core.cache.cache`), and so do our own
counters. Django's database cache culls a third of its rows, live or not, once it holds more
than MAX_ENTRIES (https://docs.djangoproject.com/en/5.2/topics/cache/#cache-arguments): anything
that writes many keys could then wipe the counters and every lockout with them. This one only
ever deletes expired rows, so the table holds the live entries plus at most MAX_ENTRIES expired
ones. What may be evicted — the anonymous page cache — lives in its own alias ("pages").
"""

from __future__ import annotations

import pickle
import threading
import uuid
from typing import NamedTuple

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.db import DatabaseCache
from django.core.cache.backends.redis import RedisCache
from django.core.signals import request_finished, request_started
from django.db import connections
from django.utils.functional import cached_property

_local = threading.local()  # .memo: a dict while a request runs
_MISSING = object()
_seen: set = set()  # (backend, key, version) of the memo keys read in this process

# Keys read many times per request and changed rarely: the sites and Wagtail's site root paths
# (every page URL without a request object reads them), the taxonomy, the restricted paths.
MEMO_PREFIXES = (
    "config:sites",
    "wagtail_site_root_paths",
    "knowledge:taxonomy:",
    "knowledge:restricted-paths:",
)


class _VersionedKey(NamedTuple):
    key: str
    version: int | None


class RequestMemoMixin:
    """Reads of MEMO_PREFIXES keys come from memory after the first one in a request (see
    the memo below), and from a copy this process keeps for as long as the value's stamp in the
    cache is unchanged: the restricted paths alone are some 190 KB on the 20k corpus, 3 ms of
    unpickling per page view (issue #13). Every write through this backend gives the value a
    new stamp (a random token under `<key>:stamp`, written after the value, with its expiry);
    a delete removes the stamp first. A reader trusts its copy only while the stamp it read
    with the copy is there, so a change made in any process shows in the next request."""

    def _memo_key(self, key, version):
        memo = getattr(_local, "memo", None)
        if memo is None or not str(key).startswith(MEMO_PREFIXES):
            return memo, None
        return memo, (id(self), key, version)

    @cached_property
    def _copies(self) -> dict:
        """(key, version) -> (stamp, value): this process's copies of memo keys."""
        return {}

    def get(self, key, default=None, version=None):
        memo, memo_key = self._memo_key(key, version)
        if memo_key is None:
            return super().get(key, default, version)  # type: ignore[misc]
        if memo_key not in memo:
            self._prefetch(memo, key, version)
        value = memo[memo_key]
        return default if value is _MISSING else value

    def _prefetch(self, memo: dict, key, version) -> None:
        """Read this key and every memo key this process has read before, in one get_many
        whatever their versions (Wagtail keeps its site root paths under a version of its
        own): the stamps of all of them, and the values this process holds no copy of. A
        copy whose stamp changed costs a second read."""
        _seen.add((id(self), key, version))
        wanted = [
            _VersionedKey(seen_key, seen_version)
            for backend_id, seen_key, seen_version in list(_seen)
            if backend_id == id(self) and (backend_id, seen_key, seen_version) not in memo
        ]
        stamps = {wanted_key: _stamp_key(wanted_key) for wanted_key in wanted}
        unheld = [wanted_key for wanted_key in wanted if wanted_key not in self._copies]
        found = super().get_many([*stamps.values(), *unheld])  # type: ignore[misc]
        changed = [
            wanted_key
            for wanted_key in wanted
            if wanted_key not in unheld
            and self._copies[wanted_key][0] != found.get(stamps[wanted_key])
        ]
        if changed:
            found.update(super().get_many(changed))  # type: ignore[misc]
        for wanted_key in wanted:
            stamp = found.get(stamps[wanted_key])
            held = self._copies.pop(wanted_key, None)
            if wanted_key in found:
                value = found[wanted_key]
            elif held is not None and stamp is not None and held[0] == stamp:
                value = held[1]
            else:
                value = _MISSING
            if value is not _MISSING and stamp is not None:
                self._copies[wanted_key] = (stamp, value)
            memo[(id(self), *wanted_key)] = value

    def make_key(self, key, version=None):
        if isinstance(key, _VersionedKey):  # from _prefetch: the key names its own version
            key, version = key
        return super().make_key(key, version)  # type: ignore[misc]

    def _stamped(self, key) -> bool:
        return not isinstance(key, _VersionedKey) and str(key).startswith(MEMO_PREFIXES)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        super().set(key, value, timeout, version)  # type: ignore[misc]
        self._forget(key, version)
        if self._stamped(key):
            self._stamp(key, value, timeout, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        added = super().add(key, value, timeout, version)  # type: ignore[misc]
        if added and self._stamped(key):
            self._forget(key, version)
            self._stamp(key, value, timeout, version)
        return added

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        failed = super().set_many(data, timeout, version)  # type: ignore[misc]
        for key, value in data.items():
            if self._stamped(key) and key not in failed:
                self._forget(key, version)
                self._stamp(key, value, timeout, version)
        return failed

    def _stamp(self, key, value, timeout, version) -> None:
        """A new stamp for the value just written, and this process's copy of it (a copy,
        not the caller's object, which the caller may go on changing)."""
        stamp = uuid.uuid4().hex
        super().set(_stamp_key(key), stamp, timeout, version)  # type: ignore[misc]
        copy = pickle.loads(pickle.dumps(value))  # noqa: S301 - bytes made on the line itself
        self._copies[_VersionedKey(key, version)] = (stamp, copy)

    def delete(self, key, version=None):
        self._forget(key, version)
        if self._stamped(key):
            super().delete(_stamp_key(key), version)  # type: ignore[misc]
        return super().delete(key, version)  # type: ignore[misc]

    def delete_many(self, keys, version=None):
        keys = list(keys)
        for key in keys:
            if self._stamped(key):
                self.delete(key, version)
        rest = [key for key in keys if not self._stamped(key)]
        if rest:
            super().delete_many(rest, version)  # type: ignore[misc]

    def clear(self):
        self._copies.clear()
        memo = getattr(_local, "memo", None)
        if memo is not None:
            memo.clear()
        return super().clear()  # type: ignore[misc]

    def _forget(self, key, version) -> None:
        self._copies.pop(_VersionedKey(key, version), None)
        memo, memo_key = self._memo_key(key, version)
        if memo_key is not None:
            memo.pop(memo_key, None)


def _stamp_key(key):
    """Where a memo key's stamp lives (read only by _prefetch, written only by _stamp)."""
    if isinstance(key, _VersionedKey):
        return _VersionedKey(f"{key.key}:stamp", key.version)
    return f"{key}:stamp"


class NonEvictingDatabaseCache(RequestMemoMixin, DatabaseCache):
    def _cull(self, db, cursor, now, num):
        # Django's _cull (django/core/cache/backends/db.py) without its second half, which
        # deletes the oldest keys whatever their expiry.
        connection = connections[db]
        table = connection.ops.quote_name(self._table)  # type: ignore[attr-defined]
        expires = connection.ops.quote_name("expires")
        cursor.execute(
            f"DELETE FROM {table} WHERE {expires} < %s",  # noqa: S608 - quoted identifiers
            [connection.ops.adapt_datetimefield_value(now)],
        )


class MemoRedisCache(RequestMemoMixin, RedisCache):
    """Django's Redis cache with the per-request memo of read-mostly keys."""


# ---------------------------------------------------------------------------------------------
# Per-request memo for read-mostly keys (the taxonomy): a listing names its terms from the
# cached taxonomy some twenty times per view, and each read was a query with the database
# cache (a round trip with Redis). Within one request the first read is kept in memory; the
# memo starts empty with every request and is dropped when it ends, so a change made by
# another process shows in the next request. Outside a request (tasks, mails, the shell)
# every read goes to the cache.


def _request_started(**kwargs) -> None:
    _local.memo = {}


def _request_finished(**kwargs) -> None:
    _local.__dict__.pop("memo", None)


request_started.connect(_request_started, dispatch_uid="config.cache.memo.started")
request_finished.connect(_request_finished, dispatch_uid="config.cache.memo.finished")
