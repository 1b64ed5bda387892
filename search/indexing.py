"""Keeping the index in step with the database, without ever losing an update.

1. Signal receivers (connected in `apps.SearchConfig.ready`) write an `OutboxEntry` for each
   page that changed, in the transaction of the change: publish, unpublish, delete, move,
   view-restriction changes, and changes to documents and taxonomy terms the page shows.
2. After commit a django-tasks task (`tasks.drain_search_outbox`) applies the outbox to the
   engine in one bulk request. When the engine is down the rows stay, with exponential backoff,
   and the task schedules its own retry; publishing never waits for the engine.
3. `rebuild()` builds a new timestamped index from the database, swaps the alias atomically,
   and replays what changed while it was loading.
4. `check()` compares the database with the index (`search_check`).

Content apps do not import search; they only send Wagtail's and Django's signals.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

from . import generation
from .documents import (
    IndexContext,
    Term,
    access_fields,
    index_body,
    load_restrictions,
    registry,
    taxonomy_fields,
    taxonomy_terms,
)
from .engines import EngineError, get_engine, index_alias, is_configured
from .models import VISIBILITY_REASONS, IndexState, OutboxEntry, Synonym

logger = logging.getLogger("kennisplatform.search")

BACKOFF_BASE = 5  # seconds; doubled per failed attempt
BACKOFF_MAX = 300
KEEP_PROCESSED = dt.timedelta(days=1)
REBUILD_STALE_AFTER = dt.timedelta(hours=2)
BATCH_SIZE = 500


# -- writing the outbox -------------------------------------------------------------------
def enqueue(page_ids: Iterable[int], reason: str) -> int:
    """Record that these pages changed. Runs in the caller's transaction; the drain task is
    scheduled for after the commit. No engine configured (`make demo`): nothing to do, a
    later `search_rebuild` loads everything."""
    ids = sorted({int(pk) for pk in page_ids})
    if not ids or not is_configured():
        return 0
    now = timezone.now()
    OutboxEntry.objects.bulk_create(
        [OutboxEntry(page_id=pk, reason=reason, created_at=now, next_attempt_at=now) for pk in ids]
    )
    _drain_after_commit()
    return len(ids)


_local = threading.local()


def _drain_after_commit() -> None:
    """One drain per transaction, however many pages it changed (deleting a subtree sends a
    signal per page). A drain registered earlier is reused while it is still waiting at this
    savepoint level or an outer one: it cannot then be discarded without our rows being rolled
    back too. Once it has run (or was rolled back), the next change registers a new one."""
    connection = transaction.get_connection()
    pending = getattr(_local, "callback", None)
    if pending is not None and connection.in_atomic_block:
        current = set(connection.savepoint_ids)
        for savepoints, func, _robust in connection.run_on_commit:
            if func is pending and savepoints <= current:
                return

    def drain_once() -> None:
        _local.callback = None
        schedule_drain()

    _local.callback = drain_once
    transaction.on_commit(drain_once, robust=True)


def schedule_drain(delay: float | None = None) -> None:
    """Enqueue the drain task; never let a queue problem break the change that triggered it
    (the rows are safe in the outbox and the next drain picks them up)."""
    from .tasks import drain_search_outbox

    try:
        task = drain_search_outbox
        if delay is not None:
            if not task.get_backend().supports_defer:
                return  # e.g. the immediate backend: the next change or `search_drain` retries
            task = task.using(run_after=timezone.now() + dt.timedelta(seconds=delay))
        task.enqueue()
    except Exception:  # noqa: BLE001 - logged; the outbox keeps the work
        logger.exception("could not enqueue the search outbox drain")


def subtree_ids(page: Page) -> list[int]:
    return list(Page.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True))


# -- signal receivers ------------------------------------------------------------------------
def on_page_published(sender, instance, **kwargs):
    enqueue([instance.pk], "publish")
    refresh_database_index([instance.pk])


def on_page_unpublished(sender, instance, **kwargs):
    enqueue([instance.pk], "unpublish")


def on_post_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        enqueue([instance.pk], "delete")


def on_page_moved(sender, instance, **kwargs):
    # URLs and inherited view restrictions of the whole subtree may have changed.
    enqueue(subtree_ids(instance), "move")


def on_restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # deleted together with its page: the page's delete is enqueued
        enqueue(subtree_ids(page), "privacy")


def on_restriction_groups_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and isinstance(
        instance, PageViewRestriction
    ):
        on_restriction_changed(sender, instance)


def on_document_saved(sender, instance, **kwargs):
    """New or re-extracted text of a document: re-index the pages that offer it."""
    from access.policy import file_uses

    pages = sorted(file_uses(instance))
    enqueue(pages, "document")
    refresh_database_index(pages)


def refresh_database_index(page_ids: Iterable[int]) -> None:
    """Re-index these pages in Wagtail's database backend, which answers `/zoeken/` without an
    engine (`make demo`) and whose entries carry attachment text (`search_attachments`).

    Wagtail indexes a page when it is saved, but at publish the save comes before the
    reference index knows the new attachments (access/signals.py records them on
    `page_published`, which reaches this app later), and a document's re-extracted text saves
    no page at all. Wagtail's own task does the work, so production runs it in the worker."""
    from wagtail.search.index import class_is_indexed
    from wagtail.search.tasks import insert_or_update_object_task

    rows = Page.objects.filter(pk__in=list(page_ids)).values_list(
        "pk", "content_type__app_label", "content_type__model"
    )
    for pk, app_label, model_name in rows:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:  # a content type whose model is gone
            continue
        if not class_is_indexed(model):
            continue
        try:
            insert_or_update_object_task.enqueue(app_label, model_name, str(pk))
        except Exception:  # noqa: BLE001 - a queue problem must not break the publish
            logger.exception("could not enqueue the database index update of page %s", pk)


def pages_with_term(instance) -> list[int]:
    """Pages tagged with a theme, region or audience (for themes also via a sub-theme)."""
    from knowledge.taxonomy import Audience, Region, Theme

    relation = {Theme: "themes", Region: "regions", Audience: "audiences"}.get(type(instance))
    ids: set[int] = set()
    for indexer in registry:
        if relation not in indexer.taxonomies:
            continue
        condition = Q(**{relation: instance})
        if relation == "themes":
            condition |= Q(themes__parent=instance)
        ids.update(indexer.model.objects.filter(condition).values_list("pk", flat=True))
    return sorted(ids)


def on_term_saved(sender, instance, created=False, **kwargs):
    if not created:  # a new term is on no page yet
        enqueue(pages_with_term(instance), "taxonomy")


def on_term_deleting(sender, instance, **kwargs):
    # pre_delete: afterwards the tags are gone and the pages cannot be found.
    enqueue(pages_with_term(instance), "taxonomy")


def on_synonyms_changed(sender, instance, **kwargs):
    if is_configured():
        transaction.on_commit(schedule_rebuild, robust=True)


def schedule_rebuild() -> None:
    from .tasks import rebuild_search_index

    try:
        rebuild_search_index.enqueue()
    except Exception:  # noqa: BLE001
        logger.exception("could not enqueue a search index rebuild")


# -- applying changes ------------------------------------------------------------------------
def build_actions(page_ids: Iterable[int]) -> tuple[list[dict], set[int]]:
    """Bulk actions that make the index match the database for these pages, and the IDs of
    pages that are not of an indexed type (nothing to do for them)."""
    ids = set(page_ids)
    by_type = registry.content_types()
    grouped: dict[object, list[int]] = defaultdict(list)
    existing: set[int] = set()
    for pk, content_type_id in Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id"):
        existing.add(pk)
        indexer = by_type.get(content_type_id)
        if indexer is not None:
            grouped[indexer].append(pk)
    skipped = existing - {pk for pks in grouped.values() for pk in pks}
    actions: list[dict] = []
    # A page no longer in the database was deleted: remove it (a no-op when it never was in).
    actions += [{"_id": str(pk), "_delete": True} for pk in sorted(ids - existing)]
    context = IndexContext.load(dict(grouped))
    for indexer, pks in grouped.items():
        documents = {
            page.pk: indexer.document(page, context)
            for page in indexer.queryset().filter(pk__in=pks)
        }
        for pk in pks:
            document = documents.get(pk)
            if document is None:  # unpublished, expired or behind a password
                actions.append({"_id": str(pk), "_delete": True})
            else:
                actions.append({"_id": str(pk), "_source": document})
    return actions, skipped


@dataclass
class DrainResult:
    applied: int = 0
    failed: int = 0
    error: str = ""
    retry_in: float | None = None


def backoff(attempts: int) -> float:
    return float(min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_MAX))


def _refresh_for(rows: list[OutboxEntry]) -> bool | str:
    """Visibility changes wait until searches see them: until then their pages are excluded
    from every query (`queries.pages_in_flux`), and marking the rows done before the engine's
    next refresh would let the old copy be counted for up to a second."""
    if settings.SEARCH_REFRESH_ON_WRITE:
        return True
    return "wait_for" if any(row.reason in VISIBILITY_REASONS for row in rows) else False


def drain(*, limit: int = 2000, force: bool = False) -> DrainResult:
    """Apply due outbox rows to the engine. Safe to run concurrently: rows are claimed with
    SELECT … FOR UPDATE SKIP LOCKED (PostgreSQL), so two workers never apply the same row."""
    result = DrainResult()
    if not is_configured():
        return result
    now = timezone.now()
    OutboxEntry.objects.filter(processed_at__lt=now - KEEP_PROCESSED).delete()
    with transaction.atomic():
        pending = OutboxEntry.objects.filter(processed_at__isnull=True)
        if not force:
            pending = pending.filter(next_attempt_at__lte=now)
        rows = list(pending.select_for_update(skip_locked=True).order_by("pk")[:limit])
        if not rows:
            return result
        page_ids = {row.page_id for row in rows}
        failed: dict[str, str] = {}
        try:
            actions, _skipped = build_actions(page_ids)
            if actions:
                engine = get_engine()
                # A hung engine must hold a task worker (and the mails queued behind it) for
                # one short SEARCH_ENGINE_TIMEOUT, not for the bulk request's timeout.
                engine.health()
                bulk = engine.bulk(
                    index_alias(),
                    actions,
                    refresh=_refresh_for(rows),
                    # Never let a write auto-create an index with a guessed mapping.
                    require_alias=True,
                )
                failed = bulk.failed
                generation.advance()
        except EngineError as exc:
            failed = {str(pk): str(exc) for pk in page_ids}
            result.error = str(exc)
        done = [row.pk for row in rows if str(row.page_id) not in failed]
        OutboxEntry.objects.filter(pk__in=done).update(processed_at=now)
        result.applied = len(done)
        for row in rows:
            if str(row.page_id) in failed:
                row.attempts += 1
                row.next_attempt_at = now + dt.timedelta(seconds=backoff(row.attempts))
                row.last_error = failed[str(row.page_id)][:2000]
                result.failed += 1
        OutboxEntry.objects.bulk_update(
            [r for r in rows if str(r.page_id) in failed],
            ["attempts", "next_attempt_at", "last_error"],
        )
    if result.failed:
        result.retry_in = min(backoff(r.attempts) for r in rows if str(r.page_id) in failed)
        logger.warning(
            "search outbox: %s change(s) not applied, retry in %ss: %s",
            result.failed,
            result.retry_in,
            result.error or next(iter(failed.values())),
        )
    return result


def drain_all(*, force: bool = False, max_rounds: int = 1000) -> DrainResult:
    """Drain until the outbox has nothing due (or a round fails)."""
    total = DrainResult()
    for _round in range(max_rounds):
        result = drain(force=force)
        total.applied += result.applied
        total.failed += result.failed
        total.error = result.error or total.error
        total.retry_in = result.retry_in
        if result.failed or not result.applied:
            break
    return total


def outbox_backlog() -> dict:
    pending = OutboxEntry.objects.filter(processed_at__isnull=True)
    oldest = pending.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "pending": pending.count(),
        "failing": pending.filter(attempts__gt=0).count(),
        "oldest_seconds": int((timezone.now() - oldest).total_seconds()) if oldest else 0,
    }


# -- rebuilding ------------------------------------------------------------------------------
class RebuildInProgress(Exception):
    pass


@dataclass
class RebuildResult:
    index: str
    documents: int
    seconds: float
    removed: list[str] = field(default_factory=list)
    replayed: int = 0


def iter_documents(*, batch_size: int = BATCH_SIZE) -> Iterator[dict]:
    """Every indexable page as a bulk action, loaded in batches with a fixed number of queries
    per batch (restrictions once; taxonomy terms and attachments once per batch)."""
    restrictions = load_restrictions()
    for indexer in registry:
        pks = list(indexer.queryset().values_list("pk", flat=True))
        for start in range(0, len(pks), batch_size):
            chunk = pks[start : start + batch_size]
            context = IndexContext.load({indexer: chunk}, restrictions=restrictions)
            for page in indexer.queryset().filter(pk__in=chunk):
                document = indexer.document(page, context)
                if document is not None:
                    yield {"_id": str(page.pk), "_source": document}


def _acquire_rebuild_lock() -> None:
    IndexState.get()
    now = timezone.now()
    free = Q(rebuilding_since__isnull=True) | Q(rebuilding_since__lt=now - REBUILD_STALE_AFTER)
    if not IndexState.objects.filter(free, pk=1).update(rebuilding_since=now):
        raise RebuildInProgress("another search_rebuild is running")


def _release_rebuild_lock() -> None:
    IndexState.objects.filter(pk=1).update(rebuilding_since=None)


def new_index_name(alias: str) -> str:
    return f"{alias}-{timezone.now():%Y%m%dt%H%M%S%f}"


def is_index_of(alias: str, name: str) -> bool:
    return re.fullmatch(re.escape(alias) + r"-\d{8}t\d{12}", name) is not None


def rebuild(*, log: Callable[[str], None] = lambda message: None) -> RebuildResult:
    """Build a new index from the database and swap the alias to it atomically.

    Searches keep using the old index until the swap. Changes made while loading are in the
    outbox with a later `created_at`; after the swap they are replayed into the new index, so
    none is lost. Rows from before the start are covered by the fresh load."""
    engine = get_engine()
    alias = index_alias()
    _acquire_rebuild_lock()
    try:
        for _attempt in range(3):
            result = _rebuild_once(engine, alias, log)
            # An editor changed the thesaurus while we were loading: build again with it.
            if IndexState.get().synonyms_fingerprint == Synonym.fingerprint():
                return result
            log("the thesaurus changed during the rebuild; rebuilding again")
        return result
    finally:
        _release_rebuild_lock()


def _rebuild_once(engine, alias: str, log: Callable[[str], None]) -> RebuildResult:
    t0 = time.monotonic()
    started = timezone.now()
    fingerprint = Synonym.fingerprint()
    name = new_index_name(alias)
    body = index_body(synonym_rules=Synonym.rules(), replicas=0)
    body["settings"]["refresh_interval"] = "-1"  # no refreshes while bulk loading
    engine.create_index(name, body)
    log(f"created {name}")
    try:
        count = _load_all(engine, name, log)
        engine.update_settings(
            name,
            {"refresh_interval": "1s", "number_of_replicas": settings.SEARCH_INDEX_REPLICAS},
        )
        engine.refresh(name)
        old = engine.alias_targets(alias)
        # A concrete index holding the alias name (auto-created by a stray write) goes too.
        stray = [alias] if not old and engine.index_exists(alias) else []
        engine.swap_alias(alias, new_index=name, old_indices=old, remove_indices=stray)
        generation.advance()
    except Exception:
        engine.delete_index(name)
        raise
    log(f"alias {alias} -> {name} ({count} documents)")
    # Replay what changed since we started reading, into the new index; what came before is
    # in the fresh load.
    replayed = OutboxEntry.objects.filter(created_at__gte=started).update(
        processed_at=None, next_attempt_at=timezone.now()
    )
    OutboxEntry.objects.filter(created_at__lt=started, processed_at__isnull=True).update(
        processed_at=timezone.now()
    )
    if replayed:
        drain_all(force=True)
    removed = []
    for index in engine.list_indices(f"{alias}-*"):
        if index != name and is_index_of(alias, index):
            engine.delete_index(index)
            removed.append(index)
    if removed:
        log(f"removed {', '.join(removed)}")
    seconds = time.monotonic() - t0
    IndexState.objects.filter(pk=1).update(
        last_rebuild_at=timezone.now(),
        last_rebuild_index=name,
        last_rebuild_documents=count,
        last_rebuild_seconds=seconds,
        synonyms_fingerprint=fingerprint,
    )
    return RebuildResult(
        index=name, documents=count, seconds=seconds, removed=removed, replayed=replayed
    )


def _load_all(engine, name: str, log: Callable[[str], None]) -> int:
    """Bulk-load every document. While the engine indexes one batch, the next is built from
    the database: the two take about as long, so overlapping them nearly halves a rebuild."""
    count = 0
    in_flight: Future | None = None
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="search-bulk") as sender:
        batch: list[dict] = []
        for action in iter_documents():
            batch.append(action)
            if len(batch) >= BATCH_SIZE:
                if in_flight is not None:
                    count += in_flight.result()
                    log(f"  {count} documents")
                in_flight, batch = sender.submit(_load, engine, name, batch), []
        if in_flight is not None:
            count += in_flight.result()
        count += _load(engine, name, batch)
    return count


def _load(engine, name: str, batch: list[dict]) -> int:
    if not batch:
        return 0
    result = engine.bulk(name, batch)
    if result.failed:
        sample = list(result.failed.items())[:3]
        raise EngineError(f"{len(result.failed)} documents failed to index, e.g. {sample}")
    return len(result.succeeded)


# -- checking --------------------------------------------------------------------------------
ACCESS_FIELDS = ("visibility", "restrictions", "groups")
TAXONOMY_FIELDS = ("theme_names", "themes", "regions", "audiences")
CHECK_BATCH = 2000


@dataclass
class CheckResult:
    database: int
    index: int
    missing: list[int]  # in the database, not in the index
    extra: list[int]  # in the index, not (or no longer) in the database
    stale: list[int]  # in both, but the index has an older version
    pending: list[int]  # explained by outbox rows not yet applied
    # In both, but the index says something else about who may see the page (its view
    # restrictions and their groups) or about its themes, regions and audiences: changes that
    # do not publish the page, whose outbox rows were lost or that sent no signal.
    visibility: list[int] = field(default_factory=list)
    taxonomy: list[int] = field(default_factory=list)

    @property
    def drift(self) -> bool:
        return bool(self.missing or self.extra or self.stale or self.visibility or self.taxonomy)


@dataclass(frozen=True)
class Expected:
    """What the index document of a page must say, as far as `check` compares it."""

    published: dt.datetime | None
    access: dict
    taxonomy: dict


def expected_documents() -> dict[int, Expected]:
    """Every page that belongs in the index, with its last publication and the access and
    taxonomy fields its document must carry (built by the same functions as the document,
    `documents.access_fields` and `taxonomy_fields`). A fixed number of queries per type and
    batch; no page instances."""
    context = IndexContext(restrictions=load_restrictions())
    expected: dict[int, Expected] = {}
    for indexer in registry:
        rows = list(indexer.model.objects.live().values_list("pk", "path", "last_published_at"))
        terms: dict[int, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        ids = [row[0] for row in rows]
        for start in range(0, len(ids), CHECK_BATCH):
            for relation, pk, term in taxonomy_terms(indexer, ids[start : start + CHECK_BATCH]):
                terms[pk][relation].append(term)
        for pk, path, published in rows:
            restrictions = context.restrictions_at(path)
            if any(r.type == PageViewRestriction.PASSWORD for r in restrictions):
                continue  # never indexed
            expected[pk] = Expected(
                published=published,
                access=_comparable(access_fields(restrictions)),
                taxonomy=_comparable(taxonomy_fields(terms.get(pk, {}))),
            )
    return expected


def _comparable(fields: dict) -> dict:
    """Lists compared as sorted lists: the order of restriction IDs is not meaningful."""
    return {
        key: sorted(value) if isinstance(value, list) else value for key, value in fields.items()
    }


def _indexed(doc: dict, names: tuple[str, ...], template: dict) -> dict:
    """The same fields from an index document; a field it lacks (an older mapping) counts as
    empty, so such a document differs."""
    return _comparable(
        {name: doc.get(name, [] if isinstance(template[name], list) else None) for name in names}
    )


def check() -> CheckResult:
    engine = get_engine()
    expected = expected_documents()
    indexed: dict[int, dict] = {
        int(doc["_id"]): doc
        for doc in engine.scan_ids(
            index_alias(), fields=("updated", *ACCESS_FIELDS, *TAXONOMY_FIELDS)
        )
    }
    pending = set(
        OutboxEntry.objects.filter(processed_at__isnull=True).values_list("page_id", flat=True)
    )

    def unexplained(ids: Iterable[int]) -> list[int]:
        return sorted(pk for pk in ids if pk not in pending)

    stale, visibility, taxonomy = [], [], []
    for pk in expected.keys() & indexed.keys():
        want, doc = expected[pk], indexed[pk]
        in_index = doc.get("updated")
        if want.published and (
            not in_index or dt.datetime.fromisoformat(in_index) < want.published
        ):
            stale.append(pk)
        if _indexed(doc, ACCESS_FIELDS, want.access) != want.access:
            visibility.append(pk)
        if _indexed(doc, TAXONOMY_FIELDS, want.taxonomy) != want.taxonomy:
            taxonomy.append(pk)
    return CheckResult(
        database=len(expected),
        index=len(indexed),
        missing=unexplained(expected.keys() - indexed.keys()),
        extra=unexplained(indexed.keys() - expected.keys()),
        stale=unexplained(stale),
        pending=sorted(pending & (expected.keys() | indexed.keys())),
        visibility=unexplained(visibility),
        taxonomy=unexplained(taxonomy),
    )
