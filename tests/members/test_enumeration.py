"""Signup, login and password reset answer the same whether or not an address has an account
(ACCOUNT_PREVENT_ENUMERATION); only the mailbox owner learns the difference."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from ..factories import UserFactory
from .conftest import PASSWORD, signup, verified


def _normalised(response) -> str:
    """The page without what differs per request anyway (CSRF tokens, the echoed address)."""
    html = response.content.decode()
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)
    return html.replace("bestaat@gemeente-voorbeeld.nl", "X").replace(
        "nieuw@gemeente-voorbeeld.nl", "X"
    )


@pytest.fixture
def existing(db):
    return verified(UserFactory(email="bestaat@gemeente-voorbeeld.nl", roles=["Lid"]))


def _follow(client, response):
    assert response.status_code == 302
    return response["Location"], client.get(response["Location"])


@pytest.mark.django_db
def test_signup_answers_identically_for_existing_and_new_address(client, existing):
    existing_location, existing_page = _follow(client, signup(client, existing.email))
    client.cookies.clear()
    new_location, new_page = _follow(client, signup(client, "nieuw@gemeente-voorbeeld.nl"))
    assert existing_location == new_location == reverse("account_email_verification_sent")
    assert existing_page.status_code == new_page.status_code == 200
    assert _normalised(existing_page) == _normalised(new_page)
    # Only mail tells: the owner hears an account exists, the new address gets a link.
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert "al een account" in subjects[existing.email]
    assert "Bevestig uw e-mailadres" in subjects["nieuw@gemeente-voorbeeld.nl"]


@pytest.mark.django_db
def test_failed_login_answers_identically_for_existing_and_unknown_address(client, existing):
    wrong = client.post(
        reverse("account_login"), {"login": existing.email, "password": "Fout-wachtwoord-1"}
    )
    unknown = client.post(
        reverse("account_login"),
        {"login": "nieuw@gemeente-voorbeeld.nl", "password": "Fout-wachtwoord-1"},
    )
    assert wrong.status_code == unknown.status_code
    assert _normalised(wrong) == _normalised(unknown)
    assert wrong.context["form"].errors == unknown.context["form"].errors


@pytest.mark.django_db
def test_password_reset_answers_identically_for_existing_and_unknown_address(client, existing):
    known = client.post(reverse("account_reset_password"), {"email": existing.email})
    unknown = client.post(
        reverse("account_reset_password"), {"email": "nieuw@gemeente-voorbeeld.nl"}
    )
    known_location, known_page = _follow(client, known)
    unknown_location, unknown_page = _follow(client, unknown)
    assert known_location == unknown_location == reverse("account_reset_password_done")
    assert _normalised(known_page) == _normalised(unknown_page)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert "Nieuw wachtwoord" in subjects[existing.email]
    assert "Geen account gevonden" in subjects["nieuw@gemeente-voorbeeld.nl"]


@pytest.mark.django_db
def test_login_code_request_answers_identically(client, existing):
    known = client.post(reverse("account_request_login_code"), {"email": existing.email})
    client.cookies.clear()
    unknown = client.post(
        reverse("account_request_login_code"), {"email": "nieuw@gemeente-voorbeeld.nl"}
    )
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]


@pytest.mark.django_db
def test_login_by_code_logs_in_with_the_mailed_code(client, existing):
    client.post(reverse("account_request_login_code"), {"email": existing.email})
    [message] = mail.outbox
    code = re.search(r"^\s*([A-Z0-9-]{6,})\s*$", message.body, re.M).group(1)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response.status_code == 302
    assert client.get(reverse("members:dashboard")).status_code == 200
    assert PASSWORD  # the password was never needed
