"""Relevance of /zoeken/, measured on our own judged queries over the demo content.

`tests/search/relevance/queries.yaml` holds Dutch queries, each with a kind (compound, stemming,
synonym, …), the viewer it is asked as (visitor or member) and the demo pages judged relevant
(2 = what the person is looking for, 1 = useful, unjudged = 0). This script

1. creates and migrates the database named in DATABASE_URL when needed and seeds the demo
   content (`seed_demo`, the same files as `make demo`);
2. builds the engine index (`search.indexing.rebuild`) under its own alias;
3. asks every query through the real search service (`search.service.search`, as the right
   viewer: anonymous, or the demo member account) on the engine, on the database backend, and
   as plain BM25: one bare `multi_match` over the same index and fields with the same
   permission filter (what an engine gives without our query building);
4. prints success@3, nDCG@10 and MRR per kind for each, with the engine/BM25 ratio, and writes
   `bench/results/relevance.json`.

    DATABASE_URL=postgres://postgres@127.0.0.1:54329/kp_relevance_bench \\
    SEARCH_ENGINE_URL=http://127.0.0.1:9201 .venv/bin/python bench/relevance.py

`tests/search/relevance/test_relevance.py` runs the engine part on a test database and fails
when nDCG@10 drops more than 0.02 below the figure committed in the JSON.
"""

from __future__ import annotations

import json
import math
import os
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

JUDGEMENTS = ROOT / "tests" / "search" / "relevance" / "queries.yaml"
RESULTS = ROOT / "bench" / "results" / "relevance.json"
BENCH_PREFIX = "bench-relevance"
MEMBER_EMAIL = "lid@demo.kennisplatform.example"  # the demo member (config/demo/content/accounts)
KINDS = (
    "compound",
    "stemming",
    "synonym",
    "abbreviation",
    "typo",
    "diacritics",
    "phrase",
    "one-unknown-word",
    "visitor-vs-member",
)
VIEWERS = ("visitor", "member")
CUTOFF = 10
# The fields and analysis of our index, without our query building: what BM25 alone gives.
BM25_FIELDS = ["title", "summary", "body", "attachments", "theme_names"]


@dataclass
class Judged:
    query: str
    kind: str
    viewer: str
    grades: dict[str, int]  # page slug -> 1 or 2
    note: str = ""


@dataclass
class Outcome:
    judged: Judged
    ranking: list[str]  # slugs, best first
    relaxed: str = ""
    metrics: dict[str, float] = field(default_factory=dict)


def load_judgements(path: Path = JUDGEMENTS) -> list[Judged]:
    import yaml

    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    judged = []
    for n, item in enumerate(items, 1):
        unknown = set(item) - {"q", "kind", "viewer", "relevant", "note"}
        if unknown or item.get("kind") not in KINDS or item.get("viewer") not in VIEWERS:
            raise ValueError(f"{path.name}, query {n}: bad entry {item!r}")
        grades = {slug: int(grade) for slug, grade in (item.get("relevant") or {}).items()}
        if not grades or not all(g in (1, 2) for g in grades.values()):
            raise ValueError(f"{path.name}, query {n}: grades must be 1 or 2")
        judged.append(Judged(item["q"], item["kind"], item["viewer"], grades, item.get("note", "")))
    return judged


# -- metrics ------------------------------------------------------------------------------------
def dcg(gains: list[int]) -> float:
    return sum((2**g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains[:CUTOFF]))


def score(judged: Judged, ranking: list[str]) -> dict[str, float]:
    """success@3 (a relevant page among the first three), nDCG@10 (graded gain 2^g - 1) and
    the reciprocal rank of the first relevant page (0 when none in the first ten)."""
    gains = [judged.grades.get(slug, 0) for slug in ranking[:CUTOFF]]
    ideal = dcg(sorted(judged.grades.values(), reverse=True))
    first = next((rank for rank, g in enumerate(gains, 1) if g > 0), None)
    return {
        "success@3": 1.0 if any(g > 0 for g in gains[:3]) else 0.0,
        "ndcg@10": dcg(gains) / ideal if ideal else 0.0,
        "mrr": 1.0 / first if first else 0.0,
    }


def summarise(outcomes: list[Outcome]) -> dict:
    """Means overall and per kind; `visitor-vs-member` also per viewer."""
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups["all"].append(outcome)
        groups[outcome.judged.kind].append(outcome)
        groups[f"viewer:{outcome.judged.viewer}"].append(outcome)
    summary = {}
    for name in ["all", *KINDS, "viewer:visitor", "viewer:member"]:
        rows = groups.get(name, [])
        if rows:
            summary[name] = {
                metric: round(sum(o.metrics[metric] for o in rows) / len(rows), 4)
                for metric in ("success@3", "ndcg@10", "mrr")
            } | {"queries": len(rows)}
    return summary


# -- running the queries ------------------------------------------------------------------------
def slug_of(url: str) -> str:
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]


def viewers() -> dict[str, object]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser

    member = get_user_model().objects.get(email=MEMBER_EMAIL)
    return {"visitor": AnonymousUser(), "member": member}


def _request(query: str, user):
    from django.contrib.sessions.backends.base import SessionBase
    from django.test import RequestFactory

    request = RequestFactory().get("/zoeken/", {"q": query})
    request.user = user
    request.session = SessionBase()
    return request


def run_service(judged: list[Judged], *, engine: bool) -> list[Outcome]:
    """Each query through `search.service.search` as its viewer, on the engine or (engine
    switched off) on the database backend, the first ten results."""
    from django.test import override_settings

    from search import service
    from search.queries import SearchParams

    users = viewers()
    outcomes = []
    overrides = {} if engine else {"SEARCH_ENGINE_URL": ""}
    with override_settings(**overrides):
        for item in judged:
            request = _request(item.query, users[item.viewer])
            results = service.search(request, SearchParams.from_request(request))
            ranking = [slug_of(card.url) for card in results.cards]
            outcomes.append(Outcome(item, ranking, results.relaxed, score(item, ranking)))
    return outcomes


def run_bm25(judged: list[Judged]) -> list[Outcome]:
    """A bare `multi_match` (best_fields, any word, default BM25) over the same index and
    fields, inside the same permission filter."""
    from search.engines import get_engine, index_alias
    from search.queries import Access

    users = viewers()
    engine = get_engine()
    outcomes = []
    for item in judged:
        access = Access.for_user(users[item.viewer])
        body = {
            "query": {
                "bool": {
                    "must": [{"multi_match": {"query": item.query, "fields": BM25_FIELDS}}],
                    "filter": [clause.to_dict() for clause in access.filters()],
                }
            },
            "size": CUTOFF,
            "_source": ["url"],
        }
        hits = engine.search(index_alias(), body)["hits"]["hits"]
        ranking = [slug_of(hit["_source"]["url"] or "") for hit in hits]
        outcomes.append(Outcome(item, ranking, "", score(item, ranking)))
    return outcomes


def report(name: str, summary: dict) -> list[str]:
    lines = [f"{name:<10} {'kind':<20} {'n':>3} {'success@3':>9} {'nDCG@10':>8} {'MRR':>6}"]
    for kind, row in summary.items():
        lines.append(
            f"{'':<10} {kind:<20} {row['queries']:>3} {row['success@3']:>9.3f}"
            f" {row['ndcg@10']:>8.3f} {row['mrr']:>6.3f}"
        )
    return lines


def compare_words(pairs: list[tuple[str, str]]) -> list[dict]:
    """How the index analyses a compound in a page: its tokens, and whether a query for one
    part finds it (e.g. "haven" finding "luchthaven")."""
    from search.engines import get_engine, index_alias

    engine = get_engine()
    rows = []
    for compound, part in pairs:
        tokens = engine.analyze(index_alias(), {"analyzer": "nl_text", "text": compound})
        part_tokens = engine.analyze(index_alias(), {"analyzer": "nl_search", "text": part})
        splits = bool(part_tokens) and all(t in tokens for t in part_tokens)
        rows.append({"word": compound, "part": part, "tokens": tokens, "part_finds_it": splits})
    return rows


def without_shipped_list(judged: list[Judged]) -> tuple[list[Outcome], list[dict]]:
    """The engine once more on an index without the shipped word list (the editors' parts
    only, `SEARCH_COMPOUND_DICTIONARY = False`): what the list gains and costs."""
    from django.conf import settings
    from django.test import override_settings

    from search.engines import get_engine, index_alias
    from search.indexing import rebuild

    with override_settings(
        SEARCH_COMPOUND_DICTIONARY=False, SEARCH_INDEX_PREFIX=f"{settings.SEARCH_INDEX_PREFIX}-own"
    ):
        rebuild()
        try:
            return run_service(judged, engine=True), compare_words(COMPOUND_PAIRS)
        finally:
            engine = get_engine()
            for name in engine.list_indices(f"{index_alias()}*"):
                engine.delete_index(name)


def list_effect(with_list: list[Outcome], without: list[Outcome]) -> dict:
    summary_with, summary_without = summarise(with_list), summarise(without)
    return {
        "ndcg@10_by_kind": {
            kind: {
                "with_list": summary_with[kind]["ndcg@10"],
                "without_list": summary_without[kind]["ndcg@10"],
            }
            for kind in summary_with
        },
        "changed_queries": [
            {
                "q": a.judged.query,
                "viewer": a.judged.viewer,
                "without_list": round(b.metrics["ndcg@10"], 3),
                "with_list": round(a.metrics["ndcg@10"], 3),
                "top_with_list": a.ranking[:3],
                "top_without_list": b.ranking[:3],
            }
            for a, b in zip(with_list, without, strict=True)
            if abs(a.metrics["ndcg@10"] - b.metrics["ndcg@10"]) >= 0.05
        ],
    }


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def seed_and_index() -> None:
    from django.core.management import call_command

    from knowledge.models import ArticlePage
    from search.indexing import rebuild

    call_command("migrate", verbosity=0)
    if not ArticlePage.objects.exists():
        started = time.monotonic()
        call_command("seed_demo", verbosity=0)
        print(f"demo content seeded in {time.monotonic() - started:.0f} s")
    result = rebuild()
    print(f"index {result.index}: {result.documents} documents")


COMPOUND_PAIRS = [
    ("luchthaven", "haven"),
    ("drugsafvaldumping", "dumping"),
    ("witwaspraktijken", "witwas"),
    ("horecavergunning", "vergunning"),
    ("arbeidsmigrantenhuisvesting", "huisvesting"),
    ("installatie", "stal"),
]


def main() -> None:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres") or not os.environ.get("SEARCH_ENGINE_URL"):
        sys.exit("Set DATABASE_URL (PostgreSQL) and SEARCH_ENGINE_URL, see the docstring.")
    ensure_database(url)

    import django

    django.setup()
    from django.conf import settings

    settings.SEARCH_INDEX_PREFIX = BENCH_PREFIX
    settings.SEARCH_REFRESH_ON_WRITE = True
    seed_and_index()
    judged = load_judgements()
    runs = {
        "engine": run_service(judged, engine=True),
        "database": run_service(judged, engine=False),
        "bm25": run_bm25(judged),
    }
    summaries = {name: summarise(outcomes) for name, outcomes in runs.items()}
    for name, summary in summaries.items():
        print("\n".join(report(name, summary)))
    ratios = {
        metric: round(summaries["engine"]["all"][metric] / summaries["bm25"]["all"][metric], 3)
        if summaries["bm25"]["all"][metric]
        else None
        for metric in ("success@3", "ndcg@10", "mrr")
    }
    print(f"engine / plain BM25 on the same node: {ratios}")
    compounds = compare_words(COMPOUND_PAIRS)
    own_outcomes, own_compounds = without_shipped_list(judged)
    effect = list_effect(runs["engine"], own_outcomes)
    print("compound splitting, nDCG@10 with / without the shipped word list:")
    for kind, row in effect["ndcg@10_by_kind"].items():
        print(f"  {kind:<20} {row['with_list']:.3f} / {row['without_list']:.3f}")
    for row in effect["changed_queries"]:
        print(f"  {row['q']!r:<40} {row['without_list']:.2f} -> {row['with_list']:.2f}")
    for row, own in zip(compounds, own_compounds, strict=True):
        print(
            f"  {row['word']:<28} with list: {' '.join(row['tokens']):<45}"
            f" without: {' '.join(own['tokens'])}"
        )
    RESULTS.write_text(
        json.dumps(
            {
                "what": "relevance of /zoeken/ on the judged queries of tests/search/relevance/",
                "queries": len(judged),
                "summary": summaries,
                "engine_vs_bm25": ratios,
                "compound_splitting": {
                    "what": "the engine with the shipped word list (default) and without it "
                    "(editors' parts only)",
                    **effect,
                    "tokens_with_list": compounds,
                    "tokens_without_list": own_compounds,
                },
                "per_query": [
                    {
                        "q": o.judged.query,
                        "kind": o.judged.kind,
                        "viewer": o.judged.viewer,
                        **{
                            name: {
                                "top": runs[name][n].ranking[:5],
                                "relaxed": runs[name][n].relaxed,
                                **runs[name][n].metrics,
                            }
                            for name in runs
                        },
                    }
                    for n, o in enumerate(runs["engine"])
                ],
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
