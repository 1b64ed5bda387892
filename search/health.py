"""What /healthz reports about search (config/views.py). Never raises."""

from __future__ import annotations

import logging

from .engines import EngineError, get_engine, index_alias, is_configured

logger = logging.getLogger("kennisplatform.search")

# An outbox row this old means the worker is not running or the engine has been down a while.
OUTBOX_MAX_AGE_SECONDS = 300


def search_checks() -> tuple[dict[str, str], dict]:
    """(`{"search": …, "outbox": …}`, details). "ok" when healthy; without a configured
    engine, search runs on the database backend by design and that is "ok" too."""
    checks: dict[str, str] = {}
    details: dict = {"backend": "engine" if is_configured() else "database"}
    if is_configured():
        try:
            engine = get_engine()
            health = engine.health()
            details["engine"] = health.get("status")
            details["nodes"] = health.get("number_of_nodes")
            details["unassigned_shards"] = health.get("unassigned_shards")
            details["index"] = (engine.alias_targets(index_alias()) or ["missing"])[0]
            checks["search"] = "ok" if health.get("status") in ("green", "yellow") else "degraded"
        except EngineError:
            checks["search"] = "unavailable"
        except Exception:  # noqa: BLE001 - a health check must answer
            logger.exception("search health check failed")
            checks["search"] = "unavailable"
    else:
        checks["search"] = "ok"
    try:
        from .indexing import outbox_backlog

        backlog = outbox_backlog()
        details["outbox"] = backlog
        stuck = backlog["oldest_seconds"] > OUTBOX_MAX_AGE_SECONDS
        checks["outbox"] = "backlog" if stuck else "ok"
    except Exception:  # noqa: BLE001 - e.g. the database is down
        checks["outbox"] = "unavailable"
    return checks, details
