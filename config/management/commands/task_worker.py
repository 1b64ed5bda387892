"""`db_worker` that first takes back the task its predecessor was killed in.

django-tasks-db marks a task RUNNING when a worker claims it and only its own worker ever
finishes it: a worker killed by SIGKILL, the OOM killer or a lost machine leaves the task
RUNNING for good, and the work in it (a batch of mails, an index drain) never happens. Each
worker here has a fixed id per slot (`--worker-id <host>-<n>`, platform/deploy): one worker runs
one task at a time, so a task still RUNNING under this id when the worker starts was
interrupted, and is made READY again. The tasks are written to be rerun: mail batches skip the
mails already sent (events/tasks.py), index drains apply what is still pending.
"""

from __future__ import annotations

import logging

from django.db import transaction

from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger("kennisplatform.tasks")

# A task that took its worker down this often is failed rather than run again.
MAX_CLAIMS = 5


def requeue_interrupted(worker_id: str) -> int:
    """Make the tasks left RUNNING by an earlier worker with this id READY again."""
    requeued = 0
    with transaction.atomic():
        running = DBTaskResult.objects.select_for_update().filter(
            status=TaskResultStatus.RUNNING, worker_ids__contains=[worker_id]
        )
        for result in running:
            if not result.worker_ids or result.worker_ids[-1] != worker_id:
                continue  # taken over since by another worker
            if len(result.worker_ids) >= MAX_CLAIMS:
                result.status = TaskResultStatus.FAILED
                result.traceback = f"interrupted {len(result.worker_ids)} times; not run again"
                result.save(update_fields=["status", "traceback"])
                logger.error("task %s %s: interrupted too often", result.pk, result.task_path)
                continue
            result.status = TaskResultStatus.READY
            result.save(update_fields=["status"])
            requeued += 1
            logger.warning("task %s %s was interrupted; queued again", result.pk, result.task_path)
    return requeued


class Command(DbWorkerCommand):
    help = "Run a database background worker, taking back the task this worker id was killed in"

    def handle(self, *args, worker_id: str, **options):
        requeue_interrupted(worker_id)
        return super().handle(*args, worker_id=worker_id, **options)
