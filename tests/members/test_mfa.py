"""MFA (allauth.mfa): optional for members, required for staff before the Wagtail admin opens;
the admin has no login form of its own."""

from django.core import mail
from django.urls import reverse

import pytest

from members import roles

from ..factories import UserFactory
from ..helpers import login_with_mfa, with_totp
from .conftest import PASSWORD, totp_code, verified

ADMIN = "/admin/"


def _staff(role=roles.REDACTEUR, email="staf@kennisplatform.example"):
    user = verified(UserFactory(email=email, roles=[role]))
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.mark.django_db
@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_staff_without_authenticator_is_sent_to_mfa_setup(client, role):
    client.force_login(_staff(role))
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # The rest of the site keeps working.
    assert client.get(reverse("members:dashboard")).status_code == 200


@pytest.mark.django_db
def test_superuser_without_authenticator_is_sent_to_mfa_setup(client):
    admin = verified(UserFactory(email="admin@kennisplatform.example", is_superuser=True))
    client.force_login(admin)
    assert client.get(ADMIN)["Location"] == reverse("mfa_activate_totp")


@pytest.mark.django_db
def test_staff_with_authenticator_uses_the_admin(client):
    staff = _staff()
    login_with_mfa(client, staff)
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_members_need_no_authenticator(client, member):
    verified(member)
    client.force_login(member)
    assert client.get(reverse("members:dashboard")).status_code == 200
    # No admin access anyway, and no MFA nagging: Wagtail sends them to the (allauth) login.
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.django_db(
    transaction=True, serialized_rollback=True
)  # allauth mails on commit, inside the request
def test_staff_activates_totp_through_allauth_then_reaches_the_admin(client):
    staff = _staff()
    response = client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(ADMIN)["Location"] == reverse("mfa_activate_totp")

    # allauth asks for the password again before an authenticator is added.
    response = client.get(reverse("mfa_activate_totp"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    mail.outbox.clear()
    response = client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get(ADMIN).status_code == 200
    # Security notification, in Dutch.
    assert any("Tweestapsverificatie aangezet" in m.subject for m in mail.outbox)


@pytest.mark.django_db
def test_staff_login_asks_for_the_authenticator_code(client):
    staff = _staff()
    secret = with_totp(staff)
    response = client.post(
        reverse("account_login") + "?next=/admin/",
        {"login": staff.email, "password": PASSWORD, "next": ADMIN},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert not client.get(reverse("members:dashboard")).wsgi_request.user.is_authenticated

    wrong = client.post(reverse("mfa_authenticate"), {"code": "000000"})
    assert wrong.status_code == 200 and wrong.context["form"].errors

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


@pytest.mark.django_db
def test_staff_cannot_switch_off_their_authenticator(client):
    staff = _staff()
    with_totp(staff)
    client.force_login(staff)
    from allauth.mfa.models import Authenticator

    # allauth asks for recent (re)authentication before MFA changes.
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Authenticator.objects.filter(user=staff, type="totp").exists()


@pytest.mark.django_db
def test_members_may_switch_off_their_authenticator(client, member):
    verified(member)
    member.set_password(PASSWORD)
    member.save()
    with_totp(member)
    client.force_login(member)
    from allauth.mfa.models import Authenticator

    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    response = client.post(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=member, type="totp").exists()


@pytest.mark.django_db
def test_admin_login_url_has_no_password_form_of_its_own(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    page = client.get(response["Location"])
    assert page.templates[0].name == "account/login.html"
    # Posting credentials to the old URL logs nobody in.
    staff = _staff()
    with_totp(staff)
    response = client.post("/admin/login/", {"username": staff.email, "password": PASSWORD})
    assert response.status_code == 302
    assert not client.get(reverse("members:dashboard")).wsgi_request.user.is_authenticated
    # And an anonymous visit to the admin ends on allauth's login.
    assert client.get(ADMIN)["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_wagtail_password_reset_and_password_change_are_off(client):
    assert client.get("/admin/password_reset/").status_code == 404


@pytest.mark.django_db
def test_a_recovery_code_works_once_when_the_phone_is_lost(client):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    staff = _staff()
    with_totp(staff)
    code = RecoveryCodes.activate(staff).get_unused_codes()[0]
    for attempt in range(2):
        client.logout()
        client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
        response = client.post(reverse("mfa_authenticate"), {"code": code})
        if attempt == 0:
            assert response.status_code == 302
            assert client.get(ADMIN).status_code == 200
        else:
            assert response.status_code == 200  # used up
            assert response.context["form"].errors


# MFA per session: having an authenticator is not enough, this session must have used it.


def _mfa_passed(client) -> bool:
    return client.get(reverse("members:dashboard")).wsgi_request.user.staff_mfa_passed


def _login_code(client, email) -> str:
    import re

    mail.outbox.clear()
    client.post(reverse("account_request_login_code"), {"email": email})
    [message] = mail.outbox
    return re.search(r"^\s*([A-Z0-9-]{6,})\s*$", message.body, re.M).group(1)


@pytest.mark.django_db
def test_staff_with_an_authenticator_whose_session_skipped_mfa_do_not_reach_the_admin(client):
    """A login that never asked for the authenticator code (Django's own login, as Wagtail's
    old front-end form did) leaves the session unverified: no admin, and outside the admin
    the visibility policy treats it as a plain member (`staff_mfa_passed` False)."""
    staff = _staff()
    secret = with_totp(staff)
    client.force_login(staff)
    response = client.get(ADMIN + "pages/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_reauthenticate") + "?next=%2Fadmin%2Fpages%2F"
    assert _mfa_passed(client) is False

    page = client.get(response["Location"])
    assert page.status_code == 200
    response = client.post(
        response["Location"], {"code": totp_code(secret), "next": ADMIN + "pages/"}
    )
    assert response.status_code == 302 and response["Location"] == ADMIN + "pages/"
    assert client.get(ADMIN).status_code == 200
    assert _mfa_passed(client) is True


@pytest.mark.django_db
def test_staff_logging_in_by_code_still_pass_the_authenticator_step(client):
    """The mailed code replaces the password, not the authenticator: allauth's MFA stage
    follows, and until it is passed nobody is signed in."""
    staff = _staff()
    secret = with_totp(staff)
    code = _login_code(client, staff.email)
    response = client.post(reverse("account_confirm_login_code"), {"code": code})
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get(ADMIN)["Location"].startswith(reverse("account_login"))
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert client.get(ADMIN).status_code == 200
    assert _mfa_passed(client) is True


@pytest.mark.django_db
def test_a_password_and_authenticator_login_passes_mfa_for_the_session(client):
    staff = _staff()
    secret = with_totp(staff)
    client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})
    assert _mfa_passed(client) is True
    # A new session has to pass it again.
    client.logout()
    client.force_login(staff)
    assert _mfa_passed(client) is False


@pytest.mark.django_db
def test_staff_without_an_authenticator_are_unverified_until_they_activate_one(client):
    staff = _staff()
    client.force_login(staff)
    assert _mfa_passed(client) is False


@pytest.mark.django_db
def test_members_count_as_verified_without_an_authenticator(client, member):
    verified(member)
    client.force_login(member)
    assert _mfa_passed(client) is True


@pytest.mark.django_db
def test_a_role_granted_during_a_session_needs_mfa_before_the_admin(client, member):
    from django.contrib.auth.models import Group

    verified(member)
    with_totp(member)
    client.force_login(member)
    assert _mfa_passed(client) is True
    member.groups.add(Group.objects.get(name=roles.REDACTEUR))
    assert _mfa_passed(client) is False
    assert client.get(ADMIN)["Location"].startswith(reverse("mfa_reauthenticate"))
