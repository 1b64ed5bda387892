"""What /healthz reports (config/views.py): every dependency of a web process, each checked on
its own, so one that fails is named and the others still report. Nothing here raises.

The report is kept for HEALTHZ_CACHE_SECONDS in the process itself (not in the cache, which is
one of the things it checks): a monitor or load balancer polling every second costs the
database, Redis and the engine one round of checks per process every few seconds.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.utils import timezone

from search.health import search_checks

logger = logging.getLogger("kennisplatform")

# A task waiting this long means no worker takes tasks (none running, or all stuck).
TASK_MAX_WAIT_SECONDS = 300

_lock = threading.Lock()
_report: tuple[float, dict, bool] | None = None


def database_check() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return "ok"
    except Exception:  # noqa: BLE001 - any failure means the database is unavailable
        return "unavailable"


def cache_check() -> tuple[str, dict]:
    """Write, read and delete a key in the `default` cache (rate limits and lockouts): when
    that fails, logins fail too."""
    cache = caches["default"]
    details = {"backend": type(cache).__name__}
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, 1, 10)
        found = cache.get(key)
        cache.delete(key)
    except Exception:  # noqa: BLE001 - e.g. Redis refused or is full (noeviction)
        logger.warning("health check: the cache failed", exc_info=True)
        return "unavailable", details
    return ("ok" if found == 1 else "degraded"), details


def task_queue_check() -> tuple[str, dict]:
    """The background-task queue (django-tasks-db): tasks waiting, running, and how long the
    oldest due task has waited. `backlog` when that is more than TASK_MAX_WAIT_SECONDS."""
    from django_tasks import task_backends
    from django_tasks_db.backend import DatabaseBackend

    if not isinstance(task_backends["default"], DatabaseBackend):
        return "ok", {"backend": type(task_backends["default"]).__name__}
    from django_tasks_db.models import DBTaskResult

    try:
        ready = DBTaskResult.objects.ready()
        oldest = ready.order_by("enqueued_at").values_list("enqueued_at", "run_after").first()
        waited = 0
        if oldest:
            enqueued_at, run_after = oldest
            # A deferred task waits from its run_after on; an undeferred one from enqueueing.
            due = max(enqueued_at, run_after) if run_after.year < 9999 else enqueued_at
            waited = max(int((timezone.now() - due).total_seconds()), 0)
        details = {
            "ready": ready.count(),
            "running": DBTaskResult.objects.running().count(),
            "oldest_seconds": waited,
        }
    except Exception:  # noqa: BLE001 - e.g. the database is down
        return "unavailable", {}
    return ("backlog" if waited > TASK_MAX_WAIT_SECONDS else "ok"), details


def build_report() -> tuple[dict, bool]:
    checks: dict[str, str] = {"database": database_check()}
    checks["cache"], cache_details = cache_check()
    search_status, search_details = search_checks()
    checks.update(search_status)
    checks["tasks"], task_details = task_queue_check()
    healthy = all(value == "ok" for value in checks.values())
    report = {
        "status": "ok" if healthy else "degraded",
        "checks": checks,
        "cache": cache_details,
        "search": search_details,
        "tasks": task_details,
    }
    return report, healthy


def health_report() -> tuple[dict, bool]:
    """The report, at most HEALTHZ_CACHE_SECONDS old; one request per process rebuilds it."""
    global _report
    max_age = float(getattr(settings, "HEALTHZ_CACHE_SECONDS", 5))
    if max_age <= 0:
        return build_report()
    with _lock:
        now = time.monotonic()
        if _report is None or now - _report[0] >= max_age:
            report, healthy = build_report()
            _report = (now, report, healthy)
        _made, report, healthy = _report
        return {**report, "age_seconds": round(now - _made, 1)}, healthy
