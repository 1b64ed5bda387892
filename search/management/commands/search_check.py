import sys

from django.core.management.base import BaseCommand, CommandError

from search.engines import EngineError, is_configured
from search.indexing import check, drain_all, enqueue

SAMPLE = 20


class Command(BaseCommand):
    help = (
        "Compare the pages that belong in the search index with what the index holds (IDs, "
        "versions, visibility and taxonomy). Exits with status 1 when they drift apart."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fix", action="store_true", help="queue the drifted pages for re-indexing and apply"
        )

    def handle(self, *args, **options):
        if not is_configured():
            # `make demo`: search runs on the database, there is no index to drift.
            self.stdout.write(
                "No search engine configured (SEARCH_ENGINE_URL); nothing to compare."
            )
            return
        try:
            result = check()
        except EngineError as exc:
            raise CommandError(f"search engine error: {exc}") from exc
        self.stdout.write(f"database: {result.database} pages, index: {result.index} documents")
        for label, ids in (
            ("missing from the index", result.missing),
            ("in the index but not (or no longer) published", result.extra),
            ("older in the index than in the database", result.stale),
            ("with other visibility in the index", result.visibility),
            ("with other themes, regions or audiences in the index", result.taxonomy),
            ("pending in the outbox (not drift)", result.pending),
        ):
            if ids:
                sample = ", ".join(map(str, ids[:SAMPLE])) + (" …" if len(ids) > SAMPLE else "")
                self.stdout.write(f"{len(ids)} {label}: {sample}")
        if not result.drift:
            self.stdout.write(self.style.SUCCESS("no drift"))
            return
        if options["fix"]:
            # Pages the index may show to the wrong people are left out of every search until
            # they are re-indexed (a visibility reason, see queries.pages_in_flux).
            exposed = {*result.extra, *result.visibility}
            enqueue(exposed, "privacy")
            enqueue({*result.missing, *result.stale, *result.taxonomy} - exposed, "repair")
            fixed = drain_all(force=True)
            self.stdout.write(f"re-indexed {fixed.applied}, failed {fixed.failed}")
            if not fixed.failed:
                return
        self.stderr.write(self.style.ERROR("drift between database and search index"))
        sys.exit(1)
