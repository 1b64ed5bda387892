"""Bulk indexing throughput: documents per second for a full `search_rebuild` of the corpus.

Measured in one run on the corpus of `bench/search_setup.py` (20,000 bulk pages + demo):
- `build`: building every document from PostgreSQL (queries, StreamField text, restrictions,
  attachments) without sending anything: the application's share;
- `rebuild`: the real thing, `indexing.rebuild()` (new index, bulk load, refresh, alias swap,
  old index removed), repeated `--runs` times; the median is reported.

Usage:
    DATABASE_URL=postgres://postgres@127.0.0.1:54329/kp_search_bench \\
    SEARCH_ENGINE_URL=http://127.0.0.1:9201 .venv/bin/python bench/index_bulk.py
Writes bench/results/search-index.json.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "search-index.json"))
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    from bench.search_setup import BENCH_PREFIX
    from search.engines import get_engine, index_alias
    from search.indexing import iter_documents, rebuild

    settings.SEARCH_INDEX_PREFIX = BENCH_PREFIX
    engine = get_engine()

    started = time.monotonic()
    cpu = time.process_time()
    documents = sum(1 for _ in iter_documents())
    build_seconds = time.monotonic() - started
    build_cpu = time.process_time() - cpu

    runs = []
    for _ in range(args.runs):
        result = rebuild()
        runs.append(result.seconds)
        print(f"rebuild: {result.documents} documents in {result.seconds:.1f} s")
    median = statistics.median(runs)
    report = {
        "documents": documents,
        "engine": f"{settings.SEARCH_ENGINE_KIND} {engine.health().get('cluster_name', '')}",
        "index_documents_after": engine.count(index_alias()),
        "build_only": {
            "seconds": round(build_seconds, 1),
            "cpu_seconds": round(build_cpu, 1),
            "documents_per_second": round(documents / build_seconds),
        },
        "rebuild": {
            "runs_seconds": [round(s, 1) for s in runs],
            "median_seconds": round(median, 1),
            "documents_per_second": round(documents / median),
        },
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
