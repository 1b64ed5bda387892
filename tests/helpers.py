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
    """Give a staff user an authenticator app (allauth.mfa), as the admin requires."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret
