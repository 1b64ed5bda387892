from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

from members import roles


def restrict_to_members(page, group_names=tuple(roles.ALL_ROLES)):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=group_names))
    return restriction


def with_totp(user) -> str:
    """Give the user an authenticator app (as allauth's activation does); returns the secret."""
    from allauth.mfa.adapter import get_adapter
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    existing = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if existing is not None:
        return get_adapter().decrypt(existing.data["secret"])
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def login_with_mfa(client, user) -> str:
    """Sign in as allauth does after the authenticator step (set up if missing): staff sessions
    count as staff only when allauth recorded an MFA step for this user in them
    (members.middleware sets `staff_mfa_passed`); `force_login` alone skips it. allauth reads
    the records only with the user's id next to them. Returns the TOTP secret."""
    import time

    from allauth.account.authentication import AUTHENTICATION_METHODS_SESSION_KEY
    from allauth.account.internal.flows.login import _AUTHENTICATION_METHODS_USER_SESSION_KEY
    from allauth.mfa.models import Authenticator

    secret = with_totp(user)
    client.force_login(user)
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    now = time.time()
    session = client.session
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": "totp"},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
    session.save()
    return secret


def service_missing(message: str):
    """A service a test needs is not there: the test fails, saying which and how to start it
    (`make test` starts them all). A skipped test proves nothing, on CI or anywhere else."""
    import pytest

    pytest.fail(message)
