"""allauth's pages render in the site's look and in Dutch; password reset and change of e-mail
work end to end."""

import re

from django.core import mail
from django.urls import reverse

import pytest

from ..factories import UserFactory
from .conftest import PASSWORD, links_in, path_of, verified

ENTRANCE = [
    ("account_login", "Inloggen"),
    ("account_signup", "Lid worden"),
    ("account_reset_password", "Nieuw wachtwoord"),
    ("account_request_login_code", "Stuur mij een inlogcode"),
]
MANAGE = [
    ("account_email", "E-mailadres"),
    ("account_change_password", "Wachtwoord wijzigen"),
    ("mfa_index", "Tweestapsverificatie"),
    ("usersessions_list", "Sessies"),
]


def _h1(html: str) -> str:
    return " ".join(re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).split())


@pytest.fixture
def person(db):
    user = verified(UserFactory(email="sanne@gemeente-voorbeeld.nl", roles=["Lid"]))
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "heading"), ENTRANCE)
def test_entrance_pages_render_in_dutch_in_the_site_layout(client, name, heading):
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    assert _h1(html) == heading
    assert 'class="allauth-page' in html  # our layout, with the site header and footer
    assert "site-header" in html
    assert "Sign In" not in html and "Sign Up" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "heading"), MANAGE)
def test_account_settings_pages_render_with_the_account_menu(client, person, name, heading):
    client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    response = client.get(reverse(name))
    assert response.status_code == 200
    html = response.content.decode()
    assert _h1(html) == heading
    assert 'class="account-menu"' in html
    assert 'aria-current="page"' in html


@pytest.mark.django_db
def test_password_reset_end_to_end(client, person):
    response = client.post(reverse("account_reset_password"), {"email": person.email})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.alternatives[0][1] == "text/html"
    [link] = [u for u in links_in(message) if "/accounts/password/reset/key/" in u]
    response = client.get(path_of(link))
    assert response.status_code == 302  # allauth moves the key out of the URL
    form_url = response["Location"]
    new = "Een-nieuw-wachtwoord-2026"
    response = client.post(form_url, {"password1": new, "password2": new})
    assert response.status_code == 302
    client.logout()
    ok = client.post(reverse("account_login"), {"login": person.email, "password": new})
    assert ok.status_code == 302
    assert client.get(reverse("members:dashboard")).status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_change_of_email_is_verified_before_it_counts(client):
    person = verified(UserFactory(email="oud@gemeente-voorbeeld.nl", roles=["Lid"]))
    person.set_password(PASSWORD)
    person.save()
    client.post(reverse("account_login"), {"login": person.email, "password": PASSWORD})
    mail.outbox.clear()
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "nieuw@gemeente-voorbeeld.nl"}
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.email == "oud@gemeente-voorbeeld.nl"  # not before verification
    [confirmation] = [m for m in mail.outbox if m.to == ["nieuw@gemeente-voorbeeld.nl"]]
    [link] = [u for u in links_in(confirmation) if "/accounts/confirm-email/" in u]
    mail.outbox.clear()
    client.post(path_of(link))
    person.refresh_from_db()
    assert person.email == "nieuw@gemeente-voorbeeld.nl"
    # The old address hears about it (security notification, Dutch).
    assert any(
        m.to == ["oud@gemeente-voorbeeld.nl"] and "gewijzigd" in m.subject for m in mail.outbox
    )
