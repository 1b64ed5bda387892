"""A professional signs up, confirms the address from the mail, logs in and sees /mijn/; the
login, signup and /mijn/ pages have no WCAG 2.1 AA violations (axe-core)."""

import re

from django.core import mail

import pytest

from ..factories import AllowedDomainFactory
from .conftest import axe_violations

PASSWORD = "Een-sterk-wachtwoord-2026"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_signup_verify_login_and_mijn(live_server, page, site_pages):
    AllowedDomainFactory(domain="politie.nl", organisation="Politie")

    page.goto(live_server.url + "/accounts/signup/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert axe_violations(page) == []
    page.get_by_label("Voornaam").fill("Fatima")
    page.get_by_label("Achternaam").fill("El Amrani")
    page.get_by_label("Organisatie").fill("Politie Eenheid Oost-Brabant")
    page.get_by_label("E-mailadres", exact=True).fill("f.elamrani@politie.nl")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.get_by_label("Wachtwoord (nogmaals)").fill(PASSWORD)
    page.get_by_role("button", name="Account aanmaken").click()
    page.wait_for_url("**/accounts/confirm-email/")

    [message] = [m for m in mail.outbox if m.to == ["f.elamrani@politie.nl"]]
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Bevestigen").click()
    page.wait_for_url("**/mijn/")
    assert page.get_by_role("heading", name="Mijn kennisplatform", level=1).is_visible()

    # Log out and in again through the login form.
    page.get_by_role("button", name="Uitloggen").click()
    page.goto(live_server.url + "/accounts/login/")
    assert axe_violations(page) == []
    page.get_by_label("E-mailadres", exact=True).fill("f.elamrani@politie.nl")
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_url("**/mijn/")
    assert page.get_by_role("heading", name="Mijn aanmeldingen").is_visible()
    assert "Welkom, Fatima" in page.content()
    assert axe_violations(page) == []

    # Allowlisted domain: a member at once, so the directory opens.
    page.goto(live_server.url + "/leden/")
    assert page.get_by_role("heading", name="Wie weet wat", level=1).is_visible()
    assert axe_violations(page) == []

    # The member's bigger forms, including their error state, are accessible too.
    for path in ("/mijn/profiel/", "/bijdragen/nieuw/"):
        page.goto(live_server.url + path)
        assert axe_violations(page) == [], path
    page.locator("main form button[type=submit]").click()
    assert page.get_by_role("heading", name="Controleer het formulier").is_visible()
    assert axe_violations(page) == []
