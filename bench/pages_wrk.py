"""Page throughput under wrk on the 20k corpus (`make bench`): writes bench/results/latest.md.

Measured as an operator would (issue #13): the corpus of `seed_demo` + `seed_bulk --pages
20000` on PostgreSQL, indexed on the OpenSearch node, `config.settings.production` under
gunicorn with 2 sync workers on a free loopback port (no nginx: requests carry
`X-Forwarded-Proto: https` as nginx would set it), Redis of its own for the caches
(platform/redis.sh on BENCH_REDIS_PORT, default 6397, state in var/bench-pages/redis, emptied at
every run so the rate-limit counters of the previous run do not count). For every page type -
article, home, theme hub, /kennisbank/ filtered, /agenda/, /zoeken/ with rotating words and a
static file (whitenoise, the ceiling) - wrk -t2 -c8 runs for a few seconds with the page cache
off (PAGE_CACHE_SECONDS=0) and on (300), the web process started again in between. Reported per
page and cache mode:

- requests/s, p50 and p95 (wrk's Lua `done`; its --latency table has no p95), errors;
- SQL queries per view: one warm request, then one counted request through Django's test client
  in this process (CaptureQueriesContext), with the production cache configuration: Redis
  (CACHE_URL, what the server runs with) and the database cache (production without CACHE_URL);
- application CPU per view: the gunicorn workers' CPU time (/proc/<pid>/stat) during the run
  divided by the requests wrk completed;
- the page's ratio to the static file's requests/s in the same cache mode.

Then the workers' resident memory (VmRSS, target <= 200 MB) and a registration burst on the
server with the page cache on: 200 visitors register at once for a new event with 50 seats
(POST to the form, each with the CSRF cookie and token its own GET of the page gave), then all
200 confirm at once (the POST behind the mail's link, its token made by the model's
`confirm_token()` with the server's key): POST and confirmation requests/s, exactly 50 confirmed,
0 overbooked.

The previous bench/results/latest.json, when there is one, supplies the "previous" req/s
beside each new figure, so a regression shows. Three other people share this machine's two
CPUs: the file's header line gives the load average at the start; ratios in one run are the
result, not the absolute numbers.

    DATABASE_URL=postgres://postgres@127.0.0.1:54329/kp_bench_corpus \\
    SEARCH_ENGINE_URL=http://127.0.0.1:9201 .venv/bin/python bench/pages_wrk.py [--seconds 5]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
STATE = ROOT / "var" / "bench-pages"
VENV_BIN = ROOT / ".venv" / "bin"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:54329/kp_bench_corpus"
INDEX_PREFIX = "kp-bench-pages"
BULK_PAGES = 20_000
WORKERS = 2
THREADS, CONNECTIONS = 2, 8
RSS_TARGET_MB = 200
ATTEMPTS, SEATS = 200, 50
SEARCH_WORDS = ["drugs", "witwassen", "mensenhandel", "ondermijning", "vastgoed", "notaris"]
BURST_SLUG = "bench-burst-"

# Page types in table order; the article's path is looked up, the static file's is the hashed
# name of css/site.css. The search rotates over SEARCH_WORDS (see LUA).
PAGES: dict[str, tuple[str, str | None]] = {
    "article": ("article", None),
    "home": ("home", "/"),
    "theme_hub": ("theme hub", "/themas/drugscriminaliteit/"),
    "kennisbank_filtered": (
        "/kennisbank/, filtered",
        "/kennisbank/?thema=drugscriminaliteit&soort=ondermijningsbeeld",
    ),
    "agenda": ("/agenda/", "/agenda/"),
    "search": ("/zoeken/?q=…", "/zoeken/?q=drugs"),
    "static": ("static file (ceiling)", None),
}
CEILING = "static"
MODES = {"off": 0, "on": 300}  # PAGE_CACHE_SECONDS

# wrk: headers as nginx sets them, the search rotates over a few words; done() prints what we
# need as one JSON line.
LUA = """
wrk.headers["X-Forwarded-Proto"] = "https"
local words = {%(words)s}
local n = 0
request = function()
  if wrk.path:find("^/zoeken/") then
    n = n + 1
    return wrk.format("GET", "/zoeken/?q=" .. words[(n %% #words) + 1])
  end
  return wrk.format("GET", wrk.path)
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    "RESULT {\\"requests\\": %%d, \\"seconds\\": %%.3f, \\"p50_ms\\": %%.1f, \\"p95_ms\\": %%.1f, "
    .. "\\"errors\\": %%d, \\"non_2xx_3xx\\": %%d, \\"timeouts\\": %%d}\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, errors, summary.errors.status, summary.errors.timeout))
end
"""


# ------------------------------------------------------------------ pure parts (tests/bench)


def parse_wrk(output: str) -> dict:
    """The RESULT line our Lua `done` prints, plus requests/s; wrk's own `Requests/sec:` line
    is kept beside it (it counts the same requests over the same duration)."""
    line = next((x for x in output.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise ValueError(f"no RESULT line in wrk's output:\n{output}")
    result = json.loads(line.removeprefix("RESULT "))
    seconds = result["seconds"]
    result["requests_per_second"] = round(result["requests"] / seconds, 1) if seconds else 0.0
    own = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE)
    if own:
        result["wrk_requests_per_second"] = float(own.group(1))
    return result


def ratio(value: float | None, ceiling: float | None, digits: int = 3) -> float | None:
    """value / ceiling, None when either is missing or the ceiling is zero."""
    if value is None or not ceiling:
        return None
    return round(value / ceiling, digits)


def add_ratios(report: dict) -> dict:
    """Each page's requests/s as a share of the static file's in the same cache mode."""
    for mode in MODES:
        ceiling = report["pages"].get(CEILING, {}).get(mode, {}).get("requests_per_second")
        for row in report["pages"].values():
            if mode in row:
                row[mode]["ratio_to_static"] = ratio(row[mode].get("requests_per_second"), ceiling)
    return report


def add_previous(report: dict, previous: dict | None) -> dict:
    """Put the previous run's requests/s (and registration rates) beside the new figures."""
    previous = previous or {}
    report["previous_run"] = previous.get("generated_at")
    old_pages = previous.get("pages", {})
    for name, row in report["pages"].items():
        for mode in MODES:
            if mode in row:
                old = old_pages.get(name, {}).get(mode, {})
                row[mode]["previous_requests_per_second"] = old.get("requests_per_second")
    burst = report.get("registration")
    if burst:
        old = previous.get("registration") or {}
        for key in ("post", "confirm"):
            if key in burst:
                old_rate = (old.get(key) or {}).get("requests_per_second")
                burst[key]["previous_requests_per_second"] = old_rate
    return report


def _num(value, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}"


def _change(new: float | None, old: float | None) -> str:
    if new is None or not old:
        return "–"
    return f"{(new - old) / old:+.0%}"


def render_markdown(report: dict) -> str:
    """bench/results/latest.md from the report (after add_ratios and add_previous)."""
    machine = report["machine"]
    lines = [
        f"# Page benchmark (`make bench`), {report['generated_at']} — "
        f"{machine['cpus']} CPUs shared with 3 other people, load average at start "
        f"{machine['load_average_at_start']:.2f}: ratios in one run are the result, "
        "not absolute numbers",
        "",
        f"{report['setup']}",
        "",
        f"Code: {report.get('code', 'unknown')}.",
        "",
        f"Previous run: {report.get('previous_run') or 'none'} (its req/s in the column "
        '"previous", change in "Δ").',
        "",
        "| page | page cache | req/s | previous | Δ | p50 ms | p95 ms | SQL per view "
        "(Redis / db cache) | SQL ms | CPU ms per view | ratio to static | errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in report["pages"].values():
        for mode in MODES:
            cell = row.get(mode)
            if not cell:
                continue
            sql = cell.get("sql") or {}
            rps = cell.get("requests_per_second")
            old = cell.get("previous_requests_per_second")
            lines.append(
                f"| {row['label']} | {mode} | {_num(rps)} | {_num(old)} | {_change(rps, old)} "
                f"| {_num(cell.get('p50_ms'))} | {_num(cell.get('p95_ms'))} "
                f"| {_num(sql.get('redis'))} / {_num(sql.get('database'))} "
                f"| {_num(sql.get('redis_ms'))} "
                f"| {_num(cell.get('cpu_ms_per_request'), 2)} "
                f"| {_num(cell.get('ratio_to_static'), 3)} | {_num(cell.get('errors'))} |"
            )
    lines += [
        "",
        "Paths: " + ", ".join(f"{r['label']} `{r['path']}`" for r in report["pages"].values()),
    ]
    rss = report.get("worker_rss_mb") or {}
    if rss:
        lines += [
            "",
            f"## Worker memory (VmRSS after the run, target ≤ {RSS_TARGET_MB} MB)",
            "",
            "| page cache | workers (MB) | largest | within target |",
            "| --- | --- | ---: | --- |",
        ]
        for mode, values in rss.items():
            largest = max(values) if values else None
            within = "yes" if largest is not None and largest <= RSS_TARGET_MB else "no"
            listed = ", ".join(f"{v:.0f}" for v in values)
            lines.append(f"| {mode} | {listed} | {_num(largest, 0)} | {within} |")
    burst = report.get("registration")
    if burst:
        lines += [
            "",
            f"## Registration burst ({burst['attempts']} visitors at once, {burst['seats']} "
            "seats, page cache on)",
            "",
            "| step | req/s | previous | Δ | p50 ms | p95 ms | answers |",
            "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
        ]
        for key, label in (("post", "registration POST"), ("confirm", "confirmation POST")):
            step = burst[key]
            rps, old = step["requests_per_second"], step.get("previous_requests_per_second")
            answers = ", ".join(f"{n}× {code}" for code, n in sorted(step["statuses"].items()))
            lines.append(
                f"| {label} | {_num(rps)} | {_num(old)} | {_change(rps, old)} "
                f"| {_num(step['p50_ms'])} | {_num(step['p95_ms'])} | {answers} |"
            )
        lines += [
            "",
            f"Stored: {burst['confirmed']} confirmed, {burst['waitlisted']} on the waitlist, "
            f"{burst['pending']} pending; overbooked: {burst['overbooked']} "
            f"({'exactly' if burst['confirmed'] == burst['seats'] else 'NOT'} "
            f"{burst['seats']} confirmed).",
        ]
    return "\n".join(lines) + "\n"


def write_results(report: dict, directory: Path = RESULTS) -> None:
    """latest.json and latest.md, the previous latest.json's figures beside the new ones."""
    directory.mkdir(parents=True, exist_ok=True)
    previous_file = directory / "latest.json"
    previous = json.loads(previous_file.read_text()) if previous_file.exists() else None
    add_previous(add_ratios(report), previous)
    previous_file.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    (directory / "latest.md").write_text(render_markdown(report))


def cpu_per_request(cpu_seconds: float, requests: int) -> float | None:
    """Milliseconds of CPU per request, None without requests."""
    return round(cpu_seconds * 1000 / requests, 2) if requests else None


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))  # ceil
    return ordered[int(rank) - 1]


# ------------------------------------------------------------------ processes


def run(*args: str, env: dict, timeout: float = 3600) -> str:
    done = subprocess.run(
        list(args), cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def manage(*args: str, env: dict) -> str:
    return run(str(VENV_BIN / "python"), "manage.py", *args, env=env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def code_version() -> str:
    """The commit measured, and whether the working tree (shared) had uncommitted changes."""
    head = run("git", "rev-parse", "--short", "HEAD", env=dict(os.environ)).strip()
    changed = run("git", "status", "--porcelain", "--untracked-files=no", env=dict(os.environ))
    files = len(changed.splitlines())
    return f"{head} + uncommitted changes in {files} tracked files" if files else head


def ensure_wrk() -> str:
    if not shutil.which("wrk"):
        run(
            "apt-get",
            "install",
            "-y",
            "-qq",
            "wrk",
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )
    return shutil.which("wrk") or sys.exit("wrk could not be installed")


def children(parent: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            pids.append(int(stat.parent.name))
    return sorted(pids)


def cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def rss_mb(pid: int) -> float | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return round(int(match.group(1)) / 1024, 1) if match else None


class Server:
    """gunicorn with production settings and 2 sync workers on a free loopback port."""

    def __init__(self, env: dict, page_cache_seconds: int):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = STATE / f"gunicorn-cache-{page_cache_seconds}.log"
        self.access_log = STATE / f"gunicorn-cache-{page_cache_seconds}-access.log"
        self.log.unlink(missing_ok=True)
        self.access_log.unlink(missing_ok=True)
        self.process = subprocess.Popen(
            [
                str(VENV_BIN / "gunicorn"),
                "config.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                "--timeout",
                "60",
                "--no-control-socket",
                "--error-logfile",
                str(self.log),
                # One line per answered request: the server's own count for CPU per view.
                "--access-logfile",
                str(self.access_log),
            ],
            cwd=ROOT,
            env={**env, "PAGE_CACHE_SECONDS": str(page_cache_seconds)},
            start_new_session=True,
        )
        self._wait()

    def _wait(self) -> None:
        import requests

        for _ in range(120):
            if self.process.poll() is not None:
                sys.exit(f"gunicorn exited; see {self.log}")
            try:
                answer = requests.get(self.url + "/livez", headers=HEADERS, timeout=5)
                if answer.ok and len(self.workers()) == WORKERS:
                    return
            except requests.RequestException:
                pass
            time.sleep(0.5)
        sys.exit(f"gunicorn did not answer; see {self.log}")

    def workers(self) -> list[int]:
        return children(self.process.pid)

    def answered(self) -> int:
        """Requests answered so far (lines in the access log)."""
        with self.access_log.open("rb") as log:
            return sum(chunk.count(b"\n") for chunk in iter(lambda: log.read(1 << 16), b""))

    def cpu(self, workers: list[int]) -> dict[int, float | None]:
        return {pid: cpu_seconds(pid) for pid in workers}

    def idle(self, workers: list[int], timeout: float = 60) -> dict[int, float | None]:
        """Wait until the workers' CPU time stops growing (every request they took is done),
        then return it."""
        last = self.cpu(workers)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            time.sleep(0.3)
            now = self.cpu(workers)
            if now == last:
                return now
            last = now
        return last

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


HEADERS = {"X-Forwarded-Proto": "https"}


def wrk(binary: str, server: Server, path: str, seconds: int, lua: Path) -> dict:
    url = server.url + path
    base = [binary, f"-t{THREADS}", f"-c{CONNECTIONS}", "--timeout", "10s", "-s", str(lua)]
    # Warm-up: the first requests' imports and cache fills are not measured.
    subprocess.run([*base, "-d2s", url], capture_output=True, timeout=60)
    # CPU per view: the workers' CPU time from idle to idle over the requests they answered in
    # between (wrk's own count misses those still in flight when it stops).
    workers = server.workers()
    before = server.idle(workers)
    answered = server.answered()
    out = subprocess.run(
        [*base, f"-d{seconds}s", url], capture_output=True, text=True, timeout=seconds + 60
    ).stdout
    after = server.idle(workers)
    result = parse_wrk(out)
    result["answered_by_server"] = server.answered() - answered
    used = [after[p] - before[p] for p in workers if before[p] is not None and after[p] is not None]
    result["cpu_ms_per_request"] = cpu_per_request(sum(used), result["answered_by_server"])
    result["workers_measured"] = len(used)
    return result


# ------------------------------------------------------------------ the corpus and Django


def production_env(database_url: str, engine_url: str, redis_port: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "https://127.0.0.1",
        "DATABASE_URL": database_url,
        "CACHE_URL": f"redis://127.0.0.1:{redis_port}/0",
        "PAGE_CACHE_URL": "",
        "SEARCH_ENGINE_URL": engine_url,
        "SEARCH_ENGINE_KIND": "opensearch",
        "SEARCH_INDEX_PREFIX": INDEX_PREFIX,
        "SEARCH_INDEX_REPLICAS": "0",
        "MEDIA_ROOT": str(STATE / "media"),
        "PRIVATE_MEDIA_ROOT": str(STATE / "private"),
        "STATIC_ROOT": str(STATE / "static"),
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        # No proxy in front: the client address is REMOTE_ADDR.
        "TRUSTED_PROXY_COUNT": "0",
    }


def ensure_database(url: str) -> None:
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    with psycopg.connect(parts._replace(path="/postgres").geturl(), autocommit=True) as db:
        if db.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is None:
            db.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}", flush=True)


def bulk_pages(url: str) -> int:
    """Knowledge and event pages in the database (0 before the first migration)."""
    import psycopg

    with psycopg.connect(url) as db:
        exists = db.execute("SELECT to_regclass('wagtailcore_page')").fetchone()[0]
        if exists is None:
            return 0
        return db.execute(
            "SELECT count(*) FROM wagtailcore_page p JOIN django_content_type t "
            "ON t.id = p.content_type_id WHERE t.model IN ('articlepage', 'toolkitpage', "
            "'eventpage') AND p.slug NOT LIKE %s",
            [BURST_SLUG + "%"],
        ).fetchone()[0]


def analyze(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        db.execute("ANALYZE")


def prepare(env: dict, pages: int) -> None:
    """Seed (or reuse) the corpus, static files, cache tables and the engine index."""
    url = env["DATABASE_URL"]
    ensure_database(url)
    manage("migrate", "--noinput", "-v0", env=env)
    existing = bulk_pages(url)
    if existing < pages:
        print(f"seeding: {existing} pages there, {pages} wanted ...", flush=True)
        started = time.monotonic()
        manage("seed_demo", "-v0", env=env)
        manage("seed_bulk", "--pages", str(pages - bulk_pages(url)), env=env)
        print(f"seeded in {time.monotonic() - started:.0f} s", flush=True)
        analyze(url)  # the planner's statistics for the new rows, before autovacuum gets there
    else:
        print(f"reusing the corpus: {existing} pages", flush=True)
    # The database cache's tables, for the SQL counts with production's database cache.
    manage("createcachetable", env={**env, "CACHE_URL": ""})
    manage("collectstatic", "--noinput", "-v0", env=env)
    # The index is reused when it matches the database, or once the pages that drifted (the
    # previous run's burst event) are indexed again; otherwise it is built anew.
    check = subprocess.run(
        [str(VENV_BIN / "python"), "manage.py", "search_check", "--fix"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if check.returncode == 0:
        print(f"reusing the index: {' / '.join(check.stdout.strip().splitlines())}", flush=True)
    else:
        print("building the engine index (search_rebuild) ...", flush=True)
        print(manage("search_rebuild", env=env).strip().splitlines()[-1], flush=True)


def redis(command: str, port: int) -> None:
    env = {
        **os.environ,
        "REDIS_PORT_TEST": str(port),
        "REDIS_STATE_DIR": str(STATE / "redis"),
    }
    args = ["stop", "--purge"] if command == "purge" else [command]
    run("bash", str(ROOT / "platform" / "redis.sh"), *args, env=env)


def setup_django(env: dict) -> None:
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def page_paths() -> dict[str, str]:
    from django.contrib.staticfiles.storage import staticfiles_storage

    from knowledge.models import ArticlePage

    article = ArticlePage.objects.live().public().order_by("pk").first()
    paths = {name: path for name, (_label, path) in PAGES.items() if path}
    paths["article"] = article.url
    paths["static"] = staticfiles_storage.url("css/site.css")
    return {name: paths[name] for name in PAGES}


PRODUCTION_DATABASE_CACHES = {
    "default": {
        "BACKEND": "config.cache.NonEvictingDatabaseCache",
        "LOCATION": "cache",
        "OPTIONS": {"MAX_ENTRIES": 10_000},
    },
    "pages": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "page_cache"},
}


def count_queries(paths: dict[str, str]) -> dict:
    """SQL per view for an anonymous visitor: a warm request, then a counted one, per page,
    cache mode and production cache configuration (Redis, the database cache)."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    counts: dict = {name: {mode: {} for mode in MODES} for name in paths}
    configurations = {"redis": {}, "database": {"CACHES": PRODUCTION_DATABASE_CACHES}}
    for backend, overrides in configurations.items():
        for mode, seconds in MODES.items():
            with override_settings(PAGE_CACHE_SECONDS=seconds, **overrides):
                client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
                for name, path in paths.items():
                    client.get(path, secure=True)
                    with CaptureQueriesContext(connection) as queries:
                        response = client.get(path, secure=True)
                    assert response.status_code == 200, (path, response.status_code)
                    counts[name][mode][backend] = len(queries)
                    counts[name][mode][backend + "_ms"] = round(
                        sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1
                    )
                    counts[name][mode].setdefault(
                        "page_cache_" + backend, response.get("X-Page-Cache")
                    )
    return counts


# ------------------------------------------------------------------ the registration burst


def _form(session, url: str) -> tuple[str, str]:
    """The CSRF cookie and form token a visitor's GET of the event page hands out."""
    response = session.get(url, headers=HEADERS, timeout=60)
    response.raise_for_status()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
    assert token, "no CSRF token in the registration form"
    return response.cookies["csrftoken"], token.group(1)


def _burst(calls: list) -> dict:
    """Run all calls at once (one thread each, released together); rate and latencies."""
    barrier = threading.Barrier(len(calls))

    def one(call):
        barrier.wait(timeout=120)
        started = time.perf_counter()
        status = call()
        return status, started, time.perf_counter()

    with ThreadPoolExecutor(max_workers=len(calls)) as pool:
        results = list(pool.map(one, calls))
    wall = max(end for _s, _b, end in results) - min(begin for _s, begin, _e in results)
    latencies = [(end - begin) * 1000 for _s, begin, end in results]
    statuses: dict[str, int] = {}
    for status, _b, _e in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1
    return {
        "requests_per_second": round(len(calls) / wall, 1),
        "seconds": round(wall, 2),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "statuses": statuses,
    }


def registration_burst(server: Server) -> dict:
    from django.utils import timezone

    import requests

    from events.models import EventIndexPage, EventPage, Registration

    for old in EventPage.objects.filter(slug__startswith=BURST_SLUG):
        old.delete()
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    agenda = EventIndexPage.objects.live().first()
    start = timezone.now() + timedelta(days=14)
    event = EventPage(
        title=f"Benchmark: {ATTEMPTS} aanmeldingen voor {SEATS} plaatsen",
        slug=f"{BURST_SLUG}{stamp}",
        summary="Een webinar om de aanmelding onder belasting te meten.",
        start=start,
        end=start + timedelta(hours=2),
        event_format=EventPage.Format.WEBINAR,
        capacity=SEATS,
        waitlist_enabled=True,
    )
    agenda.add_child(instance=event)
    page_url = server.url + event.url
    origin = f"https://127.0.0.1:{server.port}"
    session = requests.Session()
    session.trust_env = False
    with ThreadPoolExecutor(max_workers=CONNECTIONS) as pool:
        forms = list(pool.map(lambda _n: _form(session, page_url), range(ATTEMPTS)))

    def post(url: str, data: dict, form: tuple[str, str]):
        cookie, token = form

        def call():
            response = requests.post(
                url,
                data={**data, "csrfmiddlewaretoken": token},
                headers={**HEADERS, "Origin": origin, "Cookie": f"csrftoken={cookie}"},
                allow_redirects=False,
                timeout=300,
            )
            return response.status_code

        return call

    posts = _burst(
        [
            post(
                page_url + "aanmelden/",
                {
                    "name": f"Collega {n}",
                    "email": f"collega{n}-{stamp}@gemeente.example",
                    "organisation": "Gemeente Voorbeeld",
                },
                forms[n],
            )
            for n in range(ATTEMPTS)
        ]
    )
    registrations = list(Registration.objects.filter(event=event).select_related("event"))
    confirms = _burst(
        [post(server.url + r.get_confirm_url(), {}, forms[n]) for n, r in enumerate(registrations)]
    )
    stored = Registration.objects.filter(event=event)
    confirmed = stored.filter(status=Registration.Status.CONFIRMED).count()
    return {
        "attempts": ATTEMPTS,
        "seats": SEATS,
        "event": event.url,
        "post": posts,
        "confirm": confirms,
        "registrations_stored": len(registrations),
        "confirmed": confirmed,
        "waitlisted": stored.filter(status=Registration.Status.WAITLISTED).count(),
        "pending": stored.filter(status=Registration.Status.PENDING).count(),
        "overbooked": max(0, confirmed - SEATS),
    }


# ------------------------------------------------------------------ main


def registration_only(args: argparse.Namespace) -> None:
    """`--only registration`: the burst alone, on the corpus and Redis the full run uses, to
    compare a change to the registration path with the code before it in minutes."""
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    engine_url = os.environ.get("SEARCH_ENGINE_URL") or "http://127.0.0.1:9201"
    STATE.mkdir(parents=True, exist_ok=True)
    env = production_env(database_url, engine_url, args.redis_port)
    redis("purge", args.redis_port)
    redis("start", args.redis_port)
    try:
        prepare(env, args.pages)
        setup_django(env)
        server = Server(env, MODES["on"])
        try:
            print(json.dumps(registration_burst(server), indent=1), flush=True)
        finally:
            server.stop()
    finally:
        redis("purge", args.redis_port)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=8, help="wrk duration per page and mode")
    parser.add_argument("--pages", type=int, default=BULK_PAGES)
    parser.add_argument(
        "--redis-port", type=int, default=int(os.environ.get("BENCH_REDIS_PORT", "6397"))
    )
    parser.add_argument("--out", default=str(RESULTS))
    parser.add_argument(
        "--only",
        choices=["registration"],
        help="run only the registration burst (page cache on) and print it; no results written",
    )
    args = parser.parse_args()
    if args.only == "registration":
        registration_only(args)
        return
    load = os.getloadavg()[0]
    code = code_version()
    generated_at = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    database_url = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    engine_url = os.environ.get("SEARCH_ENGINE_URL") or "http://127.0.0.1:9201"
    binary = ensure_wrk()
    STATE.mkdir(parents=True, exist_ok=True)
    env = production_env(database_url, engine_url, args.redis_port)

    redis("purge", args.redis_port)  # no counters or pages of an earlier run
    redis("start", args.redis_port)
    lua = Path(tempfile.mkstemp(suffix=".lua")[1])
    lua.write_text(LUA % {"words": ", ".join(f'"{w}"' for w in SEARCH_WORDS)})
    try:
        prepare(env, args.pages)
        setup_django(env)
        paths = page_paths()
        print("SQL per view (Django test client) ...", flush=True)
        queries = count_queries(paths)
        rows: dict = {name: {"label": PAGES[name][0], "path": path} for name, path in paths.items()}
        rss: dict[str, list[float]] = {}
        burst = None
        for mode, seconds in MODES.items():
            print(f"page cache {mode} (PAGE_CACHE_SECONDS={seconds})", flush=True)
            server = Server(env, seconds)
            try:
                for name, path in paths.items():
                    result = wrk(binary, server, path, args.seconds, lua)
                    result["sql"] = {
                        k: v
                        for k, v in queries[name][mode].items()
                        if k in ("redis", "database", "redis_ms")
                    }
                    result["page_cache"] = queries[name][mode].get("page_cache_redis")
                    rows[name][mode] = result
                    print(
                        f"  {name:20} {result['requests_per_second']:8.1f} req/s  "
                        f"p50 {result['p50_ms']:7.1f} ms  p95 {result['p95_ms']:7.1f} ms  "
                        f"cpu {result['cpu_ms_per_request']} ms  errors {result['errors']}",
                        flush=True,
                    )
                rss[mode] = [v for v in (rss_mb(p) for p in server.workers()) if v is not None]
                if mode == "on":
                    print("registration burst ...", flush=True)
                    burst = registration_burst(server)
                    print(f"  {json.dumps(burst)}", flush=True)
            finally:
                server.stop()
    finally:
        lua.unlink(missing_ok=True)
        redis("purge", args.redis_port)

    report = {
        "generated_at": generated_at,
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_start": round(load, 2),
            "note": "shared with 3 other people: ratios in one run are the result",
        },
        "setup": (
            f"{bulk_pages(database_url):,} knowledge and event pages (`seed_demo` + `seed_bulk "
            f"--pages {args.pages}`) on PostgreSQL, OpenSearch index `{INDEX_PREFIX}`; gunicorn "
            f"`config.settings.production`, {WORKERS} sync workers, Redis caches (CACHE_URL); "
            f"wrk -t{THREADS} -c{CONNECTIONS} -d{args.seconds}s per page after a 2 s warm-up; "
            "page cache off = PAGE_CACHE_SECONDS=0, on = 300 (server started again). SQL per "
            "view: Django test client in the benchmark's process, anonymous visitor, the second "
            "of two requests; SQL ms: PostgreSQL time of that one request (Redis caches). CPU "
            "per view: the workers' CPU time (/proc) from idle before the run to idle after it, "
            "over the requests they answered in between (access log)."
        ),
        "settings": {
            "workers": WORKERS,
            "wrk": f"-t{THREADS} -c{CONNECTIONS} -d{args.seconds}s",
            "search_words": SEARCH_WORDS,
        },
        "code": code,
        "pages": rows,
        "worker_rss_mb": rss,
        "rss_target_mb": RSS_TARGET_MB,
        "registration": burst,
    }
    write_results(report, Path(args.out))
    print((Path(args.out) / "latest.md").read_text())


if __name__ == "__main__":
    main()
