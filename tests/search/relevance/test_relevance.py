"""Relevance is checked, not guessed: the engine's nDCG@10 on our judged Dutch queries over the
demo content may not drop more than 0.02 below the figure committed in
bench/results/relevance.json (written by `make bench-relevance`, which also measures the
database backend and plain BM25)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from django.core.management import call_command

import pytest

ROOT = Path(__file__).resolve().parents[3]
TOLERANCE = 0.02


def bench_module():
    """bench/relevance.py, the one definition of the judged set's metrics and runs."""
    name = "bench_relevance"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "relevance.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_judged_set_covers_every_kind_and_both_viewers():
    bench = bench_module()
    judged = bench.load_judgements()
    assert len(judged) >= 40
    assert {j.kind for j in judged} == set(bench.KINDS)
    assert {j.viewer for j in judged} == {"visitor", "member"}
    slugs = {p.stem for p in (ROOT / "config" / "demo" / "content").glob("*/*.md")}
    unknown = {slug for j in judged for slug in j.grades} - slugs
    assert not unknown, f"judged pages that are not demo content: {unknown}"


def test_metrics_reward_the_right_order():
    bench = bench_module()
    judged = bench.Judged("q", "compound", "visitor", {"a": 2, "b": 1})
    assert bench.score(judged, ["a", "b"]) == {"success@3": 1.0, "ndcg@10": 1.0, "mrr": 1.0}
    swapped = bench.score(judged, ["x", "b", "a"])
    assert swapped["mrr"] == 0.5 and 0 < swapped["ndcg@10"] < 1
    assert bench.score(judged, ["x", "y", "z", "a"])["success@3"] == 0.0


@pytest.mark.search_engine
def test_engine_ndcg_does_not_drop_below_the_committed_figure(engine_settings, site_pages):
    from search.engines import get_engine, index_alias
    from search.indexing import rebuild

    bench = bench_module()
    committed = json.loads((ROOT / "bench" / "results" / "relevance.json").read_text())
    expected = committed["summary"]["engine"]["all"]["ndcg@10"]
    call_command("seed_demo", verbosity=0)
    rebuild()
    try:
        outcomes = bench.run_service(bench.load_judgements(), engine=True)
    finally:
        engine = get_engine()
        for name in engine.list_indices(f"{index_alias()}*"):
            engine.delete_index(name)
    measured = bench.summarise(outcomes)["all"]["ndcg@10"]
    worst = sorted(outcomes, key=lambda o: o.metrics["ndcg@10"])[:5]
    assert measured >= expected - TOLERANCE, (
        f"nDCG@10 {measured:.3f} < committed {expected:.3f} - {TOLERANCE}; worst: "
        + "; ".join(f"{o.judged.query!r} {o.metrics['ndcg@10']:.2f} {o.ranking[:3]}" for o in worst)
    )
