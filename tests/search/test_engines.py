"""The engine adapters: Elasticsearch against a recorded transport, OpenSearch against the
real node. Both answer the same small interface and raise only our own errors."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from elastic_transport import ApiResponseMeta, BaseNode, HttpHeaders
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport._node._base import NodeApiResponse

from search.engines import (
    ElasticsearchEngine,
    EngineError,
    EngineUnavailable,
    OpenSearchEngine,
    engine_hosts,
    wrap_response,
)

from .conftest import ENGINE_URL, RUN_ID

RECORDING = Path(__file__).parent / "recordings" / "elasticsearch-8.json"
ES_HEADERS = {"X-Elastic-Product": "Elasticsearch", "content-type": "application/json"}


class RecordedNode(BaseNode):
    """An elastic_transport node that replays recorded exchanges in order, checking that each
    request is the recorded one (method, path, query and body), like a VCR cassette."""

    exchanges: list[dict] = []
    requests: list[tuple[str, str, object]] = []
    headers_to_send: dict = ES_HEADERS

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        path, _, query = target.partition("?")
        if body is None:
            sent = None
        elif path.endswith("/_bulk"):
            sent = [json.loads(line) for line in body.decode().splitlines() if line]
        else:
            sent = json.loads(body)
        type(self).requests.append((method, target, sent))
        exchange = type(self).exchanges.pop(0)
        expected = exchange["request"]
        assert (method, path) == (expected["method"], expected["path"])
        if "query" in expected:
            assert sorted(query.split("&")) == sorted(expected["query"].split("&"))
        if "body" in expected:
            assert sent == expected["body"]
        if "ndjson" in expected:
            assert sent == expected["ndjson"]
        response = exchange["response"]
        meta = ApiResponseMeta(
            status=response["status"],
            http_version="1.1",
            headers=HttpHeaders(type(self).headers_to_send),
            duration=0.001,
            node=self.config,
        )
        return NodeApiResponse(meta, json.dumps(response["body"]).encode())


class RefusingNode(BaseNode):
    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        raise TransportConnectionError("Connection refused")


@pytest.fixture
def recorded_es():
    RecordedNode.exchanges = json.loads(RECORDING.read_text())["exchanges"]
    RecordedNode.requests = []
    RecordedNode.headers_to_send = ES_HEADERS
    engine = ElasticsearchEngine("http://es.example:9200", node_class=RecordedNode)
    yield engine
    assert RecordedNode.exchanges == [], "not every recorded exchange was used"


def test_elasticsearch_adapter_speaks_the_recorded_protocol(recorded_es):
    """Every interface method sends the request Elasticsearch documents and reads its answer."""
    engine = recorded_es
    engine.create_index(
        "kp-20260101t000000000000",
        {
            "settings": {"number_of_shards": 1},
            "mappings": {"properties": {"title": {"type": "text"}}},
        },
    )
    assert engine.alias_targets("kp") == []
    engine.swap_alias("kp", new_index="kp-20260101t000000000000")
    bulk = engine.bulk(
        "kp",
        [
            {"_id": 7, "_source": {"pk": 7, "title": "Witwassen via vastgoed"}},
            {"_id": 8, "_delete": True},
        ],
        refresh=True,
        require_alias=True,
    )
    assert bulk.ok and bulk.succeeded == ["7", "8"]  # deleting a missing document is fine
    raw = engine.search(
        "kp",
        {
            "query": {"match": {"title": "witwassen"}},
            "aggs": {"soort": {"terms": {"field": "kind"}}},
        },
    )
    response = wrap_response(raw)
    assert response.hits.total.value == 1
    assert response.hits[0].title == "Witwassen via vastgoed"
    assert response.hits[0].meta.highlight.title == ["<mark>Witwassen</mark> via vastgoed"]
    assert response.aggregations.soort.buckets[0].key == "onderzoek"
    assert engine.count("kp", {"query": {"match_all": {}}}) == 1
    assert engine.health()["status"] == "green"
    engine.delete_index("kp-20260101t000000000000")


def test_elasticsearch_client_refuses_a_server_without_the_product_header(recorded_es):
    """elasticsearch-py 8 checks `X-Elastic-Product`; the adapter turns the refusal into our
    EngineError (this is why tests use OpenSearch with opensearch-py)."""
    RecordedNode.headers_to_send = {"content-type": "application/json"}
    RecordedNode.exchanges = RecordedNode.exchanges[6:7]  # the health exchange
    with pytest.raises(EngineError) as info:
        recorded_es.health()
    assert "not an Elasticsearch server" in str(info.value)


def test_elasticsearch_adapter_reports_an_unreachable_engine():
    engine = ElasticsearchEngine("http://es.example:9200", node_class=RefusingNode)
    with pytest.raises(EngineUnavailable):
        engine.search("kp", {"query": {"match_all": {}}})


# -- OpenSearch, the real node -------------------------------------------------------------
@pytest.fixture
def opensearch():
    engine = OpenSearchEngine(ENGINE_URL)
    names = [f"test-kp-{RUN_ID}-adapter-{n}" for n in (1, 2)]
    yield engine, names
    for name in names:
        engine.delete_index(name)


@pytest.mark.search_engine
def test_opensearch_adapter_against_the_real_node(opensearch):
    engine, (first, second) = opensearch
    alias = f"test-kp-{RUN_ID}-adapter"
    mapping = {"mappings": {"properties": {"pk": {"type": "integer"}, "title": {"type": "text"}}}}
    engine.create_index(first, mapping)
    engine.swap_alias(alias, new_index=first)
    assert engine.alias_targets(alias) == [first]

    bulk = engine.bulk(
        alias,
        [
            {"_id": 1, "_source": {"pk": 1, "title": "Aanpak drugsafval"}},
            {"_id": 2, "_source": {"pk": 2, "title": "Mensenhandel in de horeca"}},
            {"_id": 3, "_delete": True},
        ],
        refresh=True,
        require_alias=True,
    )
    assert bulk.ok and sorted(bulk.succeeded) == ["1", "2", "3"]
    response = wrap_response(engine.search(alias, {"query": {"match": {"title": "drugsafval"}}}))
    assert [hit.pk for hit in response] == [1]
    assert engine.count(alias) == 2
    assert {doc["_id"] for doc in engine.scan_ids(alias, fields=("pk",))} == {"1", "2"}

    # A write through an alias that does not exist fails instead of creating an index.
    missing = engine.bulk(f"{alias}-nope", [{"_id": 1, "_source": {"pk": 1}}], require_alias=True)
    assert not missing.ok

    # Swapping is atomic: the alias moves from the first to the second index in one request.
    engine.create_index(second, mapping)
    engine.swap_alias(alias, new_index=second, old_indices=[first])
    assert engine.alias_targets(alias) == [second]
    assert engine.count(alias) == 0
    engine.delete(alias, "1")  # missing document: no error
    assert engine.health()["status"] in ("green", "yellow")


@pytest.mark.search_engine
def test_opensearch_errors_never_leak_client_exceptions(opensearch):
    engine, (first, _second) = opensearch
    with pytest.raises(EngineError) as info:
        engine.search(first, {"query": {"no_such_query": {}}})
    assert info.value.status in (400, 404)


def test_unreachable_engine_fails_fast_with_engine_unavailable():
    port = urlsplit(ENGINE_URL or "http://127.0.0.1:9201").port
    engine = OpenSearchEngine(f"http://127.0.0.1:{port + 7}", timeout=1.0)  # nothing listens
    started = time.monotonic()
    with pytest.raises(EngineUnavailable):
        engine.search("kp", {"query": {"match_all": {}}})
    assert time.monotonic() - started < 1.5


@pytest.mark.search_engine
def test_a_cluster_url_names_every_node_and_a_node_that_refuses_is_skipped():
    """SEARCH_ENGINE_URL lists a cluster's nodes, comma-separated: a request to a node that
    cannot be reached goes to the next one instead of failing (a dead node costs no search)."""
    port = urlsplit(ENGINE_URL).port
    dead = f"http://127.0.0.1:{port + 7}"  # nothing listens
    assert engine_hosts(f" {dead}, {ENGINE_URL} ,") == [dead, ENGINE_URL]
    engine = OpenSearchEngine(f"{dead},{ENGINE_URL}", timeout=1.0)
    for _ in range(4):  # round robin: the dead node comes up in turn, and is passed by
        assert engine.health()["status"] in ("green", "yellow")
