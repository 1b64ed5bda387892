import json

from django.conf import settings
from django.core.management.base import BaseCommand

from search.engines import EngineError, get_engine, index_alias, is_configured
from search.indexing import outbox_backlog
from search.models import IndexState, Synonym


class Command(BaseCommand):
    help = "Show the search engine, the index behind the alias, the outbox and the last rebuild."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options):
        status: dict = {
            "engine": settings.SEARCH_ENGINE_KIND if is_configured() else "none (database)",
            "url": settings.SEARCH_ENGINE_URL or None,
            "alias": index_alias(),
        }
        if is_configured():
            try:
                engine = get_engine()
                status["health"] = engine.health().get("status")
                status["indices"] = engine.alias_targets(index_alias())
                status["documents"] = engine.count(index_alias()) if status["indices"] else 0
            except EngineError as exc:
                status["health"] = f"unavailable ({exc.__class__.__name__})"
        state = IndexState.get()
        status["outbox"] = outbox_backlog()
        status["last_rebuild"] = (
            {
                "at": state.last_rebuild_at.isoformat(),
                "index": state.last_rebuild_index,
                "documents": state.last_rebuild_documents,
                "seconds": round(state.last_rebuild_seconds, 1),
            }
            if state.last_rebuild_at
            else None
        )
        status["rebuilding_since"] = (
            state.rebuilding_since.isoformat() if state.rebuilding_since else None
        )
        status["synonyms"] = len(Synonym.rules())
        status["synonyms_applied"] = state.synonyms_fingerprint == Synonym.fingerprint()
        if options["json"]:
            self.stdout.write(json.dumps(status, indent=2))
            return
        for key, value in status.items():
            self.stdout.write(f"{key:>18}: {value}")
