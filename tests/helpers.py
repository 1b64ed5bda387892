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
