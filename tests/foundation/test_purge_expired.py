"""`manage.py purge_expired` (daily): search query logs and finished background-task results
are deleted once their retention period is over; everything younger, and tasks that still have
to run, stay."""

import datetime as dt

from django.core.management import call_command
from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult

from members.tasks import send_membership_mail
from search.models import QueryLog

pytestmark = pytest.mark.django_db


@pytest.fixture
def retention(settings):
    settings.SEARCH_QUERY_LOG_DAYS = 180
    settings.TASK_RESULTS_KEEP_DAYS = 14
    # The production queue, so the rows are what the worker really stores.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return settings


def logged(query: str, days_ago: int) -> QueryLog:
    return QueryLog.objects.create(
        day=timezone.localdate() - dt.timedelta(days=days_ago),
        query=query,
        hits=1,
        backend=QueryLog.Backend.ENGINE,
    )


def task_result(status: str | None, finished_days_ago: int | None = None) -> str:
    """A task as the database queue stores it, then (optionally) as the worker left it."""
    result = send_membership_mail.enqueue(1, "welcome")
    if status is not None:
        finished = (
            timezone.now() - dt.timedelta(days=finished_days_ago, minutes=1)
            if finished_days_ago is not None
            else None
        )
        DBTaskResult.objects.filter(pk=result.id).update(status=status, finished_at=finished)
    return str(result.id)


def test_query_logs_older_than_the_retention_period_are_deleted(retention):
    logged("te oud", days_ago=181)
    logged("precies 180 dagen", days_ago=180)
    logged("vandaag", days_ago=0)

    call_command("purge_expired", verbosity=0)

    assert sorted(QueryLog.objects.values_list("query", flat=True)) == [
        "precies 180 dagen",
        "vandaag",
    ]


def test_a_shorter_query_log_retention_is_honoured(retention):
    retention.SEARCH_QUERY_LOG_DAYS = 30
    logged("vorige maand", days_ago=31)
    logged("deze maand", days_ago=29)

    call_command("purge_expired", verbosity=0)

    assert list(QueryLog.objects.values_list("query", flat=True)) == ["deze maand"]


def test_finished_task_results_are_deleted_after_their_retention_tasks_to_run_stay(retention):
    old_success = task_result("SUCCESSFUL", finished_days_ago=15)
    old_failure = task_result("FAILED", finished_days_ago=15)
    recent_success = task_result("SUCCESSFUL", finished_days_ago=13)
    waiting = task_result(None)
    DBTaskResult.objects.filter(pk=waiting).update(run_after=timezone.now() - dt.timedelta(days=30))
    running = task_result("RUNNING")
    assert DBTaskResult.objects.get(pk=old_success).args_kwargs["args"] == [1, "welcome"]

    call_command("purge_expired", verbosity=0)

    remaining = {str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)}
    assert remaining == {recent_success, waiting, running}
    assert old_failure not in remaining


def test_purge_is_safe_to_rerun_and_reports_what_it_deleted(retention, capsys):
    logged("te oud", days_ago=200)
    task_result("SUCCESSFUL", finished_days_ago=20)

    call_command("purge_expired")
    call_command("purge_expired")

    first, second = capsys.readouterr().out.strip().splitlines()
    assert first.startswith("1 zoekopdracht(en) verwijderd") and "1 taakresultaat(en)" in first
    assert second.startswith("0 zoekopdracht(en) verwijderd") and "0 taakresultaat(en)" in second
