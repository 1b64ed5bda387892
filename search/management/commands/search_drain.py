from django.core.management.base import BaseCommand, CommandError

from search.engines import is_configured
from search.indexing import drain_all, outbox_backlog


class Command(BaseCommand):
    help = "Apply pending search index changes from the outbox now (the worker does this too)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="also rows that are waiting for their backoff"
        )

    def handle(self, *args, **options):
        if not is_configured():
            self.stdout.write("No search engine configured (SEARCH_ENGINE_URL); nothing to do.")
            return
        result = drain_all(force=options["force"])
        backlog = outbox_backlog()
        self.stdout.write(
            f"applied {result.applied}, failed {result.failed}, still pending {backlog['pending']}"
        )
        if result.failed:
            raise CommandError(f"engine error: {result.error or 'see the outbox last_error'}")
