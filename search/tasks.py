"""Background work for search, run by the django-tasks worker (`manage.py db_worker`)."""

from __future__ import annotations

import logging

from django_tasks import task

logger = logging.getLogger("kennisplatform.search")


@task()
def drain_search_outbox() -> dict:
    """Apply pending index changes. On failure the rows stay in the outbox with exponential
    backoff and this task schedules its own retry (when the queue backend supports delays)."""
    from .indexing import drain_all, schedule_drain

    result = drain_all()
    if result.failed and result.retry_in is not None:
        schedule_drain(delay=result.retry_in)
    return {"applied": result.applied, "failed": result.failed}


@task()
def rebuild_search_index() -> dict:
    """Rebuild the index (e.g. after the thesaurus changed). A rebuild already running is left
    alone: it rebuilds again itself when the thesaurus changed while it ran."""
    from .engines import EngineError
    from .indexing import RebuildInProgress, rebuild

    try:
        result = rebuild()
    except RebuildInProgress:
        return {"skipped": "rebuild in progress"}
    except EngineError as exc:
        logger.warning("search rebuild failed: %s", exc)
        raise
    return {"index": result.index, "documents": result.documents}
