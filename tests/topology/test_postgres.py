"""PostgreSQL restarts under load (the topology's own server, never a shared one)."""

from __future__ import annotations

import subprocess
import time

from .conftest import PORTS, ROOT, Load

# Pages that need the database on every request (no page cache in front of them).
PATHS = ["/sitemap.xml", "/zoeken/?q=drugs", "/zoeken/?q=witwassen"]


def test_a_postgres_restart_costs_only_requests_in_flight_with_a_dutch_503(topology):
    """A fast restart of PostgreSQL while four clients load pages that query it: a request
    that meets the restart gets the Dutch 503 page 'Tijdelijk niet beschikbaar' (never a 500
    or an English error), and once the server is back the next requests succeed — the web
    processes check their persistent connections before reuse (conn_health_checks)."""
    with Load(topology, PATHS, threads=4, pause=0.05) as load:
        time.sleep(3)
        restart = subprocess.run(  # noqa: S603
            ["bash", "platform/postgres.sh", "restart"],  # noqa: S607
            cwd=ROOT,
            env={**topology.script_env, "PGPORT_TEST": PORTS["PROD_LOCAL_PGPORT"]},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert restart.returncode == 0, restart.stdout + restart.stderr
        restarted_at = len(load.results)
        time.sleep(5)

    statuses = load.statuses()
    assert set(statuses) <= {200, 503}, statuses
    outage = [r for r in load.results if r.status == 503]
    assert all(r.unavailable_page for r in outage)
    after = load.results[restarted_at + 8 :]  # past the requests that were in flight
    assert after and all(r.status == 200 for r in after), [r.status for r in after]
    print(f"\n{len(load.results)} requests, {len(outage)} got the 503 page during the restart")

    assert topology.get("/sitemap.xml").status_code == 200
    # The task workers came through it too (a worker whose query failed exited and was
    # started again by its supervisor).
    body = topology.wait_until(
        lambda: (lambda b: b if b["checks"]["database"] == "ok" else None)(
            topology.get(f"/healthz?after-restart={time.monotonic()}").json()
        ),
        timeout=30,
        what="/healthz says the database is ok",
    )
    assert body["checks"]["tasks"] == "ok"
