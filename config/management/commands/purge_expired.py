"""Delete what the platform no longer needs to keep (run daily; safe to rerun).

- Search query logs (`search.QueryLog`) older than SEARCH_QUERY_LOG_DAYS (default 180). They
  are anonymised, but even anonymised searches say something about what people investigate;
  the search reports only look back 30 days.
- Finished background-task results of django-tasks-db older than TASK_RESULTS_KEEP_DAYS
  (default 14). Their stored arguments and return values hold e-mail addresses and account and
  registration ids; tasks still waiting or running are never touched.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from django_tasks_db.models import DBTaskResult

from search.models import QueryLog


class Command(BaseCommand):
    help = "Delete search query logs and finished task results past their retention period."

    def handle(self, *args, **options):
        log_days = settings.SEARCH_QUERY_LOG_DAYS
        task_days = settings.TASK_RESULTS_KEEP_DAYS
        if log_days < 0 or task_days < 0:
            raise CommandError("SEARCH_QUERY_LOG_DAYS and TASK_RESULTS_KEEP_DAYS must be 0 or more")
        # A log row holds only its day: a row is kept for log_days whole days after that day.
        logs, _by_model = QueryLog.objects.filter(
            day__lt=timezone.localdate() - dt.timedelta(days=log_days)
        ).delete()
        results, _by_model = (
            DBTaskResult.objects.finished()
            .filter(finished_at__lt=timezone.now() - dt.timedelta(days=task_days))
            .delete()
        )
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"{logs} zoekopdracht(en) verwijderd (ouder dan {log_days} dagen), "
                f"{results} taakresultaat(en) verwijderd (ouder dan {task_days} dagen)."
            )
