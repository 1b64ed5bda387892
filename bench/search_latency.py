"""Search latency: /zoeken/ vs the raw engine `_search`, and Wagtail's database backend.

For 50 fixed Dutch queries, in one run on the corpus of `bench/search_setup.py` (20,000 bulk
pages + demo content, PostgreSQL + OpenSearch, same machine):

- `page`: wall time of a full `/zoeken/?q=…` request (anonymous visitor) through Django's
  test client in-process: permissions, the engine request, hydration, facets, did-you-mean,
  promotions, the query log and the template;
- `engine`: wall time of the raw engine `_search` for exactly the body the page sends (built
  by `queries.build_search` for the same visitor), through the same HTTP client;
- `database`: the same page with no engine configured, i.e. Wagtail's database search backend
  on PostgreSQL (the fallback path);
- `autocomplete`: `/zoeken/suggesties/?q=<first 4 letters>` (target: < 50 ms server time).

Reported: p50/p95 per path, `page/engine` (target ≤ 2) and `database/page` ratios.

Usage:
    DATABASE_URL=postgres://postgres@127.0.0.1:54329/kp_search_bench \\
    SEARCH_ENGINE_URL=http://127.0.0.1:9201 .venv/bin/python bench/search_latency.py
Writes bench/results/search-latency.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

QUERIES = [
    "drugsafval",
    "drugsafvaldumping",
    "witwassen",
    "witwaspraktijken",
    "bibob",
    "wet bibob",
    "mensenhandel",
    "arbeidsuitbuiting",
    "xtc",
    "mdma",
    "hennepkwekerij",
    "synthetische drugs",
    "motorbendes",
    "vastgoed",
    "coronasteun",
    "misbruik van subsidies",
    "schiphol",
    "zeehavens",
    "logistieke knooppunten",
    "horeca",
    "vergunning",
    "burgemeester",
    "sluiting woning",
    "opiumwet",
    "informatie delen",
    "riec",
    "liec",
    "jongeren",
    "uithalers",
    "notaris",
    "ondermijningsbeeld",
    "praktijkvoorbeeld",
    "webinar",
    "symposium",
    "agrariërs",
    "buitengebied",
    "arbeidsmigranten",
    "huisvesting",
    "integriteit",
    "weerbaarheid",
    "ondernemers",
    "crypto",
    "fraude",
    "criminele geldstromen",
    "bestuurlijke aanpak",
    "cocaïne",
    "casusoverleg",
    "mensenhandl",
    "arbeidsuitbuitng",
    "witwasen",
]
assert len(QUERIES) == 50


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = statistics.quantiles(ordered, n=20)[18]
    return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(p95, 1)}


def timed(call, rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5, help="requests per query and path")
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "search-latency.json"))
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import AnonymousUser
    from django.test import Client

    from bench.search_setup import BENCH_PREFIX
    from search.engines import breaker, get_engine, index_alias
    from search.models import QueryLog
    from search.queries import Access, SearchParams, build_search, clean_query

    settings.SEARCH_INDEX_PREFIX = BENCH_PREFIX
    settings.DEBUG = False
    engine_url = settings.SEARCH_ENGINE_URL
    engine = get_engine()
    client = Client()
    access = Access.for_user(AnonymousUser())
    bodies = {
        q: build_search(SearchParams(query=clean_query(q)[0]), access).to_dict() for q in QUERIES
    }
    logged_before = QueryLog.objects.count()

    def page(q):
        response = client.get("/zoeken/?" + urlencode({"q": q}))
        assert response.status_code == 200, q
        return response

    # Warm up every path (imports, caches, engine and PostgreSQL buffers).
    hits = {}
    for q in QUERIES:
        page(q)
        hits[q] = engine.search(index_alias(), bodies[q])["hits"]["total"]["value"]
        client.get("/zoeken/suggesties/?" + urlencode({"q": q[:4]}))
    assert "tijdelijk niet bereikbaar" not in page("drugs").content.decode()

    samples: dict[str, list[float]] = {"page": [], "engine": [], "autocomplete": []}
    took: list[int] = []
    for q in QUERIES:
        samples["page"] += timed(lambda q=q: page(q), args.rounds)
        for _ in range(args.rounds):
            started = time.perf_counter()
            raw = engine.search(index_alias(), bodies[q])
            samples["engine"].append((time.perf_counter() - started) * 1000)
            took.append(raw["took"])
        samples["autocomplete"] += timed(
            lambda q=q: client.get("/zoeken/suggesties/?" + urlencode({"q": q[:4]})), args.rounds
        )

    # The same pages on Wagtail's database backend (no engine configured).
    settings.SEARCH_ENGINE_URL = ""
    breaker.reset()
    for q in QUERIES:  # warm up
        page(q)
    samples["database"] = []
    for q in QUERIES:
        samples["database"] += timed(lambda q=q: page(q), args.rounds)
    settings.SEARCH_ENGINE_URL = engine_url

    stats = {name: percentiles(values) for name, values in samples.items()}
    report = {
        "queries": len(QUERIES),
        "rounds_per_query": args.rounds,
        "corpus_documents": engine.count(index_alias()),
        "hits_per_query": hits,
        "latency": stats,
        "engine_took_ms": {
            "p50": statistics.median(took),
            "p95": statistics.quantiles(sorted(took), n=20)[18],
        },
        "ratio_page_to_engine": {
            "p50": round(stats["page"]["p50_ms"] / stats["engine"]["p50_ms"], 2),
            "p95": round(stats["page"]["p95_ms"] / stats["engine"]["p95_ms"], 2),
            "target": 2,
        },
        "ratio_database_to_page": {
            "p50": round(stats["database"]["p50_ms"] / stats["page"]["p50_ms"], 2),
            "p95": round(stats["database"]["p95_ms"] / stats["page"]["p95_ms"], 2),
        },
        "autocomplete_target_ms": 50,
        "queries_logged": QueryLog.objects.count() - logged_before,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps({k: v for k, v in report.items() if k != "hits_per_query"}, indent=2))


if __name__ == "__main__":
    main()
