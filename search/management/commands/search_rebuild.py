from django.core.management.base import BaseCommand, CommandError

from search.engines import EngineError
from search.indexing import RebuildInProgress, rebuild


class Command(BaseCommand):
    help = (
        "Build a new timestamped search index from the database, swap the alias to it "
        "atomically and remove the old index. Searches keep working meanwhile."
    )

    def handle(self, *args, **options):
        try:
            result = rebuild(log=lambda message: self.stdout.write(message))
        except RebuildInProgress as exc:
            raise CommandError(str(exc)) from exc
        except EngineError as exc:
            raise CommandError(f"search engine error: {exc}") from exc
        rate = result.documents / result.seconds if result.seconds else 0
        self.stdout.write(
            self.style.SUCCESS(
                f"{result.index}: {result.documents} documents in {result.seconds:.1f} s "
                f"({rate:.0f}/s); replayed {result.replayed} change(s) made meanwhile"
            )
        )
