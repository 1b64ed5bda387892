"""A web process dies under load: nginx sends its requests to the other one."""

from __future__ import annotations

import time

from .conftest import APP_PORTS, Load, children, kill

PAGES = ["/", "/kennisbank/", "/agenda/", "/sitemap.xml", "/zoeken/?q=drugs"]


def test_a_killed_web_process_costs_at_most_its_requests_in_flight(topology):
    """gunicorn on the first port is killed (SIGKILL, its master and workers) under a steady
    load of four clients: nginx passes the refused and broken requests to the other process
    (proxy_next_upstream), so at most the requests in flight there fail; its supervisor starts
    it again and it takes its share once more."""
    app = f"app-{APP_PORTS[0]}"
    master = topology.pid(app)
    workers = children(master)
    assert workers, "gunicorn has workers"

    with Load(topology, PAGES, threads=4) as load:
        time.sleep(3)
        in_flight = load.in_flight
        kill(master)
        for pid in workers:
            kill(pid)
        time.sleep(8)

    failed = [r for r in load.results if r.status >= 500 or r.status == 0]
    assert len(failed) <= in_flight, (failed, in_flight)
    assert len(load.results) >= 20
    assert {r.status for r in load.results} <= {200, 500, 502, 503, 504, 0}
    print(
        f"\n{len(load.results)} requests, {len(failed)} failed, {in_flight} in flight at the kill"
    )

    # Started again by its supervisor (platform/deploy/supervise.sh, systemd's Restart=always).
    topology.wait_until(
        lambda: (
            topology.pid(app) != master
            and topology.get(f"/livez?p={time.monotonic()}").status_code == 200
        ),
        timeout=90,
        what="gunicorn started again",
    )

    def answers_itself():
        import requests

        try:
            return (
                requests.get(
                    f"http://127.0.0.1:{APP_PORTS[0]}/livez",
                    headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"},
                    timeout=5,
                ).status_code
                == 200
            )
        except requests.RequestException:
            return False

    topology.wait_until(answers_itself, timeout=90, what=f"gunicorn on {APP_PORTS[0]} answers")
