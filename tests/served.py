"""The served stack: Debian's nginx (platform/deploy/nginx.conf) in front of two gunicorn
processes running config.settings.production, as on a server, for tests marked `served`
(tests/foundation, tests/access). tests/conftest.py makes its fixtures and marker hook
available to every folder.

`make test` installs nginx (platform/run-tests.sh); the fixture starts its own copy through
platform/nginx.sh on free loopback ports, with a self-signed certificate, so requests take the
production path: TLS, X-Forwarded-* headers, static files from nginx, X-Accel-Redirect.
gunicorn reads the pytest-django test database, so what a `transaction=True` test commits is
what the stack serves, and shares the test settings' MEDIA_ROOT.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
import requests

from .helpers import service_missing

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 60


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Served tests commit their data where the stack can read it, and run last.

    A transactional test empties the database when it ends; serialized rollback restores what
    the data migrations made (roles, root collection and page) only at the start of the next
    transactional test. pytest-django moves transactional tests behind the others, but it
    sorts before this hook adds the marker, so served tests are moved here (stable sort)."""
    for item in items:
        if item.get_closest_marker("served") is not None:
            item.add_marker(pytest.mark.django_db(transaction=True, serialized_rollback=True))
    items.sort(key=lambda item: item.get_closest_marker("served") is not None)


@dataclass
class ServedStack:
    url: str  # https://127.0.0.1:<port>, nginx's TLS server
    http_url: str  # nginx's plain-HTTP server, which only redirects
    app_urls: list[str]  # the gunicorn processes themselves, behind nginx
    ca_bundle: Path  # the self-signed certificate, to verify TLS against
    static_root: Path
    started_in: float  # seconds from collectstatic to nginx answering
    logs: dict[str, Path] = field(default_factory=dict)
    restart_apps: Callable[[], None] = lambda: None
    content_types: str = ""  # what the workers' ContentType cache was filled from

    def session(self) -> requests.Session:
        return _session(verify=str(self.ca_bundle))

    def get(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("timeout", 30)
        return self.session().get(self.url + path, **kwargs)


def _session(**options) -> requests.Session:
    session = requests.Session()
    # Neither a proxy nor a CA bundle from the environment (REQUESTS_CA_BUNDLE would replace
    # `verify`): these requests go straight to loopback and trust the stack's own certificate.
    session.trust_env = False
    for name, value in options.items():
        setattr(session, name, value)
    return session


def _free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(settings_dict: dict) -> str:
    user = quote(settings_dict.get("USER") or "", safe="")
    password = quote(settings_dict.get("PASSWORD") or "", safe="")
    credentials = f"{user}:{password}@" if password else (f"{user}@" if user else "")
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{credentials}{host}:{port}/{quote(settings_dict['NAME'], safe='')}"


def _tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _wait_for_app(process: subprocess.Popen, port: int, log: Path) -> None:
    """Until gunicorn answers; any HTTP answer will do (it may be a 503 on a cold cache)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn on port {port} exited:\n{_tail(log)}")
        try:
            _session().get(
                f"http://127.0.0.1:{port}/healthz",
                headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"},
                timeout=15,  # the first request imports the URLconf, Wagtail and the rest
            )
            return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    pytest.fail(f"gunicorn on port {port} did not answer within {START_TIMEOUT} s:\n{_tail(log)}")


def _content_types() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT string_agg(id || app_label || '.' || model, ',' ORDER BY id) "
            "FROM django_content_type"
        )
        return cursor.fetchone()[0] or ""


@pytest.fixture(scope="session")
def served_stack(django_db_setup, django_db_blocker, tmp_path_factory):
    from django.conf import settings
    from django.db import connection

    if not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()):
        service_missing("nginx is not installed: run `bash platform/nginx.sh install`")
    if connection.vendor != "postgresql":
        service_missing("the served stack needs the PostgreSQL test database (`make test`)")

    base = tmp_path_factory.mktemp("served")
    static_root = base / "static"
    https_port, http_port = _free_port(), _free_port()
    app_ports = [_free_port(), _free_port()]
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "NGINX_")) and key != "CACHE_URL"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        # The test settings' key: sessions a test creates with Django's test client are valid.
        SECRET_KEY=settings.SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SITE_URL=f"https://127.0.0.1:{https_port}",
        DATABASE_URL=_database_url(connection.settings_dict),
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        STATIC_ROOT=str(static_root),
        TRUSTED_PROXY_COUNT="1",  # nginx, the one proxy in front
        TRUSTED_CLIENT_IP_HEADER="",
        SEARCH_ENGINE_URL="",  # database search: the engine is not what these tests are about
        # The test process empties its own cache on content changes, never the stack's; an
        # anonymous page cache there would serve a page from an earlier test.
        PAGE_CACHE_SECONDS="0",
    )
    logs = {"setup": base / "setup.log"}
    started = time.monotonic()

    # collectstatic with production's storage (hashed names, .gz files) and the database
    # cache's table, in one Django start.
    setup = subprocess.run(  # noqa: S603
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.core.management import call_command; "
            "call_command('collectstatic', interactive=False, verbosity=0); "
            "call_command('createcachetable')",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    logs["setup"].write_text(setup.stdout + setup.stderr)
    if setup.returncode != 0:
        pytest.fail(f"collectstatic/createcachetable failed:\n{_tail(logs['setup'])}")

    processes: dict[int, subprocess.Popen] = {}

    def start_app(port: int) -> None:
        log = logs[f"gunicorn-{port}"] = base / f"gunicorn-{port}.log"
        processes[port] = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi:application",
                f"--bind=127.0.0.1:{port}",
                "--workers=1",
                "--no-control-socket",
                f"--access-logfile={log}",
                f"--error-logfile={log}",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def stop_apps() -> None:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def restart_apps() -> None:
        stop_apps()
        for port in app_ports:
            start_app(port)
        for port in app_ports:
            _wait_for_app(processes[port], port, logs[f"gunicorn-{port}"])

    nginx_env = {
        **env,
        "NGINX_PORT_TEST": str(https_port),
        "NGINX_HTTP_PORT_TEST": str(http_port),
        "NGINX_UPSTREAMS": ",".join(f"127.0.0.1:{port}" for port in app_ports),
        "NGINX_STATIC_ROOT": str(static_root),
        "NGINX_MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "NGINX_STATE_DIR": str(base / "nginx"),
    }
    try:
        for port in app_ports:
            start_app(port)
        for port in app_ports:
            _wait_for_app(processes[port], port, logs[f"gunicorn-{port}"])
        nginx = subprocess.run(  # noqa: S603
            ["bash", "platform/nginx.sh", "start"],  # noqa: S607
            cwd=ROOT,
            env=nginx_env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if nginx.returncode != 0:
            pytest.fail(f"platform/nginx.sh start failed:\n{nginx.stdout}{nginx.stderr}")
        stack = ServedStack(
            url=f"https://127.0.0.1:{https_port}",
            http_url=f"http://127.0.0.1:{http_port}",
            app_urls=[f"http://127.0.0.1:{port}" for port in app_ports],
            ca_bundle=base / "nginx" / "tls" / "cert.pem",
            static_root=static_root,
            started_in=time.monotonic() - started,
            logs=logs,
            restart_apps=restart_apps,
        )
        with django_db_blocker.unblock():
            stack.content_types = _content_types()
        yield stack
    finally:
        subprocess.run(  # noqa: S603
            ["bash", "platform/nginx.sh", "stop"],  # noqa: S607
            cwd=ROOT,
            env=nginx_env,
            capture_output=True,
            timeout=60,
        )
        # Before pytest-django drops the test database, which gunicorn is connected to.
        stop_apps()


@pytest.fixture
def served(served_stack):
    """The stack, with its database cache emptied: Wagtail's site and the policy's cached
    answers must come from this test's data, not from an earlier test's."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM cache")
    # Django caches content types per process. Between tests the database may hold the same
    # content types under new IDs (a flush that re-created them); workers that kept the old
    # IDs would find no reference to a page and refuse its files. Fresh workers then.
    content_types = _content_types()
    if served_stack.content_types != content_types:
        served_stack.restart_apps()
        served_stack.content_types = content_types
    return served_stack
