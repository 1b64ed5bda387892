"""Signup, login and password reset answer the same whether or not an address has an account
(ACCOUNT_PREVENT_ENUMERATION); only the mailbox owner learns the difference."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from ..factories import UserFactory
from .conftest import signup, verified

KNOWN = "bestaat@gemeente-voorbeeld.nl"
UNKNOWN = "nieuw@gemeente-voorbeeld.nl"
PREFIX = "[Kennisplatform Ondermijning] "


def _normalised(response) -> str:
    """The page without what differs per request anyway (CSRF tokens) or per address by
    design (the address echoed back to the person who typed it)."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return html.replace(KNOWN, "X").replace(UNKNOWN, "X")


def _mails() -> list[tuple[list[str], list[str], list[str], str]]:
    """(to, cc, bcc, subject) of every mail sent, in order."""
    return [(m.to, m.cc, m.bcc, m.subject) for m in mail.outbox]


@pytest.fixture
def existing(db):
    return verified(UserFactory(email=KNOWN, roles=["Lid"]))


def _follow(client, response):
    assert response.status_code == 302
    return response["Location"], client.get(response["Location"])


@pytest.mark.django_db
def test_signup_answers_identically_for_existing_and_new_address(client, existing):
    existing_location, existing_page = _follow(client, signup(client, KNOWN))
    client.cookies.clear()
    new_location, new_page = _follow(client, signup(client, UNKNOWN))

    assert existing_location == new_location == reverse("account_email_verification_sent")
    assert existing_page.status_code == new_page.status_code == 200
    assert _normalised(existing_page) == _normalised(new_page)
    assert "Klik op de link in die e-mail om uw aanmelding af te ronden." in (
        existing_page.content.decode()
    )
    # Only mail tells: the owner hears an account exists, the new address gets a link.
    assert _mails() == [
        ([KNOWN], [], [], PREFIX + "U hebt al een account"),
        ([UNKNOWN], [], [], PREFIX + "Bevestig uw e-mailadres"),
    ]


@pytest.mark.django_db
def test_failed_login_answers_identically_for_existing_and_unknown_address(client, existing):
    wrong = client.post(reverse("account_login"), {"login": KNOWN, "password": "Fout-wachtwoord-1"})
    unknown = client.post(
        reverse("account_login"), {"login": UNKNOWN, "password": "Fout-wachtwoord-1"}
    )

    assert wrong.status_code == unknown.status_code == 200
    assert _normalised(wrong) == _normalised(unknown)
    assert "Het e-mailadres en/of wachtwoord is niet juist." in wrong.content.decode()
    assert wrong.context["form"].errors == unknown.context["form"].errors
    assert _mails() == []  # neither attempt mails anyone


@pytest.mark.django_db
def test_password_reset_answers_identically_for_existing_and_unknown_address(client, existing):
    known = client.post(reverse("account_reset_password"), {"email": KNOWN})
    unknown = client.post(reverse("account_reset_password"), {"email": UNKNOWN})
    known_location, known_page = _follow(client, known)
    unknown_location, unknown_page = _follow(client, unknown)

    assert known_location == unknown_location == reverse("account_reset_password_done")
    assert known_page.status_code == unknown_page.status_code == 200
    assert _normalised(known_page) == _normalised(unknown_page)
    assert "We hebben u een e-mail gestuurd." in known_page.content.decode()
    assert _mails() == [
        ([KNOWN], [], [], PREFIX + "Nieuw wachtwoord instellen"),
        ([UNKNOWN], [], [], PREFIX + "Geen account gevonden"),
    ]


@pytest.mark.django_db
def test_login_code_request_answers_identically(client, existing):
    known_location, known_page = _follow(
        client, client.post(reverse("account_request_login_code"), {"email": KNOWN})
    )
    client.cookies.clear()
    unknown_location, unknown_page = _follow(
        client, client.post(reverse("account_request_login_code"), {"email": UNKNOWN})
    )

    assert known_location == unknown_location == reverse("account_confirm_login_code")
    assert known_page.status_code == unknown_page.status_code == 200
    assert _normalised(known_page) == _normalised(unknown_page)
    assert "De code is maar kort geldig" in known_page.content.decode()
    assert _mails() == [
        ([KNOWN], [], [], PREFIX + "Uw inlogcode"),
        ([UNKNOWN], [], [], PREFIX + "Geen account gevonden"),
    ]


@pytest.mark.django_db
def test_login_by_code_logs_in_with_the_mailed_code(client, existing):
    """The mailed code alone signs the owner in: no password is posted anywhere."""
    client.post(reverse("account_request_login_code"), {"email": KNOWN})
    [message] = mail.outbox
    assert message.to == [KNOWN]
    code = re.search(r"^\s*([A-Z0-9-]{6,})\s*$", message.body, re.M).group(1)

    response = client.post(reverse("account_confirm_login_code"), {"code": code})

    assert response.status_code == 302
    assert response["Location"] == "/mijn/"
    assert int(client.session["_auth_user_id"]) == existing.pk
    dashboard = client.get(response["Location"])
    assert dashboard.status_code == 200
    assert dashboard.context["user"] == existing
    assert existing.first_name in dashboard.content.decode()
