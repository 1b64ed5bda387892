"""Redis (the rate limits and lockouts, and the page cache) restarts."""

from __future__ import annotations

import re
import time

from .conftest import Load

DEMO_PASSWORD = "Demo-wachtwoord-2026"  # noqa: S105 - config/demo/seed.py, printed by seed_demo
MEMBER = "lid@demo.kennisplatform.example"
TARGET = "organisator@demo.kennisplatform.example"  # the account a guesser tries to get into


def login(topology, email: str, password: str):
    session = topology.session()
    form = topology.get("/accounts/login/", session=session)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text).group(1)
    return session, session.post(
        topology.url + "/accounts/login/",
        data={"login": email, "password": password, "csrfmiddlewaretoken": token},
        headers={"Referer": topology.url + "/accounts/login/"},
        allow_redirects=False,
        timeout=30,
    )


def test_a_redis_restart_keeps_logins_working_and_the_rate_limits_counting(topology):
    """Logins work before and after Redis restarts, nothing answers 500 meanwhile (a request
    that needed Redis while it was down gets the Dutch 503 page), and the failed-login counter
    of an address goes on where it was: the append-only file keeps it, so a restart is no way
    around a lockout (allauth: 5 failures per 5 minutes for one address)."""
    _session, response = login(topology, MEMBER, DEMO_PASSWORD)
    assert response.status_code == 302 and response.headers["Location"] == "/mijn/"

    for _ in range(3):
        _session, failed = login(topology, TARGET, "Fout-wachtwoord-1")
        assert failed.status_code == 200 and "Te veel" not in failed.text

    with Load(topology, ["/", "/kennisbank/", "/accounts/login/"], threads=2) as load:
        time.sleep(2)
        topology.script("down", "redis")
        time.sleep(2)
        topology.script("up", "redis")
        time.sleep(3)
    statuses = load.statuses()
    assert 500 not in statuses, statuses
    assert set(statuses) <= {200, 503}, statuses
    outage = [r for r in load.results if r.status == 503]
    assert all(r.unavailable_page for r in outage)
    print(f"\n{len(load.results)} requests during the restart, {len(outage)} got the 503 page")

    session, response = login(topology, MEMBER, DEMO_PASSWORD)
    assert response.status_code == 302 and response.headers["Location"] == "/mijn/"
    assert topology.get("/mijn/", session=session).status_code == 200

    for attempt in range(2):
        _session, failed = login(topology, TARGET, "Fout-wachtwoord-1")
        assert failed.status_code == 200 and "Te veel" not in failed.text, attempt
    # The sixth attempt in five minutes is refused even with the right password.
    _session, locked = login(topology, TARGET, DEMO_PASSWORD)
    assert locked.status_code == 200  # the form again, not the redirect of a login
    assert "Te veel" in locked.text
