"""Thin adapters over the two engine clients.

Mappings and queries are built once with elasticsearch-dsl (`.to_dict()`), and sent as plain
dicts by whichever client the configured engine needs:

- `ElasticsearchEngine` uses elasticsearch-py 8, which only talks to servers that answer with
  the `X-Elastic-Product: Elasticsearch` header
  (https://www.elastic.co/guide/en/elasticsearch/client/python-api/current/release-notes.html).
- `OpenSearchEngine` uses opensearch-py 3, whose API methods take keyword arguments only.

Both raise `EngineError` (or its subclass `EngineUnavailable` when the server cannot be
reached), never a client-specific exception, so callers have one thing to catch. Timeouts are
short and retries off: a web request must fall back to the database quickly when the engine is
down, and background work has its own retries (see search/indexing.py).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import logging
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings

logger = logging.getLogger("kennisplatform.search")

DEFAULT_TIMEOUT = 1.5  # seconds; /zoeken/ must answer within 2 s even when the engine hangs
BULK_TIMEOUT = 60.0
BULK_CHUNK_BYTES = 5 * 1024 * 1024


def _import_opensearchpy():
    """Import opensearch-py although our Django app `events` shadows a dependency of it.

    opensearch-py's metrics module does `from events import Events` (the PyPI package
    "Events"). With the project directory first on sys.path, `events` is our app, and the
    import fails. So we load the PyPI package from site-packages, put it in place only while
    opensearchpy is imported, then restore our app.
    """
    if "opensearchpy" in sys.modules:
        return sys.modules["opensearchpy"]
    project = Path(__file__).resolve().parent.parent
    ours = sys.modules.get("events")
    spec = None
    for entry in sys.path:
        if not entry or Path(entry).resolve() == project:
            continue
        spec = importlib.machinery.PathFinder.find_spec("events", [entry])
        if spec is not None:
            break
    if spec is None or spec.loader is None:
        import opensearchpy  # let the real error surface

        return opensearchpy
    pypi_events = importlib.util.module_from_spec(spec)
    sys.modules["events"] = pypi_events
    try:
        spec.loader.exec_module(pypi_events)
        import opensearchpy
    finally:
        # Its submodules were registered as `events.*`; our app must not inherit them.
        for name in [n for n in sys.modules if n.startswith("events.")]:
            if getattr(sys.modules[name], "__file__", "") and str(project) not in str(
                sys.modules[name].__file__
            ):
                del sys.modules[name]
        if ours is not None:
            sys.modules["events"] = ours
        else:
            sys.modules.pop("events", None)
    return opensearchpy


class EngineError(Exception):
    """The engine refused or failed a request. The message is for logs, never for users."""

    def __init__(self, message: str, *, status: int | None = None):
        super().__init__(message)
        self.status = status


class EngineUnavailable(EngineError):
    """The engine could not be reached (refused, timed out, not configured)."""


@dataclass
class BulkResult:
    """What a bulk request did, per document ID: errors keep the engine's reason for logs."""

    succeeded: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed


class SearchEngine:
    """The small interface the rest of search/ uses. Implementations translate to one client."""

    kind = ""

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT, **client_options: Any):
        self.url = url
        self.timeout = timeout
        self.client_options = client_options

    # -- index management ------------------------------------------------------------------
    def create_index(self, name: str, body: dict) -> None:
        self._call("create_index", name=name, body=body)

    def delete_index(self, name: str) -> None:
        self._call("delete_index", name=name)

    def index_exists(self, name: str) -> bool:
        return bool(self._call("index_exists", name=name))

    def list_indices(self, pattern: str) -> list[str]:
        """Concrete index names matching a wildcard pattern."""
        return sorted(self._call("get_index_names", pattern=pattern))

    def alias_targets(self, alias: str) -> list[str]:
        """The indices behind an alias; empty when the alias does not exist."""
        return sorted(self._call("get_alias_targets", alias=alias))

    def swap_alias(
        self,
        alias: str,
        *,
        new_index: str,
        old_indices: Iterable[str] = (),
        remove_indices: Iterable[str] = (),
    ) -> None:
        """Point `alias` at `new_index` and away from `old_indices` in one atomic request
        (https://opensearch.org/docs/latest/im-plugin/index-alias/); `remove_indices` are
        deleted in the same request (an index squatting on the alias name)."""
        actions: list[dict] = [{"remove": {"index": old, "alias": alias}} for old in old_indices]
        actions += [{"remove_index": {"index": name}} for name in remove_indices]
        actions.append({"add": {"index": new_index, "alias": alias, "is_write_index": True}})
        self._call("update_aliases", body={"actions": actions})

    def update_settings(self, name: str, index_settings: dict) -> None:
        self._call("put_settings", name=name, body={"index": index_settings})

    def refresh(self, name: str) -> None:
        self._call("refresh", name=name)

    # -- documents -------------------------------------------------------------------------
    def bulk(
        self,
        index: str,
        actions: Iterable[dict],
        *,
        refresh: bool | str = False,
        require_alias: bool = False,
    ) -> BulkResult:
        """Index (`{"_id": ..., "_source": {...}}`) and delete (`{"_id": ..., "_delete": True}`)
        documents. Sent in chunks of a few MB; a delete of a missing document counts as done.
        `refresh`: True (refresh now), "wait_for" (return once searches see the writes)."""
        result = BulkResult()
        for lines, ids in _bulk_chunks(actions):
            response = self._call(
                "bulk",
                index=index,
                body="\n".join(lines) + "\n",
                refresh=refresh,
                require_alias=require_alias,
            )
            for item, doc_id in zip(response.get("items", []), ids, strict=False):
                op, outcome = next(iter(item.items()))
                status = outcome.get("status", 500)
                if status < 300 or (op == "delete" and status == 404):
                    result.succeeded.append(doc_id)
                else:
                    error = outcome.get("error") or {}
                    result.failed[doc_id] = f"{error.get('type', status)}: {error.get('reason')}"
        return result

    def delete(self, index: str, doc_id: str, *, refresh: bool = False) -> None:
        self._call("delete_doc", index=index, doc_id=doc_id, refresh=refresh)

    # -- reading ---------------------------------------------------------------------------
    def search(self, index: str, body: dict, *, timeout: float | None = None) -> dict:
        return self._call("search", index=index, body=body, timeout=timeout or self.timeout)

    def count(self, index: str, body: dict | None = None) -> int:
        return int(self._call("count", index=index, body=body or {})["count"])

    def scan_ids(self, index: str, *, fields: tuple[str, ...] = ("updated",)) -> Iterator[dict]:
        """Every document's ID and a few source fields, paged with search_after on `pk`."""
        after = None
        while True:
            body: dict = {
                "size": 2000,
                "sort": [{"pk": "asc"}],
                "_source": list(fields),
                "query": {"match_all": {}},
            }
            if after is not None:
                body["search_after"] = after
            hits = self.search(index, body, timeout=BULK_TIMEOUT)["hits"]["hits"]
            if not hits:
                return
            for hit in hits:
                yield {"_id": hit["_id"], **(hit.get("_source") or {})}
            after = hits[-1]["sort"]

    def health(self) -> dict:
        """Cluster health (`status` green/yellow/red). Raises EngineUnavailable when down."""
        return self._call("health")

    def analyze(self, index: str, body: dict) -> list[str]:
        return [t["token"] for t in self._call("analyze", index=index, body=body)["tokens"]]

    # -- plumbing --------------------------------------------------------------------------
    def _call(self, operation: str, **kwargs: Any) -> Any:
        try:
            return getattr(self, f"_{operation}")(**kwargs)
        except EngineError:
            raise
        except Exception as exc:  # client-specific errors become ours
            raise self._translate(exc) from exc

    def _translate(self, exc: Exception) -> EngineError:  # pragma: no cover - per client
        raise NotImplementedError


def _bulk_chunks(actions: Iterable[dict]) -> Iterator[tuple[list[str], list[str]]]:
    lines: list[str] = []
    ids: list[str] = []
    size = 0
    for action in actions:
        doc_id = str(action["_id"])
        if action.get("_delete"):
            pair = [json.dumps({"delete": {"_id": doc_id}})]
        else:
            pair = [
                json.dumps({"index": {"_id": doc_id}}),
                json.dumps(action["_source"], ensure_ascii=False, default=str),
            ]
        pair_size = sum(len(line) for line in pair)
        if lines and size + pair_size > BULK_CHUNK_BYTES:
            yield lines, ids
            lines, ids, size = [], [], 0
        lines.extend(pair)
        ids.append(doc_id)
        size += pair_size
    if lines:
        yield lines, ids


def _bool(value: bool) -> str:
    return "true" if value else "false"


def engine_hosts(url: str) -> list[str]:
    """`SEARCH_ENGINE_URL` names one node or several, comma-separated (a cluster). With several,
    a request that cannot reach a node is sent to the next one (the client's connection pool
    marks the node dead for a while); a timeout is not retried, so a hanging cluster still
    costs a web request one `SEARCH_ENGINE_TIMEOUT` before the database answers."""
    return [host.strip() for host in url.split(",") if host.strip()]


class ElasticsearchEngine(SearchEngine):
    """Elasticsearch 8/9 through elasticsearch-py."""

    kind = "elasticsearch"

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT, **client_options: Any):
        super().__init__(url, timeout=timeout, **client_options)
        from elasticsearch import Elasticsearch

        # `node_class` lets the tests plug in a recorded transport.
        hosts = engine_hosts(url)
        self.client = Elasticsearch(
            hosts,
            request_timeout=timeout,
            max_retries=len(hosts) - 1,
            retry_on_timeout=False,
            **client_options,
        )

    def _translate(self, exc: Exception) -> EngineError:
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import ConnectionTimeout
        from elasticsearch import ApiError, UnsupportedProductError

        if isinstance(exc, ConnectionTimeout | TransportConnectionError):
            return EngineUnavailable(str(exc))
        if isinstance(exc, UnsupportedProductError):
            return EngineError(f"not an Elasticsearch server: {exc}")
        if isinstance(exc, ApiError):
            return EngineError(str(exc), status=exc.meta.status)
        return EngineError(repr(exc))

    def _opts(self, timeout: float | None = None):
        return self.client.options(request_timeout=timeout or self.timeout)

    def _create_index(self, *, name: str, body: dict) -> None:
        self._opts(BULK_TIMEOUT).indices.create(index=name, body=body)

    def _delete_index(self, *, name: str) -> None:
        self._opts(BULK_TIMEOUT).options(ignore_status=404).indices.delete(index=name)

    def _index_exists(self, *, name: str) -> bool:
        return bool(self._opts().indices.exists(index=name))

    def _get_index_names(self, *, pattern: str) -> list[str]:
        response = self._opts().indices.get(index=pattern, allow_no_indices=True)
        return list(response.body)

    def _get_alias_targets(self, *, alias: str) -> list[str]:
        response = self._opts().options(ignore_status=404).indices.get_alias(name=alias)
        if response.meta.status == 404:
            return []
        return [name for name in response.body if name != "error" and name != "status"]

    def _update_aliases(self, *, body: dict) -> None:
        self._opts(BULK_TIMEOUT).indices.update_aliases(actions=body["actions"])

    def _put_settings(self, *, name: str, body: dict) -> None:
        self._opts(BULK_TIMEOUT).indices.put_settings(index=name, settings=body)

    def _refresh(self, *, name: str) -> None:
        self._opts(BULK_TIMEOUT).indices.refresh(index=name)

    def _bulk(self, *, index: str, body: str, refresh: bool, require_alias: bool) -> dict:
        response = self._opts(BULK_TIMEOUT).bulk(
            index=index,
            operations=body,
            refresh=_bool(refresh),
            require_alias=require_alias or None,
        )
        return response.body

    def _delete_doc(self, *, index: str, doc_id: str, refresh: bool) -> None:
        self._opts().options(ignore_status=404).delete(
            index=index, id=doc_id, refresh=_bool(refresh)
        )

    def _search(self, *, index: str, body: dict, timeout: float) -> dict:
        return self._opts(timeout).search(index=index, body=body).body

    def _count(self, *, index: str, body: dict) -> dict:
        return self._opts().count(index=index, body=body or None).body

    def _health(self) -> dict:
        return self._opts().cluster.health().body

    def _analyze(self, *, index: str, body: dict) -> dict:
        return self._opts().indices.analyze(index=index, body=body).body


class OpenSearchEngine(SearchEngine):
    """OpenSearch 2/3 through opensearch-py 3 (keyword arguments only)."""

    kind = "opensearch"

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT, **client_options: Any):
        super().__init__(url, timeout=timeout, **client_options)
        hosts = engine_hosts(url)
        self.client = _import_opensearchpy().OpenSearch(
            hosts=hosts,
            timeout=timeout,
            max_retries=len(hosts) - 1,
            retry_on_timeout=False,
            **client_options,
        )

    def _translate(self, exc: Exception) -> EngineError:
        os_exc = _import_opensearchpy().exceptions

        if isinstance(exc, os_exc.ConnectionError):  # includes ConnectionTimeout
            return EngineUnavailable(str(exc))
        if isinstance(exc, os_exc.TransportError):
            status = exc.status_code if isinstance(exc.status_code, int) else None
            return EngineError(str(exc), status=status)
        return EngineError(repr(exc))

    def _create_index(self, *, name: str, body: dict) -> None:
        self.client.indices.create(index=name, body=body, request_timeout=BULK_TIMEOUT)

    def _delete_index(self, *, name: str) -> None:
        self.client.indices.delete(index=name, ignore=404, request_timeout=BULK_TIMEOUT)

    def _index_exists(self, *, name: str) -> bool:
        return bool(self.client.indices.exists(index=name))

    def _get_index_names(self, *, pattern: str) -> list[str]:
        return list(self.client.indices.get(index=pattern, allow_no_indices=True))

    def _get_alias_targets(self, *, alias: str) -> list[str]:
        response = self.client.indices.get_alias(name=alias, ignore=404)
        return [name for name in response if name not in ("error", "status")]

    def _update_aliases(self, *, body: dict) -> None:
        self.client.indices.update_aliases(body=body, request_timeout=BULK_TIMEOUT)

    def _put_settings(self, *, name: str, body: dict) -> None:
        self.client.indices.put_settings(index=name, body=body, request_timeout=BULK_TIMEOUT)

    def _refresh(self, *, name: str) -> None:
        self.client.indices.refresh(index=name, request_timeout=BULK_TIMEOUT)

    def _bulk(self, *, index: str, body: str, refresh: bool, require_alias: bool) -> dict:
        params: dict[str, str] = {"refresh": _bool(refresh)}
        if require_alias:
            params["require_alias"] = "true"
        return self.client.bulk(index=index, body=body, params=params, request_timeout=BULK_TIMEOUT)

    def _delete_doc(self, *, index: str, doc_id: str, refresh: bool) -> None:
        self.client.delete(index=index, id=doc_id, refresh=_bool(refresh), ignore=404)

    def _search(self, *, index: str, body: dict, timeout: float) -> dict:
        return self.client.search(index=index, body=body, request_timeout=timeout)

    def _count(self, *, index: str, body: dict) -> dict:
        return self.client.count(index=index, body=body or None)

    def _health(self) -> dict:
        return self.client.cluster.health()

    def _analyze(self, *, index: str, body: dict) -> dict:
        return self.client.indices.analyze(index=index, body=body)


ENGINE_CLASSES: dict[str, type[SearchEngine]] = {
    "elasticsearch": ElasticsearchEngine,
    "opensearch": OpenSearchEngine,
}

_engines: dict[tuple[str, str], SearchEngine] = {}
_engines_lock = threading.Lock()


def is_configured() -> bool:
    return bool(getattr(settings, "SEARCH_ENGINE_URL", ""))


def get_engine() -> SearchEngine:
    """The engine the settings ask for (one client per URL and kind, reused across requests).

    Raises EngineUnavailable when no engine is configured (`make demo`)."""
    url = getattr(settings, "SEARCH_ENGINE_URL", "")
    kind = getattr(settings, "SEARCH_ENGINE_KIND", "opensearch").lower()
    if not url:
        raise EngineUnavailable("no search engine configured (SEARCH_ENGINE_URL is empty)")
    if kind not in ENGINE_CLASSES:
        raise EngineError(f"unknown SEARCH_ENGINE_KIND {kind!r}; use one of {list(ENGINE_CLASSES)}")
    key = (kind, url)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is None:
            engine = _engines[key] = ENGINE_CLASSES[kind](
                url, timeout=float(getattr(settings, "SEARCH_ENGINE_TIMEOUT", DEFAULT_TIMEOUT))
            )
    return engine


def index_alias() -> str:
    """The alias every search and write goes through, e.g. `kennisplatform`."""
    return settings.SEARCH_INDEX_PREFIX


def wrap_response(raw: dict, search=None):
    """Wrap a raw response dict in an elasticsearch-dsl `Response` (attribute access, hits,
    aggregations), as if the DSL itself had sent the request."""
    from elasticsearch_dsl import Search
    from elasticsearch_dsl.response import Response

    return Response(search if search is not None else Search(), raw)


class CircuitBreaker:
    """After the engine fails, web requests skip it for a short while and use the database
    backend at once, instead of each one waiting for a timeout."""

    def __init__(self, cooldown: float = 15.0):
        self.cooldown = cooldown
        self._open_until = 0.0
        self._lock = threading.Lock()

    def allow(self) -> bool:
        return time.monotonic() >= self._open_until

    def trip(self) -> None:
        with self._lock:
            self._open_until = time.monotonic() + self.cooldown

    def reset(self) -> None:
        with self._lock:
            self._open_until = 0.0


breaker = CircuitBreaker()
