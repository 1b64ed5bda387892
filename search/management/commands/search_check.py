import sys

from django.core.management.base import BaseCommand, CommandError

from search.engines import EngineError
from search.indexing import check, drain_all, enqueue

SAMPLE = 20


class Command(BaseCommand):
    help = (
        "Compare the pages that belong in the search index with what the index holds "
        "(IDs and versions). Exits with status 1 when they drift apart."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fix", action="store_true", help="queue the drifted pages for re-indexing and apply"
        )

    def handle(self, *args, **options):
        try:
            result = check()
        except EngineError as exc:
            raise CommandError(f"search engine error: {exc}") from exc
        self.stdout.write(f"database: {result.database} pages, index: {result.index} documents")
        for label, ids in (
            ("missing from the index", result.missing),
            ("in the index but not (or no longer) published", result.extra),
            ("older in the index than in the database", result.stale),
            ("pending in the outbox (not drift)", result.pending),
        ):
            if ids:
                sample = ", ".join(map(str, ids[:SAMPLE])) + (" …" if len(ids) > SAMPLE else "")
                self.stdout.write(f"{len(ids)} {label}: {sample}")
        if not result.drift:
            self.stdout.write(self.style.SUCCESS("no drift"))
            return
        if options["fix"]:
            enqueue([*result.missing, *result.extra, *result.stale], "repair")
            fixed = drain_all(force=True)
            self.stdout.write(f"re-indexed {fixed.applied}, failed {fixed.failed}")
            if not fixed.failed:
                return
        self.stderr.write(self.style.ERROR("drift between database and search index"))
        sys.exit(1)
