"""Throughput of the production topology through nginx (`make bench-topology`).

Drives `make prod-local` (nginx -> 2 gunicorn -> PostgreSQL, Redis, 3 OpenSearch nodes) with
wrk (Debian's package; platform/deploy/prod-local.sh installs nothing for it, so this script
does) and reports requests/s and p95 latency for an article, the home page, the agenda and a
search, at 8 and 32 connections:

- with the page cache (Redis) and without it (PAGE_CACHE_SECONDS=0, web processes restarted),
- with one engine node killed (the one holding the primary shard),
- search on the 3-node cluster against search on one single node (same index, same app),

and the time `search_rebuild` takes on the cluster, for the demo content and for the 20k corpus
of `make bench` (its database, seeded when missing). Everything is measured in one run on one
machine, which the cluster's three JVMs, PostgreSQL, Redis, nginx and gunicorn share: the ratios
are the result (bench/results/topology.json), not the absolute numbers.

    python bench/topology.py [--seconds 8] [--connections 8,32]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The wrk script (search words rotating, one RESULT line of JSON), its parser and installer are
# the page benchmark's (bench/pages_wrk.py).
from bench.pages_wrk import (  # noqa: E402
    DEFAULT_DATABASE_URL,
    LUA,
    SEARCH_WORDS,
    bulk_pages,
    ensure_database,
    ensure_wrk,
    parse_wrk,
)

SCRIPT = ROOT / "platform" / "deploy" / "prod-local.sh"
STATE = ROOT / "var" / "prod-local"
RESULTS = ROOT / "bench" / "results" / "topology.json"
URL = "https://127.0.0.1:8643"
APP_PORTS = (8601, 8602)
ENGINE_PORTS = (9221, 9222, 9223)
SINGLE_PORT = 9224  # the one-node engine of the 3-vs-1 comparison (transport 9324)


def run(*args: str, env: dict | None = None, timeout: float = 1200) -> str:
    done = subprocess.run(  # noqa: S603
        list(args),
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def prod_local(*args: str, env: dict | None = None) -> str:
    return run("bash", str(SCRIPT), *args, env=env)


def session() -> requests.Session:
    s = requests.Session()
    s.trust_env = False
    s.verify = str(STATE / "nginx" / "tls" / "cert.pem")
    return s


def article_path() -> str:
    html = session().get(URL + "/kennisbank/", timeout=30).text
    links = re.findall(r'href="(/kennisbank/[a-z0-9-]+/)"', html)
    return next(link for link in links if link != "/kennisbank/feed/")  # an article, not the feed


def wrk(binary: str, path: str, connections: int, seconds: int, lua: Path) -> dict:
    # Warm-up, so the first requests' imports and cache fills are not measured.
    subprocess.run(  # noqa: S603
        [binary, "-t2", f"-c{connections}", "-d2s", "-s", str(lua), URL + path],
        capture_output=True,
        timeout=60,
    )
    out = subprocess.run(  # noqa: S603
        [
            binary,
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(lua),
            URL + path,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    ).stdout
    return parse_wrk(out)


def measure(binary, pages: dict[str, str], connections: list[int], seconds: int, lua) -> dict:
    table = {}
    for name, path in pages.items():
        for c in connections:
            result = wrk(binary, path, c, seconds, lua)
            table[f"{name}@{c}"] = result
            print(
                f"  {name:8} c={c:<3} {result['requests_per_second']:8.1f} req/s  "
                f"p95 {result['p95_ms']:7.1f} ms  errors {result['errors']}",
                flush=True,
            )
    return table


def restart_apps(env: dict) -> None:
    for port in APP_PORTS:
        prod_local("down", f"app-{port}", env=env)
        prod_local("up", f"app-{port}", env=env)


def engine(path: str, port: int = ENGINE_PORTS[0]) -> dict:
    return requests.get(f"http://127.0.0.1:{port}{path}", timeout=30).json()


def wait_green(ports=ENGINE_PORTS, nodes: int = 3) -> None:
    for _ in range(120):
        try:
            health = engine(
                f"/_cluster/health?wait_for_status=green&wait_for_nodes={nodes}&timeout=5s",
                port=ports[0],
            )
            if health["status"] == "green" and health["number_of_nodes"] == nodes:
                return
        except requests.RequestException:
            pass
        time.sleep(2)
    sys.exit("the cluster did not get green again")


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def rebuild_corpus(app_env: dict, pages: int) -> dict:
    """`search_rebuild` of the page benchmark's 20k corpus (its own database, seeded when
    missing, as `make bench` does) on the 3-node cluster, into an index of its own that is
    removed afterwards."""
    env = {
        **app_env,
        "DATABASE_URL": DEFAULT_DATABASE_URL,
        "SEARCH_INDEX_PREFIX": "kp-topology-corpus",
    }
    python = str(ROOT / ".venv" / "bin" / "python")
    ensure_database(DEFAULT_DATABASE_URL)
    run(python, "manage.py", "migrate", "--noinput", "-v0", env=env, timeout=3600)
    if bulk_pages(DEFAULT_DATABASE_URL) < pages:
        print(f"seeding the {pages}-page corpus ...", flush=True)
        run(python, "manage.py", "seed_demo", "-v0", env=env, timeout=3600)
        missing = pages - bulk_pages(DEFAULT_DATABASE_URL)
        run(python, "manage.py", "seed_bulk", "--pages", str(missing), env=env, timeout=3600)
    print(
        f"search_rebuild of the corpus ({bulk_pages(DEFAULT_DATABASE_URL)} pages) ...", flush=True
    )
    started = time.monotonic()
    out = run(python, "manage.py", "search_rebuild", env=env, timeout=3600)
    seconds = round(time.monotonic() - started, 1)
    engine = app_env["SEARCH_ENGINE_URL"].split(",")[0].rstrip("/")
    names = requests.get(f"{engine}/_cat/indices/kp-topology-corpus*?h=index", timeout=60).text
    for name in names.split():
        requests.delete(f"{engine}/{name}", timeout=60)
    return {"seconds": seconds, "output": out.strip().splitlines()[-1]}


def main() -> None:
    """Measure, then stop the topology and remove the wrk script, however the run ended."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", default="8,32")
    parser.add_argument("--corpus-pages", type=int, default=20_000)
    args = parser.parse_args()
    try:
        measure_topology(args)
    finally:
        for lua in Path(tempfile.gettempdir()).glob("kp-topology-*.lua"):
            lua.unlink()
        print("stopping the topology ...", flush=True)
        prod_local("stop")


def measure_topology(args: argparse.Namespace) -> None:
    connections = [int(c) for c in args.connections.split(",")]
    binary = ensure_wrk()

    print("starting the topology (make prod-local) ...", flush=True)
    prod_local("start")
    app_env = dict(line.split("=", 1) for line in prod_local("env").splitlines() if "=" in line)
    wait_green()
    lua = Path(tempfile.mkstemp(prefix="kp-topology-", suffix=".lua")[1])
    lua.write_text(LUA % {"words": ", ".join(f'"{w}"' for w in SEARCH_WORDS)})
    pages = {
        "article": article_path(),
        "home": "/",
        "agenda": "/agenda/",
        "search": "/zoeken/?q=drugs",
    }
    report: dict = {
        "what": "requests/s and p95 through nginx -> 2 gunicorn (2 workers each) on one machine",
        "machine": f"{os.cpu_count()} cores; load average at start {os.getloadavg()[0]:.1f}",
        "seconds_per_run": args.seconds,
        "pages": pages,
    }

    print("page cache on, 3 engine nodes", flush=True)
    report["cached"] = measure(binary, pages, connections, args.seconds, lua)

    print("page cache off (PAGE_CACHE_SECONDS=0), 3 engine nodes", flush=True)
    restart_apps({"PROD_LOCAL_PAGE_CACHE_SECONDS": "0"})
    report["uncached"] = measure(binary, pages, connections, args.seconds, lua)

    print("page cache off, one engine node killed", flush=True)
    shards = engine("/_cat/shards/kp-prodlocal?format=json")
    victim = int(next(s for s in shards if s["prirep"] == "p")["node"].removeprefix("kp-node-"))
    os.kill(int((STATE / "opensearch" / f"cluster-{victim}.pid").read_text()), 9)
    time.sleep(3)
    report["one_node_down"] = measure(binary, pages, connections, args.seconds, lua)
    report["one_node_down"]["killed_node"] = victim
    prod_local("up", f"opensearch-{victim}")
    wait_green()

    print("search_rebuild on the cluster", flush=True)
    started = time.monotonic()
    out = run(str(ROOT / ".venv" / "bin" / "python"), "manage.py", "search_rebuild", env=app_env)
    report["rebuild_on_cluster"] = {
        "seconds": round(time.monotonic() - started, 1),
        "output": out.strip().splitlines()[-1],
    }
    wait_green()
    report["rebuild_corpus_on_cluster"] = rebuild_corpus(app_env, args.corpus_pages)
    wait_green()

    print("search on one single node (same app, same index)", flush=True)
    single_env = {
        "OPENSEARCH_PORT": str(SINGLE_PORT),
        "OPENSEARCH_STATE_DIR": str(STATE / "opensearch-single"),
        "OPENSEARCH_HEAP": "512m",
    }
    run("bash", "platform/opensearch/opensearch.sh", "start", env=single_env)
    try:
        single_url = f"http://127.0.0.1:{SINGLE_PORT}"
        run(
            str(ROOT / ".venv" / "bin" / "python"),
            "manage.py",
            "search_rebuild",
            env={**app_env, "SEARCH_ENGINE_URL": single_url, "SEARCH_INDEX_REPLICAS": "0"},
        )
        restart_apps({"PROD_LOCAL_PAGE_CACHE_SECONDS": "0", "PROD_LOCAL_SEARCH_URL": single_url})
        report["single_node"] = measure(
            binary, {"search": pages["search"]}, connections, args.seconds, lua
        )
    finally:
        restart_apps({})
        run("bash", "platform/opensearch/opensearch.sh", "stop", env=single_env)

    report["ratios"] = {
        **{
            f"{name}@{c} cached/uncached": ratio(
                report["cached"][f"{name}@{c}"]["requests_per_second"],
                report["uncached"][f"{name}@{c}"]["requests_per_second"],
            )
            for name in pages
            for c in connections
        },
        **{
            f"search@{c} one node down/healthy": ratio(
                report["one_node_down"][f"search@{c}"]["requests_per_second"],
                report["uncached"][f"search@{c}"]["requests_per_second"],
            )
            for c in connections
        },
        **{
            f"search@{c} 3 nodes/1 node": ratio(
                report["uncached"][f"search@{c}"]["requests_per_second"],
                report["single_node"][f"search@{c}"]["requests_per_second"],
            )
            for c in connections
        },
    }
    report["errors_at_32"] = sum(
        run_["errors"]
        for section in ("cached", "uncached", "one_node_down", "single_node")
        for key, run_ in report[section].items()
        if key.endswith("@32") and isinstance(run_, dict)
    )
    RESULTS.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report["ratios"], indent=2))
    print(f"errors at 32 connections: {report['errors_at_32']}; written to {RESULTS}")


if __name__ == "__main__":
    main()
