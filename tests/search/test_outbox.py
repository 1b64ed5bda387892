"""The outbox on its own (no engine needed): rows per change, one drain per transaction,
backoff while the engine is unreachable, and a retry scheduled on the task queue."""

from __future__ import annotations

import datetime as dt
import socket

from django.utils import timezone

import pytest

from search.indexing import backoff, drain, enqueue
from search.models import OutboxEntry

from ..factories import ArticlePageFactory
from ..helpers import restrict_to_members


@pytest.fixture
def unreachable_engine(settings):
    """An engine URL where nothing listens: every request is refused at once."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    settings.SEARCH_ENGINE_URL = f"http://127.0.0.1:{port}"
    settings.SEARCH_INDEX_PREFIX = "test-outbox"
    return settings


def test_every_kind_of_change_writes_an_outbox_row(
    unreachable_engine, knowledge_index, toolkit_index
):
    article = ArticlePageFactory(parent=knowledge_index)
    article.save_revision().publish()
    restrict_to_members(article)
    article.unpublish()
    article.move(toolkit_index, pos="last-child")
    article.delete()
    reasons = list(
        OutboxEntry.objects.filter(page_id=article.pk)
        .order_by("pk")
        .values_list("reason", flat=True)
    )
    assert reasons[0] == "publish"
    assert {"privacy", "unpublish", "move", "delete"} <= set(reasons)


def test_one_drain_per_transaction(
    unreachable_engine, knowledge_index, django_capture_on_commit_callbacks
):
    pages = [ArticlePageFactory(parent=knowledge_index) for _ in range(5)]
    OutboxEntry.objects.all().delete()
    with django_capture_on_commit_callbacks() as callbacks:
        for page in pages:
            enqueue([page.pk], "publish")
    assert OutboxEntry.objects.count() == 5
    assert len(callbacks) == 1


def test_unreachable_engine_keeps_rows_with_growing_backoff(unreachable_engine, knowledge_index):
    page = ArticlePageFactory(parent=knowledge_index)
    OutboxEntry.objects.all().delete()
    enqueue([page.pk], "publish")
    first = drain()
    assert first.failed == 1 and first.applied == 0 and first.retry_in == backoff(1) == 5
    row = OutboxEntry.objects.get()
    assert row.attempts == 1 and row.processed_at is None and "Connection" in row.last_error

    assert drain().failed == 0  # not due yet: the engine is not hammered
    assert drain(force=True).failed == 1
    assert OutboxEntry.objects.get().attempts == 2
    assert [backoff(n) for n in (1, 2, 3, 4, 10)] == [5, 10, 20, 40, 300]


def test_failed_drain_schedules_a_retry_on_the_task_queue(
    unreachable_engine, knowledge_index, settings
):
    from django_tasks_db.models import DBTaskResult

    from search.tasks import drain_search_outbox

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    page = ArticlePageFactory(parent=knowledge_index)
    OutboxEntry.objects.all().delete()
    enqueue([page.pk], "publish")
    result = drain_search_outbox.call()  # what the worker runs
    assert result == {"applied": 0, "failed": 1}
    retry = DBTaskResult.objects.get(task_path="search.tasks.drain_search_outbox")
    assert retry.run_after > timezone.now() + dt.timedelta(seconds=3)


def test_processed_rows_are_kept_a_day_then_purged(unreachable_engine, db):
    old = timezone.now() - dt.timedelta(days=2)
    OutboxEntry.objects.create(page_id=1, reason="publish", processed_at=old)
    OutboxEntry.objects.create(page_id=2, reason="publish", processed_at=timezone.now())
    drain()
    assert list(OutboxEntry.objects.values_list("page_id", flat=True)) == [2]
