"""The production topology for the failure tests (`make test-topology`): platform/deploy/
prod-local.sh started once for the whole folder — nginx, two gunicorn processes, Redis, three
OpenSearch nodes, two task workers, the scheduler — on ports and a state folder of its own, with
its own PostgreSQL (so the PostgreSQL test restarts that one, never a shared server). The tests
kill or restart one part at a time and look at what a visitor sees through nginx.

They run only with KP_TOPOLOGY=1 (`make test-topology`): `make test` collects the other folders
and never starts this stack. The tests run one after the other, in one process; each leaves the
stack whole again for the next.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "platform" / "deploy" / "prod-local.sh"
STATE = ROOT / "var" / "topology"

if not os.environ.get("KP_TOPOLOGY"):
    collect_ignore_glob = ["test_*.py"]

# Ports of their own, beside `make prod-local` (8643, 8601-8602, 6391, 9221-9223) and the shared
# services of the machine (PostgreSQL 54329, OpenSearch 9201 and 9211).
PORTS = {
    "PROD_LOCAL_HTTPS_PORT": "8743",
    "PROD_LOCAL_HTTP_PORT": "8780",
    "PROD_LOCAL_APP_PORTS": "8701 8702",
    "PROD_LOCAL_REDIS_PORT": "6392",
    "PROD_LOCAL_OPENSEARCH_PORT": "9231",
    "PROD_LOCAL_PGPORT": os.environ.get("TOPOLOGY_PGPORT", "54339"),
}
APP_PORTS = [8701, 8702]
ENGINE_PORTS = [9231, 9232, 9233]
ENGINE_DOWN_NOTICE = "De zoekmachine is tijdelijk niet bereikbaar"


@dataclass
class Result:
    path: str
    status: int  # 0: no answer at all
    seconds: float
    notice: bool = False  # the search page answered from the database
    unavailable_page: bool = False  # the Dutch 503 page ("Tijdelijk niet beschikbaar")


@dataclass
class Topology:
    url: str
    ca_bundle: str
    script_env: dict[str, str]
    app_env: dict[str, str] = field(default_factory=dict)

    # -- the parts -----------------------------------------------------------------------
    def script(self, *args: str, timeout: float = 600) -> str:
        done = subprocess.run(  # noqa: S603
            ["bash", str(SCRIPT), *args],  # noqa: S607
            cwd=ROOT,
            env=self.script_env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            pytest.fail(f"prod-local.sh {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def pid(self, name: str) -> int:
        """run/<name>.child.pid: the process itself (run/<name>.pid is its supervisor)."""
        return int((STATE / "run" / f"{name}.child.pid").read_text())

    def engine_pid(self, port: int) -> int:
        return int((STATE / "opensearch" / f"cluster-{port}.pid").read_text())

    def manage(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603
            [str(ROOT / ".venv" / "bin" / "python"), "manage.py", *args],
            cwd=ROOT,
            env=self.app_env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    def django(self, code: str, timeout: float = 300) -> dict:
        """Run Python in a Django of the stack (production settings, its database, Redis and
        cluster); what it assigns to `result` comes back (JSON)."""
        program = f"import json\nresult = None\n{code}\nprint('RESULT=' + json.dumps(result))"
        done = self.manage("shell", "-c", program, timeout=timeout)
        if done.returncode != 0:
            pytest.fail(f"manage.py shell failed:\n{done.stdout}\n{done.stderr}")
        line = [x for x in done.stdout.splitlines() if x.startswith("RESULT=")][-1]
        return json.loads(line.removeprefix("RESULT="))

    # -- asking it -----------------------------------------------------------------------
    def session(self) -> requests.Session:
        session = requests.Session()
        session.trust_env = False
        session.verify = self.ca_bundle
        return session

    def get(self, path: str, session: requests.Session | None = None, **kwargs):
        kwargs.setdefault("timeout", 30)
        kwargs.setdefault("allow_redirects", False)
        return (session or self.session()).get(self.url + path, **kwargs)

    def engine(self, path: str, ports: Iterable[int] = ENGINE_PORTS, timeout: float = 5) -> dict:
        """An engine API answer from the first node that gives one."""
        last: Exception | None = None
        for port in ports:
            try:
                response = requests.get(f"http://127.0.0.1:{port}{path}", timeout=timeout)
                return response.json()
            except (requests.RequestException, ValueError) as exc:
                last = exc
        raise AssertionError(f"no engine node answered {path}: {last}")

    def wait_for_cluster(self, *, nodes: int = 3, status: str = "green", timeout: float = 240):
        deadline = time.monotonic() + timeout
        health: dict = {}
        while time.monotonic() < deadline:
            try:
                health = self.engine(
                    f"/_cluster/health?wait_for_status={status}&wait_for_nodes={nodes}&timeout=5s",
                    timeout=10,
                )
                if health.get("status") == status and health.get("number_of_nodes") == nodes:
                    return health
            except AssertionError:
                pass
            time.sleep(1)
        pytest.fail(f"the cluster did not get {status} with {nodes} nodes: {health}")

    def wait_until(self, predicate, *, timeout: float, what: str, interval: float = 0.5):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(interval)
        pytest.fail(f"not within {timeout} s: {what}")


class Load:
    """A steady stream of GET requests through nginx from a few threads, each result kept.

    with Load(topology, ["/zoeken/?q=drugs"], threads=2) as load: ...; load.results"""

    def __init__(self, topology: Topology, paths: list[str], *, threads: int = 2, pause=0.0):
        self.topology, self.paths, self.threads, self.pause = topology, paths, threads, pause
        self.results: list[Result] = []
        self.in_flight = 0
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []

    def _run(self, offset: int) -> None:
        session = self.topology.session()
        n = offset
        while not self._stop.is_set():
            path = self.paths[n % len(self.paths)]
            n += 1
            started = time.monotonic()
            with self._lock:
                self.in_flight += 1
            try:
                response = self.topology.get(path, session=session, timeout=30)
                result = Result(
                    path,
                    response.status_code,
                    time.monotonic() - started,
                    ENGINE_DOWN_NOTICE in response.text,
                    "<h1>Tijdelijk niet beschikbaar</h1>" in response.text,
                )
            except requests.RequestException:
                result = Result(path, 0, time.monotonic() - started)
                session = self.topology.session()
            with self._lock:
                self.in_flight -= 1
                self.results.append(result)
            if self.pause:
                time.sleep(self.pause)

    def __enter__(self) -> Load:
        for offset in range(self.threads):
            worker = threading.Thread(target=self._run, args=(offset,), daemon=True)
            worker.start()
            self._workers.append(worker)
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        for worker in self._workers:
            worker.join(timeout=60)

    def statuses(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for result in self.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        return counts


def kill(pid: int, sig: int = signal.SIGKILL) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)


def children(pid: int) -> list[int]:
    out = subprocess.run(  # noqa: S603
        ["pgrep", "-P", str(pid)],  # noqa: S607
        capture_output=True,
        text=True,
    ).stdout
    return [int(x) for x in out.split()]


def mails_in(folder: Path, subject_token: str) -> list[str]:
    """The recipients of the mails in the file backend's folder whose subject has the token,
    one entry per mail sent (Django's filebased backend: one file per connection, messages
    separated by a line of 79 dashes)."""
    recipients = []
    for path in sorted(folder.glob("*.log")):
        for message in path.read_text(errors="replace").split("\n" + "-" * 79 + "\n"):
            if subject_token in message:
                found = re.search(r"^To: (.+)$", message, re.MULTILINE)
                if found:
                    recipients.append(found.group(1).strip())
    return recipients


@pytest.fixture(scope="session")
def topology() -> Topology:
    script_env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PROD_LOCAL_", "PGPORT", "SEARCH_", "DATABASE_URL"))
        and key not in ("CACHE_URL", "PAGE_CACHE_URL")
    }
    script_env.update(
        PORTS,
        PROD_LOCAL_DIR=str(STATE),
        PROD_LOCAL_OWN_POSTGRES="1",
        PROD_LOCAL_SEED="demo",
        # A busy 2-core machine: the engine gets more time than production's 1.5 s before a
        # search falls back to the database (the engine-down test measures the fallback).
        PROD_LOCAL_SEARCH_TIMEOUT="5",
    )
    stack = Topology(
        url=f"https://127.0.0.1:{PORTS['PROD_LOCAL_HTTPS_PORT']}",
        ca_bundle=str(STATE / "nginx" / "tls" / "cert.pem"),
        script_env=script_env,
    )
    shutil.rmtree(STATE, ignore_errors=True)  # a fresh stack: content, index, mail folder
    try:
        stack.script("start", timeout=1200)
        env_lines = stack.script("env").splitlines()
        stack.app_env = {
            **script_env,
            **dict(line.split("=", 1) for line in env_lines if "=" in line),
        }
        stack.wait_for_cluster()
        yield stack
    finally:
        subprocess.run(  # noqa: S603
            ["bash", str(SCRIPT), "stop"],  # noqa: S607
            cwd=ROOT,
            env=script_env,
            capture_output=True,
            timeout=300,
        )
