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

from django.core.cache.backends.db import DatabaseCache
from django.db import connections


class NonEvictingDatabaseCache(DatabaseCache):
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
