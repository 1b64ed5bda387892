"""Fixtures for search tests.

Tests marked `search_engine` run against the real engine at SEARCH_ENGINE_URL (`make test`
starts an OpenSearch node). Without that variable they skip locally and fail in CI; when the
variable is set but the engine does not answer, they fail.

Each test gets its own alias (`test-kp-<run>-<n>`), so parallel runs and tests never see each
other's documents, and writes refresh at once so results are visible immediately.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import threading
import uuid
from contextlib import contextmanager

import pytest

from ..helpers import service_missing

RUN_ID = uuid.uuid4().hex[:8]
_counter = itertools.count(1)
ENGINE_URL = os.environ.get("SEARCH_ENGINE_URL", "")
ENGINE_KIND = os.environ.get("SEARCH_ENGINE_KIND", "opensearch")


def _engine_reachable(url: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname, parts.port or 9200), timeout=2):
            return True
    except OSError:
        return False


@pytest.fixture(autouse=True)
def _require_engine(request):
    if request.node.get_closest_marker("search_engine") is None:
        return
    if not ENGINE_URL:
        message = "SEARCH_ENGINE_URL is not set (run `make search-engine` and export it)"
        service_missing(message)
    if not _engine_reachable(ENGINE_URL):
        pytest.fail(f"search engine at {ENGINE_URL} is not reachable")


@pytest.fixture
def engine_settings(settings):
    """Point the app at the real engine with a fresh alias for this test."""
    settings.SEARCH_ENGINE_URL = ENGINE_URL
    settings.SEARCH_ENGINE_KIND = ENGINE_KIND
    settings.SEARCH_INDEX_PREFIX = f"test-kp-{RUN_ID}-{next(_counter)}"
    settings.SEARCH_REFRESH_ON_WRITE = True
    return settings


@pytest.fixture
def search_index(engine_settings, site_pages):
    """An empty index behind this test's alias (built by the real `rebuild()`), removed after."""
    from search.engines import get_engine, index_alias
    from search.indexing import rebuild

    rebuild()
    engine = get_engine()
    yield engine
    for name in engine.list_indices(f"{index_alias()}*"):
        engine.delete_index(name)


@pytest.fixture
def apply_on_commit(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (the outbox drain) as a real commit would. Tests run inside a
    transaction that is rolled back, so without this nothing after commit ever happens."""

    @contextmanager
    def run():
        with django_capture_on_commit_callbacks(execute=True):
            yield

    return run


@pytest.fixture
def publish(apply_on_commit):
    """Publish a page the way the admin does (revision + publish), drain after commit."""

    def _publish(page):
        with apply_on_commit():
            page.save_revision().publish()
        return page

    return _publish


def search_ids(engine, request: dict | None = None, **match) -> list[int]:
    """IDs of the documents a raw request (or a `match` on one field) finds in this test's
    index, straight from the engine."""
    from search.engines import index_alias

    query = {"match": match} if match else {"match_all": {}}
    request = request or {"query": query, "size": 100}
    return [int(hit["_id"]) for hit in engine.search(index_alias(), request)["hits"]["hits"]]


class KillableProxy:
    """A TCP proxy in front of the engine: `stop()` makes the engine unreachable (connection
    refused, open connections dropped) exactly as a stopped node would, `start()` brings it
    back on the same port. The real node keeps its data, so the test can check that nothing
    queued during the outage is lost."""

    def __init__(self, target_url: str):
        from urllib.parse import urlsplit

        parts = urlsplit(target_url)
        self.target = (parts.hostname, parts.port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: socket.socket | None = None
        self._connections: list[socket.socket] = []
        self._lock = threading.Lock()

    def start(self) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", self.port))
        server.listen(32)
        self._server = server
        threading.Thread(target=self._accept, args=(server,), daemon=True).start()

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone leaves the
            # socket listening on Linux until that accept returns.
            with contextlib.suppress(OSError):
                server.shutdown(socket.SHUT_RDWR)
            server.close()
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(OSError):
                    conn.shutdown(socket.SHUT_RDWR)
                conn.close()
            self._connections.clear()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _addr = server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._connections += [client, upstream]
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(src, dst), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def engine_proxy():
    proxy = KillableProxy(ENGINE_URL)
    proxy.start()
    yield proxy
    proxy.stop()
